// Plain-text files that match `newsAnnotator.articles.globs` are switched to the News Article language
// when opened, so they get the grammar and editor menus. Nothing is written to `files.associations`.
import * as vscode from 'vscode';
import { ARTICLE_LANGUAGE } from './selector';
import { articleGlobs } from './settings';

export function matchesArticleGlobs(doc: vscode.TextDocument, globs = articleGlobs()): boolean {
  if (doc.uri.scheme !== 'file') return false;
  return globs.some((pattern) => vscode.languages.match({ scheme: 'file', pattern }, doc) > 0);
}

async function adopt(doc: vscode.TextDocument): Promise<void> {
  if (doc.languageId !== 'plaintext' || !matchesArticleGlobs(doc)) return;
  await vscode.languages.setTextDocumentLanguage(doc, ARTICLE_LANGUAGE).then(undefined, () => undefined);
}

export function registerArticleLanguage(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.workspace.onDidOpenTextDocument((doc) => void adopt(doc)),
    vscode.workspace.onDidChangeConfiguration((e) => {
      if (e.affectsConfiguration('newsAnnotator.articles.globs')) for (const doc of vscode.workspace.textDocuments) void adopt(doc);
    }),
  );
  for (const doc of vscode.workspace.textDocuments) void adopt(doc);
}
