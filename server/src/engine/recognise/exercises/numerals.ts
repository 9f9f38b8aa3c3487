// Numerals as news text writes them: Roman editions ("VII"), ordinals ("7th", "seventh") and
// cardinals ("four", "4"). Shared by the exercise, event and facts stages. Lookups on one token's
// normalised form: no regex over running text.
import type { Token } from '../../text/tokens';

const ROMAN_VALUES: Record<string, number> = { i: 1, v: 5, x: 10, l: 50 };

/** Largest edition we read as a Roman numeral: editions of a bilateral drill never go far past XXX. */
const MAX_ROMAN = 39;

/**
 * Value of a Roman numeral token (lower-cased) in canonical form, 1..39, or null.
 * Canonical only ("IIII", "VX" are rejected) so stray letter runs are not read as numbers.
 */
export function parseRoman(norm: string): number | null {
  if (norm.length === 0 || norm.length > 8) return null;
  let total = 0;
  for (let i = 0; i < norm.length; i++) {
    const v = ROMAN_VALUES[norm[i]];
    if (v === undefined) return null;
    const next = i + 1 < norm.length ? ROMAN_VALUES[norm[i + 1]] : undefined;
    total += next !== undefined && next > v ? -v : v;
  }
  return total <= MAX_ROMAN ? canonical(norm, total) : null;
}

function canonical(norm: string, value: number): number | null {
  return value >= 1 && toRoman(value) === norm ? value : null;
}

export function toRoman(n: number): string {
  const parts: [number, string][] = [[50, 'l'], [40, 'xl'], [10, 'x'], [9, 'ix'], [5, 'v'], [4, 'iv'], [1, 'i']];
  let out = '';
  for (const [v, s] of parts) {
    while (n >= v) {
      out += s;
      n -= v;
    }
  }
  return out;
}

const UNITS = ['', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve',
  'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen'];
const TENS = ['', '', 'twenty', 'thirty', 'forty', 'fifty', 'sixty', 'seventy', 'eighty', 'ninety'];
const ORDINAL_UNITS = ['', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth',
  'tenth', 'eleventh', 'twelfth', 'thirteenth', 'fourteenth', 'fifteenth', 'sixteenth', 'seventeenth',
  'eighteenth', 'nineteenth'];
const ORDINAL_TENS = ['', '', 'twentieth', 'thirtieth', 'fortieth', 'fiftieth'];

const CARDINAL_WORDS = new Map<string, number>();
const ORDINAL_WORDS = new Map<string, number>();
for (let n = 1; n < 20; n++) {
  CARDINAL_WORDS.set(UNITS[n], n);
  ORDINAL_WORDS.set(ORDINAL_UNITS[n], n);
}
for (let t = 2; t < 10; t++) {
  CARDINAL_WORDS.set(TENS[t], t * 10);
  // "twenty-one" is two tokens; compound words are read by readCardinal/readOrdinal below.
}
for (let t = 2; t < ORDINAL_TENS.length; t++) ORDINAL_WORDS.set(ORDINAL_TENS[t], t * 10);
CARDINAL_WORDS.set('dozen', 12);

/** The ordinal words ("first", "twentieth"): every word ordinalEndingAt reads, besides digits ("3rd"). */
export const ORDINAL_WORD_LIST: readonly string[] = [...ORDINAL_WORDS.keys()];

/** "1st", "22nd", "3rd", "4th" → number; words are handled by ordinalWord. */
export function ordinalDigits(norm: string): number | null {
  if (norm.length < 3 || norm.length > 5) return null;
  const suffix = norm.slice(-2);
  if (suffix !== 'st' && suffix !== 'nd' && suffix !== 'rd' && suffix !== 'th') return null;
  const digits = norm.slice(0, -2);
  if (!/^[0-9]{1,3}$/.test(digits)) return null;
  const n = Number(digits);
  return n >= 1 ? n : null;
}

export function ordinalWord(norm: string): number | null {
  return ORDINAL_WORDS.get(norm) ?? null;
}

