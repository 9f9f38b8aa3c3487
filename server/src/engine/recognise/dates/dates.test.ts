import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import * as fc from 'fast-check';
import { recogniseDates } from './index';
import { DateMention } from '../../types';

const EXAMPLES = path.resolve(__dirname, '../../../../../..', 'examples/pakistan-russia');

function example(prefix: string): { text: string; date: string | null } {
  const file = fs.readdirSync(EXAMPLES).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  assert.ok(file, `example ${prefix} not found in ${EXAMPLES}`);
  const text = fs.readFileSync(path.join(EXAMPLES, file), 'utf8');
  const m = /^ date (\d{4}-\d{2}-\d{2}) /.exec(text);
  return { text, date: m ? m[1] : null };
}

/** The mention whose text is exactly `written` (the first one, or the one after `after`). */
function find(ms: DateMention[], written: string, after = 0): DateMention {
  const m = ms.find((x) => x.text === written && x.start >= after);
  assert.ok(m, `no mention "${written}" in: ${ms.map((x) => JSON.stringify(x.text)).join(', ')}`);
  return m;
}

function checkInvariants(text: string, ms: DateMention[]): void {
  let last = -1;
  for (const m of ms) {
    assert.strictEqual(m.kind, 'date');
    assert.strictEqual(m.entity, null);
    assert.strictEqual(text.slice(m.start, m.end), m.text);
    assert.ok(m.start >= last, `mentions overlap or are unsorted at ${m.start}`);
    last = m.end;
  }
}

describe('recogniseDates on the example articles', () => {
  it('003 (2018-08-08): weekday, month-year, past three years', () => {
    const { text, date } = example('003_');
    assert.strictEqual(date, '2018-08-08');
    const ms = recogniseDates(text, date);
    checkInvariants(text, ms);
    const tue = find(ms, 'Tuesday');
    assert.strictEqual(tue.value, '2018-08-07');
    assert.strictEqual(tue.relative, true);
    assert.strictEqual(text.slice(tue.start - 3, tue.start), 'on ');
    assert.strictEqual(find(ms, 'November 2014').value, '2014-11');
    assert.strictEqual(find(ms, 'October 2015').value, '2015-10');
    const past = find(ms, 'the past three years');
    assert.strictEqual(past.timexType, 'DURATION');
    assert.strictEqual(past.value, 'P3Y');
  });

  it('004 (2018-03-03): abbreviated month-year and "on Friday"', () => {
    const { text, date } = example('004_');
    const ms = recogniseDates(text, date);
    checkInvariants(text, ms);
    const nov = find(ms, 'Nov 2014');
    assert.strictEqual(nov.value, '2014-11');
    assert.strictEqual(nov.relative, false);
    assert.strictEqual(find(ms, 'Friday').value, '2018-03-02');
  });

  it('002 (no date): relative expressions stay unresolved with a reason', () => {
    const { text, date } = example('002_');
    assert.strictEqual(date, null);
    const ms = recogniseDates(text, date);
    checkInvariants(text, ms);
    for (const written of ['last November', 'last year']) {
      const m = find(ms, written);
      assert.strictEqual(m.value, null);
      assert.strictEqual(m.relative, true);
      assert.strictEqual(m.unresolved, 'the article has no publication date');
    }
  });

  it('001 (2021-09-29): "on Wednesday", "in 2022", "two weeks long"', () => {
    const { text, date } = example('001_');
    const ms = recogniseDates(text, date);
    checkInvariants(text, ms);
    assert.strictEqual(find(ms, 'Wednesday').value, '2021-09-29');
    const y = find(ms, '2022');
    assert.strictEqual(y.value, '2022');
    assert.strictEqual(text.slice(y.start - 3, y.start), 'in ');
    const long = find(ms, 'two weeks long');
    assert.strictEqual(long.timexType, 'DURATION');
    assert.strictEqual(long.value, 'P2W');
  });

  it('000 (2024-10-29): the dateline "Oct 29" and "on Tuesday"', () => {
    const { text, date } = example('000_');
    const ms = recogniseDates(text, date);
    checkInvariants(text, ms);
    const dl = text.indexOf('Islamabad, Oct 29 (PTI)');
    assert.ok(dl >= 0);
    const oct = find(ms, 'Oct 29');
    assert.strictEqual(oct.start, dl + 'Islamabad, '.length);
    assert.strictEqual(oct.value, '2024-10-29');
    assert.strictEqual(find(ms, 'Tuesday').value, '2024-10-29');
  });
});

