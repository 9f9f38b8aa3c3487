import * as assert from 'assert';
import { daysInMonth, fromDayNumber, isoWeekday, pad, parseAnchor, isValidYmd } from './calendar';

// The Date-based definitions the arithmetic replaced: results must stay the same, quirks included.
const DAY_MS = 86_400_000;
const refDaysInMonth = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();
const refIsoWeekday = (y: number, m: number, d: number) => {
  const w = new Date(Date.UTC(y, m - 1, d)).getUTCDay();
  return w === 0 ? 7 : w;
};
const refFromDayNumber = (n: number) => {
  const dt = new Date(n * DAY_MS);
  return { y: dt.getUTCFullYear(), m: dt.getUTCMonth() + 1, d: dt.getUTCDate() };
};
const same = (a: unknown, b: unknown) => Object.is(a, b) || JSON.stringify(a) === JSON.stringify(b);

describe('dates/calendar arithmetic', () => {
  const years = [NaN, -1, 0, 50, 99, 100, 1582, 1900, 1999, 2000, 2024, 2100, 9999, 100_000, 100_001, 300_000, 1.5];

  it('daysInMonth and isoWeekday agree with Date, also for two-digit and huge years', () => {
    for (const y of years) {
      for (let m = -1; m <= 14; m++) {
        assert.ok(same(daysInMonth(y, m), refDaysInMonth(y, m)), `daysInMonth(${y}, ${m})`);
        for (const d of [0, 1, 28, 29, 31, 32]) assert.ok(same(isoWeekday({ y, m, d }), refIsoWeekday(y, m, d)), `isoWeekday(${y}-${m}-${d})`);
      }
    }
  });

  it('fromDayNumber agrees with Date over four thousand years and at the edges', () => {
    for (let n = -800_000; n <= 800_000; n += 7) assert.deepStrictEqual(fromDayNumber(n), refFromDayNumber(n), `day ${n}`);
    for (const n of [-1e7, 1e7, -1e7 - 1, 1e7 + 1, 1e8, 1e8 + 1, NaN, 0.5]) assert.ok(same(fromDayNumber(n), refFromDayNumber(n)), `day ${n}`);
  });

  it('pad agrees with its definition', () => {
    const ref = (n: number, width = 2) => {
      const s = String(Math.abs(n));
      return (n < 0 ? '-' : '') + (s.length >= width ? s : '0'.repeat(width - s.length) + s);
    };
    for (const n of [-100, -5, -0, 0, 1, 9, 10, 42, 99, 100, 1.5, 7.25, 999, 1998, 12345, NaN]) {
      for (const width of [2, 4]) assert.strictEqual(pad(n, width), ref(n, width), `pad(${n}, ${width})`);
    }
  });

  it('parseAnchor reads YYYY-MM-DD at the start of the string only', () => {
    const ref = (s: string | null) => {
      const m = s ? /^(\d{4})-(\d{2})-(\d{2})/.exec(s) : null;
      return m && isValidYmd(+m[1], +m[2], +m[3]) ? { y: +m[1], m: +m[2], d: +m[3] } : null;
    };
    for (const s of [null, '', '2024-10-29', '2024-10-29T10:00Z', '2024-1-29', '2024-02-30', '0099-12-31', '２０２４-01-01', 'x2024-10-29', '2024/10/29', '2024-13-01', '2024-10-00']) {
      assert.deepStrictEqual(parseAnchor(s), ref(s), String(s));
    }
  });
});
