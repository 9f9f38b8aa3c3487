// The compact mentions an index entry keeps. The index holds every article of the workspace while full
// mentions (nested spans, titles, ranks, timex details...) are read only for open documents, so it keeps:
// - every KB-entity mention (references, code lenses, hover counts, the entities view, the timeline);
// - officials inside a kept sentence (the timeline names them as participants, KB entity or not);
// - any other mention that overlaps or touches a KB-entity mention, so that the innermost mention at a
//   cursor in a closed article (mentionAt) is the same as with every mention.
// Each keeps only the fields those readers use, as strings of its own, packed in columns (PackedMentions);
// text order is preserved (the timeline depends on it).
import { Mention, Span } from '../types';
import { detachStrings } from './detach';
import { IndexedMention, packMentions, PackedMentions } from './index';

/** `sentences`: the spans of the sentences the entry keeps (officials inside one stay). */
export function compactMentions(mentions: Mention[], sentences: Span[]): PackedMentions {
  const nearEntity = entityNeighbourhood(mentions);
  const out: IndexedMention[] = [];
  for (const m of mentions) {
    const keep =
      m.entity !== null ||
      (m.kind === 'official' && sentences.some((s) => m.start >= s.start && m.start < s.end && m.end <= s.end)) ||
      nearEntity(m);
    if (keep) out.push(compact(m));
  }
  const flat = detachStrings(out.flatMap((m) => [m.text ?? '', m.kind === 'official' ? m.name : '']));
  out.forEach((m, i) => {
    if (m.text !== undefined) m.text = flat[2 * i];
    if (m.kind === 'official') m.name = flat[2 * i + 1];
  });
  return packMentions(out);
}

function compact(m: Mention): IndexedMention {
  const { kind, start, end, entity } = m;
  if (m.kind === 'official') return entity !== null ? { kind: 'official', start, end, entity, text: m.text, name: m.name } : { kind: 'official', start, end, entity, name: m.name };
  if (m.kind === 'exercise') return entity !== null ? { kind: 'exercise', start, end, entity, text: m.text, edition: m.edition } : { kind: 'exercise', start, end, entity, edition: m.edition };
  return entity !== null ? { kind: m.kind, start, end, entity, text: m.text } : { kind: m.kind, start, end, entity };
}

/**
 * Does a mention share a position (end included: a cursor just after a mention counts) with a KB-entity
 * mention? Entity mentions sorted by start with a running maximum of their ends answer in O(log n).
 */
function entityNeighbourhood(mentions: Mention[]): (m: Span) => boolean {
  const spans = mentions.filter((m) => m.entity !== null).map((m) => ({ start: m.start, end: m.end }));
  spans.sort((a, b) => a.start - b.start);
  const maxEnd: number[] = [];
  for (const s of spans) maxEnd.push(Math.max(s.end, maxEnd[maxEnd.length - 1] ?? -Infinity));
  return (m) => {
    // Last entity span starting at or before m.end: any span intersecting [m.start, m.end] is among those.
    let lo = 0;
    let hi = spans.length;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (spans[mid].start <= m.end) lo = mid + 1;
      else hi = mid;
    }
    return lo > 0 && maxEnd[lo - 1] >= m.start;
  };
}
