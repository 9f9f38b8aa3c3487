// Quantities in front of a unit: "3", "three", "twenty-four", "a", "a few", "several", "a couple of".

import { SMALL_NUMBERS, TENS } from './lexicon';
import { Scan, has, hyphenAt, isNum, len, numValue, punct, tokIs, word, wordIs, glued } from './scan';

export interface Quantity {
  /** null when vague ("several", "a few"): the TIMEX3 value uses X. */
  n: number | null;
  end: number;
  /** Came from the article "a"/"an" (so "a year" may be a rate: "$5 a year"). */
  article: boolean;
  /** "2 1/2": a half to add. */
  half?: boolean;
}

const VAGUE: ReadonlySet<string> = new Set(['several', 'few', 'many', 'numerous']);

/** A number written in words at j ("seven", "twenty-four", "twenty four"). */
export function numberWord(c: Scan, j: number): { n: number; end: number } | null {
  const w = word(c, j);
  const small = SMALL_NUMBERS.get(w);
  if (small !== undefined) {
    if (wordIs(c, j + 1, 'hundred')) return { n: small * 100, end: j + 2 };
    return { n: small, end: j + 1 };
  }
  const tens = TENS.get(w);
  if (tens === undefined) return null;
  if (hyphenAt(c, j + 1)) {
    const u = SMALL_NUMBERS.get(word(c, j + 2));
    if (u !== undefined && u < 10) return { n: tens + u, end: j + 3 };
  }
  const u = SMALL_NUMBERS.get(word(c, j + 1));
  if (u !== undefined && u < 10) return { n: tens + u, end: j + 2 };
  return { n: tens, end: j + 1 };
}

export function quantity(c: Scan, j: number): Quantity | null {
  if (!has(c, j)) return null;
  if (isNum(c, j)) {
    // decimals ("1.5") and thousands ("1,000") are rare for durations: refuse rather than mis-span
    if ((punct(c, j + 1, '.') || punct(c, j + 1, ',')) && glued(c, j + 1) && isNum(c, j + 2) && glued(c, j + 2)) return null;
    if (len(c, j) > 4) return null;
    // "5 1/2 hours"
    if (tokIs(c, j + 1, '1') && punct(c, j + 2, '/') && glued(c, j + 2) && tokIs(c, j + 3, '2') && glued(c, j + 3)) {
      return { n: numValue(c, j), end: j + 4, article: false, half: true };
    }
    return withRange(c, { n: numValue(c, j), end: j + 1, article: false });
  }
  const w = word(c, j);
  if (w === 'a' || w === 'an') {
    if (wordIs(c, j + 1, 'few')) return { n: null, end: j + 2, article: false };
    if (wordIs(c, j + 1, 'couple') && wordIs(c, j + 2, 'of')) return { n: 2, end: j + 3, article: false };
    if (wordIs(c, j + 1, 'dozen')) return { n: 12, end: j + 2, article: false };
    if (wordIs(c, j + 1, 'hundred')) return { n: 100, end: j + 2, article: false };
    return { n: 1, end: j + 1, article: true };
  }
  if (VAGUE.has(w)) return { n: null, end: j + 1, article: false };
  if (w === 'couple' && word(c, j + 1) === 'of') return { n: 2, end: j + 2, article: false };
  const nw = numberWord(c, j);
  return nw ? withRange(c, { n: nw.n, end: nw.end, article: false }) : null;
}

/** "two to three weeks", "two or three days": TimeML keeps one span and the first number. */
function withRange(c: Scan, q: Quantity): Quantity {
  if (wordIs(c, q.end, 'to') || wordIs(c, q.end, 'or')) {
    const second = isNum(c, q.end + 1) ? { end: q.end + 2 } : numberWord(c, q.end + 1);
    if (second) return { ...q, end: second.end };
  }
  return q;
}
