// Named days: "Thanksgiving Day", "Christmas", "New Year's Day", "Election Day", "last Thanksgiving".

import { Ymd, addDays, daysInMonth, fmtDay, isoWeekday, toDayNumber } from '../calendar';
import { Hit, Scan, capitalised, punct, relative, word } from '../scan';

type DayOfYear = (y: number) => Ymd;

/** n-th (1-based) ISO weekday of a month, or the last one when n is -1. */
function nthWeekday(y: number, m: number, wd: number, n: number): Ymd {
  if (n > 0) {
    const first = { y, m, d: 1 };
    return addDays(first, (wd - isoWeekday(first) + 7) % 7 + 7 * (n - 1));
  }
  const last = { y, m, d: daysInMonth(y, m) };
  return addDays(last, -((isoWeekday(last) - wd + 7) % 7));
}

const HOLIDAYS: ReadonlyMap<string, { day: DayOfYear; needsDay: boolean }> = new Map([
  ['thanksgiving', { day: (y) => nthWeekday(y, 11, 4, 4), needsDay: false }],
  ['christmas', { day: (y) => ({ y, m: 12, d: 25 }), needsDay: false }],
  ['halloween', { day: (y) => ({ y, m: 10, d: 31 }), needsDay: false }],
  ['election', { day: (y) => addDays(nthWeekday(y, 11, 1, 1), 1), needsDay: true }],
  ['labor', { day: (y) => nthWeekday(y, 9, 1, 1), needsDay: true }],
  ['memorial', { day: (y) => nthWeekday(y, 5, 1, -1), needsDay: true }],
]);

/** How far ahead a holiday named without a year may be. */
const HOLIDAY_WINDOW_DAYS = 120;

function resolve(a: Ymd, day: DayOfYear, direction: number): Ymd {
  const today = toDayNumber(a);
  const cands = [a.y + 1, a.y, a.y - 1, a.y - 2].map(day);
  if (direction < 0) return cands.find((d) => toDayNumber(d) < today) ?? cands[3];
  if (direction > 0) return [...cands].reverse().find((d) => toDayNumber(d) > today) ?? cands[0];
  return cands.find((d) => toDayNumber(d) - today <= HOLIDAY_WINDOW_DAYS) ?? cands[2];
}

export function holidayRule(c: Scan, i: number): Hit | null {
  let j = i;
  const lead = word(c, i);
  const direction = lead === 'last' ? -1 : lead === 'next' ? 1 : 0;
  if (direction !== 0) j++;
  const name = word(c, j);
  if (!capitalised(c, j)) return null;
  if (name === 'new' && word(c, j + 1) === 'year' && (punct(c, j + 2, "'") || punct(c, j + 2, '\u2019')) && word(c, j + 3) === 's') {
    const w = word(c, j + 4);
    if (w !== 'day' && w !== 'eve') return null;
    const eve = w === 'eve';
    return relative(c, i, j + 5, 'DATE', (a) => fmtDay(resolve(a, (y) => (eve ? { y, m: 12, d: 31 } : { y, m: 1, d: 1 }), direction)));
  }
  const h = HOLIDAYS.get(name);
  if (!h) return null;
  let end = j + 1;
  const next = word(c, end);
  if (name === 'christmas' && next === 'eve') {
    return relative(c, i, end + 1, 'DATE', (a) => fmtDay(resolve(a, (y) => ({ y, m: 12, d: 24 }), direction)));
  }
  if (next === 'day' && capitalised(c, end)) end++;
  else if (h.needsDay) return null;
  return relative(c, i, end, 'DATE', (a) => fmtDay(resolve(a, h.day, direction)));
}
