import * as assert from 'assert';
import { missingDate } from './missing-date';
import { analysis, context, date, kbWith } from './testing';

describe('missing-date', () => {
  it('reports an undated article, counts unresolved relative dates, and offers the latest full date as header', () => {
    const text = 'Pakistan, Russia hold talks\nLast year, on 20 November 2014 and on 5 March 2015, they met.';
    const mentions = [
      date(text, 'Last year', null, { relative: true, unresolved: 'the article has no publication date' }),
      date(text, '20 November 2014', '2014-11-20'),
      date(text, '5 March 2015', '2015-03-05'),
    ];
    const [f, ...rest] = missingDate.check(context(analysis('file:///a.txt', text, mentions), kbWith({})));
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(f.severity, 'information');
    assert.strictEqual(text.slice(f.start, f.end), 'Pakistan, Russia hold talks');
    assert.match(f.message, /1 relative date\(s\) \("Last year"\)/);
    assert.deepStrictEqual(f.fixes[0].edits[0], { uri: 'file:///a.txt', start: 0, end: 0, newText: ' date 2015-03-05 ' });
  });

  it('offers no fix without a full date, and is silent for dated articles', () => {
    const text = 'They met last year.';
    const [f] = missingDate.check(context(analysis('file:///a.txt', text, [date(text, 'last year', null, { relative: true })]), kbWith({})));
    assert.deepStrictEqual(f.fixes, []);
    assert.deepStrictEqual(missingDate.check(context(analysis('file:///b.txt', ' date 2020-01-01 They met.'), kbWith({}))), []);
  });
});
