// Date helpers the checks share: partial TIMEX dates compared at their common precision, weekdays,
// and writing a KB date back in the style the article used ("November 2014", "Nov 2014", "20 November 2014").

const CALENDAR = /^\d{4}(-\d{2}(-\d{2})?)?$/;

/** A calendar value the checks can compare: YYYY, YYYY-MM or YYYY-MM-DD. */
export function isCalendarDate(value: string | null | undefined): value is string {
  return typeof value === 'string' && CALENDAR.test(value);
}

/**
 * Two partial dates agree when one is a prefix of the other: "2014-11" agrees with "2014-11-20" and "2014",
 * not with "2014-10". Non-calendar values never conflict (nothing to compare).
 */
export function datesAgree(a: string, b: string): boolean {
  if (!isCalendarDate(a) || !isCalendarDate(b)) return true;
  return a.startsWith(b) || b.startsWith(a);
}

export const WEEKDAY_NAMES = ['Sunday', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday'];

/** Weekday (0 = Sunday) of a YYYY-MM-DD date, or null. */
export function weekdayOf(day: string): number | null {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(day)) return null;
  const t = Date.parse(`${day}T00:00:00Z`);
  return Number.isNaN(t) ? null : new Date(t).getUTCDay();
}

/** Index of a weekday name as written ("Tue", "tuesday", "Thurs."), or null. */
export function weekdayIndex(written: string): number | null {
  const w = written.toLowerCase().replace(/\.$/, '');
  if (w.length < 3) return null;
  const i = WEEKDAY_NAMES.findIndex((n) => n.toLowerCase().startsWith(w) || (w === 'weds' && n === 'Wednesday'));
  return i >= 0 ? i : null;
}

/** A weekday name in the style of `written`: same length class (full or 3 letters) and case. */
export function weekdayLike(written: string, index: number): string {
  const full = WEEKDAY_NAMES[index];
  const bare = written.replace(/\.$/, '');
  let name = bare.length <= 4 && bare.length < full.length ? full.slice(0, 3) : full;
  if (bare === bare.toUpperCase()) name = name.toUpperCase();
  else if (bare === bare.toLowerCase()) name = name.toLowerCase();
  return written.endsWith('.') && name.length === 3 ? `${name}.` : name;
}

/** Days from `a` to `b` (YYYY-MM-DD), or null. */
export function daysBetween(a: string, b: string): number | null {
  const ta = Date.parse(`${a}T00:00:00Z`);
  const tb = Date.parse(`${b}T00:00:00Z`);
  return Number.isNaN(ta) || Number.isNaN(tb) ? null : Math.round((tb - ta) / 86_400_000);
}

/** `day` (YYYY-MM-DD) shifted by `n` days. */
export function addDays(day: string, n: number): string {
  // Called once per role per mention with the same article date: remember results, within bounds.
  const key = `${day}|${n}`;
  let shifted = shiftedDays.get(key);
  if (shifted === undefined) {
    if (shiftedDays.size > 10_000) shiftedDays.clear();
    shiftedDays.set(key, (shifted = new Date(Date.parse(`${day}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10)));
  }
  return shifted;
}

const shiftedDays = new Map<string, string>();

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

/**
 * `value` (a KB date) rewritten in the shape of `written`, at the precision `written` has; null when the
 * written form is not one of the plain shapes (relative dates, ranges...) so no fix is offered.
 */
export function formatDateLike(written: string, value: string): string | null {
  const w = written.trim();
  const [y, m, d] = value.split('-');
  const month = (full: boolean) => (m ? (full ? MONTHS[Number(m) - 1] : MONTHS[Number(m) - 1].slice(0, 3)) : '');
  let r: RegExpExecArray | null;
  if (/^\d{4}$/.test(w)) return y;
  if ((r = /^([A-Za-z]{3,9})(\.?) (\d{4})$/.exec(w)) && m) return `${month(r[1].length > 4 || r[1] === 'May' || r[1] === 'June' || r[1] === 'July')}${r[2]} ${y}`;
  if ((r = /^([A-Za-z]{3,9})(\.?) (\d{1,2}),? (\d{4})$/.exec(w)) && m && d) return `${month(r[1].length > 4)}${r[2]} ${Number(d)}, ${y}`;
  if ((r = /^(\d{1,2}) ([A-Za-z]{3,9})(\.?),? (\d{4})$/.exec(w)) && m && d) return `${Number(d)} ${month(r[2].length > 4)}${r[3]} ${y}`;
  if (/^\d{4}-\d{2}-\d{2}$/.test(w) && m && d) return value;
  return null;
}
