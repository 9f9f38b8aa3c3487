// Calendar dates written with month names or digits: "October 29, 2024", "Oct. 29", "Nov 2014",
// "29 October 2024", "2024-10-29", "10/29/2024", "1998", "the 1990s", "Tuesday, October 30, 2024".

import { fmtDay, fmtMonth, isValidYmd, nearestYear, pad, weekdayOnOrBefore, weekdayOnOrAfter, Ymd } from '../calendar';
import { AMBIGUOUS_MONTHS, MONTHS, MONTH_CUES, ORDINAL_DAY_SUFFIX, PARTS_OF_DAY, WEEKDAYS, WEEKDAY_NAMES, WEEKDAY_PLURALS, TENS, SMALL_NUMBERS } from '../lexicon';
import { Hit, IMPOSSIBLE, Scan, absolute, capitalised, glued, hyphenAt, isNum, isNumOfLength, kindAt, len, lowerAt, mayBeWordIn, newHit, numValue, punct, relative, skipDot, tokIs, word, wordIs } from '../scan';
import { TokKind, shapeSet } from '../tokens';

/** A bare month name may point further ahead than a day ("talks resume in January"). */
const MONTH_WINDOW_DAYS = 150;

/** A 4-digit year token at j (1000..2099). */
export function yearAt(c: Scan, j: number): number | null {
  if (!isNumOfLength(c, j, 4)) return null;
  const y = numValue(c, j);
  return y >= 1000 && y <= 2099 ? y : null;
}

/** Day of month at j ("29", "29th"), returning the index after it. */
function dayAt(c: Scan, j: number): { d: number; end: number } | null {
  if (!isNum(c, j) || len(c, j) > 2) return null;
  const d = numValue(c, j);
  if (d < 1 || d > 31) return null;
  let end = j + 1;
  if (glued(c, end) && ORDINAL_DAY_SUFFIX.has(word(c, end))) end++;
  // "29:30", "29-year", "29.5", "29,000", "29%" are not days; "Oct. 26:" is
  const nx = end, after = end + 1;
  if (glued(c, nx)) {
    if (tokIs(c, nx, '%')) return null;
    const dayRange = tokIs(c, nx, '-') && isNum(c, after) && len(c, after) <= 2; // "Oct. 3-5"
    if ((tokIs(c, nx, ':') || tokIs(c, nx, '-') || tokIs(c, nx, '.') || tokIs(c, nx, ','))
      && glued(c, after) && kindAt(c, after) !== TokKind.Punct && !dayRange) return null;
  }
  return { d, end };
}

function dateHit(first: number, end: number, y: number, m: number, d: number): Hit {
  if (!isValidYmd(y, m, d)) return newHit(first, end, 'DATE', null, false, IMPOSSIBLE);
  return absolute(first, end, 'DATE', fmtDay({ y, m, d }));
}

/** Month day without a year: the year comes from the anchor. */
function monthDayHit(c: Scan, first: number, end: number, m: number, d: number): Hit {
  if (d > 31 || (m === 2 && d > 29) || ([4, 6, 9, 11].includes(m) && d > 30)) {
    return newHit(first, end, 'DATE', null, true, IMPOSSIBLE);
  }
  const h = relative(c, first, end, 'DATE', (a) => {
    const y = nearestYear(a, m, d);
    return isValidYmd(y, m, d) ? fmtDay({ y, m, d }) : null;
  });
  if (h.value === null && !h.unresolved) h.unresolved = IMPOSSIBLE;
  return h;
}

/** Optional ", 2024" / " 2024" after a day; returns the year and the index after it. */
function yearAfter(c: Scan, j: number): { y: number; end: number } | null {
  let k = j;
  if (punct(c, k, ',')) k++;
  const y = yearAt(c, k);
  return y === null ? null : { y, end: k + 1 };
}

const MONTH_SHAPES: Uint32Array = shapeSet(MONTHS.keys());

