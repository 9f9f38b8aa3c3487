// The compact mentions an index entry keeps. The index holds every article of the workspace while full
// mentions (nested spans, titles, ranks, timex details...) are read only for open documents, so it keeps:
// - every KB-entity mention (references, code lenses, hover counts, the entities view, the timeline);
// - officials inside a kept sentence (the timeline names them as participants, KB entity or not);
// - any other mention that overlaps or touches a KB-entity mention, so that the innermost mention at a
//   cursor in a closed article (mentionAt) is the same as with every mention.
// Each keeps only the fields those readers use, as strings of its own, packed in columns (PackedMentions);
// text order is preserved (the timeline depends on it).
import { Mention, Span } from '../types';
import { lastAtOrBelow } from '../text/search';
import { StringDetacher } from './detach';
import { MentionPacker, PackedMentions } from './packedMentions';

/**
 * The kept mentions packed (no object per mention), their strings still the mentions' own (slices of the
 * text): swap them for copies with add/takePackedStrings. `sentences`: the spans of the sentences the entry
 * keeps (officials inside one stay).
 */
export function packKeptMentions(mentions: readonly Mention[], sentences: readonly Span[], entitySpans = entitySpansOf(mentions)): PackedMentions {
  const inSentence = spanCover(sentences);
  const nearEntity = entityNeighbourhood(entitySpans);
  const packer = new MentionPacker();
  for (const m of mentions) {
    const keep = m.entity !== null || (m.kind === 'official' && inSentence(m)) || nearEntity(m);
    if (!keep) continue;
    // The text is kept for KB-entity mentions only (the entities view lists it).
    const text = m.entity !== null ? m.text ?? null : null;
    packer.add(m.kind, m.start, m.end, m.entity, text, m.kind === 'official' ? m.name ?? null : m.kind === 'exercise' ? m.edition : null);
  }
  return packer.done();
}

/** Registers the strings of packed mentions with a detacher. */
export function addPackedStrings(packed: PackedMentions, strings: StringDetacher): void {
  for (const s of packed.strings) strings.add(s);
}

/** Swaps the strings of packed mentions for their copies (after addPackedStrings and strings.copyAll). */
export function takePackedStrings(packed: PackedMentions, strings: StringDetacher): void {
  strings.takeArray(packed.strings);
}

/**
 * Does a mention lie in one of the spans (starting inside it and ending by its end)? Spans sorted by start
 * with a running maximum of their ends answer in O(log n): among the spans starting at or before the
 * mention, one ending late enough exists iff the largest end is late enough.
 */
function spanCover(spans: readonly Span[]): (m: Span) => boolean {
  const { starts, maxEnd } = byStartWithMaxEnd(
    spans.map((s) => s.start),
    spans.map((s) => s.end),
  );
  return (m) => {
    const i = lastAtOrBelow(starts, m.start);
    // end > m.start (the start is inside) and end >= m.end (the end is too).
    return i >= 0 && maxEnd[i] >= Math.max(m.end, m.start + 1);
  };
}

/** The spans of the KB-entity mentions, in mention order. */
export interface EntitySpans {
  starts: number[];
  ends: number[];
}

/** EntitySpans of mentions (a caller already walking the mentions may collect them itself instead). */
export function entitySpansOf(mentions: readonly Mention[]): EntitySpans {
  const spans: EntitySpans = { starts: [], ends: [] };
  for (const m of mentions) {
    if (m.entity === null) continue;
    spans.starts.push(m.start);
    spans.ends.push(m.end);
  }
  return spans;
}

/**
 * Does a mention share a position (end included: a cursor just after a mention counts) with a KB-entity
 * mention? Entity mentions sorted by start with a running maximum of their ends answer in O(log n).
 */
function entityNeighbourhood(spans: EntitySpans): (m: Span) => boolean {
  const { starts, maxEnd } = byStartWithMaxEnd(spans.starts, spans.ends);
  return (m) => {
    // Last entity span starting at or before m.end: any span intersecting [m.start, m.end] is among those.
    const i = lastAtOrBelow(starts, m.end);
    return i >= 0 && maxEnd[i] >= m.start;
  };
}

/**
 * Spans (given as starts and ends) in start order, with the running maximum of their ends: the last span
 * starting at or before x (lastAtOrBelow over `starts`) tells whether any of those reaches a given end.
 * Analyses list mentions in text order already: the arrays are sorted (as copies) only when they are not.
 */
function byStartWithMaxEnd(starts: number[], ends: number[]): { starts: number[]; maxEnd: number[] } {
  let sorted = true;
  for (let i = 1; i < starts.length && sorted; i++) if (starts[i] < starts[i - 1]) sorted = false;
  if (!sorted) {
    const order = starts.map((_, i) => i).sort((a, b) => starts[a] - starts[b]);
    ends = order.map((i) => ends[i]);
    starts = order.map((i) => starts[i]);
  }
  const maxEnd: number[] = [];
  for (let i = 0; i < ends.length; i++) maxEnd.push(i > 0 && maxEnd[i - 1] > ends[i] ? maxEnd[i - 1] : ends[i]);
  return { starts, maxEnd };
}
