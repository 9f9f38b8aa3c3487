// Unknown documents, bad parameters and malformed messages: the server answers empty and stays up.
import * as assert from 'assert';
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