export function cardinalWord(norm: string): number | null {
  return CARDINAL_WORDS.get(norm) ?? null;
}

/** A tens word ("twenty") that can take a unit after a hyphen ("twenty-first", "twenty-one"). */
export function tensValue(norm: string): number | null {
  const i = TENS.indexOf(norm);
  return i >= 2 ? i * 10 : null;
}

/** Index of a tens word in the unit tables when it stands before a hyphenated unit. */
export function unitOrdinal(norm: string): number | null {
  const i = ORDINAL_UNITS.indexOf(norm);
  return i >= 1 && i <= 9 ? i : null;
}

export function unitCardinal(norm: string): number | null {
  const i = UNITS.indexOf(norm);
  return i >= 1 && i <= 9 ? i : null;
}

/** Plain small digits ("4", "12"), not years: at most three digits. */
export function smallDigits(norm: string): number | null {
  if (norm.length === 0 || norm.length > 3 || !/^[0-9]+$/.test(norm)) return null;
  const n = Number(norm);
  return n >= 1 ? n : null;
}

/** A four-digit year 1900..2099. */
export function yearDigits(norm: string): number | null {
  if (norm.length !== 4 || !/^(19|20)[0-9]{2}$/.test(norm)) return null;
  return Number(norm);
}

// ─────────── readers over tokens ───────────


export interface NumberRead {
  value: number;
  /** Token index range [first, last] inclusive. */
  first: number;
  last: number;
}

function hyphenBetween(text: string, a: Token, b: Token): boolean {
  return b.start - a.end === 1 && (text[a.end] === '-' || text[a.end] === '\u2010' || text[a.end] === '\u2011');
}

/** An ordinal whose last token is tokens[last]: "3rd", "third", "twenty-first". */
export function ordinalEndingAt(tokens: Token[], text: string, last: number): NumberRead | null {
  if (last < 0 || last >= tokens.length) return null;
  const t = tokens[last];
  const d = ordinalDigits(t.norm);
  if (d !== null) return { value: d, first: last, last };
  const unit = unitOrdinal(t.norm);
  if (unit !== null && last > 0 && hyphenBetween(text, tokens[last - 1], t)) {
    const tens = tensValue(tokens[last - 1].norm);
    if (tens !== null) return { value: tens + unit, first: last - 1, last };
  }
  const w = ordinalWord(t.norm);
  return w !== null ? { value: w, first: last, last } : null;
}

/** An ordinal starting at tokens[first]. */
export function ordinalStartingAt(tokens: Token[], text: string, first: number): NumberRead | null {
  if (first < 0 || first >= tokens.length) return null;
  const t = tokens[first];
  const tens = tensValue(t.norm);
  if (tens !== null && first + 1 < tokens.length && hyphenBetween(text, t, tokens[first + 1])) {
    const unit = unitOrdinal(tokens[first + 1].norm);
    if (unit !== null) return { value: tens + unit, first, last: first + 1 };
  }
  const v = ordinalDigits(t.norm) ?? ordinalWord(t.norm);
  return v !== null ? { value: v, first, last: first } : null;
}

/** A cardinal whose last token is tokens[last]: "four", "4", "twenty-four". Not years. */
export function cardinalEndingAt(tokens: Token[], text: string, last: number): NumberRead | null {
  if (last < 0 || last >= tokens.length) return null;
  const t = tokens[last];
  const d = smallDigits(t.norm);
  if (d !== null) {
    // "1,200" is one quantity: a comma-grouped number is not "200".
    if (last > 0 && text[t.start - 1] === ',' && /[0-9]/.test(text[t.start - 2] ?? '')) return null;
    return { value: d, first: last, last };
  }
  const unit = unitCardinal(t.norm);
  if (unit !== null && last > 0 && hyphenBetween(text, tokens[last - 1], t)) {
    const tens = tensValue(tokens[last - 1].norm);
    if (tens !== null) return { value: tens + unit, first: last - 1, last };
  }
  const w = cardinalWord(t.norm);
  return w !== null ? { value: w, first: last, last } : null;
}
