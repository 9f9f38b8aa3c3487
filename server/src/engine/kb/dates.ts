// KB dates (YYYY, YYYY-MM, YYYY-MM-DD) as day intervals. A partial date stands for every day it covers:
// "2017-01" is 2017-01-01 … 2017-01-31. Intervals are ISO day strings, which compare correctly as strings.
import { KbDate } from '../types';

export interface DayInterval {
  /** First day, YYYY-MM-DD. */
  start: string;
  /** Last day, YYYY-MM-DD (inclusive). */
  end: string;
}

const SHAPE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

export function daysInMonth(year: number, month: number): number {
  return new Date(Date.UTC(year, month, 0)).getUTCDate();
}

/** Why a date-shaped string is not a real date ("month 13", "2021-02 has 28 days"), or null when it is fine. */
export function impossibleDateReason(value: string): string | null {
  const m = SHAPE.exec(value);
  if (!m) return null; // not date-shaped: the schema reports it
  const year = Number(m[1]);
  if (m[2] === undefined) return null;
  const month = Number(m[2]);
  if (month < 1 || month > 12) return `there is no month ${m[2]}`;
  if (m[3] === undefined) return null;
  const day = Number(m[3]);
  const last = daysInMonth(year, month);
  if (day < 1 || day > last) return `${m[1]}-${m[2]} has ${last} days, so there is no day ${m[3]}`;
  return null;
}

/** True for a well-formed, possible KB date. */
export function isKbDate(value: unknown): value is KbDate {
  return typeof value === 'string' && SHAPE.test(value) && impossibleDateReason(value) === null;
}

// Rules ask for the same few dates (role periods, article dates) over and over: compute each once.
const INTERVALS = new Map<string, DayInterval | null>();
const INTERVAL_CACHE_LIMIT = 50_000;

/** The days a KB date (or TIMEX3 calendar date) covers, or null when it is not a valid date. */
export function dayInterval(value: string): DayInterval | null {
  let cached = INTERVALS.get(value);
  if (cached === undefined) {
    if (INTERVALS.size >= INTERVAL_CACHE_LIMIT) INTERVALS.clear();
    cached = computeDayInterval(value);
    INTERVALS.set(value, cached);
  }
  // A copy, so a caller that edits the result cannot corrupt the cache.
  return cached && { start: cached.start, end: cached.end };
}

function computeDayInterval(value: string): DayInterval | null {
  const m = SHAPE.exec(value);
  if (!m || impossibleDateReason(value) !== null) return null;
  const y = m[1];
  if (m[2] === undefined) return { start: `${y}-01-01`, end: `${y}-12-31` };
  if (m[3] === undefined) {
    const last = String(daysInMonth(Number(y), Number(m[2]))).padStart(2, '0');
    return { start: `${y}-${m[2]}-01`, end: `${y}-${m[2]}-${last}` };
  }
  return { start: value, end: value };
}

/** How precise a date is. */
export function datePrecision(value: string): 'year' | 'month' | 'day' | null {
  const m = SHAPE.exec(value);
  if (!m) return null;
  return m[3] !== undefined ? 'day' : m[2] !== undefined ? 'month' : 'year';
}
