import * as assert from 'assert';
import { extractFacts, isIsoDate, StatedFact } from '.';
import { contextFor, dateAt, exampleText, mentionsFor, testKb } from './testing';
import { DateMention, KnowledgeBase } from '../types';

const kb = testKb();

/** Dates the dates recogniser finds in the examples, made by hand so these tests stand alone. */
const EXAMPLE_DATES: Record<string, (text: string) => DateMention[]> = {
  '000': (t) => [dateAt(t, 'Tuesday', '2024-10-29', 0, true)],
  '001': (t) => [dateAt(t, 'Wednesday', '2021-09-29', 0, true), dateAt(t, '2022', '2022')],
  '002': () => [],
  '003': (t) => [dateAt(t, 'Tuesday', '2018-08-07', 0, true), dateAt(t, 'November 2014', '2014-11'), dateAt(t, 'October 2015', '2015-10')],
  '004': (t) => [dateAt(t, 'Friday', '2018-03-02', 0, true), dateAt(t, 'Nov 2014', '2014-11'), dateAt(t, 'Oct 2015', '2015-10')],
};

function exampleFacts(prefix: string, base: KnowledgeBase = kb): { text: string; facts: StatedFact[] } {
  const text = exampleText(prefix);
  const ctx = contextFor(`ex:${prefix}`, text, base, EXAMPLE_DATES[prefix](text));
  return { text, facts: extractFacts(ctx, mentionsFor(ctx)) };
}

/** Facts of a one-off text: `header` is the article date line, dates are [literal, value] pairs. */
function factsOf(body: string, dates: [string, string][], articleDate = '2020-01-15', base: KnowledgeBase = kb): { text: string; facts: StatedFact[] } {
  const text = ` date ${articleDate} ${body}`;
  const ctx = contextFor('test:a', text, base, dates.map(([lit, value]) => dateAt(text, lit, value)));
  return { text, facts: extractFacts(ctx, mentionsFor(ctx)) };
}

function pick(facts: StatedFact[], predicate: StatedFact['predicate'], subject?: string): StatedFact[] {
  return facts.filter((f) => f.predicate === predicate && (subject === undefined || f.subject === subject));
}

function slice(text: string, s: { start: number; end: number }): string {
  return text.slice(s.start, s.end);
}

