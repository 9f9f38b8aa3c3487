import * as assert from 'assert';
import { conflictingFact } from './conflicting-fact';
import { datesAgree, formatDateLike } from './support/dates';
import { analysis, context, fact, kbWith } from './testing';
import { KbEvent } from '../types';

const DCA: KbEvent = { id: 'dca-2014', name: 'Defence Cooperation Agreement', aliases: [], kind: 'agreement', date: '2014-11-20', loc: { uri: 'file:///kb.yaml', start: 5, end: 50 } };
const MI35: KbEvent = { id: 'mi35m-deal', name: 'Mi-35M contract', aliases: [], kind: 'contract', date: '2015-08', quantity: 4 };
const round = (n: number, date: string): KbEvent => ({ id: `jmcc-${n}`, name: `JMCC round ${n}`, aliases: [], kind: 'meeting', series: 'jmcc', round: n, date });
const kb = kbWith({ events: [DCA, MI35, round(1, '2018-08-07'), round(2, '2019-08-19'), round(3, '2021-09-29')] });

describe('conflicting-fact', () => {
  it('flags a date against the KB and offers the KB value in the written style', () => {
    const text = ' date 2018-08-08 They signed the defence cooperation pact in October 2014.';
    const f = fact(text, 'file:///a.txt', 'dca-2014', 'date', '2014-10', 'defence cooperation pact', 'October 2014', { dateBasis: 'stated' });
    const [x] = conflictingFact.check(context(analysis('file:///a.txt', text, [], [f]), kb));
    assert.strictEqual(text.slice(x.start, x.end), 'October 2014');
    assert.match(x.message, /KB: 2014-11-20/);
    assert.strictEqual(x.fixes[0].edits[0].newText, 'November 2014');
    assert.strictEqual(x.related[0].uri, 'file:///kb.yaml');
  });

  it('treats partial dates as agreeing with the dates they contain', () => {
    const text = ' date 2018-08-08 They signed the pact in November 2014.';
    const f = fact(text, 'file:///a.txt', 'dca-2014', 'date', '2014-11', 'pact', 'November 2014');
    assert.deepStrictEqual(conflictingFact.check(context(analysis('file:///a.txt', text, [], [f]), kb)), []);
    assert.ok(datesAgree('2014', '2014-11-20'));
    assert.ok(!datesAgree('2014-10', '2014-11-20'));
  });

  it('flags a count against the KB ("three Mi-35M" vs 4)', () => {
    const text = ' date 2018-08-08 Russia provided three Mi-35M helicopters.';
    const f = fact(text, 'file:///a.txt', 'mi35m-deal', 'quantity', '3', 'Mi-35M', 'three');
    const [x] = conflictingFact.check(context(analysis('file:///a.txt', text, [], [f]), kb));
    assert.strictEqual(x.fixes[0].edits[0].newText, 'four');
  });

  it('flags a round number on a date the KB gives to another round', () => {
    const text = ' date 2019-08-20 The 3rd round of the JMCC was held in Moscow.';
    const f = fact(text, 'file:///a.txt', 'jmcc', 'round', '3', '3rd round of the JMCC', '3rd', { date: '2019-08-19', dateBasis: 'article', subjectLabel: 'JMCC' });
    const [x] = conflictingFact.check(context(analysis('file:///a.txt', text, [], [f]), kb));
    assert.match(x.message, /KB gives 2019-08-19 to round 2/);
    assert.strictEqual(x.fixes[0].edits[0].newText, '2nd');
    const right = { ...f, value: '2' };
    assert.deepStrictEqual(conflictingFact.check(context(analysis('file:///a.txt', text, [], [right]), kb)), []);
  });

  it('compares facts the KB lacks across articles, pointing at the other sentence, without a fix when there is no majority', () => {
    const a = ' date 2018-08-08 They signed the naval accord in November 2016.';
    const b = ' date 2018-03-03 Earlier they signed the naval accord in October 2016.';
    const fa = fact(a, 'file:///a.txt', 'event:naval accord', 'date', '2016-11', 'naval accord', 'November 2016', { subjectLabel: 'naval accord' });
    const fb = fact(b, 'file:///b.txt', 'event:naval accord', 'date', '2016-10', 'naval accord', 'October 2016', { subjectLabel: 'naval accord' });
    const A = analysis('file:///a.txt', a, [], [fa]);
    const B = analysis('file:///b.txt', b, [], [fb]);
    const [x] = conflictingFact.check(context(A, kb, [B]));
    assert.match(x.message, /b\.txt \(2018-03-03\) says 2016-10/);
    assert.strictEqual(x.related[0].uri, 'file:///b.txt');
    assert.strictEqual(b.slice(x.related[0].start, x.related[0].end), 'October 2016');
    assert.match(x.related[0].message, /Earlier they signed the naval accord/);
    assert.deepStrictEqual(x.fixes, []);
    // And the other article gets its own finding pointing back.
    const [y] = conflictingFact.check(context(B, kb, [A]));
    assert.strictEqual(y.related[0].uri, 'file:///a.txt');
  });

  it('offers the majority value across articles', () => {
    const texts = [' date 2018-01-01 the naval accord in October 2016.', ' date 2018-01-02 the naval accord in November 2016.', ' date 2018-01-03 the naval accord in November 2016.'];
    const as = texts.map((t, i) => analysis(`file:///${i}.txt`, t, [], [fact(t, `file:///${i}.txt`, 'event:naval accord', 'date', i === 0 ? '2016-10' : '2016-11', 'naval accord', i === 0 ? 'October 2016' : 'November 2016')]));
    const [x] = conflictingFact.check(context(as[0], kb, as.slice(1)));
    assert.strictEqual(x.fixes[0].edits[0].newText, 'November 2016');
  });

  it('does not compare across articles what the KB holds (the KB is the reference)', () => {
    const a = ' date 2018-08-08 the pact in November 2014.';
    const b = ' date 2018-03-03 the pact in October 2014.';
    const A = analysis('file:///a.txt', a, [], [fact(a, 'file:///a.txt', 'dca-2014', 'date', '2014-11', 'pact', 'November 2014')]);
    const B = analysis('file:///b.txt', b, [], [fact(b, 'file:///b.txt', 'dca-2014', 'date', '2014-10', 'pact', 'October 2014')]);
    assert.deepStrictEqual(conflictingFact.check(context(A, kb, [B])), []);
    assert.strictEqual(conflictingFact.check(context(B, kb, [A])).length, 1);
  });

  it('formats dates like the text', () => {
    assert.strictEqual(formatDateLike('Nov 2014', '2014-10-05'), 'Oct 2014');
    assert.strictEqual(formatDateLike('20 November 2014', '2014-10-05'), '5 October 2014');
    assert.strictEqual(formatDateLike('20 November 2014', '2014-10'), null);
    assert.strictEqual(formatDateLike('last year', '2014'), null);
  });
});
