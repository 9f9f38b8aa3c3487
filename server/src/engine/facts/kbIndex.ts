// Id lookups into the KB, built once per KB object (facts are many; KB lists are scanned once).
import { KbEvent, KbPlace, KnowledgeBase } from '../types';

export interface KbIds {
  events: Map<string, KbEvent>;
  places: Map<string, KbPlace>;
}

const cache = new WeakMap<KnowledgeBase, KbIds>();

export function kbIds(kb: KnowledgeBase): KbIds {
  let ids = cache.get(kb);
  if (!ids) {
    ids = { events: new Map(), places: new Map() };
    for (const e of kb.events ?? []) if (e && !ids.events.has(e.id)) ids.events.set(e.id, e);
    for (const p of kb.places ?? []) if (p && !ids.places.has(p.id)) ids.places.set(p.id, p);
    cache.set(kb, ids);
  }
  return ids;
}
