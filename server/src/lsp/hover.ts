// Hover: what the engine knows about the mention under the cursor, as escaped Markdown.
import { Hover, HoverParams, MarkupKind } from 'vscode-languageserver/node';
import { DateMention, ExerciseMention, KbEvent, KbExercise, KbOrganisation, KbPerson, KbPlace, Mention, OfficialMention } from '../engine/types';
import { WorkspaceIndex } from '../engine/workspace/index';
import { Commands, OpenKbEntryArgs, ShowTimelineArgs } from '../shared/protocol';
import { mentionAt, ServerContext } from './context';
import { formatPeriod, rankOn, rolesOn } from '../engine/kb/query';
import { findEntry } from './kbLookup';
import { bold, commandLink, table, text } from './markdown';

export function hover(ctx: ServerContext, params: HoverParams): Hover | null {
  const uri = params.textDocument.uri;
  const analysis = ctx.currentAnalysis(uri);
  if (!analysis) return null;
  const offset = ctx.positions.offset(uri, params.position);
  if (offset === undefined) return null;
  const mention = mentionAt(analysis.mentions, offset);
  if (!mention) return null;
  const value = describe(ctx, mention, analysis.article.date);
  if (!value) return null;
  return { contents: { kind: MarkupKind.Markdown, value }, range: ctx.positions.range(uri, mention) };
}

function describe(ctx: ServerContext, m: Mention, articleDate: string | null): string | undefined {
  switch (m.kind) {
    case 'official':
      return describeOfficial(ctx, m, articleDate);
    case 'date':
      return describeDate(m, articleDate);
    case 'exercise':
      return describeExercise(ctx, m);
    default: {
      const entry = m.entity ? findEntry(ctx.service.kb, m.entity) : undefined;
      if (!entry) return `${bold(m.text)} (${m.kind}, not in the knowledge base)`;
      if (entry.kind === 'event') return describeEvent(ctx, entry.entry);
      if (entry.kind === 'organisation' || entry.kind === 'place') return describeSimple(ctx, entry.kind, entry.entry);
      return `${bold(entry.entry.name)} (${entry.kind})`;
    }
  }
}

function describeOfficial(ctx: ServerContext, m: OfficialMention, articleDate: string | null): string {
  const entry = m.entity ? findEntry(ctx.service.kb, m.entity) : undefined;
  if (!entry || entry.kind !== 'person') {
    const lines = [`${bold(m.name || m.text)} — official not in the knowledge base`];
    if (m.title) lines.push(`Title as written: ${text(m.title)}`);
    if (m.rankCanonical || m.rank) lines.push(`Rank as written: ${text(m.rankCanonical ?? m.rank)}`);
    return lines.join('\n\n');
  }
  const p: KbPerson = entry.entry;
  const out: string[] = [`${bold(p.name)}${p.country ? ` — ${text(p.country)}` : ''}`];
  if (articleDate) {
    // Concurrent posts in the KB's own order (chronological there), so the main office reads first.
    const roles = rolesOn(p, articleDate).sort((a, b) => p.roles.indexOf(a) - p.roles.indexOf(b));
    const rank = rankOn(p, articleDate);
    const roleText = roles.length ? roles.map((r) => text(roleLabel(r))).join('; ') : 'no role on record';
    out.push(`On ${text(articleDate)}: ${rank ? `${text(rank.rank)}, ` : ''}${roleText}`);
  } else out.push('Article has no date: role and rank not resolved');
  if (p.roles.length) {
    out.push(table(['Role', 'Period'], p.roles.map((r) => [text(roleLabel(r)), text(formatPeriod(r.from, r.to))])));
  }
  if (p.ranks.length) out.push(`Ranks: ${p.ranks.map((r) => `${text(r.rank)} (${text(formatPeriod(r.from, r.to))})`).join(', ')}`);
  if (p.aliases.length) out.push(`Also written: ${p.aliases.map(text).join(', ')}`);
  out.push(mentionsLine(ctx.service.index, p.id, ctx.indexing));
  out.push(links(ctx, p.id, p.name, p.loc));
  return out.join('\n\n');
}

function roleLabel(r: KbPerson['roles'][number]): string {
  return [r.title, r.organisation, r.country].filter(Boolean).join(', ');
}

/** "Mentioned in 4 articles, 2018-08-08 → 2024-10-29". */
export function mentionsLine(index: WorkspaceIndex, id: string, indexing = false): string {
  // Walking every mention of a common entity takes milliseconds on a large workspace: once per index revision,
  // and while a workspace index is being built (a new revision every few milliseconds), once a second.
  let cache = mentionsLineCache.get(index);
  const now = Date.now();
  const stale = cache && cache.revision !== index.revision && !(indexing && now - cache.at < STALE_WHILE_INDEXING_MS);
  if (!cache || stale) mentionsLineCache.set(index, (cache = { revision: index.revision, at: now, lines: new Map() }));
  let line = cache.lines.get(id);
  if (line === undefined) cache.lines.set(id, (line = computeMentionsLine(index, id)));
  return line;
}

const STALE_WHILE_INDEXING_MS = 1000;
const mentionsLineCache = new WeakMap<WorkspaceIndex, { revision: number; at: number; lines: Map<string, string> }>();

