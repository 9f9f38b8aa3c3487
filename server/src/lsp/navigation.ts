// Definition (mention → KB entry) and references (every mention of that entity across articles).
import { DefinitionParams, Location, ReferenceParams } from 'vscode-languageserver/node';
import { IndexedMention } from '../engine/workspace/index';
import { mentionAt, ServerContext } from './context';
import { allEntries, findEntry } from './kbLookup';

/** The KB id under the cursor: a mention in an article, or an entry's location in a KB file. */
export function entityAt(ctx: ServerContext, uri: string, position: { line: number; character: number }): string | undefined {
  const offset = ctx.positions.offset(uri, position);
  if (offset === undefined) return undefined;
  if (ctx.isKbUri(uri)) {
    let best: { id: string; size: number } | undefined;
    for (const e of allEntries(ctx.service.kb)) {
      const loc = e.entry.loc;
      if (!loc || loc.uri !== uri || offset < loc.start || offset > loc.end) continue;
      if (!best || loc.end - loc.start < best.size) best = { id: e.entry.id, size: loc.end - loc.start };
    }
    return best?.id;
  }
  return mentionAt(articleMentions(ctx, uri), offset)?.entity ?? undefined;
}

/** An article's mentions: an open document's current analysis (none if it is not an article), else the index's. */
export function articleMentions(ctx: ServerContext, uri: string): IndexedMention[] {
  return ctx.documents.get(uri) ? ctx.currentAnalysis(uri)?.mentions ?? [] : ctx.mentionsOf(uri);
}

export function kbLocation(ctx: ServerContext, id: string): Location | undefined {
  const loc = findEntry(ctx.service.kb, id)?.entry.loc;
  if (!loc) return undefined;
  const range = ctx.positions.range(loc.uri, loc);
  return range ? { uri: loc.uri, range } : undefined;
}

export function definition(ctx: ServerContext, params: DefinitionParams): Location | null {
  const id = entityAt(ctx, params.textDocument.uri, params.position);
  return (id && kbLocation(ctx, id)) || null;
}

export function mentionLocations(ctx: ServerContext, id: string): Location[] {
  const out: Location[] = [];
  for (const { uri, mention } of ctx.service.index.mentionsOf(id)) {
    const range = ctx.positions.range(uri, mention);
    if (range) out.push({ uri, range });
  }
  return out.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character));
}

export function references(ctx: ServerContext, params: ReferenceParams): Location[] {
  const id = entityAt(ctx, params.textDocument.uri, params.position);
  if (!id) return [];
  const out = mentionLocations(ctx, id);
  if (params.context.includeDeclaration) {
    const decl = kbLocation(ctx, id);
    if (decl) out.unshift(decl);
  }
  return out;
}
