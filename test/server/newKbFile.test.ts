// A workspace with no KB file of its own: the unknown-official fix creates one (CreateFile, then the entry),
// as a WorkspaceEdit the user applies and can undo — nothing is written by the server.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { CodeAction, CreateFile, Diagnostic, TextDocumentEdit } from 'vscode-languageserver-protocol';
import { TestClient, uriOf } from './lspClient';

const ARTICLE = ' date 2024-05-02 Beijing, May 2 Chinese Defence Minister Dong Jun met visiting officers on Thursday.\n';

describe('language server: creating the workspace KB from a fix', function () {
  this.timeout(60000);
  let dir: string;
  let client: TestClient;

  before(async () => {
    dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-newkb-'));
    fs.writeFileSync(path.join(dir, 'a.article'), ARTICLE);
    client = await TestClient.start({ root: dir });
  });
  after(async () => {
    await client.stop();
    fs.rmSync(dir, { recursive: true, force: true });
  });

  it('offers to create news-annotator.kb.yaml with the unknown official, without writing it', async () => {
    const uri = client.open(path.join(dir, 'a.article'));
    const diagnostics = await client.diagnosticsFor(uri, (d) => d.some((x) => x.code === 'unknown-official'));
    const unknown = diagnostics.find((d: Diagnostic) => d.code === 'unknown-official')!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: unknown.range,
      context: { diagnostics: [unknown], only: ['quickfix'] },
    });
    const create = actions.find((a) => /Create the workspace KB news-annotator\.kb\.yaml with Dong Jun/.test(a.title));
    assert.ok(create, `actions: ${actions.map((a) => a.title).join(' | ')}`);
    const changes = create.edit!.documentChanges!;
    const kbUri = uriOf(path.join(dir, 'news-annotator.kb.yaml'));
    assert.deepStrictEqual(changes[0], { kind: 'create', uri: kbUri, options: { ignoreIfExists: true } } satisfies CreateFile);
    const edit = changes[1] as TextDocumentEdit;
    assert.strictEqual(edit.textDocument.uri, kbUri);
    const text = edit.edits.map((e) => e.newText).join('');
    assert.match(text, /^people:\n/);
    assert.match(text, /name: Dong Jun/);
    assert.match(text, /title: Defence Minister\n/);
    assert.match(text, /country: China/);
    assert.ok(!fs.existsSync(path.join(dir, 'news-annotator.kb.yaml')), 'the server wrote nothing to disk');
  });
});
