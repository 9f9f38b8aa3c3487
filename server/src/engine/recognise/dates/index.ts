// Date recogniser: tokenise the slice once, try the rules triggered by each token (longest match wins),
// widen the span over TimeML prefixes, and emit TIMEX3-style mentions with values resolved against the
// article date.

import { DateMention } from '../../types';
import { isValidYmd, pad, parseAnchor } from './calendar';
import { MONTHS, REFERENCE_WORDS, SEASONS, SET_ADVERBS, SMALL_NUMBERS, TENS, WEEKDAYS, WEEKDAY_PLURALS } from './lexicon';
import { extendStart } from './prefixes';
import { clockRule, namedTimeRule } from './rules/clockTimes';
import { centuryRule, dayMonthRule, decadeWordRule, monthRule, numericDateRule, shortDecadeRule, spokenYearRule, weekdayRule } from './rules/calendarDates';
import { bareUnitRule, durationRule, periodRule, yearAgoAdjectiveRule } from './rules/durations';
import { dayWordRule, deicticRule, fiscalRule, futurePastRule, namedQuarterRule, quarterRule, referenceWordRule, seasonRule, setRule } from './rules/relativeDates';
import { holidayRule } from './rules/holidays';
import { Hit, IMPOSSIBLE, Rule, Scan } from './scan';
import { TokKind, tokenise } from './tokens';

const NUMBER_RULES: Rule[] = [numericDateRule, dayMonthRule, clockRule, centuryRule, durationRule, quarterRule];
const setWithAdverbs: Rule = (c, i) => setRule(c, i, SET_ADVERBS);

/** Word → rules it can start. Built once. */
const TRIGGERS: ReadonlyMap<string, Rule[]> = (() => {
  const map = new Map<string, Rule[]>();
  const add = (words: Iterable<string>, ...rules: Rule[]) => {
    for (const w of words) map.set(w, [...(map.get(w) ?? []), ...rules]);
  };
  add(MONTHS.keys(), monthRule);
  add([...WEEKDAYS.keys(), ...WEEKDAY_PLURALS.keys()], weekdayRule);
  add([...SMALL_NUMBERS.keys(), ...TENS.keys(), 'a', 'an', 'several', 'few', 'many', 'numerous', 'couple'], durationRule);
  add(['nineteen', 'eighteen'], spokenYearRule);
  add(['year'], yearAgoAdjectiveRule, spokenYearRule);
  add(['past', 'last', 'next', 'first', 'coming', 'previous', 'following', 'latest', 'final', 'initial', 'recent', 'remaining'], periodRule);
  add(['last', 'past', 'previous', 'this', 'current', 'next', 'coming', 'following'], deicticRule);
  add(['this', 'last', 'next', 'first', 'second', 'third', 'fourth', 'fiscal'], quarterRule);
  add(['latest', 'current', 'same', 'last', 'this', 'recent', 'most', 'quarter', 'period'], namedQuarterRule);
  add(['fiscal'], fiscalRule);
  add(['years', 'months', 'weeks', 'days', 'decades', 'centuries', 'hours', 'minutes', 'day', 'week', 'month', 'year', 'hour'], bareUnitRule);
  add(['thanksgiving', 'christmas', 'halloween', 'election', 'labor', 'memorial', 'new', 'last', 'next'], holidayRule);
  add(['today', 'yesterday', 'tomorrow', 'tonight'], dayWordRule);
  add([...REFERENCE_WORDS.keys(), 'these', 'right'], referenceWordRule);
  add(['future', 'past'], futurePastRule);
  add([...SEASONS.keys(), 'weekend'], seasonRule);
  add(['every', 'each', 'per', ...SET_ADVERBS.keys()], setWithAdverbs);
  add(['noon', 'midday', 'midnight', 'overnight'], namedTimeRule);
  add(['twenties', 'thirties', 'forties', 'fifties', 'sixties', 'seventies', 'eighties', 'nineties'], decadeWordRule);
  return map;
})();

/**
 * A bit set over a hash of each trigger word's length, first, second and last letters: an ASCII word
 * whose bit is clear is no trigger, and is skipped without making its string or looking it up.
 */
const SHAPE_BITS = 1 << 13;
const TRIGGER_SHAPES: Uint32Array = (() => {
  const shapes = new Uint32Array(SHAPE_BITS >> 5);
  for (const w of TRIGGERS.keys()) {
    const h = shapeHash(w.length, w.charCodeAt(0), w.charCodeAt(w.length > 1 ? 1 : 0), w.charCodeAt(w.length - 1));
    shapes[h >> 5] |= 1 << (h & 31);
  }
  return shapes;
})();

