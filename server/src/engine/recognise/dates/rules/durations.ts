// Durations ("two weeks", "10-day", "the past three years") and the dates counted back from them
// ("two weeks ago", "a year earlier").

import { Ymd, addDays, addMonths, fmtDay, fmtMonth, fmtWeek, pad, quarterOf } from '../calendar';
import { UNITS, UnitInfo } from '../lexicon';
import { quantity, Quantity } from '../quantity';
import { quarterRule } from './relativeDates';
import { TokFlag, shapeSet } from '../tokens';
import { Hit, Scan, absolute, capitalised, has, hyphenAt, isNum, isWord, lowerAt, mayBeWordIn, punct, relative, tokText, word } from '../scan';

/** Adjectives allowed between the number and the unit ("two more weeks", "eight trading days"). */
const FILLERS: ReadonlySet<string> = new Set(['more', 'additional', 'straight', 'consecutive', 'trading', 'full', 'working', 'business', 'calendar', 'long', 'extra']);

/** Words before a number that make the number+unit a period of the calendar. */
const PERIOD_LEADS: ReadonlySet<string> = new Set(['past', 'last', 'next', 'first', 'coming', 'previous', 'following', 'latest', 'final', 'initial', 'recent', 'remaining']);

/** Half a unit in the next smaller one, for "2 1/2 years" → P2Y6M. */
const HALVES: Readonly<Record<string, string>> = { Y: '6M', H: '30M', D: 'T12H', W: '3DT12H' };

export function durationValue(n: number | null, unit: UnitInfo, half = false): string {
  const count = n === null ? 'X' : String(unit.years ? n * unit.years : n);
  const extra = half && !unit.years ? (unit.time && unit.letter === 'M' ? '30S' : HALVES[unit.letter] ?? '') : '';
  return (unit.time ? 'PT' : 'P') + count + unit.letter + extra;
}

const UNIT_OR_FILLER_SHAPES: Uint32Array = shapeSet([...FILLERS, ...UNITS.keys()]);

interface UnitAt { unit: UnitInfo; end: number; hyphen: boolean; singular: boolean }

function unitAfter(c: Scan, j: number): UnitAt | null {
  let k = j;
  if (hyphenAt(c, k)) {
    const u = UNITS.get(word(c, k + 1));
    if (!u) return null;
    let end = k + 2;
    // "six-year-old" is an age, "three-quarters" a fraction
    if (hyphenAt(c, end) && word(c, end + 1) === 'old') return null;
    if (word(c, k + 1).endsWith('s') || word(c, k + 1) === 'centuries') return null;
    if (hyphenAt(c, end) && word(c, end + 1) === 'long') end += 2; // "day-long"
    return { unit: u, end, hyphen: true, singular: true };
  }
  if (!mayBeWordIn(c, k, UNIT_OR_FILLER_SHAPES)) return null; // neither a filler nor a unit: no string needed
  if (FILLERS.has(word(c, k)) && UNITS.has(word(c, k + 1))) k++;
  const w = word(c, k);
  const u = UNITS.get(w);
  if (!u) return null;
  return { unit: u, end: k + 1, hyphen: false, singular: !w.endsWith('s') && w !== 'centuries' };
}

/** Date reached by going n units back from the anchor, at the unit's granularity. */
function countBack(a: Ymd, n: number, unit: UnitInfo, sign: number): string {
  const k = n * sign;
  switch (unit.letter) {
    case 'D': return fmtDay(addDays(a, k));
    case 'W': return fmtWeek(addDays(a, 7 * k));
    case 'M': return unit.time ? fmtDay(a) : (() => { const b = addMonths(a, k); return fmtMonth(b.y, b.m); })();
    case 'Q': { const b = addMonths(a, 3 * k); return `${pad(b.y, 4)}-Q${quarterOf(b.m)}`; }
    case 'Y': return pad(a.y + k * (unit.years ?? 1), 4);
    default: return fmtDay(a);
  }
}

const RATE_CUES: ReadonlySet<string> = new Set(['percent', 'dollars', 'cents', 'million', 'billion', 'times', 'once', 'twice', 'barrels', 'tons', '%', '$']);

function looksLikeRate(c: Scan, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 3); j--) {
    if (isNum(c, j) || RATE_CUES.has(lowerAt(c, j))) return true;
  }
  return false;
}

/** Number + unit, at a quantity token. */
export function durationRule(c: Scan, i: number): Hit | null {
  const q = quantity(c, i);
  if (!q) return null;
  const u = unitAfter(c, q.end);
  if (!u) return null;
  if (q.article && !u.singular) return null;
  if (q.article && u.unit.letter === 'Q') return null; // "a quarter of the market"
  if (u.unit.letter === 'Y' && !u.hyphen && word(c, u.end) === 'old') return null; // "52 years old" is an age
  if (u.unit.time && capitalised(c, q.end) && !capitalised(c, i)) return null; // "60 Minutes", a title
  const nextWord = word(c, u.end);
  if (q.article && !u.hyphen && nextWord !== 'ago' && nextWord !== 'earlier' && looksLikeRate(c, i)) return null; // "$5 a year": a rate, rarely annotated
  if (q.article && word(c, q.end) === 'second') return null; // "a second term"
  if (hyphenAt(c, u.end) && (word(c, u.end + 1) === 'earlier' || word(c, u.end + 1) === 'ago')) return null; // "a year-earlier"
  if (q.n !== null && q.n >= 1000 && u.singular) return null; // "the 1988 quarter"
  return afterDuration(c, i, q, u);
}