function monthWordAt(c: Scan, j: number): { m: number; end: number; abbrev: boolean } | null {
  if (!mayBeWordIn(c, j, MONTH_SHAPES)) return null; // read after every number: most words there are no month
  const w = word(c, j);
  const m = MONTHS.get(w);
  if (m === undefined || !capitalised(c, j)) return null;
  const abbrev = w.length <= 4 && w !== 'june' && w !== 'july' && w !== 'may';
  // a dot after a full month name ends the sentence; after "Oct" it is part of the word
  return { m, end: abbrev ? skipDot(c, j + 1) : j + 1, abbrev };
}

/** At a month name. */
export function monthRule(c: Scan, i: number): Hit | null {
  const mw = monthWordAt(c, i);
  if (!mw) return null;
  const { m } = mw;
  let j = mw.end;
  const day = dayAt(c, j);
  if (day) {
    const ya = yearAfter(c, day.end);
    if (ya) return dateHit(i, ya.end, ya.y, m, day.d);
    return monthDayHit(c, i, day.end, m, day.d);
  }
  if (word(c, j) === 'of' && yearAt(c, j + 1) !== null) j++;
  if (punct(c, j, ',') && yearAt(c, j + 1) !== null) j++;
  const y = yearAt(c, j);
  if (y !== null) return absolute(i, j + 1, 'DATE', fmtMonth(y, m));
  // "January this year", "June last year"
  const rel = word(c, mw.end);
  if ((rel === 'this' || rel === 'last' || rel === 'next') && word(c, mw.end + 1) === 'year') {
    const off = rel === 'last' ? -1 : rel === 'next' ? 1 : 0;
    return relative(c, i, mw.end + 2, 'DATE', (a) => fmtMonth(a.y + off, m));
  }
  // a bare month: only unambiguous full names, or any after a temporal cue ("in May")
  const prev = word(c, i - 1);
  if (AMBIGUOUS_MONTHS.has(word(c, i)) && !MONTH_CUES.has(prev) && !(punct(c, i - 1, '-') && word(c, i - 2) === 'mid')) return null;
  if (mw.abbrev && mw.end === i + 1 && word(c, i) !== 'may') return null;
  return relative(c, i, mw.end, 'DATE', (a) => fmtMonth(nearestYear(a, m, 15, MONTH_WINDOW_DAYS), m));
}

const FORWARD_CUES: ReadonlySet<string> = new Set(['will', 'll', 'shall', 'scheduled', 'plan', 'plans', 'planned', 'planning', 'upcoming', 'resume']);
/** Every word looksForward reads: the others are skipped without making their strings. */
const LOOK_WORD_SHAPES: Uint32Array = shapeSet([...FORWARD_CUES, 'soon', 'early', 'until']);

/** Tense cue before a weekday: "will meet on Friday" looks forward. */
export function looksForward(c: Scan, i: number): boolean {
  for (let j = i - 1; j >= Math.max(0, i - 8); j--) {
    const kind = kindAt(c, j);
    if (kind === TokKind.Punct && (tokIs(c, j, '.') || tokIs(c, j, ';') || tokIs(c, j, '"') || tokIs(c, j, '`'))) return false;
    if (!mayBeWordIn(c, j, LOOK_WORD_SHAPES)) continue; // the cues below are all words
    const l = lowerAt(c, j);
    // "as soon as Tuesday", "as early as Tuesday"
    if (j === i - 2 && (l === 'soon' || l === 'early') && word(c, i - 1) === 'as' && word(c, i - 3) === 'as') return true;
    if (FORWARD_CUES.has(l)) return true;
    // "postponed until Tuesday" looks ahead; a sentence-initial "Until Tuesday, ..." looks back
    if (l === 'until' && j > 0 && kindAt(c, j - 1) !== TokKind.Punct) return true;
  }
  return false;
}

