import * as assert from 'assert';
import { weekdayMismatch } from './weekday-mismatch';
import { weekdayIndex, weekdayLike } from './support/dates';
import { analysis, context, date, kbWith, span } from './testing';

function run(text: string, literal: string, value: string | null, weekday: string) {
  const m = date(text, literal, value, { weekday: { name: weekday, span: span(text, weekday) } });
  return weekdayMismatch.check(context(analysis('file:///a.txt', text, [m]), kbWith({})));
}

describe('weekday-mismatch', () => {
  it('flags "Tuesday, October 30, 2024" (a Wednesday) with a fix', () => {
    const text = ' date 2024-10-31 Talks were held on Tuesday, October 30, 2024 in Rawalpindi.';
    const [f] = run(text, 'Tuesday, October 30, 2024', '2024-10-30', 'Tuesday');
    assert.strictEqual(text.slice(f.start, f.end), 'Tuesday');
    assert.match(f.message, /2024-10-30 was a Wednesday, not a Tuesday/);
    assert.strictEqual(f.fixes[0].edits[0].newText, 'Wednesday');
  });

  it('accepts the right weekday and ignores unresolved dates', () => {
    const text = ' date 2024-10-31 on Tuesday, October 29, 2024.';
    assert.deepStrictEqual(run(text, 'Tuesday, October 29, 2024', '2024-10-29', 'Tuesday'), []);
    assert.deepStrictEqual(run(text, 'Tuesday, October 29, 2024', null, 'Tuesday'), []);
  });

  it('keeps abbreviations and case', () => {
    assert.strictEqual(weekdayIndex('Thurs.'), 4);
    assert.strictEqual(weekdayLike('Tue', 3), 'Wed');
    assert.strictEqual(weekdayLike('TUESDAY', 3), 'WEDNESDAY');
    const text = ' date 2024-10-31 on Tue, Oct 30, 2024.';
    assert.strictEqual(run(text, 'Tue, Oct 30, 2024', '2024-10-30', 'Tue')[0].fixes[0].edits[0].newText, 'Wed');
  });
});
