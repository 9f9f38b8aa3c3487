import * as assert from 'assert';
import { anachronism } from './anachronism';
import { analysis, context, DRUZHBA, event, exercise, fact, kbWith, official, person } from './testing';

const MUNIR = person('asim-munir', 'Asim Munir', {
  roles: [
    { title: 'Quartermaster General', to: '2022-11' },
    { title: 'Chief of Army Staff', titleAliases: ['Army Chief', 'COAS'], from: '2022-11-29', to: null },
  ],
});
const kb = kbWith({
  people: [MUNIR],
  exercises: [DRUZHBA],
  events: [{ id: 'jmcc-3', name: '3rd round of the JMCC', aliases: [], kind: 'meeting', series: 'jmcc', round: 3, date: '2021-09-29' }],
});
const uri = 'file:///a.txt';

describe('anachronism', () => {
  it('flags a KB event dated after the article', () => {
    const text = ' date 2018-08-08 The 3rd round of the JMCC was held at Islamabad.';
    const [f] = anachronism.check(context(analysis(uri, text, [event(text, '3rd round of the JMCC', 'jmcc-3', 3)]), kb));
    assert.strictEqual(f.code, 'anachronism');
    assert.match(f.message, /2021-09-29 \(KB\), after this article's date 2018-08-08/);
    assert.deepStrictEqual(f.fixes, []);
  });

  it('leaves plans alone ("agreed to hold the 3rd round")', () => {
    const text = ' date 2018-08-08 They agreed to hold the 3rd round of the JMCC in Islamabad.';
    assert.deepStrictEqual(anachronism.check(context(analysis(uri, text, [event(text, '3rd round of the JMCC', 'jmcc-3', 3)]), kb)), []);
  });

  it('flags an edition that starts later, unless the exercise-edition rule judged it', () => {
    const text = ' date 2016-05-01 Troops took part in Druzhba VII.';
    const m = exercise(text, 'Druzhba VII', 'druzhba', 'Druzhba', 7, 'VII');
    const [f] = anachronism.check(context(analysis(uri, text, [m]), kb));
    assert.match(f.message, /edition 7 of Druzhba began 2024-10-13/);
    const judged = fact(text, uri, 'druzhba', 'edition-date', '7', 'Druzhba VII', 'VII', { date: '2016-05-01', dateBasis: 'article' });
    assert.deepStrictEqual(anachronism.check(context(analysis(uri, text, [m], [judged]), kb)), []);
  });

  it('flags a title taken up only after the date, and not one held then', () => {
    const text = ' date 2016-05-01 Army Chief General Asim Munir spoke.';
    const [f] = anachronism.check(context(analysis(uri, text, [official(text, 'Army Chief General Asim Munir', 'asim-munir', { name: 'Asim Munir', title: 'Army Chief' })]), kb));
    assert.match(f.message, /became Chief of Army Staff only on 2022-11-29/);
    const later = ' date 2023-05-01 Army Chief General Asim Munir spoke.';
    assert.deepStrictEqual(anachronism.check(context(analysis(uri, later, [official(later, 'Army Chief General Asim Munir', 'asim-munir', { name: 'Asim Munir', title: 'Army Chief' })]), kb)), []);
  });

  it('is silent for undated articles', () => {
    const text = 'The 3rd round of the JMCC was held.';
    assert.deepStrictEqual(anachronism.check(context(analysis(uri, text, [event(text, '3rd round of the JMCC', 'jmcc-3', 3)]), kb)), []);
  });
});

describe('anachronism: stated dates', () => {
  it('flags a past-tense date after the article date for an event the KB does not date, not plans', () => {
    const text = ' date 2018-08-08 They signed the naval accord in November 2019.';
    const f = fact(text, uri, 'event:naval accord', 'date', '2019-11', 'naval accord', 'November 2019', { dateBasis: 'stated', subjectLabel: 'naval accord' });
    const [x] = anachronism.check(context(analysis(uri, text, [], [f]), kb));
    assert.strictEqual(text.slice(x.start, x.end), 'November 2019');
    const plan = ' date 2018-08-08 They will sign the naval accord in November 2019.';
    const g = fact(plan, uri, 'event:naval accord', 'date', '2019-11', 'naval accord', 'November 2019', { dateBasis: 'stated' });
    assert.deepStrictEqual(anachronism.check(context(analysis(uri, plan, [], [g]), kb)), []);
  });
});