/** At a weekday name. */
export function weekdayRule(c: Scan, i: number): Hit | null {
  if (!capitalised(c, i)) return null;
  const w = word(c, i);
  const plural = WEEKDAY_PLURALS.get(w);
  if (plural !== undefined) {
    const pod = PARTS_OF_DAY.get(word(c, i + 1));
    return absolute(i, i + 1, 'SET', `XXXX-WXX-${plural}${pod ? 'T' + pod : ''}`);
  }
  const wd = WEEKDAYS.get(w);
  if (wd === undefined) return null;
  // "Tuesday, October 30, 2024", "Friday Oct. 13", "Tuesday 30 October 2024"
  let j = i + 1;
  if (punct(c, j, ',')) j++;
  const full = monthRule(c, j) ?? dayMonthRule(c, j);
  if (full && full.type === 'DATE' && full.end - full.first >= 2) {
    // full is a fresh hit: extend it in place rather than copy it
    full.first = i;
    full.weekday = { name: WEEKDAY_NAMES[wd], start: c.s[i], end: c.e[i] };
    return full;
  }
  const pod = PARTS_OF_DAY.get(word(c, i + 1));
  const fwd = looksForward(c, i);
  const resolve = (a: Ymd) => (fwd ? weekdayOnOrAfter(a, wd) : weekdayOnOrBefore(a, wd));
  // "Earlier Friday": the modifier stays outside a bare weekday in most gold annotations
  // "Friday night" is annotated mostly as the day itself
  const h = pod === 'NI' || pod === 'MO' ? relative(c, i, i + 2, 'DATE', (a) => fmtDay(resolve(a)))
    : pod ? relative(c, i, i + 2, 'TIME', (a) => `${fmtDay(resolve(a))}T${pod}`)
    : relative(c, i, i + 1, 'DATE', (a) => fmtDay(resolve(a)));
  h.noModifiers = true;
  return h;
}

/** "29 October 2024", "29th of October" (day first), at the number. */
export function dayMonthRule(c: Scan, i: number): Hit | null {
  const day = dayAt(c, i);
  if (!day) return null;
  let j = day.end;
  if (wordIs(c, j, 'of')) j++;
  const mw = monthWordAt(c, j);
  if (!mw) return null;
  const ya = yearAfter(c, mw.end);
  if (ya) return dateHit(i, ya.end, ya.y, mw.m, day.d);
  return monthDayHit(c, i, mw.end, mw.m, day.d);
}

/** Digits: ISO dates, US numeric dates, years, decades. */
export function numericDateRule(c: Scan, i: number): Hit | null {
  const digits = len(c, i);
  // ISO 2024-10-29
  if (digits === 4 && punct(c, i + 1, '-') && glued(c, i + 1) && isNum(c, i + 2) && glued(c, i + 2)
    && punct(c, i + 3, '-') && glued(c, i + 3) && isNum(c, i + 4) && glued(c, i + 4)) {
    return dateHit(i, i + 5, numValue(c, i), numValue(c, i + 2), numValue(c, i + 4));
  }
  // US 10/29/2024 or 10/29/98
  if (digits <= 2 && punct(c, i + 1, '/') && glued(c, i + 1) && isNum(c, i + 2) && glued(c, i + 2)
    && punct(c, i + 3, '/') && glued(c, i + 3) && isNum(c, i + 4) && glued(c, i + 4)) {
    const yDigits = len(c, i + 4);
    if (yDigits !== 2 && yDigits !== 4) return null;
    const yt = numValue(c, i + 4);
    const y = yDigits === 4 ? yt : yt + (yt >= 50 ? 1900 : 2000);
    return dateHit(i, i + 5, y, numValue(c, i), numValue(c, i + 2));
  }
  const y = yearAt(c, i);
  if (y === null) return null;
  // a number inside a larger figure: "$1998", "1,998", "2000.5", "1998-99" scores
  const prev = i - 1, next = i + 1;
  if (glued(c, i) && (tokIs(c, prev, '$') || tokIs(c, prev, ',') || tokIs(c, prev, '.') || isNum(c, prev))) return null;
  if (glued(c, next) && tokIs(c, next, 's')) return absolute(i, i + 2, 'DATE', `${Math.floor(y / 10)}X`);
  if (glued(c, next) && (tokIs(c, next, '%') || (tokIs(c, next, ',') || tokIs(c, next, '.')) && isNum(c, i + 2) && glued(c, i + 2))) return null;
  if (NOT_AFTER_YEAR.has(word(c, i + 1))) return null;
  return absolute(i, i + 1, 'DATE', pad(y, 4));
}

