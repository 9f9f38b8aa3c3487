// The stages against the shipped starter KB (server/kb/starter.kb.yaml): ids there are the KB
// author's choice, so these tests assert what must hold whatever the ids are.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { extractFacts, StatedFact } from '.';
import { loadKnowledgeBase } from '../kb';
import { KnowledgeBase } from '../types';
import { contextFor, dateAt, exampleText, mentionsFor } from './testing';
import { ExerciseMention, EventMention } from '../types';

const STARTER = path.resolve(__dirname, '../../../../..', 'server/kb/starter.kb.yaml');

describe('facts and recognisers with the starter KB', function () {
  let kb: KnowledgeBase;
  before(function () {
    if (!fs.existsSync(STARTER)) this.skip();
    kb = loadKnowledgeBase([{ uri: 'file:///starter.kb.yaml', text: fs.readFileSync(STARTER, 'utf8') }]);
  });

  function run(prefix: string, dates: [string, string, boolean?][]) {
    const text = exampleText(prefix);
    const ctx = contextFor(`ex:${prefix}`, text, kb, dates.map(([lit, v, rel]) => dateAt(text, lit, v, 0, rel ?? false)));
    const mentions = mentionsFor(ctx);
    return { text, mentions, facts: extractFacts(ctx, mentions) as StatedFact[] };
  }

  it('000: Druzhba (Friendship) VII is a KB exercise, edition 7', () => {
    const { mentions } = run('000', [['Tuesday', '2024-10-29', true]]);
    const ex = mentions.filter((m): m is ExerciseMention => m.kind === 'exercise');
    assert.strictEqual(ex.length, 1);
    assert.strictEqual(ex[0].text, 'Druzhba (Friendship) VII');
    assert.ok(ex[0].entity);
    assert.strictEqual(ex[0].edition, 7);
  });

  it('001: 3rd and 4th JMCC rounds are found with their rounds', () => {
    const { mentions, facts } = run('001', [['Wednesday', '2021-09-29', true], ['2022', '2022']]);
    const rounds = mentions.filter((m): m is EventMention => m.kind === 'event' && m.round !== undefined).map((m) => m.round);
    assert.deepStrictEqual(rounds, [3, 4]);
    const third = mentions.find((m): m is EventMention => m.kind === 'event' && m.round === 3)!;
    assert.ok(third.entity, 'the KB holds the 3rd JMCC');
    assert.deepStrictEqual(facts.filter((f) => f.predicate === 'round').map((f) => [f.value, f.date]), [['3', '2021-09-29'], ['4', '2022']]);
  });

  it('003 and 004 date the 2014 agreement to 2014-11 on one subject, and count four Mi-35M', () => {
    const a = run('003', [['Tuesday', '2018-08-07', true], ['November 2014', '2014-11'], ['October 2015', '2015-10']]);
    const b = run('004', [['Friday', '2018-03-02', true], ['Nov 2014', '2014-11'], ['Oct 2015', '2015-10']]);
    const subjectOf = (facts: StatedFact[], value: string) => facts.find((f) => f.predicate === 'date' && f.value === value)?.subject;
    assert.ok(subjectOf(a.facts, '2014-11'));
    assert.strictEqual(subjectOf(a.facts, '2014-11'), subjectOf(b.facts, '2014-11'));
    assert.strictEqual(subjectOf(a.facts, '2015-10'), subjectOf(b.facts, '2015-10'));
    for (const r of [a, b]) assert.deepStrictEqual(r.facts.filter((f) => f.predicate === 'quantity').map((f) => f.value), ['4']);
  });
});