function shapeHash(length: number, first: number, second: number, last: number): number {
  return (((length * 31 + first) * 31 + second) * 31 + last) & (SHAPE_BITS - 1);
}

/** Whether the ASCII word text[s, e) may be a trigger; its letters are lower-cased with | 0x20. */
function mayTrigger(text: string, s: number, e: number): boolean {
  const n = e - s;
  const h = shapeHash(n, text.charCodeAt(s) | 0x20, text.charCodeAt(n > 1 ? s + 1 : s) | 0x20, text.charCodeAt(e - 1) | 0x20);
  return (TRIGGER_SHAPES[h >> 5] & (1 << (h & 31))) !== 0;
}

function bestHit(c: Scan, i: number, rules: readonly Rule[]): Hit | null {
  let best: Hit | null = null;
  for (const rule of rules) {
    const h = rule(c, i);
    if (h && h.end > i && (!best || h.end > best.end || (h.end === best.end && h.first < best.first))) best = h;
  }
  return best;
}

/**
 * Find date expressions in text.slice(from, to); offsets are into the full text.
 * `anchor` is the publication date (YYYY-MM-DD) that relative expressions resolve against.
 */
export function recogniseDates(text: string, anchor: string | null, from = 0, to = text.length): DateMention[] {
  const lo = Math.max(0, Math.min(from, text.length));
  const hi = Math.max(lo, Math.min(to, text.length));
  const toks = tokenise(text, lo, hi);
  const c: Scan = { text, toks, anchor: parseAnchor(anchor), lastQuarter: null };
  const out: DateMention[] = [];
  let floor = 0; // first token not yet covered by a mention
  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    const rules =
      t.k === TokKind.Num ? NUMBER_RULES
      : t.k === TokKind.Word ? (t.ascii && !mayTrigger(text, t.s, t.e) ? undefined : TRIGGERS.get(t.l))
      : t.t === "'" || t.t === '\u2019' ? SHORT_DECADE : undefined;
    if (!rules) continue;
    const hit = bestHit(c, i, rules);
    if (!hit || hit.first < floor) continue;
    extendStart(c, hit, floor);
    out.push(toMention(c, hit));
    floor = hit.end;
    const second = secondDayOfRange(c, hit);
    if (second) {
      out.push(toMention(c, second));
      floor = second.end;
    }
    i = floor - 1;
  }
  return out;
}

const SHORT_DECADE: Rule[] = [shortDecadeRule];

const RANGE_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'through', '-', '\u2013']);

/** "April 24 and 25", "Oct. 3-5": the second day borrows the month and year of the first. */
function secondDayOfRange(c: Scan, h: Hit): Hit | null {
  const last = c.toks[h.end - 1];
  const sep = c.toks[h.end];
  const day = c.toks[h.end + 1];
  if (!last || last.k !== TokKind.Num || !sep || !RANGE_WORDS.has(sep.l) || !day || day.k !== TokKind.Num || day.t.length > 2) return null;
  const after = c.toks[h.end + 2];
  if (after && (after.k === TokKind.Word && MONTHS.has(after.l) || after.s === day.e && after.k !== TokKind.Punct)) return null;
  const d = +day.t;
  const m = h.value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(h.value) : null;
  if (m && (d <= +m[3] || !isValidYmd(+m[1], +m[2], d))) return null;
  if (!m && (h.value !== null || h.unresolved === IMPOSSIBLE || d > 31)) return null;
  return { first: h.end + 1, end: h.end + 2, type: 'DATE', value: m ? `${m[1]}-${m[2]}-${pad(d)}` : null, relative: h.relative, unresolved: h.unresolved };
}

function toMention(c: Scan, h: Hit): DateMention {
  const start = c.toks[h.first].s;
  const end = c.toks[h.end - 1].e;
  const m: DateMention = {
    kind: 'date', entity: null, start, end, text: c.text.slice(start, end),
    timexType: h.type, value: h.value, relative: h.relative,
  };
  if (h.unresolved) m.unresolved = h.unresolved;
  if (h.weekday) m.weekday = { name: h.weekday.name, span: { start: h.weekday.start, end: h.weekday.end } };
  return m;
}