/** Words after a 4-digit number that show it is a count, not a year ("2000 people"). */
const NOT_AFTER_YEAR: ReadonlySet<string> = new Set([
  'people', 'troops', 'soldiers', 'percent', 'dollars', 'men', 'women', 'workers', 'jobs', 'shares', 'tons',
  'barrels', 'miles', 'kilometers', 'kilometres', 'feet', 'meters', 'metres', 'acres', 'votes', 'units', 'cars',
  'members', 'employees', 'children', 'pounds', 'points', 'yen', 'marks', 'francs', 'rupees', 'rubles', 'euros',
  'residents', 'students', 'cases', 'deaths', 'km', 'kg', 'mm', 'cc', 'hp', 'mph', 'rpm',
]);

/** "the '90s", at the apostrophe. */
export function shortDecadeRule(c: Scan, i: number): Hit | null {
  if (!tokIs(c, i, "'") && !tokIs(c, i, '\u2019')) return null;
  const n = i + 1;
  if (!isNumOfLength(c, n, 2) || !glued(c, n) || c.text.charCodeAt(c.s[n] + 1) !== 48 /* 0 */) return null;
  if (!(tokIs(c, i + 2, 's') && glued(c, i + 2))) return null;
  return absolute(i, i + 3, 'DATE', `19${c.text[c.s[n]]}X`);
}

const DECADE_WORDS: ReadonlyMap<string, string> = new Map(([
  ['twenties', '192'], ['thirties', '193'], ['forties', '194'], ['fifties', '195'], ['sixties', '196'],
  ['seventies', '197'], ['eighties', '198'], ['nineties', '199'],
] as [string, string][]).map(([k, v]) => [k, v + 'X']));

/** "the nineties" (only with "the", as the bare word is also an age). */
export function decadeWordRule(c: Scan, i: number): Hit | null {
  const v = DECADE_WORDS.get(word(c, i));
  if (!v || word(c, i - 1) !== 'the' && !(hyphenAt(c, i - 1) && ['early', 'late', 'mid'].includes(word(c, i - 2)))) return null;
  return absolute(i, i + 1, 'DATE', v, true);
}

/** Spoken years in broadcast transcripts: "nineteen ninety-six", "the year two thousand". */
export function spokenYearRule(c: Scan, i: number): Hit | null {
  const w = word(c, i);
  if (w === 'nineteen' || w === 'eighteen') {
    const tens = TENS.get(word(c, i + 1));
    if (tens === undefined) return null;
    let n = tens, end = i + 2;
    if (hyphenAt(c, end)) {
      const u = SMALL_NUMBERS.get(word(c, end + 1));
      if (u !== undefined && u < 10) { n += u; end += 2; }
    }
    return absolute(i, end, 'DATE', String((w === 'nineteen' ? 1900 : 1800) + n));
  }
  if (w === 'year' && word(c, i + 1) === 'two' && word(c, i + 2) === 'thousand') {
    return absolute(i, i + 3, 'DATE', '2000', true);
  }
  return null;
}

/** "the 20th century", at the number. */
export function centuryRule(c: Scan, i: number): Hit | null {
  if (len(c, i) > 2 || !glued(c, i + 1) || !ORDINAL_DAY_SUFFIX.has(word(c, i + 1))) return null;
  if (word(c, i + 2) !== 'century') return null;
  return absolute(i, i + 3, 'DATE', pad(numValue(c, i) - 1, 2), true);
}

