// The index worker's per-file message, built from parts (entry without string copies, facts serialised
// once, line table written straight from the text), must be the text the generic path writes.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { toIndexEntry } from '../engine/analyse';
import { LineTable } from '../engine/text/lines';
import { AnnotatorService } from '../engine/workspace/service';
import { exampleKbFiles } from '../../../test/unit/starter';
import { factSignature, sentencesJson, signatureOfJson } from './factSignature';
import { analyseBatch, AnalysedFile, fileFromJson, fileToJson, lineTableJson } from './indexWorker';

const EXAMPLES = path.join(process.cwd(), 'examples', 'pakistan-russia');

function exampleTexts(): string[] {
  return fs
    .readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.txt'))
    .sort()
    .map((f) => fs.readFileSync(path.join(EXAMPLES, f), 'utf8'));
}

/** The message as analyseBatch wrote it before it was built from parts: through the service and fileToJson. */
function genericJson(service: AnnotatorService, uri: string, text: string): string {
  const analysis = service.updateArticle(uri, text, true);
  const findings = service.findings(analysis).map((f) => ({ ...f, uri: f.uri || uri }));
  const entry = service.index.get(uri) ?? toIndexEntry(analysis);
  service.removeArticle(uri);
  return fileToJson({ uri, kind: 'text', entry, findings, lines: LineTable.of(text).toWire(), signature: factSignature(entry) });
}

describe('lsp/indexWorker', () => {
  it('writes the line table as fileToJson writes LineTable.of(text)', () => {
    const texts = ['', 'a', '\n', '\r', '\r\n', 'a\r\n\r\nb', 'x\ry\nz\r\n', '\n\n\r\r\n', 'one\ntwo\nthree', 'end\r'];
    for (const text of texts) {
      const { starts, ends, length } = LineTable.of(text).toWire();
      const expected = JSON.stringify({ starts: Array.from(starts), ends: Array.from(ends), length });
      assert.strictEqual(lineTableJson(text), expected, JSON.stringify(text));
    }
  });

  it('hashes the same signature from the JSON of the parts as from the entry', () => {
    const service = new AnnotatorService(exampleKbFiles());
    for (const [i, text] of exampleTexts().entries()) {
      const entry = toIndexEntry(service.updateArticle(`file:///s${i}.txt`, text, false));
      const fromParts = signatureOfJson(JSON.stringify(entry.date), JSON.stringify(entry.facts), sentencesJson(entry.sentences));
      assert.strictEqual(fromParts, factSignature(entry));
    }
  });

  it('keeps the same entry content when the entry shares the text', () => {
    const service = new AnnotatorService(exampleKbFiles());
    for (const [i, text] of exampleTexts().entries()) {
      const analysis = service.updateArticle(`file:///e${i}.txt`, text, true);
      assert.deepStrictEqual(toIndexEntry(analysis, { sharesText: true }), toIndexEntry(analysis));
    }
  });

  it('posts for each article exactly the text of the generic path (CRLF, CR, non-Latin-1 text included)', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-index-worker-'));
    try {
      const variants = exampleTexts().flatMap((t) => [t, t.replace(/\n/g, '\r\n'), t.replace(/\n/g, '\r'), `“Quoted” 😀 ${t}\n`]);
      const uris = variants.map((text, i) => {
        const file = path.join(dir, `${i}.txt`);
        fs.writeFileSync(file, text);
        return pathToFileURL(file).toString();
      });
      for (const options of [{ maxSizeKB: 2048 }, { maxSizeKB: 2048, dateOverride: '2020-01-01', severities: { anachronism: 'error' as const } }]) {
        const worker = AnnotatorService.withLoadedKb(exampleKbFiles(), new AnnotatorService(exampleKbFiles()).kb);
        const { results } = analyseBatch(worker, { batch: 0, files: uris, options });
        const reference = new AnnotatorService(exampleKbFiles(), { dateOverride: options.dateOverride, severities: options.severities });
        results.forEach((json, i) => assert.strictEqual(json, genericJson(reference, uris[i], variants[i]), `file ${i}`));
        assert.strictEqual(worker.index.size, 0, 'the worker keeps no entry');
        const file = fileFromJson(results[0]) as Extract<AnalysedFile, { kind: 'text' }>;
        assert.ok(Array.isArray(file.entry.sentences.starts) && file.lines.starts instanceof Uint32Array);
      }
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports missing, binary and too large files', () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-index-worker-'));
    try {
      fs.writeFileSync(path.join(dir, 'bin.txt'), Buffer.from([65, 0, 66]));
      fs.writeFileSync(path.join(dir, 'big.txt'), 'x'.repeat(3000));
      const uris = ['bin.txt', 'big.txt', 'none.txt'].map((f) => pathToFileURL(path.join(dir, f)).toString());
      const service = new AnnotatorService([]);
      const kinds = analyseBatch(service, { batch: 0, files: uris, options: { maxSizeKB: 2 } }).results.map((r) => fileFromJson(r).kind);
      assert.deepStrictEqual(kinds, ['binary', 'too-large', 'missing']);
      const folder = analyseBatch(service, { batch: 1, files: [pathToFileURL(dir).toString()], options: { maxSizeKB: 2048 } }).results.map((r) => fileFromJson(r).kind);
      assert.deepStrictEqual(folder, ['missing']);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });
});
