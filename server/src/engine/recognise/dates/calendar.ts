// Calendar arithmetic on plain year/month/day triples (proleptic Gregorian, no time zones), and
// the TIMEX3 value formats built from them.

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const DAY_MS = 86_400_000;

export function pad(n: number, width = 2): string {
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

export function daysInMonth(y: number, m: number): number {
  return new Date(Date.UTC(y, m, 0)).getUTCDate();
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parse "YYYY-MM-DD" (a longer ISO string is cut to its date); null when not a real date. */
export function parseAnchor(anchor: string | null | undefined): Ymd | null {
  if (!anchor) return null;
  const m = /^(\d{4})-(\d{2})-(\d{2})/.exec(anchor);
  if (!m) return null;
  const y = +m[1], mo = +m[2], d = +m[3];
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : null;
}

export function toDayNumber(a: Ymd): number {
  return Math.round(Date.UTC(a.y, a.m - 1, a.d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

export function addDays(a: Ymd, n: number): Ymd {
  return fromDayNumber(toDayNumber(a) + n);
}

/** Add months, clamping the day to the target month's length. */
export function addMonths(a: Ymd, n: number): Ymd {
  const idx = a.y * 12 + (a.m - 1) + n;
  const y = Math.floor(idx / 12), m = (idx % 12 + 12) % 12 + 1;
  return { y, m, d: Math.min(a.d, daysInMonth(y, m)) };
}

/** ISO weekday: 1 = Monday .. 7 = Sunday. */
export function isoWeekday(a: Ymd): number {
  const w = new Date(Date.UTC(a.y, a.m - 1, a.d)).getUTCDay();
  return w === 0 ? 7 : w;
}

export function fmtDay(a: Ymd): string {
  return `${pad(a.y, 4)}-${pad(a.m)}-${pad(a.d)}`;
}

export function fmtMonth(y: number, m: number): string {
  return `${pad(y, 4)}-${pad(m)}`;
}

/** ISO 8601 week value, "YYYY-Www". */
export function fmtWeek(a: Ymd): string {
  const thursday = addDays(a, 4 - isoWeekday(a));
  const jan1 = toDayNumber({ y: thursday.y, m: 1, d: 1 });
  const week = Math.floor((toDayNumber(thursday) - jan1) / 7) + 1;
  return `${pad(thursday.y, 4)}-W${pad(week)}`;
}

export function quarterOf(m: number): number {
  return Math.floor((m - 1) / 3) + 1;
}

/** How far ahead of the article date a month/day without a year may point; news mostly reports the past. */
const FUTURE_WINDOW_DAYS = 120;

/** Year for a month/day written without a year: the latest one not too far after the anchor. */
export function nearestYear(anchor: Ymd, m: number, d: number, windowDays = FUTURE_WINDOW_DAYS): number {
  const a = toDayNumber(anchor);
  for (const y of [anchor.y + 1, anchor.y]) {
    const dd = Math.min(d, daysInMonth(y, m));
    if (toDayNumber({ y, m, d: dd }) - a <= windowDays) return y;
  }
  return anchor.y - 1;
}

/** The given ISO weekday on or before the anchor (past-tense news reports the latest one). */
export function weekdayOnOrBefore(anchor: Ymd, wd: number): Ymd {
  return addDays(anchor, -((isoWeekday(anchor) - wd + 7) % 7));
}

export function weekdayOnOrAfter(anchor: Ymd, wd: number): Ymd {
  return addDays(anchor, (wd - isoWeekday(anchor) + 7) % 7);
}
