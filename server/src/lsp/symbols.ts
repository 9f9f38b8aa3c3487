// Document symbols (the article's entities, grouped by kind) and workspace symbols (KB entries).
import { DocumentSymbol, DocumentSymbolParams, Range, SymbolInformation, SymbolKind, WorkspaceSymbolParams } from 'vscode-languageserver/node';
import { Mention, MentionKind } from '../engine/types';
import { ServerContext } from './context';
import { allEntries, findEntry, KbEntry } from './kbLookup';

const GROUPS: { kind: MentionKind; label: string; symbol: SymbolKind }[] = [
  { kind: 'official', label: 'Officials', symbol: SymbolKind.Object },
  { kind: 'date', label: 'Dates', symbol: SymbolKind.Constant },
  { kind: 'exercise', label: 'Exercises', symbol: SymbolKind.Event },
  { kind: 'event', label: 'Events', symbol: SymbolKind.Event },
  { kind: 'organisation', label: 'Organisations', symbol: SymbolKind.Module },
  { kind: 'place', label: 'Places', symbol: SymbolKind.Namespace },
];

export function documentSymbols(ctx: ServerContext, params: DocumentSymbolParams): DocumentSymbol[] {
  const uri = params.textDocument.uri;
  const analysis = ctx.currentAnalysis(uri);
  if (!analysis) return [];
  const out: DocumentSymbol[] = [];
  for (const group of GROUPS) {
    const mentions = analysis.mentions.filter((m) => m.kind === group.kind);
    if (!mentions.length) continue;
    // One child per entity (or per distinct text when unknown), spanning its first mention.
    const byKey = new Map<string, Mention[]>();
    for (const m of mentions) {
      const key = m.entity ?? (m.kind === 'date' ? `${m.text}\u0000${m.value ?? ''}` : m.text.toLowerCase());
      byKey.set(key, [...(byKey.get(key) ?? []), m]);
    }
    const children: DocumentSymbol[] = [];
    for (const list of byKey.values()) {
      const first = list[0];
      const range = ctx.positions.range(uri, first);
      if (!range) continue;
      const name = symbolName(ctx, first);
      children.push({
        name,
        detail: [first.kind === 'date' ? first.value : undefined, list.length > 1 ? `${list.length} mentions` : undefined].filter(Boolean).join(', ') || undefined,
        kind: group.symbol,
        range,
        selectionRange: range,
      });
    }
    const range = cover(children.map((c) => c.range));
    if (!range) continue;
    out.push({ name: group.label, detail: `${mentions.length}`, kind: SymbolKind.Namespace, range, selectionRange: children[0].range, children });
  }
  return out;
}

function symbolName(ctx: ServerContext, m: Mention): string {
  const entry = m.entity ? findEntry(ctx.service.kb, m.entity) : undefined;
  if (entry) return entry.entry.name;
  return m.text.trim() || m.kind;
}

function cover(ranges: Range[]): Range | undefined {
  if (!ranges.length) return undefined;
  const key = (p: Range['start']) => p.line * 1e7 + p.character;
  let start = ranges[0].start;
  let end = ranges[0].end;
  for (const r of ranges) {
    if (key(r.start) < key(start)) start = r.start;
    if (key(r.end) > key(end)) end = r.end;
  }
  return { start, end };
}

const KIND_SYMBOL: Record<KbEntry['kind'], SymbolKind> = {
  person: SymbolKind.Object,
  exercise: SymbolKind.Event,
  event: SymbolKind.Event,
  organisation: SymbolKind.Module,
  place: SymbolKind.Namespace,
};

/** KB entries whose name, alias or id contains the query's characters in order (case-insensitive). */
export function workspaceSymbols(ctx: ServerContext, params: WorkspaceSymbolParams): SymbolInformation[] {
  const query = params.query.toLowerCase().replace(/\s+/g, '');
  const out: SymbolInformation[] = [];
  for (const e of allEntries(ctx.service.kb)) {
    const loc = e.entry.loc;
    if (!loc) continue;
    const names = [e.entry.name, e.entry.id, ...e.entry.aliases];
    if (query && !names.some((n) => subsequence(query, n.toLowerCase()))) continue;
    const range = ctx.positions.range(loc.uri, loc);
    if (!range) continue;
    out.push({ name: e.entry.name, kind: KIND_SYMBOL[e.kind], containerName: e.kind, location: { uri: loc.uri, range } });
    if (out.length >= 500) break;
  }
  return out;
}

function subsequence(needle: string, hay: string): boolean {
  let i = 0;
  for (let j = 0; j < hay.length && i < needle.length; j++) if (hay[j] === needle[i]) i++;
  return i === needle.length;
}
