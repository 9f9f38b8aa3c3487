// Shared state and token helpers for the rules. A rule looks at the token where it is triggered and
// returns a Hit (the tokens it covers and the normalised value) or null.

import { TimexType } from '../../types';
import { DateToken, TokKind } from './tokens';
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
  toks: DateToken[];
  anchor: Ymd | null;
  /** Most recent quarter value seen ("1998-Q3"): "a year ago" in earnings news means that quarter a year before. */
  lastQuarter: { y: number; q: number; tok: number } | null;
}

export type Rule = (c: Scan, i: number) => Hit | null;

/** Lower-case word at j, or '' when j is not a word token. */
export function word(c: Scan, j: number): string {
  const t = c.toks[j];
  return t !== undefined && t.k === TokKind.Word ? t.l : '';
}

export function isNum(c: Scan, j: number): boolean {
  const t = c.toks[j];
  return t !== undefined && t.k === TokKind.Num;
}

export function punct(c: Scan, j: number, ch: string): boolean {
  const t = c.toks[j];
  return t !== undefined && t.k === TokKind.Punct && t.t === ch;
}

/** True when token j starts right where token j-1 ends (no space between). */
export function glued(c: Scan, j: number): boolean {
  const a = c.toks[j - 1], b = c.toks[j];
  return a !== undefined && b !== undefined && a.e === b.s;
}

export function capitalised(c: Scan, j: number): boolean {
  const t = c.toks[j];
  if (!t) return false;
  const ch = t.t.charCodeAt(0);
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
  if (!c.anchor) return { first, end, type, value: null, relative: true, unresolved: NO_ANCHOR, takesThe };
  return { first, end, type, value: compute(c.anchor), relative: true, takesThe };
}

export function absolute(first: number, end: number, type: TimexType, value: string | null, takesThe = false): Hit {
  return { first, end, type, value, relative: false, takesThe };
}