describe('recogniseDates: absolute and partial dates', () => {
  const one = (text: string, anchor: string | null = '2024-10-29') => {
    const ms = recogniseDates(text, anchor);
    assert.strictEqual(ms.length, 1, `expected one mention in ${JSON.stringify(text)}, got ${JSON.stringify(ms.map((m) => m.text))}`);
    return ms[0];
  };

  it('reads ISO, US and day-first dates', () => {
    assert.deepStrictEqual([one('on 2024-10-29.').text, one('on 2024-10-29.').value], ['2024-10-29', '2024-10-29']);
    assert.strictEqual(one('on 10/29/2024 at').value, '2024-10-29');
    assert.strictEqual(one('on 29 October 2024 in').value, '2024-10-29');
    assert.strictEqual(one('On October 29, 2024, the').text, 'October 29, 2024');
    assert.strictEqual(one('On Oct. 3, 2023 the').value, '2023-10-03');
  });

  it('gives month and year granularity', () => {
    assert.strictEqual(one('since November 2014 the').value, '2014-11');
    assert.strictEqual(one('in 1998 the').value, '1998');
    assert.strictEqual(one('in the 1990s when').value, '199X');
    assert.strictEqual(one('profit in fiscal 1998 rose').text, 'fiscal 1998');
    assert.strictEqual(one('in the third quarter of 1998 the').value, '1998-Q3');
  });

  it('does not read counts or money as years', () => {
    assert.strictEqual(recogniseDates('about 2000 troops and $1998 and 1,998 people', '2024-01-01').length, 0);
  });

  it('captures a weekday written with a full date', () => {
    const text = 'The talks on Tuesday, October 30, 2024 ended.';
    const m = one(text);
    assert.strictEqual(m.text, 'Tuesday, October 30, 2024');
    assert.strictEqual(m.value, '2024-10-30');
    assert.ok(m.weekday);
    assert.strictEqual(m.weekday.name, 'Tuesday');
    assert.strictEqual(text.slice(m.weekday.span.start, m.weekday.span.end), 'Tuesday');
  });

  it('returns impossible dates with a null value instead of throwing', () => {
    const m = one('signed on February 30, 2024 in');
    assert.strictEqual(m.text, 'February 30, 2024');
    assert.strictEqual(m.value, null);
    assert.strictEqual(m.unresolved, 'impossible date');
    assert.strictEqual(one('on 2023-02-29 it').unresolved, 'impossible date');
    assert.strictEqual(one('on April 31 it').unresolved, 'impossible date');
    assert.strictEqual(one('on February 29, 2024 it').value, '2024-02-29');
  });
});

describe('recogniseDates: relative expressions against the anchor', () => {
  const value = (text: string, anchor: string | null = '2018-08-08') => {
    const ms = recogniseDates(text, anchor);
    assert.strictEqual(ms.length, 1, `expected one mention in ${JSON.stringify(text)}, got ${JSON.stringify(ms.map((m) => m.text))}`);
    return [ms[0].text, ms[0].value, ms[0].timexType];
  };

  it('resolves deictic words and units', () => {
    assert.deepStrictEqual(value('said yesterday that'), ['yesterday', '2018-08-07', 'DATE']);
    assert.deepStrictEqual(value('he said today'), ['today', '2018-08-08', 'DATE']);
    assert.deepStrictEqual(value('rose last year as'), ['last year', '2017', 'DATE']);
    assert.deepStrictEqual(value('will meet next month in'), ['next month', '2018-09', 'DATE']);
    assert.deepStrictEqual(value('met this week in'), ['this week', '2018-W32', 'DATE']);
    assert.deepStrictEqual(value('visited last November and'), ['last November', '2017-11', 'DATE']);
    assert.deepStrictEqual(value('signed earlier this year a'), ['earlier this year', '2018', 'DATE']);
    assert.deepStrictEqual(value('is now ready'), ['now', 'PRESENT_REF', 'DATE']);
    assert.deepStrictEqual(value('in recent years the'), ['recent years', 'PAST_REF', 'DATE']);
    assert.deepStrictEqual(value('this summer the'), ['this summer', '2018-SU', 'DATE']);
    assert.deepStrictEqual(value('two weeks ago the'), ['two weeks ago', '2018-W30', 'DATE']);
  });

  it('reads weekdays as the latest one on or before the article date, unless the sentence looks ahead', () => {
    assert.deepStrictEqual(value('met on Friday in'), ['Friday', '2018-08-03', 'DATE']);
    assert.deepStrictEqual(value('met on Wednesday in'), ['Wednesday', '2018-08-08', 'DATE']);
    assert.deepStrictEqual(value('will meet on Friday in'), ['Friday', '2018-08-10', 'DATE']);
  });

  it('reads quarters, holidays and counted-back dates', () => {
    assert.deepStrictEqual(value('profit in the third quarter rose', '1989-10-26'), ['the third quarter', '1989-Q3', 'DATE']);
    assert.deepStrictEqual(value('fourth-quarter results', '1998-02-10'), ['fourth-quarter', '1997-Q4', 'DATE']);
    assert.deepStrictEqual(value('on Thanksgiving Day the', '1999-12-01'), ['Thanksgiving Day', '1999-11-25', 'DATE']);
    assert.deepStrictEqual(value('before Election Day the', '1998-10-26'), ['Election Day', '1998-11-03', 'DATE']);
    assert.deepStrictEqual(value('in the late 1980s the'), ['the late 1980s', '198X', 'DATE']);
    assert.deepStrictEqual(value('since mid-1998 the'), ['mid-1998', '1998', 'DATE']);
  });

  it('reads durations, sets and times of day', () => {
    assert.deepStrictEqual(value('for the past three years'), ['the past three years', 'P3Y', 'DURATION']);
    assert.deepStrictEqual(value('lasted 10 days and'), ['10 days', 'P10D', 'DURATION']);
    assert.deepStrictEqual(value('a five-year plan'), ['five-year', 'P5Y', 'DURATION']);
    assert.deepStrictEqual(value('it took 2 1/2 hours'), ['2 1/2 hours', 'PT2H30M', 'DURATION']);
    assert.deepStrictEqual(value('they meet every week'), ['every week', 'P1W', 'SET']);
    assert.deepStrictEqual(value('published daily'), ['daily', 'P1D', 'SET']);
    assert.deepStrictEqual(value('at 10:30 a.m. local'), ['10:30 a.m.', '2018-08-08T10:30', 'TIME']);
  });
});

