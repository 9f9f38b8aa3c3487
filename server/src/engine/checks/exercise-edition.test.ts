import * as assert from 'assert';
import { assessEdition } from './exercises';
import { exerciseEdition } from './exercise-edition';
import { analysis, context, DRUZHBA, exercise, fact, kbWith } from './testing';

const kb = kbWith({ exercises: [DRUZHBA] });
const uri = 'file:///a.txt';

function run(text: string, editionText: string, edition: number, date: string, basis: 'article' | 'stated' = 'article') {
  const m = exercise(text, `Druzhba ${editionText}`, 'druzhba', 'Druzhba', edition, editionText);
  const f = fact(text, uri, 'druzhba', 'edition-date', String(edition), `Druzhba ${editionText}`, editionText, { date, dateBasis: basis, subjectLabel: 'Druzhba' });
  return exerciseEdition.check(context(analysis(uri, text, [m], [f]), kb));
}

describe('exercise-edition', () => {
  it('flags Druzhba VII described as under way in a 2021 article, with the VI fix', () => {
    const text = ' date 2021-09-29 The meeting coincided with the opening ceremony of exercise Druzhba VII in Russia.';
    const [f, ...rest] = run(text, 'VII', 7, '2021-09-29');
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(text.slice(f.start, f.end), 'VII');
    assert.match(f.message, /KB: Druzhba VI 2021-09-28 → 2021-10-09/);
    assert.match(f.message, /after that date/);
    assert.strictEqual(f.fixes[0].edits[0].newText, 'VI');
  });

  it('flags Druzhba VI in a 2024 article (VII was the latest held)', () => {
    const text = ' date 2024-10-29 The visit coincided with exercise Druzhba VI.';
    const [f] = run(text, 'VI', 6, '2024-10-29');
    assert.strictEqual(f.fixes[0].edits[0].newText, 'VII');
  });

  it('accepts the edition under way, and the latest one just held (example 000: VII four days after it closed)', () => {
    assert.deepStrictEqual(run(' date 2021-09-29 Opening of Druzhba VI today.', 'VI', 6, '2021-09-29'), []);
    assert.deepStrictEqual(run(' date 2024-10-29 The visit coincided with Druzhba VII.', 'VII', 7, '2024-10-29'), []);
  });

  it('keeps the written style of the numeral', () => {
    const text = ' date 2021-09-29 The 7th Druzhba 7th edition is under way.';
    const [f] = run(text, '7th', 7, '2021-09-29');
    assert.strictEqual(f.fixes[0].edits[0].newText, '6th');
  });

  it('says nothing when the KB may be behind (an edition newer than any it knows)', () => {
    assert.strictEqual(assessEdition(DRUZHBA, 9, '2026-10-01').kind, 'silent');
    assert.strictEqual(assessEdition(DRUZHBA, 7, '2026-10-01').kind, 'ok');
    assert.strictEqual(assessEdition(DRUZHBA, 5, '2026-10-01').kind, 'wrong');
    assert.strictEqual(assessEdition(DRUZHBA, 6, '2015-01-01').kind, 'silent');
  });
});
