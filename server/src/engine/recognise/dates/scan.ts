// Shared state and token helpers for the rules. A rule looks at the token where it is triggered and
// returns a Hit (the tokens it covers and the normalised value) or null. Tokens live in typed arrays
// (see tokens.ts); the helpers below read them by index, and an index outside [0, n) is no token.

import { TimexType } from '../../types';
import { TokFlag, TokKind, TokenTable, shapeHash } from './tokens';
import { Ymd } from './calendar';

export const NO_ANCHOR = 'the article has no publication date';
export const IMPOSSIBLE = 'impossible date';

export interface Hit {
  /** First and one-past-last token index. */
  first: number;
  end: number;
  type: TimexType;
  value: string | null;
  relative: boolean;
  unresolved?: string;
  weekday?: { name: string; start: number; end: number };
  /** TimeML keeps a leading "the" inside this kind of expression ("the third quarter"). */
  takesThe?: boolean;
  /** Leave "early"/"later" outside the span (bare weekdays). */
  noModifiers?: boolean;
}

export interface Scan {
  text: string;
  /** Token count, and the token arrays (only their first n entries belong to this text). */
  n: number;
  s: Int32Array;
  e: Int32Array;
  f: Uint8Array;
  /**
   * Lower-case text of token j in lower[j], valid when f[j] has TokFlag.Cached (the tokeniser writes the
   * flags without it): rules ask for the same few words around a trigger many times.
   */
  lower: string[];
  anchor: Ymd | null;
  /** Most recent quarter value seen ("1998-Q3"): "a year ago" in earnings news means that quarter a year before. */
  lastQuarter: { y: number; q: number; tok: number } | null;
}

export type Rule = (c: Scan, i: number) => Hit | null;

/** The word cache shared by successive scans (one at a time), sized like the token arrays. */
let cacheLower: string[] = [];

/** Scan state over `toks`, freshly tokenised (valid until the next newScan, which takes over the word cache). */
export function newScan(text: string, toks: TokenTable, anchor: Ymd | null): Scan {
  if (cacheLower.length !== toks.s.length) cacheLower = new Array<string>(toks.s.length).fill('');
  return { text, n: toks.n, s: toks.s, e: toks.e, f: toks.f, lower: cacheLower, anchor, lastQuarter: null };
}

export function kindAt(c: Scan, j: number): TokKind | -1 {
  return j >= 0 && j < c.n ? ((c.f[j] & TokFlag.Kind) as TokKind) : -1;
}

/** Whether token j exists. */
export function has(c: Scan, j: number): boolean {
  return j >= 0 && j < c.n;
}

/** Length of token j in UTF-16 code units (0 when there is none). */
export function len(c: Scan, j: number): number {
  return j >= 0 && j < c.n ? c.e[j] - c.s[j] : 0;
}

/** Text of token j as written ('' when there is none). */
export function tokText(c: Scan, j: number): string {
  return j >= 0 && j < c.n ? c.text.slice(c.s[j], c.e[j]) : '';
}

/** Whether token j is written exactly `str`. */
export function tokIs(c: Scan, j: number, str: string): boolean {
  if (j < 0 || j >= c.n) return false;
  const s = c.s[j];
  if (c.e[j] - s !== str.length) return false;
  return str.length === 1 ? c.text.charCodeAt(s) === str.charCodeAt(0) : c.text.startsWith(str, s);
}

/** Value of the digits of number token j (as `+text`). */
export function numValue(c: Scan, j: number): number {
  const s = c.s[j], e = c.e[j];
  if (e - s > 9) return +c.text.slice(s, e);
  let v = 0;
  for (let k = s; k < e; k++) v = v * 10 + (c.text.charCodeAt(k) - 48);
  return v;
}

/** Lower-case text of token j (words); the text itself for numbers and punctuation; '' when there is none. */
export function lowerAt(c: Scan, j: number): string {
  if (j < 0 || j >= c.n) return '';
  if ((c.f[j] & TokFlag.Cached) !== 0) return c.lower[j];
  const f = c.f[j];
  const l = (f & TokFlag.Kind) !== TokKind.Word ? c.text.slice(c.s[j], c.e[j])
    : (f & TokFlag.Ascii) !== 0 ? asciiLower(c.text, c.s[j], c.e[j])
    : c.text.slice(c.s[j], c.e[j]).toLowerCase();
  c.lower[j] = l;
  c.f[j] |= TokFlag.Cached;
  return l;
}

/**
 * Lower case of the ASCII letters text[s, e): toLowerCase is a runtime call, and most words are already
 * lower case or only capitalised.
 */
function asciiLower(text: string, s: number, e: number): string {
  for (let k = s + 1; k < e; k++) {
    const ch = text.charCodeAt(k);
    if (ch >= 65 && ch <= 90) return text.slice(s, e).toLowerCase();
  }
  const first = text.charCodeAt(s);
  return first >= 65 && first <= 90 ? String.fromCharCode(first | 0x20) + text.slice(s + 1, e) : text.slice(s, e);
}

/**
 * Which of the words in `buckets` (see shapeBuckets) the ASCII word at j is, in any case, or null. A match
 * is cached as the word's lower case: the string literal, so no new string and its hash already known.
 */
