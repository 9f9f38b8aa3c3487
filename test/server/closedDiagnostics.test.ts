// Closed articles: one without findings gets no message at all, one whose findings go away is cleared.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { TestClient, uriOf } from './lspClient';

const JWG = 'meeting of the Pakistan-Russia Joint Working Group on Counter-Terrorism was held';
const ARTICLES: Record<string, string> = {
  'a.txt': ` date 2019-03-13 The 7th ${JWG} in Moscow on 12 March 2019.\n`,
  'b.txt': ` date 2019-03-21 The 7th ${JWG} in Islamabad on 20 March 2019.\n`,
  'c.txt': ` date 2019-01-01 The weather in Islamabad was fine.\n`,
};

describe('language server: diagnostics of closed articles', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-closed-'));
    for (const [name, text] of Object.entries(ARTICLES)) fs.writeFileSync(path.join(dir, name), text);
    client = await TestClient.start({ root: dir, settings: { articles: { globs: ['**/*.txt'] }, knowledgeBase: { includeStarter: false } } });
    await client.indexed();
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('sends nothing for a closed article without findings, and clears one whose findings went away', async () => {
    const [a, b, c] = ['a.txt', 'b.txt', 'c.txt'].map((f) => uriOf(path.join(dir, f)));
    const inA = await client.diagnosticsFor(a, (ds) => ds.some((d) => d.code === 'conflicting-fact'));
    assert.ok(inA.every((d) => d.code === 'conflicting-fact'), inA.map((d) => d.message).join('\n'));
    assert.strictEqual(client.diagnostics.has(c), false, 'no message for an article with nothing to show');

    // b now agrees with a: a's only findings go away, so it must get an empty list.
    const uriB = client.open(path.join(dir, 'b.txt'), 'news-article', ARTICLES['b.txt']);
    assert.strictEqual(uriB, b);
    client.change(b, ARTICLES['b.txt'].replace('20 March', '12 March'));
    assert.deepStrictEqual(await client.diagnosticsFor(a, (ds) => ds.length === 0), []);
    assert.strictEqual(client.diagnostics.has(c), false);
  });
});