describe('facts', () => {
  it('000: Druzhba VII under way on the day of the report', () => {
    const { text, facts } = exampleFacts('000');
    const [f, ...rest] = pick(facts, 'edition-date');
    assert.strictEqual(rest.length, 0);
    assert.deepStrictEqual([f.subject, f.value, f.date, f.dateBasis], ['druzhba', '7', '2024-10-29', 'article']);
    assert.strictEqual(slice(text, f.valueSpan), 'VII');
    assert.ok(slice(text, f.sentence).startsWith('The visit of the Russian deputy defence minister coincided'));
  });

  it('001: the 3rd JMCC held on the day of the report, at Islamabad; the 4th in Russia in 2022; Druzhba VI opening', () => {
    const { text, facts } = exampleFacts('001');
    const dates = pick(facts, 'date');
    assert.deepStrictEqual(dates.map((f) => [f.subject, f.value, f.dateBasis]), [['jmcc-3', '2021-09-29', 'article'], ['jmcc-4', '2022', 'stated']]);
    assert.strictEqual(slice(text, dates[1].valueSpan), '2022');
    const rounds = pick(facts, 'round');
    assert.deepStrictEqual(rounds.map((f) => [f.subject, f.value, f.date, slice(text, f.valueSpan)]), [
      ['jmcc', '3', '2021-09-29', '3rd'],
      ['jmcc', '4', '2022', '4th'],
    ]);
    assert.deepStrictEqual(pick(facts, 'place').map((f) => [f.subject, f.value, f.edition]), [
      ['jmcc-3', 'Islamabad', undefined],
      ['jmcc-4', 'Russia', undefined],
      ['druzhba', 'Molkino', 6],
    ]);
    assert.deepStrictEqual(pick(facts, 'edition-date').map((f) => [f.subject, f.value, f.date]), [['druzhba', '6', '2021-09-29']]);
  });

  it('003: first JMCC is round 1; the pact dated 2014-11, the accord 2015-10, four Mi-35M', () => {
    const { text, facts } = exampleFacts('003');
    assert.deepStrictEqual(pick(facts, 'round').map((f) => [f.subject, f.value, slice(text, f.valueSpan)]), [['jmcc', '1', 'first']]);
    assert.deepStrictEqual(pick(facts, 'date').map((f) => [f.subject, f.value, slice(text, f.valueSpan)]), [
      ['pk-ru-dca-2014', '2014-11', 'November 2014'],
      ['mtc-accord-2015', '2015-10', 'October 2015'],
    ]);
    assert.deepStrictEqual(pick(facts, 'quantity').map((f) => [f.subject, f.value, slice(text, f.valueSpan)]), [['mi35m-deal', '4', 'four']]);
    // "The agreement was signed at the conclusion of the first meeting": no date for the meeting itself.
    assert.deepStrictEqual(pick(facts, 'date', 'jmcc-1'), []);
  });

  it('004: Nov 2014 goes to the agreement and Oct 2015 to the accord, not the other way round', () => {
    const { text, facts } = exampleFacts('004');
    assert.deepStrictEqual(pick(facts, 'date').map((f) => [f.subject, f.value, slice(text, f.valueSpan)]), [
      ['cgss-12', '2018-03-02', 'Friday'],
      ['pk-ru-dca-2014', '2014-11', 'Nov 2014'],
      ['mtc-accord-2015', '2015-10', 'Oct 2015'],
    ]);
    assert.deepStrictEqual(pick(facts, 'round').map((f) => [f.subject, f.value, f.date]), [['cgss', '12', '2018-03-02']]);
    assert.deepStrictEqual(pick(facts, 'quantity').map((f) => [f.subject, f.value]), [['mi35m-deal', '4']]);
  });

  it('003 and 004 state the agreement date on the same subject, with or without the KB', () => {
    const withKb = [exampleFacts('003'), exampleFacts('004')].map(({ facts }) => pick(facts, 'date').find((f) => f.value === '2014-11')!.subject);
    assert.deepStrictEqual(withKb, ['pk-ru-dca-2014', 'pk-ru-dca-2014']);
    const bare: KnowledgeBase = { ...kb, events: [] };
    const without = [exampleFacts('003', bare), exampleFacts('004', bare)].map(({ facts }) => pick(facts, 'date').filter((f) => f.value === '2014-11').map((f) => f.subject));
    assert.deepStrictEqual(without, [['event:defence cooperation agreement'], ['event:defence cooperation agreement']]);
  });

  it('every fact carries its sentence and a value span inside it', () => {
    for (const p of ['000', '001', '002', '003', '004']) {
      const { text, facts } = exampleFacts(p);
      assert.ok(facts.length > 0 || p === '002', p);
      for (const f of facts) {
        assert.ok(f.sentence.start <= f.start && f.end <= f.sentence.end, `${p} ${f.subject}`);
        assert.ok(f.valueSpan.start >= 0 && f.valueSpan.end > f.valueSpan.start && f.valueSpan.end <= text.length);
        if (f.dateBasis !== 'article') assert.ok(f.sentence.start <= f.valueSpan.start && f.valueSpan.end <= f.sentence.end, `${p} ${f.predicate}`);
      }
    }
  });

  it('does not take an unrelated date in the same sentence', () => {
    const a = factsOf('On Monday, officials reviewed the defence cooperation pact signed in November 2014.', [['Monday', '2020-01-13'], ['November 2014', '2014-11']]);
    assert.deepStrictEqual(pick(a.facts, 'date').map((f) => f.value), ['2014-11']);
    const b = factsOf('On Monday, officials reviewed the defence cooperation pact.', [['Monday', '2020-01-13']]);
    assert.deepStrictEqual(pick(b.facts, 'date'), []);
    const c = factsOf('The 3rd round of the JMCC was held at Islamabad, a spokesman said on Monday.', [['Monday', '2020-01-13']]);
    assert.deepStrictEqual(pick(c.facts, 'date'), [], 'the date of saying is not the date of the meeting');
    const d = factsOf(
      'The defence cooperation pact was signed in 2014 while the military-technical cooperation accord came in October 2015.',
      [['2014', '2014'], ['October 2015', '2015-10']],
    );
    assert.deepStrictEqual(pick(d.facts, 'date').map((f) => [f.subject, f.value]), [['pk-ru-dca-2014', '2014']], '"came in" governs nothing');
    const held = factsOf('On Monday the two sides held talks and reviewed the defence cooperation pact.', [['Monday', '2020-01-13']]);
    assert.deepStrictEqual(pick(held.facts, 'date'), [], '"held" governs the talks, not the pact');
    const fronted = factsOf('In November 2014, Pakistan and Russia signed the defence cooperation agreement.', [['November 2014', '2014-11']]);
    assert.deepStrictEqual(pick(fronted.facts, 'date').map((f) => f.value), ['2014-11']);
    const e = factsOf('In 2016 the armies held drills; four Mi-35M were delivered later.', [['2016', '2016']]);
    assert.deepStrictEqual(pick(e.facts, 'date'), [], 'a clause break stops the date');
    assert.deepStrictEqual(pick(e.facts, 'quantity').map((f) => f.value), ['4']);
  });

  it('only a same-day report lends its date to "was held"', () => {
    // The lead's date is a week before the article date: not a same-day report.
    const text = ' date 2021-10-06 Officials met on Wednesday to talk. The 3rd round of the JMCC was held at Islamabad.';
    const ctx = contextFor('test:b', text, kb, [dateAt(text, 'Wednesday', '2021-09-29', 0, true)]);
    assert.deepStrictEqual(pick(extractFacts(ctx, mentionsFor(ctx)), 'date'), []);
  });

  it('finds the lead of a same-day report after a byline', () => {
    const text = ' date 2021-09-29 By Staff Reporter\n\nOfficials met on Wednesday in Islamabad.\n\nThe 3rd round of the JMCC was held at Islamabad.';
    const ctx = contextFor('test:c', text, kb, [dateAt(text, 'Wednesday', '2021-09-29', 0, true)]);
    const facts = extractFacts(ctx, mentionsFor(ctx));
    assert.deepStrictEqual(pick(facts, 'date').map((f) => [f.subject, f.value, f.dateBasis]), [['jmcc-3', '2021-09-29', 'article']]);
  });

  it('takes the news day from the lead, not from the dateline', () => {
    const text = ' date 2024-10-29 Islamabad, Oct 29 (PTI) Officials met on Monday. The 5th round of the JMCC was held at Rawalpindi.';
    const ctx = contextFor('test:d', text, kb, [dateAt(text, 'Oct 29', '2024-10-29'), dateAt(text, 'Monday', '2024-10-28', 0, true)]);
    assert.ok(ctx.article.dateline, 'the article model reads the dateline');
    const facts = extractFacts(ctx, mentionsFor(ctx));
    assert.deepStrictEqual(pick(facts, 'date').map((f) => [f.subject, f.value]), [['jmcc-5', '2024-10-28']]);
  });

  it('a round stated with a date carries it, so a check can compare it with the KB rounds', () => {
    const { facts } = factsOf('The 3rd round of the JMCC was held in Rawalpindi on August 7, 2018.', [['August 7, 2018', '2018-08-07']]);
    const [round] = pick(facts, 'round');
    assert.deepStrictEqual([round.subject, round.value, round.date, round.dateBasis], ['jmcc', '3', '2018-08-07', 'stated']);
    assert.deepStrictEqual(pick(facts, 'place').map((f) => f.value), ['Rawalpindi']);
  });

  it('reads counts in words and digits, and not from dates', () => {
    assert.deepStrictEqual(pick(factsOf('Russia delivered 4 Mi-35M helicopters.', []).facts, 'quantity').map((f) => f.value), ['4']);
    assert.deepStrictEqual(pick(factsOf('Russia delivered twenty-four new Mi-35M helicopters.', []).facts, 'quantity').map((f) => f.value), ['24']);
    assert.deepStrictEqual(pick(factsOf('On 4 Mi-35M day nothing happened.', [['On 4', '2020-01-04']]).facts, 'quantity'), []);
    assert.deepStrictEqual(pick(factsOf('Russia delivered Mi-35M helicopters.', []).facts, 'quantity'), []);
  });

  it('marks facts stated inside quoted speech', () => {
    const { facts } = factsOf('“We signed the defence cooperation pact in November 2014,” he said.', [['November 2014', '2014-11']]);
    const [f] = pick(facts, 'date');
    assert.strictEqual(f.value, '2014-11');
    assert.strictEqual(f.quoted, true);
    const name = factsOf('The armies held the drill codenamed ‘Druzhba VII’ under way now.', []);
    const [e] = pick(name.facts, 'edition-date');
    assert.strictEqual(e.value, '7');
    assert.strictEqual(e.quoted, undefined, 'a name in quote marks is not quoted speech');
  });

  it('an exercise edition with a stated start date', () => {
    const { facts } = factsOf('Exercise Druzhba VIII began on September 15, 2025 in Russia.', [['September 15, 2025', '2025-09-15']]);
    assert.deepStrictEqual(pick(facts, 'edition-date').map((f) => [f.subject, f.value, f.date, f.dateBasis]), [['druzhba', '8', '2025-09-15', 'stated']]);
  });

  it('isIsoDate: YYYY, YYYY-MM or YYYY-MM-DD only', () => {
    const ok = ['2024', '2024-10', '2024-10-29'];
    const bad = ['', '202', '20245', '2024-1', '2024-10-2', '2024/10/29', 'XXXX', '2024-10-29T10', '2024-W05', '２０２４'];
    assert.deepStrictEqual(ok.map(isIsoDate), [true, true, true]);
    assert.deepStrictEqual(bad.map(isIsoDate), bad.map(() => false));
  });

  it('states the same facts whatever the order the mentions come in', () => {
    for (const prefix of ['000', '001', '003', '004']) {
      const text = exampleText(prefix);
      const ctx = contextFor(`ex:${prefix}`, text, kb, EXAMPLE_DATES[prefix](text));
      const mentions = mentionsFor(ctx);
      assert.deepStrictEqual(extractFacts(ctx, [...mentions].reverse()), extractFacts(ctx, mentions), prefix);
    }
  });
});
