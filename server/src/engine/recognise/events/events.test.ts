import * as assert from 'assert';
import { recogniseEvents, EventMentionDetail, ordinalWordWithin } from '.';
import { tokenise } from '../../text/tokens';
import { tokenIds } from '../../text/vocabulary';
import { ordinalEndingAt } from '../exercises/numerals';
import { contextFor, exampleText, testKb } from '../../facts/testing';
import { KnowledgeBase } from '../../types';
import { recogniseExercises } from '../exercises';
import { recogniseOrganisationsAndPlaces } from '../entities';

const kb = testKb();

function eventsIn(text: string, base: KnowledgeBase = kb): EventMentionDetail[] {
  return recogniseEvents(contextFor('test:a', text, base)) as EventMentionDetail[];
}

function summary(text: string, base: KnowledgeBase = kb): [string, string | null, number | undefined][] {
  return eventsIn(text, base).map((m) => [m.text, m.entity, m.round]);
}

describe('events recogniser', () => {
  it('001: the 3rd round of the JMCC and the 4th Round of JMCC', () => {
    const text = exampleText('001');
    const found = recogniseEvents(contextFor('ex:001', text, kb));
    assert.deepStrictEqual(
      found.map((m) => [m.text, m.entity, m.round, m.roundSpan && text.slice(m.roundSpan.start, m.roundSpan.end)]),
      [
        ['3rd round of the Russia-Pakistan Joint Military Consultative Committee (JMCC)', 'jmcc-3', 3, '3rd'],
        ['4th Round of JMCC', 'jmcc-4', 4, '4th'],
      ],
    );
  });

  it('003: first meeting of the JMCC, the training contract, the pact, the accord and the Mi-35M', () => {
    assert.deepStrictEqual(summary(exampleText('003')), [
      ['Contract on Admission of Service Members', 'training-contract-2018', undefined],
      ['first meeting of Russia-Pakistan Joint Military Consultative Committee (JMCC)', 'jmcc-1', 1],
      ['defence cooperation pact', 'pk-ru-dca-2014', undefined],
      ['military-technical cooperation accord', 'mtc-accord-2015', undefined],
      ['Mi-35M', 'mi35m-deal', undefined],
    ]);
  });

  it('004: 12th meeting of the Consultative Group on Strategic Stability', () => {
    const found = summary(exampleText('004'));
    assert.deepStrictEqual(found[0], ['12th meeting of the Pakistan-Russia Consultative Group on Strategic Stability', 'cgss-12', 12]);
    assert.deepStrictEqual(found.slice(1).map((f) => f[1]), ['pk-ru-dca-2014', 'mtc-accord-2015', 'mi35m-deal']);
  });

  it('a series without a round is not an event', () => {
    assert.deepStrictEqual(eventsIn('They hoped that JMCC would continue to play a vital role.'), []);
    assert.deepStrictEqual(eventsIn('The Joint Military Consultative Committee met.'), []);
  });

  it('reads rounds in other word orders and rounds the KB lacks', () => {
    assert.deepStrictEqual(summary('Officials attended the third JMCC in Islamabad.'), [['third JMCC', 'jmcc-3', 3]]);
    assert.deepStrictEqual(summary('The twenty-second session of the Pak-Russia JMCC opened.'), [
      ['twenty-second session of the Pak-Russia JMCC', null, 22],
    ]);
    const unknown = eventsIn('The 6th round of the Pakistan-Russia Joint Working Group (JWG) was held.');
    assert.strictEqual(unknown.length, 1);
    assert.deepStrictEqual([unknown[0].entity, unknown[0].round, unknown[0].series], [null, 6, 'series:jwg']);
    assert.deepStrictEqual(summary('The first meeting of President Putin was short.'), []);
    assert.deepStrictEqual(summary('It was the 7th edition of the DRUZHBA exercise.'), []);
    assert.deepStrictEqual(summary('They held the second round of talks.'), []);
  });

  it('names agreements the KB lacks by their domain words, folding pact/accord into agreement', () => {
    const empty: KnowledgeBase = { ...kb, events: [] };
    const a = eventsIn('They signed the defence cooperation pact in 2014.', empty);
    const b = eventsIn('They signed a defense co-operation agreement in 2014.', empty);
    assert.strictEqual(a.length, 1);
    assert.strictEqual(b.length, 1);
    assert.strictEqual(a[0].entity, null);
    assert.strictEqual(a[0].key, 'defence cooperation agreement');
    assert.strictEqual(b[0].key, 'defence cooperation agreement');
    assert.deepStrictEqual(eventsIn('Both sides signed an agreement that allows training.', empty), []);
    assert.deepStrictEqual(eventsIn('in line with our inter-governmental agreement', empty), []);
  });

  it('matches an all-capitals alias only when written in capitals', () => {
    const withAcronym: KnowledgeBase = { ...kb, events: [{ id: 'dca', name: 'Defence Cooperation Agreement', aliases: ['DCA'] }] };
    assert.deepStrictEqual(summary('The DCA was signed.', withAcronym), [['DCA', 'dca', undefined]]);
    assert.deepStrictEqual(summary('The dca was signed.', withAcronym), []);
  });

  it('finds names whose words no earlier KB used, in the first article read with that KB', () => {
    // Each recogniser builds its gazetteers (registering new words) before taking the token ids.
    const fresh: KnowledgeBase = {
      ...testKb(),
      exercises: [{ id: 'zorvex', name: 'Zorvex Shield', aliases: [], parties: ['PK'], editions: [] }],
      events: [{ id: 'quillan-accord', name: 'Quillan Accord', aliases: [], kind: 'agreement' }],
      organisations: [{ id: 'marrow-board', name: 'Marrow Board', aliases: [] }],
    };
    const ctx = contextFor('test:fresh', 'The Marrow Board said the Quillan Accord covers exercise Zorvex Shield.', fresh);
    assert.deepStrictEqual(recogniseExercises(ctx).map((m) => m.entity), ['zorvex']);
    assert.deepStrictEqual(recogniseEvents(ctx).map((m) => m.entity), ['quillan-accord']);
    assert.deepStrictEqual(recogniseOrganisationsAndPlaces(ctx).map((m) => m.entity), ['marrow-board']);
  });

  it('ordinalWordWithin holds wherever an ordinal ends, so passing over the other series names loses nothing', () => {
    const text = 'the twenty-first and 3rd and Third meeting, 12th, first, fiftieth, nineteenth but not 3 or three or Pakistan';
    const tokens = tokenise(text);
    const ids = tokenIds(tokens);
    for (let k = 0; k < tokens.length; k++) {
      if (ordinalEndingAt(tokens, text, k)) assert.ok(ordinalWordWithin(tokens, ids, k, k + 1), tokens[k].norm);
    }
    const pakistan = tokens.length - 1;
    assert.strictEqual(ordinalWordWithin(tokens, ids, pakistan - 4, pakistan), true); // "3 or three or"
    assert.strictEqual(ordinalWordWithin(tokens, ids, pakistan - 3, pakistan + 1), false); // "or three or Pakistan"
  });

  it('reads a round after a run of series names that have no ordinal before them', () => {
    const text = 'Pakistan Russia Pakistan Russia JMCC talks. Pakistan and Russia held the 3rd JMCC in Islamabad.';
    assert.deepStrictEqual(summary(text), [['3rd JMCC', 'jmcc-3', 3]]);
  });
});
