// The CLI as a user runs it: exit codes, messages, and the JSON fields that are a public interface.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { main } from '../../server/src/cli/main';

const root = process.cwd();
const examples = path.join(root, 'examples', 'pakistan-russia');

async function run(argv: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await main(argv, (s) => (out += s), (s) => (err += s));
  return { code, out, err };
}

describe('cli', () => {
  it('exits 2 with usage on a bad command or option', async () => {
    assert.strictEqual((await run(['frobnicate', 'x'])).code, 2);
    const r = await run(['check', '--format', 'yaml', examples]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /--format must be one of text, json, sarif/);
  });

  it('exits 2 with a one-line message naming a missing file', async () => {
    const r = await run(['annotate', path.join(root, 'no-such-article.txt')]);
    assert.strictEqual(r.code, 2);
    assert.match(r.err, /no-such-article\.txt: no such file or folder/);
  });

  it('skips binary files in a folder with a note, and still analyses the rest', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-cli-'));
    fs.writeFileSync(path.join(dir, 'blob.txt'), Buffer.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 1, 2]));
    fs.writeFileSync(path.join(dir, 'a.article'), ' date 2021-09-29 Talks were held in Islamabad on Wednesday.');
    const r = await run(['annotate', '--format', 'json', dir]);
    assert.strictEqual(r.code, 0, r.err);
    assert.match(r.err, /skipped .*blob\.txt: binary file/);
    const json = JSON.parse(r.out);
    assert.strictEqual(json.length, 1);
    assert.strictEqual(json[0].articleDate, '2021-09-29');
  });

  it('annotates the example workspace as one JSON array with the documented fields', async () => {
    const r = await run(['annotate', '--format', 'json', examples]);
    assert.strictEqual(r.code, 0, r.err);
    const articles = JSON.parse(r.out);
    assert.deepStrictEqual(
      articles.map((a: { file: string; articleDate: string | null }) => [path.basename(a.file).slice(0, 3), a.articleDate]),
      [['000', '2024-10-29'], ['001', '2021-09-29'], ['002', null], ['003', '2018-08-08'], ['004', '2018-03-03']],
    );
    const a003 = articles[3];
    const text = fs.readFileSync(path.join(examples, path.basename(a003.file)), 'utf8');
    for (const m of a003.mentions) {
      assert.strictEqual(text.slice(m.start, m.end), m.text, 'offsets are UTF-16 and end-exclusive');
      assert.ok(['official', 'date', 'exercise', 'event', 'organisation', 'place'].includes(m.kind));
      assert.ok(Number.isInteger(m.line) && Number.isInteger(m.character));
    }
    const tuesday = a003.mentions.find((m: { kind: string; text: string }) => m.kind === 'date' && m.text === 'Tuesday');
    assert.strictEqual(tuesday?.value, '2018-08-07');
    const fomin = a003.mentions.find((m: { kind: string; text: string }) => m.kind === 'official' && /Fomin/.test(m.text));
    assert.strictEqual(fomin?.entity, 'alexander-fomin');
  });

  it('checks with JSON findings whose positions match their offsets', async () => {
    const r = await run(['check', '--format', 'json', examples]);
    assert.ok(r.code === 0 || r.code === 1, r.err);
    const findings = JSON.parse(r.out);
    assert.ok(Array.isArray(findings));
    for (const f of findings) {
      for (const key of ['file', 'start', 'end', 'line', 'character', 'code', 'severity', 'message', 'related', 'fixes']) {
        assert.ok(key in f, `finding has ${key}`);
      }
      assert.ok(['error', 'warning', 'information', 'hint'].includes(f.severity));
    }
    const missing = findings.find((f: { code: string; file: string }) => f.code === 'missing-date');
    assert.ok(missing && path.basename(missing.file).startsWith('002'), 'the undated article is reported');
  });

  it('writes SARIF 2.1.0', async () => {
    const r = await run(['check', '--format', 'sarif', examples]);
    const sarif = JSON.parse(r.out);
    assert.strictEqual(sarif.version, '2.1.0');
    assert.strictEqual(sarif.runs[0].tool.driver.name, 'news-annotator');
  });
});
