// Id lookups into the KB, built once per KB object (facts are many; KB lists are scanned once).
import { KbEvent, KbPlace } from '../types';
import { perKb } from '../kb/perKb';

export interface KbIds {
  events: Map<string, KbEvent>;
  places: Map<string, KbPlace>;
}

export const kbIds = perKb((kb): KbIds => {
  const ids: KbIds = { events: new Map(), places: new Map() };
  for (const e of kb.events ?? []) if (e && !ids.events.has(e.id)) ids.events.set(e.id, e);
  for (const p of kb.places ?? []) if (p && !ids.places.has(p.id)) ids.places.set(p.id, p);
  return ids;
});
