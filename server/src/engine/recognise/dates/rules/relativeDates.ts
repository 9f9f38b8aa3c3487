// Dates that only make sense against the article date: "today", "last year", "next month",
// "this week", "last November", "last Friday", "this summer", "now", "recently", "the future".

import { Ymd, addDays, isoWeekday, addMonths, fmtDay, fmtMonth, fmtWeek, pad, quarterOf, weekdayOnOrBefore, weekdayOnOrAfter } from '../calendar';
import { MONTHS, PARTS_OF_DAY, REFERENCE_WORDS, SEASONS, UNITS, WEEKDAYS } from '../lexicon';
import { Hit, Scan, absolute, capitalised, has, isNum, isNumOfLength, len, isWord, kindAt, lowerAt, numValue, punct, relative, tokText, word } from '../scan';
import { TokKind } from '../tokens';

const DAY_OFFSETS: ReadonlyMap<string, number> = new Map([['today', 0], ['yesterday', -1], ['tomorrow', 1], ['tonight', 0]]);

/** "today", "yesterday", "tomorrow", "tonight", optionally with a part of the day. */
export function dayWordRule(c: Scan, i: number): Hit | null {
  const w = word(c, i);
  const off = DAY_OFFSETS.get(w);
  if (off === undefined) return null;
  // "today's world" is generic, and "USA Today" a name
  if (w === 'today' && (punct(c, i + 1, "'") || punct(c, i + 1, '\u2019')) && word(c, i + 2) === 's') return null;
  if (capitalised(c, i) && capitalised(c, i - 1) && isWord(c, i - 1)) return null;
  const pod = w !== 'tonight' ? PARTS_OF_DAY.get(word(c, i + 1)) : undefined;
  if (pod) return relative(c, i, i + 2, 'TIME', (a) => `${fmtDay(addDays(a, off))}T${pod}`);
  return relative(c, i, i + 1, 'DATE', (a) => fmtDay(addDays(a, off)));
}

/** "now", "currently", "recently", "soon", "these days", "right now". */
export function referenceWordRule(c: Scan, i: number): Hit | null {
  const w = word(c, i);
  if (w === 'these' && word(c, i + 1) === 'days') return absolute(i, i + 2, 'DATE', 'PRESENT_REF');
  const v = REFERENCE_WORDS.get(w);
  if (!v) return null;
  // "now that" is a conjunction; "until now" and "by now" are still the present
  if (w === 'now' && word(c, i + 1) === 'that') return null;
  return absolute(i, i + 1, 'DATE', v);
}

/** "the future", "the near future", "in future"; "the past" when used as a noun. */
export function futurePastRule(c: Scan, i: number): Hit | null {
  const w = word(c, i);
  const prev = word(c, i - 1);
  if (w === 'future') {
    if (prev === 'near' && word(c, i - 2) === 'the') return absolute(i - 2, i + 1, 'DATE', 'FUTURE_REF');
    if (prev === 'the' || prev === 'in') {
      if (isWord(c, i + 1) && !CLAUSE_WORDS.has(word(c, i + 1))) return null; // "the future growth"
      return absolute(prev === 'the' ? i - 1 : i, i + 1, 'DATE', 'FUTURE_REF');
    }
    return null;
  }
  if (w === 'past' && prev === 'the') {
    if (has(c, i + 1) && kindAt(c, i + 1) !== TokKind.Punct && !CLAUSE_WORDS.has(lowerAt(c, i + 1))) return null;
    return absolute(i - 1, i + 1, 'DATE', 'PAST_REF');
  }
  return null;
}

const CLAUSE_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'but', 'when', 'as', 'to', 'the', 'that', 'is', 'was', 'will', 'would', 'of', 'for', 'in', 'on', 'at', 'with', 'we', 'i', 'he', 'she', 'they', 'it', 'this', 'because', 'if', 'than', 'has', 'have', 'had', 'are', 'were']);

const DIRECTION: ReadonlyMap<string, number> = new Map([
  ['last', -1], ['past', -1], ['previous', -1], ['this', 0], ['current', 0], ['next', 1], ['coming', 1], ['following', 1],
]);