function afterDuration(c: Scan, first: number, q: Quantity, u: UnitAt): Hit {
  const next = word(c, u.end);
  if (!u.hyphen && (next === 'ago' || next === 'earlier' || next === 'before' && !startsWithLetter(c, u.end + 1))) {
    return agoHit(c, first, u.end + 1, q.n, u.unit);
  }
  if (next === 'from' && word(c, u.end + 1) === 'now') {
    const n = q.n;
    return relative(c, first, u.end + 2, 'DATE', (a) => (n === null ? 'FUTURE_REF' : countBack(a, n, u.unit, 1)));
  }
  // "the two weeks long exercise": an adjective phrase like "day-long"; "the" belongs to the noun
  if (!u.hyphen && next === 'long' && isWord(c, u.end + 1)) {
    return absolute(first, u.end + 1, 'DURATION', durationValue(q.n, u.unit, q.half), false);
  }
  // "the 14-day truce": with a hyphenated adjective the article belongs to the noun
  return absolute(first, u.end, 'DURATION', durationValue(q.n, u.unit, q.half), !u.hyphen);
}

const LETTER_START = /^\p{L}/u;

/** Whether token j starts with a letter (\p{L}); an ASCII word always does. */
function startsWithLetter(c: Scan, j: number): boolean {
  if (!has(c, j)) return false;
  if ((c.f[j] & TokFlag.Ascii) !== 0 && isWord(c, j)) return true;
  return LETTER_START.test(tokText(c, j));
}

/** A unit with no number: "for years", "day-long". ("the days before X" points at an event, so it is left out.) */
export function bareUnitRule(c: Scan, i: number): Hit | null {
  const w = word(c, i);
  const u = UNITS.get(w);
  if (!u) return null;
  // "day-long", "decades-long"
  if (hyphenAt(c, i + 1) && word(c, i + 2) === 'long' && !isNum(c, i - 2)) {
    const plural = w.endsWith('s') || w === 'centuries';
    return absolute(i, i + 3, 'DURATION', durationValue(plural ? null : 1, u));
  }
  if (!w.endsWith('s') && w !== 'centuries') return null;
  const prev = word(c, i - 1);
  if (prev === 'for') {
    return absolute(i, i + 1, 'DURATION', durationValue(null, u));
  }
  return null;
}

/** "two weeks ago"; a year back in earnings news means the same quarter a year before. */
function agoHit(c: Scan, first: number, end: number, n: number | null, unit: UnitInfo): Hit {
  if (n === null) return relative(c, first, end, 'DATE', () => 'PAST_REF');
  const lq = c.lastQuarter;
  if (unit.letter === 'Y' && !unit.years && n === 1 && lq) {
    return relative(c, first, end, 'DATE', () => `${pad(lq.y - 1, 4)}-Q${lq.q}`);
  }
  return relative(c, first, end, 'DATE', (a) => countBack(a, n, unit, -1));
}

/** "past/last/next/first [three] years", at the lead word. */
export function periodRule(c: Scan, i: number): Hit | null {
  const lead = word(c, i);
  if (!PERIOD_LEADS.has(lead)) return null;
  const q = quantity(c, i + 1);
  if (q && !q.article) {
    const u = unitAfter(c, q.end);
    if (!u || u.hyphen) return null;
    return absolute(i, u.end, 'DURATION', durationValue(q.n, u.unit), true);
  }
  if (q) return null;
  const uw = word(c, i + 1);
  const u = UNITS.get(uw);
  if (!u) return null;
  const plural = uw.endsWith('s') || uw === 'centuries';
  if (plural) {
    if ((lead === 'recent' || lead === 'past') && uw === 'years') return absolute(i, i + 2, 'DATE', 'PAST_REF', true);
    return absolute(i, i + 2, 'DURATION', durationValue(null, u), true);
  }
  return null;
}

/** "year-earlier", "year-ago" used as adjectives: the same period a year before. */
export function yearAgoAdjectiveRule(c: Scan, i: number): Hit | null {
  if (word(c, i) !== 'year' || !hyphenAt(c, i + 1)) return null;
  const w = word(c, i + 2);
  if (w !== 'earlier' && w !== 'ago') return null;
  let end = i + 3;
  // "the year-ago third quarter": that quarter, a year back
  const quarter = quarterRule(c, end);
  if (quarter) {
    const m = quarter.value ? /^(\d{4})-([QH]\d)$/.exec(quarter.value) : null;
    quarter.first = i; // a fresh hit: changed in place rather than copied
    quarter.value = m ? `${pad(+m[1] - 1, 4)}-${m[2]}` : quarter.value;
    quarter.takesThe = true;
    return quarter;
  }
  const lq = c.lastQuarter;
  const head = word(c, end);
  if (head === 'quarter' || head === 'period') end++;
  else if (punct(c, end, '-') || isNum(c, end)) return null;
  const withHead = end > i + 3; // "the year-ago quarter" keeps "the"; "the year-earlier profit" does not
  if (lq) return relative(c, i, end, 'DATE', () => `${pad(lq.y - 1, 4)}-Q${lq.q}`, withHead);
  return relative(c, i, end, 'DATE', (a) => pad(a.y - 1, 4), withHead);
}