function computeMentionsLine(index: WorkspaceIndex, id: string): string {
  const uris = index.articlesMentioning(id);
  if (uris.size === 0) return 'Not mentioned in the workspace';
  let first: string | undefined;
  let last: string | undefined;
  for (const u of uris) {
    const d = index.get(u)?.date;
    if (!d) continue;
    if (first === undefined || d < first) first = d;
    if (last === undefined || d > last) last = d;
  }
  const span = first === undefined || last === undefined ? '' : first === last ? `, ${text(first)}` : `, ${text(first)} → ${text(last)}`;
  return `Mentioned in ${uris.size} article${uris.size === 1 ? '' : 's'}${span}`;
}

function links(ctx: ServerContext, id: string, name: string, loc: KbPerson['loc']): string {
  const parts: string[] = [];
  if (loc) {
    const range = ctx.positions.range(loc.uri, loc);
    const args: OpenKbEntryArgs = { id, uri: loc.uri, range };
    parts.push(commandLink('Open KB entry', Commands.openKbEntry, [args]));
  }
  const timeline: ShowTimelineArgs = { entity: id };
  parts.push(commandLink(`Timeline of ${name}`, Commands.showTimeline, [timeline]));
  return parts.join(' · ');
}

const WEEKDAYS = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

function describeDate(m: DateMention, articleDate: string | null): string {
  const out: string[] = [];
  if (m.value) {
    out.push(`${bold(m.text)} ▸ ${bold(m.value)} (${text(m.timexType)})`);
    const full = /^(\d{4})-(\d{2})-(\d{2})$/.exec(m.value);
    if (full) {
      const day = new Date(Date.UTC(+full[1], +full[2] - 1, +full[3]));
      if (!Number.isNaN(day.getTime())) out.push(`Weekday: ${WEEKDAYS[day.getUTCDay()]}`);
    }
  } else out.push(`${bold(m.text)} ▸ unresolved${m.unresolved ? `: ${text(m.unresolved)}` : ''}`);
  if (m.relative) {
    out.push(articleDate ? `Resolved against the article date ${text(articleDate)}` : 'No article date: unresolved');
  } else out.push('Absolute date (does not depend on the article date)');
  return out.join('\n\n');
}

function describeExercise(ctx: ServerContext, m: ExerciseMention): string {
  const entry = m.entity ? findEntry(ctx.service.kb, m.entity) : undefined;
  if (!entry || entry.kind !== 'exercise') {
    return `${bold(m.name || m.text)}${m.edition ? ` edition ${m.edition}` : ''} — exercise not in the knowledge base`;
  }
  const x: KbExercise = entry.entry;
  const out = [`${bold(x.name)} — exercise${x.parties.length ? ` (${x.parties.map(text).join(', ')})` : ''}`];
  const editions = [...x.editions].sort((a, b) => a.edition - b.edition);
  const i = m.edition === null ? -1 : editions.findIndex((e) => e.edition === m.edition);
  if (i >= 0) {
    const e = editions[i];
    out.push(`Edition ${e.edition}: ${text(formatPeriod(e.from, e.to))}${e.location ? `, ${text(e.location)}` : ''}`);
    const prev = editions[i - 1];
    const next = editions[i + 1];
    if (prev) out.push(`Previous: edition ${prev.edition}, ${text(formatPeriod(prev.from, prev.to))}${prev.location ? `, ${text(prev.location)}` : ''}`);
    if (next) out.push(`Next: edition ${next.edition}, ${text(formatPeriod(next.from, next.to))}${next.location ? `, ${text(next.location)}` : ''}`);
  } else if (m.edition !== null) out.push(`Edition ${m.edition}: not in the knowledge base`);
  if (i < 0 && editions.length) {
    out.push(table(['Edition', 'Dates', 'Location'], editions.map((e) => [String(e.edition), text(formatPeriod(e.from, e.to)), text(e.location ?? '')])));
  }
  out.push(mentionsLine(ctx.service.index, x.id, ctx.indexing));
  out.push(links(ctx, x.id, x.name, x.loc));
  return out.join('\n\n');
}

function describeEvent(ctx: ServerContext, e: KbEvent): string {
  const out = [`${bold(e.name)} — ${text(e.kind ?? 'event')}`];
  const facts: string[] = [];
  if (e.date) facts.push(`Date: ${text(e.date)}`);
  if (e.place) facts.push(`Place: ${text(e.place)}`);
  if (e.round !== undefined) facts.push(`Round: ${text(e.round)}`);
  if (e.quantity !== undefined) facts.push(`Quantity: ${text(e.quantity)}`);
  if (e.parties?.length) facts.push(`Parties: ${e.parties.map(text).join(', ')}`);
  if (facts.length) out.push(facts.join(' · '));
  out.push(mentionsLine(ctx.service.index, e.id, ctx.indexing));
  out.push(links(ctx, e.id, e.name, e.loc));
  return out.join('\n\n');
}

function describeSimple(ctx: ServerContext, kind: string, e: KbOrganisation | KbPlace): string {
  const out = [`${bold(e.name)} — ${kind}${e.country ? `, ${text(e.country)}` : ''}`];
  if (e.aliases.length) out.push(`Also written: ${e.aliases.map(text).join(', ')}`);
  out.push(mentionsLine(ctx.service.index, e.id, ctx.indexing));
  out.push(links(ctx, e.id, e.name, e.loc));
  return out.join('\n\n');
}