/** "last year", "this month", "next week", "last November", "last Friday", "this summer", "last night". */
export function deicticRule(c: Scan, i: number): Hit | null {
  const lead = word(c, i);
  const off = DIRECTION.get(lead);
  if (off === undefined) return null;
  const j = i + 1;
  const w = word(c, j);
  const takesThe = lead !== 'this' && lead !== 'last' && lead !== 'next';
  const unit = UNITS.get(w);
  if (unit && unit.years && off < 0) {
    // "the past decade" is a stretch of time rather than the previous calendar decade
    return absolute(i, j + 1, 'DURATION', `P${unit.years}Y`, takesThe);
  }
  if (unit && !w.endsWith('s') && w !== 'quarter' && !unit.time) {
    return relative(c, i, j + 1, 'DATE', (a) => shiftUnit(a, w, off), takesThe);
  }
  const month = MONTHS.get(w);
  if (month !== undefined && capitalised(c, j) && w.length > 3) {
    return relative(c, i, j + 1, 'DATE', (a) => {
      let y = a.y;
      if (off < 0) y = month < a.m ? a.y : a.y - 1;
      else if (off > 0) y = month > a.m ? a.y : a.y + 1;
      return fmtMonth(y, month);
    });
  }
  const wd = WEEKDAYS.get(w);
  if (wd !== undefined && capitalised(c, j)) {
    return relative(c, i, j + 1, 'DATE', (a) => fmtDay(
      off < 0 ? weekdayOnOrBefore(addDays(a, -1), wd) : off > 0 ? weekdayOnOrAfter(addDays(a, 1), wd) : weekdayOnOrAfter(a, wd)));
  }
  const season = SEASONS.get(w);
  if (season) return relative(c, i, j + 1, 'DATE', (a) => `${pad(a.y + off, 4)}-${season}`, takesThe);
  if (w === 'weekend') return relative(c, i, j + 1, 'DATE', (a) => `${fmtWeek(addDays(a, 7 * off))}-WE`, takesThe);
  const pod = PARTS_OF_DAY.get(w);
  if (pod && (lead === 'this' || lead === 'last' && w === 'night')) {
    return relative(c, i, j + 1, 'TIME', (a) => `${fmtDay(addDays(a, lead === 'last' ? -1 : 0))}T${pod}`);
  }
  return null;
}

function shiftUnit(a: Ymd, unit: string, off: number): string {
  switch (unit) {
    case 'day': return fmtDay(addDays(a, off));
    case 'week': return fmtWeek(addDays(a, 7 * off));
    case 'month': { const b = addMonths(a, off); return fmtMonth(b.y, b.m); }
    case 'decade': return String(Math.floor(a.y / 10) + off);
    case 'century': return pad(Math.floor(a.y / 100) + off, 2);
    default: return pad(a.y + off, 4);
  }
}

/** "the weekend", "summer" after a cue, "the summer of 1998". */
export function seasonRule(c: Scan, i: number): Hit | null {
  const w = word(c, i);
  const prev = word(c, i - 1);
  if (w === 'weekend' && prev === 'the') {
    // on a weekday "the weekend" is usually the one just past
    return relative(c, i, i + 1, 'DATE', (a) => `${fmtWeek(isoWeekday(a) >= 6 ? a : addDays(a, -7))}-WE`, true);
  }
  const season = SEASONS.get(w);
  if (!season || (prev !== 'the' && prev !== 'in' && prev !== 'early' && prev !== 'late')) return null;
  if (w === 'fall' && prev !== 'the' && prev !== 'early' && prev !== 'late') return null; // "in fall prices"
  if (word(c, i + 1) === 'of') {
    if (isNumOfLength(c, i + 2, 4)) return absolute(i, i + 3, 'DATE', `${tokText(c, i + 2)}-${season}`, true);
  }
  const next = word(c, i + 1);
  if (isWord(c, i + 1) && !CLAUSE_WORDS.has(next) && next !== 'of') return null; // "summer camp"
  return relative(c, i, i + 1, 'DATE', (a) => `${pad(a.y, 4)}-${season}`, true);
}

/** "every week", "each year", "every Tuesday", "daily", "annually". */
export function setRule(c: Scan, i: number, adverbs: ReadonlyMap<string, string>): Hit | null {
  const w = word(c, i);
  const adv = adverbs.get(w);
  if (adv) return absolute(i, i + 1, 'SET', adv);
  if (w !== 'every' && w !== 'each' && w !== 'per') return null;
  let j = i + 1;
  if (word(c, j) === 'other') j++;
  const nw = word(c, j);
  const unit = UNITS.get(nw);
  if (unit && !nw.endsWith('s')) {
    const letter = nw === 'decade' ? '10Y' : nw === 'century' ? '100Y' : '1' + unit.letter;
    return absolute(i, j + 1, 'SET', (unit.time ? 'PT' : 'P') + letter);
  }
  const wd = WEEKDAYS.get(nw);
  if (wd !== undefined) return absolute(i, j + 1, 'SET', `XXXX-WXX-${wd}`);
  const m = MONTHS.get(nw);
  if (m !== undefined && capitalised(c, j) && nw.length > 3) return absolute(i, j + 1, 'SET', `XXXX-${pad(m)}`);
  return null;
}

/** Quarters and halves: "the third quarter", "third-quarter", "the fourth quarter of 1998",
 *  "the 1998 third quarter", "this year's first quarter", "the latest quarter", "the fiscal first quarter". */
