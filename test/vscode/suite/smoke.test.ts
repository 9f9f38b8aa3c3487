// Smoke test in the real extension host: the extension is installed from the development path and
// comes up when an example article is opened.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as vscode from 'vscode';

const EXTENSION_ID = 'news-annotator.news-annotator';
const ACTIVATION_TIMEOUT_MS = 30_000;

/** Polls `condition` until it holds or `timeoutMs` passes; resolves to whether it held. */
async function waitFor(condition: () => boolean, timeoutMs: number): Promise<boolean> {
  const deadline = Date.now() + timeoutMs;
  while (Date.now() < deadline) {
    if (condition()) return true;
    await new Promise((resolve) => setTimeout(resolve, 100));
  }
  return condition();
}

function exampleArticle(extensionPath: string): vscode.Uri {
  const dir = path.join(extensionPath, 'examples', 'pakistan-russia');
  const first = fs.readdirSync(dir).filter((name) => /^000_.*\.txt$/.test(name))[0];
  assert.ok(first, `no 000_*.txt article in ${dir}`);
  return vscode.Uri.file(path.join(dir, first));
}

describe('smoke: extension host', () => {
  it(`has the extension ${EXTENSION_ID} installed`, () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} not found; loaded: ${vscode.extensions.all
      .map((e) => e.id).filter((id) => !id.startsWith('vscode.')).join(', ')}`);
  });

  it('activates when an example article is opened', async () => {
    const extension = vscode.extensions.getExtension(EXTENSION_ID);
    assert.ok(extension, `extension ${EXTENSION_ID} not found`);
    const document = await vscode.workspace.openTextDocument(exampleArticle(extension.extensionPath));
    const editor = await vscode.window.showTextDocument(document);
    assert.strictEqual(editor.document.uri.toString(), document.uri.toString());
    assert.match(document.getText(), /Fomin/, 'the example article should be the one about Fomin');
    const active = await waitFor(() => extension.isActive, ACTIVATION_TIMEOUT_MS);
    assert.ok(active, `extension did not activate within ${ACTIVATION_TIMEOUT_MS / 1000}s of opening ${document.fileName}`);
  });
});