export function knownAsciiWordAt(c: Scan, j: number, buckets: readonly (readonly string[] | undefined)[]): string | null {
  const t = c.text, s = c.s[j], e = c.e[j], n = e - s;
  const list = buckets[shapeHash(n, t.charCodeAt(s) | 0x20, t.charCodeAt(n > 1 ? s + 1 : s) | 0x20, t.charCodeAt(e - 1) | 0x20)];
  if (list === undefined) return null;
  for (const w of list) {
    if (w.length !== n) continue;
    let k = 0;
    while (k < n && (t.charCodeAt(s + k) | 0x20) === w.charCodeAt(k)) k++;
    if (k === n) {
      c.lower[j] = w;
      c.f[j] |= TokFlag.Cached;
      return w;
    }
  }
  return null;
}

/** Lower-case word at j, or '' when j is not a word token. */
export function word(c: Scan, j: number): string {
  return j >= 0 && j < c.n && (c.f[j] & TokFlag.Kind) === TokKind.Word ? lowerAt(c, j) : '';
}

/**
 * word(c, j) === lit for a lower-case ASCII `lit`, without making the word's string when it is not cached:
 * rules test the word after a trigger against a few literals, and most of those words are nothing.
 */
export function wordIs(c: Scan, j: number, lit: string): boolean {
  if (j < 0 || j >= c.n) return false;
  const f = c.f[j];
  if ((f & TokFlag.Kind) !== TokKind.Word) return false;
  if ((f & (TokFlag.Cached | TokFlag.Ascii)) !== TokFlag.Ascii) return lowerAt(c, j) === lit; // cached, or not ASCII
  const s = c.s[j];
  if (c.e[j] - s !== lit.length) return false;
  for (let k = 0; k < lit.length; k++) if ((c.text.charCodeAt(s + k) | 0x20) !== lit.charCodeAt(k)) return false;
  return true;
}

/** False when token j is certainly no word of the set whose shapeSet is `shapes` (used before making its string). */
export function mayBeWordIn(c: Scan, j: number, shapes: Uint32Array): boolean {
  if (j < 0 || j >= c.n) return false;
  const f = c.f[j];
  if ((f & TokFlag.Kind) !== TokKind.Word) return false;
  if ((f & TokFlag.Ascii) === 0) return true;
  const t = c.text, s = c.s[j], e = c.e[j], n = e - s;
  const h = shapeHash(n, t.charCodeAt(s) | 0x20, t.charCodeAt(n > 1 ? s + 1 : s) | 0x20, t.charCodeAt(e - 1) | 0x20);
  return (shapes[h >> 5] & (1 << (h & 31))) !== 0;
}

export function isNum(c: Scan, j: number): boolean {
  return j >= 0 && j < c.n && (c.f[j] & TokFlag.Kind) === TokKind.Num;
}

export function isWord(c: Scan, j: number): boolean {
  return j >= 0 && j < c.n && (c.f[j] & TokFlag.Kind) === TokKind.Word;
}

/** A number token of `digits` digits. */
export function isNumOfLength(c: Scan, j: number, digits: number): boolean {
  return isNum(c, j) && c.e[j] - c.s[j] === digits;
}

export function punct(c: Scan, j: number, ch: string): boolean {
  return j >= 0 && j < c.n && (c.f[j] & TokFlag.Kind) === TokKind.Punct && tokIs(c, j, ch);
}

/** True when token j starts right where token j-1 ends (no space between). */
export function glued(c: Scan, j: number): boolean {
  return j >= 1 && j < c.n && c.e[j - 1] === c.s[j];
}

export function capitalised(c: Scan, j: number): boolean {
  if (j < 0 || j >= c.n) return false;
  const ch = c.text.charCodeAt(c.s[j]);
  return ch >= 65 && ch <= 90;
}

/** Skip an abbreviation dot glued to token j-1 ("Oct."). */
export function skipDot(c: Scan, j: number): number {
  return punct(c, j, '.') && glued(c, j) ? j + 1 : j;
}

/** A hyphen glued on both sides ("third-quarter", "mid-1998"). */
export function hyphenAt(c: Scan, j: number): boolean {
  return punct(c, j, '-') && glued(c, j) && glued(c, j + 1);
}

/** Build a hit whose value depends on the anchor; with no anchor the value stays null with a reason. */
export function relative(c: Scan, first: number, end: number, type: TimexType, compute: (a: Ymd) => string | null, takesThe = false): Hit {
  if (!c.anchor) return newHit(first, end, type, null, true, NO_ANCHOR, takesThe);
  return newHit(first, end, type, compute(c.anchor), true, undefined, takesThe);
}

export function absolute(first: number, end: number, type: TimexType, value: string | null, takesThe = false): Hit {
  return newHit(first, end, type, value, false, undefined, takesThe);
}

/**
 * Every hit is made here, with all its fields in one order: one object shape, so the code reading hits
 * (bestHit, extendStart, toMention) keeps monomorphic property loads.
 */
export function newHit(first: number, end: number, type: TimexType, value: string | null, relative: boolean, unresolved: string | undefined, takesThe = false): Hit {
  return { first, end, type, value, relative, unresolved, weekday: undefined, takesThe, noModifiers: false };
}
