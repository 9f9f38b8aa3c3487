// Times of day: "10:30 a.m.", "3 p.m. EST Tuesday", "noon Thursday", "midnight", "overnight".

import { Ymd, addDays, fmtDay, pad, weekdayOnOrBefore, weekdayOnOrAfter } from '../calendar';
import { looksForward } from './calendarDates';
import { MONTHS, TIME_ZONES, WEEKDAYS } from '../lexicon';
import { shapeSet } from '../tokens';
import { Hit, Scan, capitalised, glued, has, mayBeWordIn, isNumOfLength, isWord, len, numValue, punct, relative, word } from '../scan';

const MERIDIEM_SHAPES: Uint32Array = shapeSet(['am', 'pm', 'a', 'p']);

/** "a.m." / "p.m." / "am" / "pm" at j: returns 'a' | 'p' and the index after it. */
function meridiem(c: Scan, j: number): { ap: 'a' | 'p'; end: number } | null {
  if (!mayBeWordIn(c, j, MERIDIEM_SHAPES)) return null; // read after every number: most words there are none
  const w = word(c, j);
  if (w === 'am' || w === 'pm') return { ap: w[0] as 'a' | 'p', end: j + 1 };
  if ((w === 'a' || w === 'p') && punct(c, j + 1, '.') && glued(c, j + 1) && word(c, j + 2) === 'm' && glued(c, j + 2)) {
    if (!(punct(c, j + 3, '.') && glued(c, j + 3))) return { ap: w, end: j + 3 };
    // the last dot of "p.m." also ends the sentence when a new sentence follows: leave it out then
    const next = j + 4;
    const endsSentence = !has(c, next) || isWord(c, next) && capitalised(c, next)
      && !WEEKDAYS.has(word(c, next)) && !TIME_ZONES.has(word(c, next)) && !MONTHS.has(word(c, next));
    return { ap: w, end: endsSentence ? j + 3 : j + 4 };
  }
  return null;
}

/** The day a time belongs to, written after it ("Tuesday", "yesterday"); default: the article date. */
function dayAfter(c: Scan, j: number, start: number): { end: number; day: (a: Ymd) => Ymd } {
  let k = j;
  if (word(c, k) === 'on') k++;
  const w = word(c, k);
  const wd = WEEKDAYS.get(w);
  if (wd !== undefined && capitalised(c, k)) {
    const fwd = looksForward(c, start);
    return { end: k + 1, day: (a) => (fwd ? weekdayOnOrAfter(a, wd) : weekdayOnOrBefore(a, wd)) };
  }
  if (w === 'yesterday') return { end: k + 1, day: (a) => addDays(a, -1) };
  if (w === 'today') return { end: k + 1, day: (a) => a };
  if (w === 'tomorrow') return { end: k + 1, day: (a) => addDays(a, 1) };
  return { end: j, day: (a) => a };
}

function withZoneAndDay(c: Scan, i: number, j: number, hhmm: string): Hit {
  let k = j;
  if (TIME_ZONES.has(word(c, k))) k++;
  if (punct(c, k, ',') && WEEKDAYS.has(word(c, k + 1))) k++;
  const d = dayAfter(c, k, i);
  const end = d.end === k && k > j && punct(c, k - 1, ',') ? k - 1 : d.end;
  return relative(c, i, end, 'TIME', (a) => `${fmtDay(d.day(a))}T${hhmm}`);
}

/** At a number: "10:30 a.m.", "3 p.m.", "15:00 GMT". */
export function clockRule(c: Scan, i: number): Hit | null {
  if (len(c, i) > 2) return null;
  let h = numValue(c, i);
  let min = 0;
  let j = i + 1;
  let hasMinutes = false;
  if (punct(c, j, ':') && glued(c, j) && isNumOfLength(c, j + 1, 2) && glued(c, j + 1)) {
    min = numValue(c, j + 1);
    j += 2;
    hasMinutes = true;
  }
  if (h > 24 || min > 59) return null;
  const mer = meridiem(c, j);
  if (mer) {
    if (h < 1 || h > 12) return null;
    if (mer.ap === 'p' && h < 12) h += 12;
    if (mer.ap === 'a' && h === 12) h = 0;
    return withZoneAndDay(c, i, mer.end, `${pad(h)}:${pad(min)}`);
  }
  // a bare "15:00" only counts with a time zone, to avoid scores and ratios
  if (hasMinutes && TIME_ZONES.has(word(c, j))) return withZoneAndDay(c, i, j, `${pad(h)}:${pad(min)}`);
  return null;
}

/** "noon", "midnight", "midday", "overnight". */
export function namedTimeRule(c: Scan, i: number): Hit | null {
  const w = word(c, i);
  if (word(c, i - 1) === 'high') return null; // "High Noon"
  if (w === 'noon' || w === 'midday') return withZoneAndDay(c, i, i + 1, '12:00');
  if (w === 'midnight') return withZoneAndDay(c, i, i + 1, '24:00');
  if (w === 'overnight') return relative(c, i, i + 1, 'TIME', (a) => `${fmtDay(a)}TNI`);
  return null;
}
