// A temporary workspace with its own KB file: hover escaping of hostile KB strings, KB problems,
// settings (size limit, inlay hints off) read through workspace/configuration.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Hover, InlayHint, MarkupContent } from 'vscode-languageserver-protocol';
import { EXAMPLES, positionOf, TestClient, uriOf } from './lspClient';

const HOSTILE_NAME = 'Ivan [click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> Petrovsky';
const KB = `people:
  - id: ivan-petrovsky
    name: ${JSON.stringify(HOSTILE_NAME)}
    aliases: ["Ivan Petrovsky", "Petrovsky"]
    country: "Russia <script>alert(2)</script>"
    ranks:
      - rank: "Colonel General"
        from: "2015"
    roles:
      - title: "Deputy Minister of Defence [x](command:workbench.action.terminal.new)"
        from: "2016-01"
        to: null
`;
const ARTICLE = ` date 2020-03-04 Moscow, Mar 4 Deputy Defence Minister Ivan Petrovsky met visiting officials on Tuesday.

Petrovsky said the talks went well.
`;

describe('language server: workspace KB and settings', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-lsp-'));
    fs.writeFileSync(path.join(dir, 'hostile.kb.yaml'), KB);
    fs.writeFileSync(path.join(dir, 'broken.kb.yaml'), 'people:\n  - id: [unclosed\n');
    fs.writeFileSync(path.join(dir, 'a.article'), ARTICLE);
    fs.copyFileSync(path.join(EXAMPLES, fs.readdirSync(EXAMPLES).find((f) => f.startsWith('002'))!), path.join(dir, 'undated.article'));
    fs.writeFileSync(path.join(dir, 'big.article'), ' date 2020-03-04 ' + 'Padding text. '.repeat(200));
    fs.mkdirSync(path.join(dir, 'node_modules'));
    fs.writeFileSync(path.join(dir, 'node_modules', 'skipped.article'), ARTICLE);
    client = await TestClient.start({ root: dir, settings: { articles: { globs: [], maxSizeKB: 1 }, inlayHints: { enabled: false } } });
    await client.indexed();
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('escapes KB strings in hovers and links only allow-listed commands', async () => {
    const uri = client.open(path.join(dir, 'a.article'));
    await client.diagnosticsFor(uri);
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'Ivan Petrovsky', 0, 6) });
    assert.ok(h, 'a hover on the official');
    const value = (h.contents as MarkupContent).value;
    assert.ok(value.includes('\\[click\\]\\(command\\:workbench.action.terminal.new\\)'), value);
    assert.ok(value.includes('&lt;img src=x onerror=alert\\(1\\)&gt;'), value);
    assert.ok(value.includes('&lt;script&gt;'), value);
    assert.ok(!value.includes('<img') && !value.includes('<script'), 'no raw HTML');
    const commands = [...value.matchAll(/\]\(command:([^?)\s]+)/g)].map((m) => m[1]);
    assert.ok(commands.length > 0, 'the KB entry link is there');
    for (const c of commands) assert.ok(['newsAnnotator.openKbEntry', 'newsAnnotator.showTimeline'].includes(c), `allowed command ${c}`);
  });

  it('re-analyses with an edited KB file and counts mentions in its code lens', async () => {
    const kbUri = client.open(path.join(dir, 'hostile.kb.yaml'), 'yaml', KB);
    const uri = uriOf(path.join(dir, 'a.article'));
    const lenses = await client.request<{ command?: { title: string } }[]>('textDocument/codeLens', { textDocument: { uri: kbUri } });
    assert.deepStrictEqual(lenses.map((l) => l.command?.title), ['2 mentions in 1 article']);
    client.change(kbUri, KB.replace('Deputy Minister of Defence [x]', 'Chief of Naval Staff [x]'));
    // The KB reload is debounced, then re-indexes: poll the hover until the new role shows.
    let value = '';
    for (let i = 0; i < 50 && !/Chief of Naval Staff/.test(value); i++) {
      await new Promise((r) => setTimeout(r, 100));
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(ARTICLE, 'Ivan Petrovsky', 0, 6) });
      value = h ? (h.contents as MarkupContent).value : '';
    }
    assert.match(value, /On 2020-03-04: Colonel General, Chief of Naval Staff/);
    client.close(kbUri);
  });

  it('publishes KB problems on the KB file', async () => {
    const problems = await client.diagnosticsFor(uriOf(path.join(dir, 'broken.kb.yaml')), (ds) => ds.length > 0);
    assert.ok(problems.every((d) => d.source === 'news-annotator'));
  });

  it('explains an article over the size limit with one information diagnostic', async () => {
    const uri = client.open(path.join(dir, 'big.article'));
    const ds = await client.diagnosticsFor(uri);
    assert.strictEqual(ds.length, 1);
    assert.strictEqual(ds[0].severity, 3);
    assert.match(ds[0].message, /maxSizeKB/);
  });

  it('skips node_modules when indexing', async () => {
    const entities = await client.request<{ entities: { id: string; mentions: { uri: string }[] }[] }>('newsAnnotator/entities', {});
    const ivan = entities.entities.find((e) => e.id === 'ivan-petrovsky');
    assert.ok(ivan && ivan.mentions.length > 0);
    assert.ok(ivan.mentions.every((m) => !m.uri.includes('node_modules')));
  });

  it('honours inlayHints.enabled = false', async () => {
    const uri = uriOf(path.join(dir, 'a.article'));
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } } });
    assert.deepStrictEqual(hints, []);
    // Turned on again (settings re-read after didChangeConfiguration): "on Tuesday" before Wed 2020-03-04.
    client.settings.inlayHints = { enabled: true };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    const again = await client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 10, character: 0 } } });
    assert.ok(again.some((h) => h.label === ' ▸ 2020-03-03' && h.position.line === 0), JSON.stringify(again));
  });

  it('resolves an undated article against newsAnnotator.dateOverride ("last November ▸ 2014-11")', async () => {
    const file = path.join(dir, 'undated.article');
    const text = fs.readFileSync(file, 'utf8');
    const uri = client.open(file);
    await client.diagnosticsFor(uri);
    const at = positionOf(text, 'last November', 0, 'last November'.length);
    const hintsNow = () =>
      client.request<InlayHint[]>('textDocument/inlayHint', { textDocument: { uri }, range: { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } } });
    // Lift this workspace's 1 KB size limit first, and wait until the article is analysed (still undated).
    client.settings.articles = { globs: [], maxSizeKB: 2048 };
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    let hover = '';
    for (let i = 0; i < 50 && !/No article date: unresolved/.test(hover); i++) {
      await new Promise((r) => setTimeout(r, 100));
      const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri }, position: positionOf(text, 'last November', 0, 6) });
      hover = h ? (h.contents as MarkupContent).value : '';
    }
    assert.match(hover, /No article date: unresolved/);
    assert.ok(!(await hintsNow()).some((h) => h.position.line === at.line && h.position.character === at.character), 'no date, no hint');
    client.settings.dateOverride = '2015-04-16';
    await client.connection.sendNotification('workspace/didChangeConfiguration', { settings: null });
    let hint: InlayHint | undefined;
    for (let i = 0; i < 50 && !hint; i++) {
      await new Promise((r) => setTimeout(r, 100));
      hint = (await hintsNow()).find((h) => h.position.line === at.line && h.position.character === at.character);
    }
    assert.strictEqual(hint?.label, ' ▸ 2014-11');
  });
});
