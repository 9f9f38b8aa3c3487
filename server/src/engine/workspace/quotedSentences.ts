// The sentences an index entry quotes (cross-article messages, the timeline), keyed by start offset. Two
// parallel arrays in text order rather than a Map: the index holds one per article, and a Map's hash table
// cost more than the sentences' pointers (about 0.5 KB per article, 50 MB at 100k articles). Plain data:
// it travels as JSON as it is.
import { lastAtOrBelow } from '../text/search';
import { Span } from '../types';

export interface QuotedSentences {
  /** Ascending. */
  starts: number[];
  texts: string[];
}

export const NO_SENTENCES: QuotedSentences = Object.freeze({ starts: [], texts: [] }) as QuotedSentences;

/** From [start, text] pairs in any order (the first text given for a start is kept). */
export function quotedSentences(pairs: Iterable<readonly [number, string]>): QuotedSentences {
  const byStart = new Map<number, string>();
  for (const [start, text] of pairs) if (!byStart.has(start)) byStart.set(start, text);
  const starts = [...byStart.keys()].sort((a, b) => a - b);
  return { starts, texts: starts.map((s) => byStart.get(s)!) };
}

/** The text of the sentence starting at `start`, if the entry quotes it. */
export function quotedSentence(sentences: QuotedSentences, start: number): string | undefined {
  const i = lastAtOrBelow(sentences.starts, start);
  return i >= 0 && sentences.starts[i] === start ? sentences.texts[i] : undefined;
}

/** The quoted sentence that holds a span, if any. */
export function quotedSentenceAround(sentences: QuotedSentences, span: Span): Span | undefined {
  const i = lastAtOrBelow(sentences.starts, span.start);
  if (i < 0) return undefined;
  const start = sentences.starts[i];
  const end = start + sentences.texts[i].length;
  return span.end <= end ? { start, end } : undefined;
}

export function quotedSentenceCount(sentences: QuotedSentences): number {
  return sentences.starts.length;
}
