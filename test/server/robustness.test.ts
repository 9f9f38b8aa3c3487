// Unknown documents, bad parameters and malformed messages: the server answers empty and stays up.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { EXAMPLES, TestClient } from './lspClient';

describe('language server: robustness', function () {
  this.timeout(60000);
  let client: TestClient;
  const unknown = { uri: 'file:///nowhere/unknown.article' };
  const position = { line: 0, character: 3 };
  const range = { start: position, end: { line: 2, character: 0 } };

  before(async () => {
    client = await TestClient.start({ root: EXAMPLES });
    await client.indexed();
  });

  after(async () => {
    await client?.stop();
  });

  it('answers null or empty for documents it does not know', async () => {
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: unknown, position }), null);
    assert.strictEqual(await client.request('textDocument/definition', { textDocument: unknown, position }), null);
    assert.deepStrictEqual(await client.request('textDocument/references', { textDocument: unknown, position, context: { includeDeclaration: true } }), []);
    assert.deepStrictEqual(await client.request('textDocument/documentSymbol', { textDocument: unknown }), []);
    assert.deepStrictEqual(await client.request('textDocument/inlayHint', { textDocument: unknown, range }), []);
    assert.deepStrictEqual(await client.request('textDocument/semanticTokens/full', { textDocument: unknown }), { data: [] });
    assert.deepStrictEqual(await client.request('textDocument/codeLens', { textDocument: unknown }), []);
    assert.deepStrictEqual(await client.request('textDocument/codeAction', { textDocument: unknown, range, context: { diagnostics: [] } }), []);
  });

  it('survives bad parameters and unknown methods', async () => {
    assert.strictEqual(await client.request('textDocument/hover', {}), null);
    assert.strictEqual(await client.request('textDocument/hover', { textDocument: { uri: 42 }, position: 'x' }), null);
    assert.deepStrictEqual(await client.request('textDocument/documentSymbol', { textDocument: null }), []);
    await assert.rejects(client.request('newsAnnotator/noSuchRequest', {}));
    void client.connection.sendNotification('textDocument/didChange', { textDocument: { uri: unknown.uri, version: 3 }, contentChanges: [{ text: 'x' }] });
    void client.connection.sendNotification('newsAnnotator/noSuchNotification', { x: 1 });
    const timeline = await client.request<{ events: unknown[] }>('newsAnnotator/timeline', { entity: { not: 'a string' } });
    assert.ok(Array.isArray(timeline.events));
  });

  it('survives a malformed JSON message on stdin', async () => {
    const body = '{"jsonrpc":"2.0","id":99,"method":';
    client.child.stdin!.write(`Content-Length: ${Buffer.byteLength(body)}\r\n\r\n${body}`);
    // Still answering afterwards.
    const symbols = await client.request('workspace/symbol', { query: '' });
    assert.ok(Array.isArray(symbols));
    assert.strictEqual(client.child.exitCode, null);
  });
});

describe('language server: cancelling workspace indexing', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient | undefined;

  before(() => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-cancel-'));
    const article = fs.readFileSync(path.join(EXAMPLES, fs.readdirSync(EXAMPLES).find((f) => f.startsWith('000'))!), 'utf8');
    for (let i = 0; i < 300; i++) fs.writeFileSync(path.join(dir, `a${i}.article`), article);
  });

  after(async () => {
    await client?.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('stops when the client cancels the progress, and still answers', async () => {
    client = await TestClient.start({ root: dir });
    const c = client;
    const begin = await c.until('indexing progress', () => c.progress.find((p) => p.value.kind === 'begin'));
    await c.connection.sendNotification('window/workDoneProgress/cancel', { token: begin.token });
    await c.until('the end of indexing', () => c.progress.find((p) => p.token === begin.token && p.value.kind === 'end'));
    const log = () => c.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
    const line = await c.until('the indexing log line', () => log().find((m) => /^Indexed \d+ articles/.test(m)));
    assert.match(line, /\(cancelled\)$/);
    const indexed = Number(/^Indexed (\d+)/.exec(line)![1]);
    assert.ok(indexed < 300, `stopped early (${indexed} of 300)`);
    assert.ok(Array.isArray(await c.request('workspace/symbol', { query: 'fomin' })));
  });
});
