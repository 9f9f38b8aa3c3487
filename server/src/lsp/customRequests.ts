// Custom requests for the client's views: the timeline (events across the workspace) and the entities
// tree (KB entities with their mentions). Offsets become ranges here.
import { ENTITY_MENTIONS_LISTED, EntitiesResult, EntityAtParams, EntityAtResult, EntityMentionRef, EntitySummary, TimelineEvent, TimelineParams, TimelineResult, TimelineSource } from '../shared/protocol';
import { EngineTimelineEvent, inTimelineOrder, TimelineBuilder } from '../engine/timeline';
import { TimeSlice } from './timeSlice';
import { mentionAt, ServerContext } from './context';
import { allEntries, findEntry } from './kbLookup';
import { articleMentions } from './navigation';

/**
 * Answers of the tree (sources cut at maxSources) per filter, valid while the index revision and the KB
 * object are unchanged. Complete answers (exports) are not kept: at 100k articles they hold a source per
 * article for every event.
 */
let cache: { revision: number; kb: unknown; answers: Map<string, TimelineResult> } | undefined;

export async function timeline(ctx: ServerContext, params: TimelineParams | null | undefined): Promise<TimelineResult> {
  const entity = typeof params?.entity === 'string' && params.entity ? params.entity : null;
  const maxSources = typeof params?.maxSources === 'number' && params.maxSources >= 0 ? params.maxSources : Infinity;
  const { index, kb } = ctx.service;
  const revision = index.revision;
  if (!cache || cache.revision !== revision || cache.kb !== kb) cache = { revision, kb, answers: new Map() };
  const key = `${maxSources}\u0000${entity ?? ''}`;
  const known = cache.answers.get(key);
  if (known) return known;
  const slice = new TimeSlice();
  const answer = await timelineAnswer(ctx, await buildInSlices(ctx, entity, slice), entity, maxSources, slice);
  // Built over a snapshot of the index: kept only if nothing changed meanwhile.
  if (maxSources !== Infinity && cache.revision === revision && index.revision === revision && cache.kb === kb) cache.answers.set(key, answer);
  return answer;
}

/**
 * The engine's timeline, built between requests: at 100k articles it takes seconds of the main thread, which
 * hovers and edits on open documents must not wait for. Over a snapshot of the entries (the index may change
 * meanwhile; entries themselves never do).
 */
async function buildInSlices(ctx: ServerContext, entity: string | null, slice: TimeSlice): Promise<EngineTimelineEvent[]> {
  const builder = new TimelineBuilder(ctx.service.kb);
  for (const entry of [...ctx.service.index.all()]) {
    if (slice.spent) await slice.next();
    builder.add(entry);
  }
  const events: EngineTimelineEvent[] = [];
  for (const event of builder.events(entity)) {
    events.push(event);
    if (slice.spent) await slice.next();
  }
  return inTimelineOrder(events);
}

/** The wire answer: sources cut at maxSources, offsets made ranges (in slices too: an export has them all). */
async function timelineAnswer(ctx: ServerContext, events: EngineTimelineEvent[], entity: string | null, maxSources: number, slice: TimeSlice): Promise<TimelineResult> {
  const out: TimelineEvent[] = [];
  for (const e of events) {
    // Ranges only for the sources sent: an event every article reports has a source per article.
    const sources: TimelineSource[] = [];
    for (const s of e.sources) {
      if (sources.length >= maxSources) break;
      if (slice.spent) await slice.next();
      const range = ctx.positions.range(s.uri, s);
      if (range) sources.push({ uri: s.uri, range, articleDate: s.articleDate, sentence: s.sentence });
    }
    out.push({ ...e, sources, sourceCount: e.sources.length });
  }
  const entry = entity ? findEntry(ctx.service.kb, entity) : undefined;
  return { events: out, filter: entity ? { id: entity, name: entry?.entry.name ?? entity } : undefined };
}

/** KB entities with their mention counts and first mentions (ENTITY_MENTIONS_LISTED). */
export function entities(ctx: ServerContext): EntitiesResult {
  const { index, kb } = ctx.service;
  const counts = index.mentionCounts();
  const out: EntitySummary[] = [];
  const seen = new Set<string>();
  for (const e of allEntries(kb)) {
    if (seen.has(e.entry.id)) continue;
    seen.add(e.entry.id);
    const mentions: EntityMentionRef[] = [];
    for (const { uri, mention } of index.mentionsOf(e.entry.id, ENTITY_MENTIONS_LISTED)) {
      const range = ctx.positions.range(uri, mention);
      if (range) mentions.push({ uri, range, text: mention.text ?? '' });
    }
    const articleCount = index.articlesMentioning(e.entry.id).size;
    out.push({ id: e.entry.id, kind: e.kind, name: e.entry.name, mentionCount: counts.get(e.entry.id) ?? 0, articleCount, mentions });
  }
  return { entities: out };
}

/** The KB entity of the innermost entity mention at a position (the editor's "Show Timeline of…"). */
export function entityAtPosition(ctx: ServerContext, params: EntityAtParams | null | undefined): EntityAtResult {
  if (typeof params?.uri !== 'string' || !params.position) return null;
  const offset = ctx.positions.offset(params.uri, params.position);
  if (offset === undefined) return null;
  // The innermost KB-entity mention, even inside a mention of none (a date within an event's name).
  const id = mentionAt(articleMentions(ctx, params.uri).filter((m) => m.entity !== null), offset)?.entity;
  const found = id ? findEntry(ctx.service.kb, id) : undefined;
  return found ? { id: found.entry.id, kind: found.kind, name: found.entry.name } : null;
}
