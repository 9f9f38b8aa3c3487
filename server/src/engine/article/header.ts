// The publication date: the ` date YYYY-MM-DD ` header the example articles start with, a dateline
// ("Islamabad, Oct 29, 2024 (PTI)", "ISLAMABAD:"), or an override from settings.
import { Span } from '../types';

const HEADER = /^\s*date\s+(\d{4})-(\d{2})-(\d{2})(?=\s|$)/;

export interface DateHeader {
  date: string | null;
  span: Span;
  /** Offset just after the header and the whitespace that follows it. */
  bodyStart: number;
  problem?: string;
}

export function isValidIsoDate(y: number, m: number, d: number): boolean {
  if (m < 1 || m > 12 || d < 1) return false;
  const days = new Date(Date.UTC(y, m, 0)).getUTCDate();
  return d <= days;
}

export function readDateHeader(text: string): DateHeader | undefined {
  const m = HEADER.exec(text.slice(0, 64));
  if (!m) return undefined;
  const start = m.index + m[0].indexOf('date');
  const end = m.index + m[0].length;
  let bodyStart = end;
  while (bodyStart < text.length && /\s/.test(text[bodyStart])) bodyStart++;
  const [y, mo, d] = [Number(m[1]), Number(m[2]), Number(m[3])];
  if (!isValidIsoDate(y, mo, d)) {
    return { date: null, span: { start, end }, bodyStart, problem: `impossible date ${m[1]}-${m[2]}-${m[3]} in the date header` };
  }
  return { date: `${m[1]}-${m[2]}-${m[3]}`, span: { start, end }, bodyStart };
}

const MONTHS: Record<string, number> = {
  jan: 1, feb: 2, mar: 3, apr: 4, may: 5, jun: 6, jul: 7, aug: 8, sep: 9, sept: 9, oct: 10, nov: 11, dec: 12,
};

export interface Dateline {
  place: string;
  placeSpan: Span;
  span: Span;
  /** Month and day written in the dateline, and the year when it gives one. */
  month?: number;
  day?: number;
  year?: number;
  dateSpan?: Span;
}

// "Islamabad, Oct 29 (PTI)", "MOSCOW, October 29, 2024 (Reuters) -", "ISLAMABAD:", "Islamabad" alone on a line.
const PLACE_DATE = /^([A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*){0,3}),\s+(Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sept?|Oct|Nov|Dec)[a-z]*\.?\s+(\d{1,2})(?:,\s*(\d{4}))?(?:\s*\([A-Za-z]{2,12}\))?/;
const PLACE_COLON = /^([A-Z][A-Z'’.-]+(?: [A-Z][A-Z'’.-]+){0,3})\s*:/;
// A byline is a personal name of two to four words.
const BYLINE = /^[A-Z][a-z]+(?: [A-Z][a-z]+){1,3}$/;
const PLACE_LINE = /^([A-Z][a-z]+(?: [A-Z][a-z]+){0,2})\s*$/;

/** Read a dateline at the start of the body (or alone on one of the first lines). */
export function readDateline(text: string, bodyStart: number): Dateline | undefined {
  const head = text.slice(bodyStart, bodyStart + 200);
  const pd = PLACE_DATE.exec(head);
  if (pd) {
    const monthAt = head.indexOf(pd[2], pd[1].length);
    const dateEnd = pd[4] ? head.indexOf(pd[4], monthAt) + 4 : head.indexOf(pd[3], monthAt + pd[2].length) + pd[3].length;
    return {
      place: pd[1],
      placeSpan: { start: bodyStart, end: bodyStart + pd[1].length },
      span: { start: bodyStart, end: bodyStart + pd[0].length },
      month: MONTHS[pd[2].toLowerCase()],
      day: Number(pd[3]),
      year: pd[4] ? Number(pd[4]) : undefined,
      dateSpan: { start: bodyStart + monthAt, end: bodyStart + dateEnd },
    };
  }
  const pc = PLACE_COLON.exec(head);
  if (pc) {
    return {
      place: pc[1],
      placeSpan: { start: bodyStart, end: bodyStart + pc[1].length },
      span: { start: bodyStart, end: bodyStart + pc[0].length },
    };
  }
  // A byline then the place on its own line ("Zahid Chaudhary\n\nIslamabad\n\n").
  const lines = head.split('\n');
  if (!BYLINE.test(lines[0].replace(/\r$/, ''))) return undefined;
  let offset = bodyStart;
  for (let i = 0; i < Math.min(lines.length, 4); i++) {
    const line = lines[i].replace(/\r$/, '');
    const pl = PLACE_LINE.exec(line);
    if (pl && i > 0) {
      return { place: pl[1], placeSpan: { start: offset, end: offset + pl[1].length }, span: { start: offset, end: offset + pl[1].length } };
    }
    offset += lines[i].length + 1;
  }
  return undefined;
}
