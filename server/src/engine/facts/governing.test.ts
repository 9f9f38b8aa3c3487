import * as assert from 'assert';
import { DateMention, Span } from '../types';
import { governedTarget } from './governing';

/** Every date of `text` written as a 4-digit year, as mentions. */
function years(text: string): DateMention[] {
  return [...text.matchAll(/\d{4}/g)].map((m) => ({ kind: 'date', start: m.index!, end: m.index! + 4, text: m[0], entity: null, timexType: 'DATE', value: m[0], relative: false }));
}

function spanOf(text: string, s: string): Span {
  const start = text.indexOf(s);
  return { start, end: start + s.length };
}

describe('facts/governing', () => {
  it('takes the nearest governed date, a date before the subject winning a tie', () => {
    const cases: [string, string, string | undefined][] = [
      ['In 2014 signed the pact on 2015.', 'the pact', '2015'], // after is nearer (" on " vs " signed ")
      ['In 2014 signed the pact and later, on 2016, talks.', 'the pact', '2014'], // after is not governed
      ['2014 signed the pact on Monday in 2015.', 'the pact', '2014'], // 8 characters away against 14
      ['2014 signed the pact was on 2015.', 'the pact', '2014'], // a tie: the one before wins
      ['On 2019 signed the pact in 2020, held in 2021.', 'the pact', '2020'],
      ['Officials met; the pact.', 'the pact', undefined],
    ];
    for (const [text, subject, expected] of cases) {
      const span = spanOf(text, subject);
      const got = governedTarget(text, span, years(text), { start: 0, end: text.length }, true);
      assert.strictEqual(got?.target.text, expected, text);
    }
  });

  it('ignores dates before the subject when not allowed, and those beyond the window', () => {
    const text = 'In 2014 signed the pact at 2015 while 2016.';
    const span = spanOf(text, 'the pact');
    assert.strictEqual(governedTarget(text, span, years(text), { start: 0, end: text.length }, false)?.target.text, '2015');
    assert.strictEqual(governedTarget(text, span, years(text), { start: 0, end: text.indexOf('2015') }, false), undefined);
  });
});
