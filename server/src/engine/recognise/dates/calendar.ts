// Calendar arithmetic on plain year/month/day triples (proleptic Gregorian, no time zones), and
// the TIMEX3 value formats built from them.

export interface Ymd {
  y: number;
  m: number; // 1..12
  d: number; // 1..31
}

const DAY_MS = 86_400_000;

const TWO_DIGITS: readonly string[] = Array.from({ length: 100 }, (_, n) => (n < 10 ? '0' : '') + n);

export function pad(n: number, width = 2): string {
  if (width === 2 && n >= 0 && n < 100 && Number.isInteger(n)) return TWO_DIGITS[n]; // months, days: no new string
  const s = String(Math.abs(n));
  return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
}

// The helpers below compute with plain arithmetic where a Date object (allocated per call) used to;
// they fall back to Date outside ordinary integer years, to keep its results (and its two-digit-year rule) exactly.

export function daysInMonth(y: number, m: number): number {
  if (!(Number.isInteger(y) && y >= 100 && y <= 100_000 && m >= 1 && m <= 12 && Number.isInteger(m))) {
    return new Date(Date.UTC(y, m, 0)).getUTCDate();
  }
  if (m === 2) return (y % 4 === 0 && y % 100 !== 0) || y % 400 === 0 ? 29 : 28;
  return m === 4 || m === 6 || m === 9 || m === 11 ? 30 : 31;
}

export function isValidYmd(y: number, m: number, d: number): boolean {
  return m >= 1 && m <= 12 && d >= 1 && d <= daysInMonth(y, m);
}

/** Parse "YYYY-MM-DD" (a longer ISO string is cut to its date); null when not a real date. */
export function parseAnchor(anchor: string | null | undefined): Ymd | null {
  if (!anchor || !isIsoDatePrefix(anchor)) return null;
  const y = digitsAt(anchor, 0, 4), mo = digitsAt(anchor, 5, 7), d = digitsAt(anchor, 8, 10);
  return isValidYmd(y, mo, d) ? { y, m: mo, d } : null;
}

/** Whether s starts like /^\d{4}-\d{2}-\d{2}/. */
function isIsoDatePrefix(s: string): boolean {
  if (s.length < 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return false;
  for (const k of [0, 1, 2, 3, 5, 6, 8, 9]) {
    const ch = s.charCodeAt(k);
    if (ch < 48 || ch > 57) return false;
  }
  return true;
}

function digitsAt(s: string, from: number, to: number): number {
  let v = 0;
  for (let k = from; k < to; k++) v = v * 10 + s.charCodeAt(k) - 48;
  return v;
}

export function toDayNumber(a: Ymd): number {
  return Math.round(Date.UTC(a.y, a.m - 1, a.d) / DAY_MS);
}

export function fromDayNumber(n: number): Ymd {
  if (Number.isInteger(n) && Math.abs(n) <= 10_000_000) return civilFromDays(n);
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
}

/** Proleptic Gregorian date of day n since 1970-01-01 (H. Hinnant's civil_from_days). */
function civilFromDays(n: number): Ymd {
  const z = n + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor((doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365);
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const d = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const m = mp < 10 ? mp + 3 : mp - 9;
  return { y: yoe + era * 400 + (m <= 2 ? 1 : 0), m, d };
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
  // day 0 (1970-01-01) was a Thursday; toDayNumber reads the date as Date.UTC does
  const w = (((toDayNumber(a) + 4) % 7) + 7) % 7; // 0 = Sunday, like getUTCDay
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
