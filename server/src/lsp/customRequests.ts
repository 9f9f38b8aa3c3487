// Custom requests for the client's views: the timeline (events across the workspace) and the entities
// tree (KB entities with their mentions). Offsets become ranges here.
import { EntitiesResult, EntityMentionRef, EntitySummary, TimelineEvent, TimelineParams, TimelineResult, TimelineSource } from '../shared/protocol';
import { buildTimeline } from '../engine/timeline';
import { ServerContext } from './context';
import { allEntries, findEntry } from './kbLookup';

/** The last answer per filter, valid while the index revision and the KB object are unchanged. */
let cache: { revision: number; kb: unknown; byEntity: Map<string, TimelineResult> } | undefined;

export function timeline(ctx: ServerContext, params: TimelineParams | null | undefined): TimelineResult {
  const entity = typeof params?.entity === 'string' && params.entity ? params.entity : null;
  const { index, kb } = ctx.service;
  if (!cache || cache.revision !== index.revision || cache.kb !== kb) cache = { revision: index.revision, kb, byEntity: new Map() };
  const key = entity ?? '';
  const hit = cache.byEntity.get(key);
  if (hit) return hit;
  const result = buildResult(ctx, entity);
  cache.byEntity.set(key, result);
  return result;
}

function buildResult(ctx: ServerContext, entity: string | null): TimelineResult {
  const { index, kb } = ctx.service;
  const out: TimelineEvent[] = [];
  for (const e of buildTimeline(index, kb, entity)) {
    const sources: TimelineSource[] = [];
    for (const s of e.sources) {
      const range = ctx.positions.range(s.uri, s);
      if (range) sources.push({ uri: s.uri, range, articleDate: s.articleDate, sentence: s.sentence });
    }
    out.push({ ...e, sources });
  }
  const entry = entity ? findEntry(kb, entity) : undefined;
  return { events: out, filter: entity ? { id: entity, name: entry?.entry.name ?? entity } : undefined };
}

export function entities(ctx: ServerContext): EntitiesResult {
  const { index, kb } = ctx.service;
  const out: EntitySummary[] = [];
  const seen = new Set<string>();
  for (const e of allEntries(kb)) {
    if (seen.has(e.entry.id)) continue;
    seen.add(e.entry.id);
    const mentions: EntityMentionRef[] = [];
    for (const { uri, mention } of index.mentionsOf(e.entry.id)) {
      const range = ctx.positions.range(uri, mention);
      if (range) mentions.push({ uri, range, text: mention.text ?? '' });
    }
    out.push({ id: e.entry.id, kind: e.kind, name: e.entry.name, mentions });
  }
  return { entities: out };
}
