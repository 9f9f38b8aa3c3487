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
import { Hit, IMPOSSIBLE, Rule, Scan, has, isNum, isWord, kindAt, knownAsciiWordAt, len, lowerAt, newHit, newScan, numValue, word } from './scan';
import { TokFlag, TokKind, TokenTable, newTokenTable, shapeBuckets, shapeSet, tokenise } from './tokens';

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

/** Shapes of the trigger words: the tokeniser lists only the words that may be one, so the others are never read. */
const TRIGGER_SHAPES: Uint32Array = shapeSet(TRIGGERS.keys());
/** The trigger words by shape: a candidate is matched to its word letter by letter, and takes the word's literal string. */
const TRIGGER_BUCKETS = shapeBuckets(TRIGGERS.keys());

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
  const toks = tokenise(text, lo, hi, sharedTokens, TRIGGER_SHAPES);
  const c = newScan(text, toks, parseAnchor(anchor));
  const cand = toks.cand, nc = toks.nc;
  const out: DateMention[] = [];
  let floor = 0; // first token not yet covered by a mention
  for (let ci = 0; ci < nc; ci++) {
    const i = cand[ci];
    if (i < floor) continue;
    const f = c.f[i];
    const kind = f & TokFlag.Kind;
    let rules: Rule[] | undefined;
    if (kind === TokKind.Num) rules = NUMBER_RULES;
    else if (kind !== TokKind.Word) rules = SHORT_DECADE; // a candidate punctuation token is an apostrophe
    else if ((f & TokFlag.Ascii) === 0) rules = TRIGGERS.get(lowerAt(c, i));
    else {
      const trigger = knownAsciiWordAt(c, i, TRIGGER_BUCKETS);
      rules = trigger === null ? undefined : TRIGGERS.get(trigger);
    }
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
  }
  // keep the arrays for the next article, unless a huge text made them big
  if (toks.s.length > MAX_KEPT_TOKENS) sharedTokens = newTokenTable();
  return out;
}

/** Token arrays reused from one call to the next (calls never nest). */
let sharedTokens: TokenTable = newTokenTable();
const MAX_KEPT_TOKENS = 1 << 18;

const SHORT_DECADE: Rule[] = [shortDecadeRule];

const RANGE_WORDS: ReadonlySet<string> = new Set(['and', 'or', 'to', 'through', '-', '\u2013']);

/** "April 24 and 25", "Oct. 3-5": the second day borrows the month and year of the first. */
function secondDayOfRange(c: Scan, h: Hit): Hit | null {
  const last = h.end - 1, sep = h.end, day = h.end + 1, after = h.end + 2;
  if (!isNum(c, last) || !has(c, sep) || !RANGE_WORDS.has(lowerAt(c, sep)) || !isNum(c, day) || len(c, day) > 2) return null;
  if (has(c, after) && (isWord(c, after) && MONTHS.has(word(c, after)) || c.s[after] === c.e[day] && kindAt(c, after) !== TokKind.Punct)) return null;
  const d = numValue(c, day);
  const m = h.value ? /^(\d{4})-(\d{2})-(\d{2})$/.exec(h.value) : null;
  if (m && (d <= +m[3] || !isValidYmd(+m[1], +m[2], d))) return null;
  if (!m && (h.value !== null || h.unresolved === IMPOSSIBLE || d > 31)) return null;
  return newHit(h.end + 1, h.end + 2, 'DATE', m ? `${m[1]}-${m[2]}-${pad(d)}` : null, h.relative, h.unresolved);
}

function toMention(c: Scan, h: Hit): DateMention {
  const start = c.s[h.first];
  const end = c.e[h.end - 1];
  const m: DateMention = {
    kind: 'date', entity: null, start, end, text: c.text.slice(start, end),
    timexType: h.type, value: h.value, relative: h.relative,
  };
  if (h.unresolved) m.unresolved = h.unresolved;
  if (h.weekday) m.weekday = { name: h.weekday.name, span: { start: h.weekday.start, end: h.weekday.end } };
  return m;
}
