// Opening a document at a wire range (tree clicks, KB links from hovers).
import * as vscode from 'vscode';
import type { WireRange } from '../../server/src/shared/protocol';

export interface RevealArgs {
  uri: string;
  range?: WireRange;
}

export function toRange(r: WireRange | undefined): vscode.Range {
  if (!r) return new vscode.Range(0, 0, 0, 0);
  return new vscode.Range(r.start.line, r.start.character, r.end.line, r.end.character);
}

export async function reveal(args: RevealArgs | undefined): Promise<vscode.TextEditor | undefined> {
  if (!args || typeof args.uri !== 'string' || !args.uri) return undefined;
  const selection = toRange(args.range);
  const doc = await vscode.workspace.openTextDocument(vscode.Uri.parse(args.uri));
  const editor = await vscode.window.showTextDocument(doc, { selection, preserveFocus: false });
  editor.revealRange(selection, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
  return editor;
}

/** Tree items show the file relative to the workspace when they can. */
export function relativeLabel(uri: string): string {
  try {
    return vscode.workspace.asRelativePath(vscode.Uri.parse(uri), false);
  } catch {
    return uri;
  }
}
