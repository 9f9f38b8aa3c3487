// Hostile inputs through the exercise, event, entity and facts stages: they must return, not throw.
// (Speed is measured in bench/, not here.)
import * as assert from 'assert';
import { extractFacts } from '.';
import { contextFor, dateAt, mentionsFor, testKb } from './testing';
import { KnowledgeBase } from '../types';

const kb = testKb();

function run(text: string, withDates = false): number {
  const dates = withDates && text.includes('2014') ? [dateAt(text, '2014', '2014')] : [];
  const ctx = contextFor('test:adv', text, kb, dates);
  const mentions = mentionsFor(ctx);
  const facts = extractFacts(ctx, mentions);
  for (const m of mentions) assert.strictEqual(text.slice(m.start, m.end), m.text);
  return mentions.length + facts.length;
}

describe('adversarial inputs (exercises, events, entities, facts)', () => {
  it('handles empty and tiny texts', () => {
    for (const t of ['', ' ', 'VII', '(', ')', '4th', 'of', 'Druzhba', 'JMCC', 'four', 'Mi-35M', '‘', 'date 2020-01-01']) run(t);
  });

  it('handles a long run of text with no spaces', () => {
    run('Druzhba'.repeat(50_000));
    run('x'.repeat(500_000));
    run('Druzhba-VII-'.repeat(20_000));
  });

  it('handles repeated numerals, ordinals and round words', () => {
    assert.ok(run('Druzhba ' + 'VII '.repeat(20_000)) >= 1);
    run('the 3rd round of the 3rd round of the '.repeat(5_000) + 'JMCC');
    run('first meeting of '.repeat(10_000) + 'the Joint Military Consultative Committee');
    run('XXXXXXXXXXXXXXXXXXXXXXXXXXXXXX '.repeat(2_000));
    run('four four four four Mi-35M '.repeat(5_000));
  });

  it('handles thousands of capitalised words and unclosed brackets', () => {
    run('Exercise ' + 'Alpha '.repeat(10_000) + 'IX');
    run('codenamed ' + "'Bravo ".repeat(10_000));
    run('Druzhba (' + 'Friendship '.repeat(10_000));
    run('The 6th round of the ' + 'Grand '.repeat(10_000) + 'Committee (');
  });

  it('handles a large realistic article with dates', () => {
    const para = 'Pakistan and Russia in 2014 signed a defence cooperation agreement and four Mi-35M were delivered; the 4th Round of JMCC in Russia followed, with Druzhba VII at Pabbi. ';
    const text = para.repeat(10_000); // about 1.7 MB
    assert.ok(run(text, true) > 10_000);
  });

  it('handles a hand-made KB with missing or odd fields', () => {
    const odd = {
      people: [],
      exercises: [{ id: 'x', name: 'Xeno' }, { id: 'y' }, null],
      events: [{ id: 'e', name: 'Pact', series: 'grp', round: 2 }, { id: 'f', series: 'grp' }, { id: 'g', name: 7 }],
      organisations: [{ id: 'grp', name: 'Joint Group', aliases: [null, 5, 'JG'] }],
      places: [{ id: 'p' }],
      problems: [],
    } as unknown as KnowledgeBase;
    const text = 'The 2nd meeting of the JG and Xeno VII and the Pact were held at Somewhere in 2014.';
    const ctx = contextFor('test:odd', text, odd, [dateAt(text, '2014', '2014')]);
    const mentions = mentionsFor(ctx);
    assert.ok(mentions.some((m) => m.kind === 'event' && m.entity === 'e'));
    assert.ok(Array.isArray(extractFacts(ctx, mentions)));
  });

  it('handles lone surrogates, combining marks and odd dashes', () => {
    run('Druzhba\ud800VII \udc00 Dru\u0301zhba \u2014\u2014 VII JMCC\u2011\u2011(JMCC)');
  });
});
