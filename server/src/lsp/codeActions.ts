// Quick fixes from the fixes each diagnostic carries, and `source.fixAll.newsAnnotator`: every preferred
// fix of the document whose edits do not overlap an earlier one.
import {
  CodeAction,
  CodeActionKind,
  CodeActionParams,
  CreateFile,
  Diagnostic,
  OptionalVersionedTextDocumentIdentifier,
  Range,
  TextDocumentEdit,
  TextEdit,
  WorkspaceEdit,
} from 'vscode-languageserver/node';
import { SOURCE } from './constants';
import type { ServerContext } from './context';
import { DiagnosticData, WireFix } from './diagnostics';

export const FIX_ALL_KIND = `${CodeActionKind.SourceFixAll}.newsAnnotator`;

export function codeActions(ctx: ServerContext, params: CodeActionParams, currentDiagnostics: (uri: string) => Diagnostic[]): CodeAction[] {
  const uri = params.textDocument.uri;
  if (!ctx.documents.get(uri)) return [];
  const only = params.context.only;
  const wants = (kind: string) => !only || only.some((o) => kind === o || kind.startsWith(o + '.'));
  const out: CodeAction[] = [];
  if (wants(CodeActionKind.QuickFix)) {
    for (const diagnostic of params.context.diagnostics) {
      if (diagnostic.source !== SOURCE) continue;
      for (const fix of fixesOf(diagnostic)) {
        out.push({
          title: fix.title,
          kind: CodeActionKind.QuickFix,
          isPreferred: fix.isPreferred || undefined,
          diagnostics: [diagnostic],
          edit: toWorkspaceEdit(fix),
        });
      }
    }
  }
  if (wants(FIX_ALL_KIND)) {
    const fixAll = fixAllAction(uri, currentDiagnostics(uri));
    if (fixAll) out.push(fixAll);
  }
  return out;
}

function fixesOf(d: Diagnostic): WireFix[] {
  const data = d.data as DiagnosticData | undefined;
  return Array.isArray(data?.fixes) ? data!.fixes : [];
}

/** Fix-all may run on save: it only takes fixes that edit this document (never the KB files). */
function fixAllAction(uri: string, diagnostics: Diagnostic[]): CodeAction | undefined {
  const taken = new Map<string, Range[]>();
  const changes: Record<string, TextEdit[]> = {};
  const used: Diagnostic[] = [];
  for (const d of diagnostics) {
    const fix = fixesOf(d).find((f) => f.isPreferred);
    if (!fix || Object.keys(fix.changes).some((u) => u !== uri)) continue;
    const edits = Object.entries(fix.changes);
    const clash = edits.some(([u, list]) => list.some((e) => (taken.get(u) ?? []).some((r) => overlaps(r, e.range))));
    if (clash) continue;
    for (const [u, list] of edits) {
      (changes[u] ??= []).push(...list);
      taken.set(u, [...(taken.get(u) ?? []), ...list.map((e) => e.range)]);
    }
    used.push(d);
  }
  if (!used.length) return undefined;
  return { title: 'Fix all News Annotator problems', kind: FIX_ALL_KIND, diagnostics: used, edit: { changes } };
}

function before(a: { line: number; character: number }, b: { line: number; character: number }): boolean {
  return a.line < b.line || (a.line === b.line && a.character < b.character);
}

/** Ranges overlap, or are the same insertion point (two inserts there would be ordered arbitrarily). */
export function overlaps(a: Range, b: Range): boolean {
  const sameInsert = a.start.line === b.start.line && a.start.character === b.start.character && a.end.line === b.end.line && a.end.character === b.end.character;
  return sameInsert || (before(a.start, b.end) && before(b.start, a.end));
}

/** Plain `changes`, or `documentChanges` that first create the files the fix adds (ignored if they exist). */
export function toWorkspaceEdit(fix: WireFix): WorkspaceEdit {
  if (!fix.create?.length) return { changes: fix.changes };
  const documentChanges: WorkspaceEdit['documentChanges'] = fix.create.map((uri) => CreateFile.create(uri, { ignoreIfExists: true }));
  for (const [uri, edits] of Object.entries(fix.changes)) {
    documentChanges.push(TextDocumentEdit.create(OptionalVersionedTextDocumentIdentifier.create(uri, null), edits));
  }
  return { documentChanges };
}