describe('recogniseDates: robustness and bounds', () => {
  it('does not read ages as durations', () => {
    assert.deepStrictEqual(recogniseDates('a 52-year-old man, 37 years old', '2018-08-08'), []);
  });

  it('scans only text.slice(from, to) and returns offsets into the full text', () => {
    const text = 'On Monday they met. On Friday they left.';
    const from = text.indexOf('On Friday');
    const ms = recogniseDates(text, '2018-08-08', from, text.length);
    assert.strictEqual(ms.length, 1);
    assert.strictEqual(ms[0].start, text.indexOf('Friday'));
    assert.strictEqual(ms[0].text, 'Friday');
    assert.deepStrictEqual(recogniseDates(text, '2018-08-08', 0, from).map((m) => m.text), ['Monday']);
    // out-of-range bounds are clamped, not thrown
    assert.strictEqual(recogniseDates(text, '2018-08-08', -5, 10_000).length, 2);
    assert.deepStrictEqual(recogniseDates(text, '2018-08-08', 30, 10), []);
  });

  it('treats an invalid anchor like a missing one', () => {
    const [m] = recogniseDates('met yesterday', '2018-13-45');
    assert.strictEqual(m.value, null);
    assert.strictEqual(m.unresolved, 'the article has no publication date');
  });

  it('handles non-ASCII text and lone surrogates without throwing', () => {
    const text = 'Zürich — 😀 \ud800 met on 5 März? No: on 5 March 2020, \udc00 Tuesday. Ωmega 2019';
    const ms = recogniseDates(text, '2020-03-10');
    assert.deepStrictEqual(ms.map((m) => [m.text, m.value]), [['5 March 2020', '2020-03-05'], ['Tuesday', '2020-03-10'], ['2019', '2019']]);
    for (const m of ms) assert.strictEqual(text.slice(m.start, m.end), m.text);
  });

  it('survives degenerate input', () => {
    assert.deepStrictEqual(recogniseDates('', null), []);
    const caps = 'Word '.repeat(20_000);
    assert.deepStrictEqual(recogniseDates(caps, null), []);
    const digits = '1'.repeat(50_000) + ' 2/2/2/2/2/2 ' + '- '.repeat(10_000);
    assert.ok(Array.isArray(recogniseDates(digits, '2020-01-01')));
  });
});

describe('recogniseDates: fuzzing with date-like words', () => {
  const WORDS = ['the', 'last', 'next', 'this', 'past', 'a', 'two', 'twenty', '-', 'four', 'year', 'years', 'quarter',
    'third', 'fiscal', 'May', 'Oct', '.', ',', '29', '2024', '1998', '31', '/', '10', ':', '30', 'a.m.', 'p.m.', 'Tuesday',
    'Friday', 'night', 'ago', 'earlier', 'early', 'mid', 'of', 'end', 'every', 'week', 'daily', 'now', 'today', "'", 's',
    '90s', 'Thanksgiving', 'Day', 'New', 'Year', 'and', '25', 'February', '30', 'long', 'old', '1', '1/2', 'hours',
    'Zürich', '\ud800', '😀', '\n'];
  it('never throws, and returns sorted, non-overlapping mentions that match the text', () => {
    fc.assert(fc.property(
      fc.array(fc.constantFrom(...WORDS), { maxLength: 40 }),
      fc.array(fc.constantFrom('', ' ', '  '), { maxLength: 40 }),
      fc.constantFrom(null, '2024-10-29', '1999-12-31', '2000-02-29', 'junk'),
      fc.nat(200), fc.nat(200),
      (words, gaps, anchor, a, b) => {
        const text = words.map((w, k) => w + (gaps[k] ?? ' ')).join('');
        const from = Math.min(a, b), to = Math.max(a, b);
        const ms = recogniseDates(text, anchor, from, to);
        checkInvariants(text, ms);
        for (const m of ms) {
          assert.ok(m.start >= Math.min(from, text.length) && m.end <= Math.min(to, text.length));
          if (m.value === null) assert.ok(m.unresolved, `null value without a reason for "${m.text}"`);
        }
      }), { numRuns: 3000, seed: 42 });
  });
});