export function quarterRule(c: Scan, i: number): Hit | null {
  let j = i;
  let year: number | null = null;
  let yearOff: number | null = null;
  if (isNum(c, i) && len(c, i) !== 4) return null; // only a year may come first among numbers
  const w0 = word(c, j);
  if ((w0 === 'this' || w0 === 'last' || w0 === 'next') && word(c, j + 1) === 'year' && isPossessive(c, j + 2)) {
    yearOff = w0 === 'last' ? -1 : w0 === 'next' ? 1 : 0;
    j += 4;
  } else if (isNumOfLength(c, j, 4)) {
    year = numValue(c, j);
    j++;
  }
  if (word(c, j) === 'fiscal') { j++; if (punct(c, j, '-')) j++; }
  const ordTok = word(c, j);
  const ord = QUARTER_ORDINALS.get(ordTok);
  if (ord !== undefined) {
    let k = j + 1;
    if (punct(c, k, '-')) k++;
    if (word(c, k) === 'fiscal') k++;
    const kind = periodKind(c, k);
    if (!kind || (kind === 'half' && ord > 2) || (kind === 'quarter' && ord > 4)) return null;
    let end = k + 1;
    // "the fourth quarter of 1998": the year written after the quarter
    if ((word(c, end) === 'of' || word(c, end) === 'in') && isNumOfLength(c, end + 1, 4)) {
      year = numValue(c, end + 1);
      end += 2;
    }
    const label = kind === 'quarter' ? `Q${ord}` : `H${ord}`;
    const fixedYear = year;
    const the = !punct(c, j + 1, '-'); // "the third-quarter results": the article belongs to "results"
    const yo = yearOff;
    const hit = fixedYear !== null
      ? absolute(i, end, 'DATE', `${pad(fixedYear, 4)}-${label}`, the)
      : relative(c, i, end, 'DATE', (a) => {
        const cur = kind === 'quarter' ? quarterOf(a.m) : a.m <= 6 ? 1 : 2;
        const y = yo !== null ? a.y + yo : ord > cur ? a.y - 1 : a.y;
        return `${pad(y, 4)}-${label}`;
      }, the);
    rememberQuarter(c, hit, i);
    return hit;
  }
  // "latest quarter", "this quarter", "the quarter" are read by namedQuarterRule
  return null;
}

/** 'quarter' or 'half' at k, else ''. */
function periodKind(c: Scan, k: number): string {
  const w = word(c, k);
  return w === 'quarter' || w === 'half' ? w : '';
}

const QUARTER_ORDINALS: ReadonlyMap<string, number> = new Map([['first', 1], ['second', 2], ['third', 3], ['fourth', 4]]);

function isPossessive(c: Scan, j: number): boolean {
  return (punct(c, j, "'") || punct(c, j, '\u2019')) && word(c, j + 1) === 's';
}

function rememberQuarter(c: Scan, hit: Hit, tok: number): void {
  const m = hit.value ? /^(\d{4})-Q([1-4])$/.exec(hit.value) : null;
  if (m) c.lastQuarter = { y: +m[1], q: +m[2], tok };
}

const QUARTER_LEADS: ReadonlyMap<string, number> = new Map([['latest', 0], ['current', 0], ['same', 0], ['last', -1], ['this', 1], ['recent', 0], ['most', 0]]);

/** "the quarter", "the latest quarter", "the latest period", "this quarter", "last quarter". */
export function namedQuarterRule(c: Scan, i: number): Hit | null {
  const w = word(c, i);
  let j = i;
  let lead = -2;
  if (QUARTER_LEADS.has(w)) { lead = QUARTER_LEADS.get(w)!; j++; if (w === 'most' && word(c, j) === 'recent') j++; }
  const head = word(c, j);
  if (head !== 'quarter' && !(head === 'period' && lead === 0)) return null;
  if (lead === -2 && word(c, i - 1) !== 'the') return null;
  if (w === 'last' || w === 'this') {
    return remember(c, relative(c, i, j + 1, 'DATE', (a) => {
      const q = quarterOf(a.m), y = a.y;
      if (w === 'this') return `${pad(y, 4)}-Q${q}`;
      return q === 1 ? `${pad(y - 1, 4)}-Q4` : `${pad(y, 4)}-Q${q - 1}`;
    }, false), i);
  }
  const lq = c.lastQuarter;
  if (lq && (lead === -2 || w === 'same')) return absolute(i, j + 1, 'DATE', `${pad(lq.y, 4)}-Q${lq.q}`, true);
  if (w === 'current') return remember(c, relative(c, i, j + 1, 'DATE', (a) => `${pad(a.y, 4)}-Q${quarterOf(a.m)}`, true), i);
  return remember(c, relative(c, i, j + 1, 'DATE', (a) => {
    const q = quarterOf(a.m);
    return q === 1 ? `${pad(a.y - 1, 4)}-Q4` : `${pad(a.y, 4)}-Q${q - 1}`;
  }, true), i);
}

function remember(c: Scan, h: Hit, tok: number): Hit {
  rememberQuarter(c, h, tok);
  return h;
}

/** "fiscal 1998", "fiscal year 1998", "the fiscal year". */
export function fiscalRule(c: Scan, i: number): Hit | null {
  if (word(c, i) !== 'fiscal') return null;
  let j = i + 1;
  if (word(c, j) === 'year') j++;
  if (isNumOfLength(c, j, 4)) return absolute(i, j + 1, 'DATE', tokText(c, j), true);
  if (j === i + 2) return relative(c, i, j, 'DATE', (a) => pad(a.y, 4), true);
  return null;
}
