import * as assert from 'assert';
import { recogniseExercises, ExerciseMentionWithYear } from '.';
import { contextFor, exampleText, testKb } from '../../facts/testing';
import { ordinalEndingAt, parseRoman } from './numerals';
import { tokenise } from '../../text/tokens';
import { nameGapOk } from './unknown';

const kb = testKb();

function exercisesIn(text: string): ExerciseMentionWithYear[] {
  return recogniseExercises(contextFor('test:a', text, kb)) as ExerciseMentionWithYear[];
}

function only(text: string): ExerciseMentionWithYear {
  const found = exercisesIn(text);
  assert.strictEqual(found.length, 1, `one exercise in ${JSON.stringify(text)}: ${JSON.stringify(found)}`);
  return found[0];
}

describe('numerals', () => {
  it('reads canonical Roman numerals up to XXXIX and rejects the rest', () => {
    assert.strictEqual(parseRoman('i'), 1);
    assert.strictEqual(parseRoman('vii'), 7);
    assert.strictEqual(parseRoman('ix'), 9);
    assert.strictEqual(parseRoman('xiv'), 14);
    assert.strictEqual(parseRoman('xxx'), 30);
    assert.strictEqual(parseRoman('iiii'), null);
    assert.strictEqual(parseRoman('vx'), null);
    assert.strictEqual(parseRoman('xl'), null);
    assert.strictEqual(parseRoman('mix'), null);
    assert.strictEqual(parseRoman(''), null);
  });

  it('reads ordinals as digits, words and hyphenated words', () => {
    const read = (s: string) => {
      const toks = tokenise(s);
      return ordinalEndingAt(toks, s, toks.length - 1)?.value ?? null;
    };
    assert.strictEqual(read('3rd'), 3);
    assert.strictEqual(read('12th'), 12);
    assert.strictEqual(read('seventh'), 7);
    assert.strictEqual(read('twenty-first'), 21);
    assert.strictEqual(read('3xx'), null);
    assert.strictEqual(read('seven'), null);
  });
});

describe('exercises recogniser', () => {
  it('000: "Druzhba (Friendship) VII" is one mention of druzhba, edition 7', () => {
    const text = exampleText('000');
    const found = recogniseExercises(contextFor('ex:000', text, kb));
    assert.strictEqual(found.length, 1);
    const m = found[0];
    assert.strictEqual(m.text, 'Druzhba (Friendship) VII');
    assert.strictEqual(m.entity, 'druzhba');
    assert.strictEqual(m.edition, 7);
    assert.strictEqual(m.editionText, 'VII');
    assert.strictEqual(text.slice(m.editionSpan!.start, m.editionSpan!.end), 'VII');
    assert.strictEqual(text.slice(m.start, m.end), m.text);
  });

  it('001: "exercise Druzhba VI" is edition 6', () => {
    const found = recogniseExercises(contextFor('ex:001', exampleText('001'), kb));
    assert.deepStrictEqual(found.map((m) => [m.text, m.entity, m.edition]), [['Druzhba VI', 'druzhba', 6]]);
  });

  it('003 and 004: ‘Friendship’ drills are druzhba with no edition', () => {
    for (const p of ['003', '004']) {
      const found = recogniseExercises(contextFor(`ex:${p}`, exampleText(p), kb));
      assert.deepStrictEqual(found.map((m) => [m.text, m.entity, m.edition]), [['Friendship', 'druzhba', null]], p);
    }
  });

  it("'Friendship' drills: a quoted or drill-flanked alias is the exercise", () => {
    const a = only("The armies held 'Friendship' drills in 2016.");
    assert.deepStrictEqual([a.text, a.entity, a.edition], ['Friendship', 'druzhba', null]);
    const b = only('Both held Friendship drills.');
    assert.strictEqual(b.entity, 'druzhba');
  });

  it('reads the edition in every written form', () => {
    const cases: [string, string, number | null, string | undefined][] = [
      ['Troops took part in Druzhba-VII last week.', 'Druzhba-VII', 7, 'VII'],
      ['The exercise Druzhba-VI began.', 'Druzhba-VI', 6, 'VI'],
      ['Units arrived for DRUZHBA -IV on Monday.', 'DRUZHBA -IV', 4, 'IV'],
      ['It was called Druzbha – V by the press.', 'Druzbha – V', 5, 'V'],
      ['Soldiers joined Druzhba 5 at Tarbela.', 'Druzhba 5', 5, '5'],
      ['Officials attended the seventh Druzhba in Pabbi.', 'seventh Druzhba', 7, 'seventh'],
      ['It was the 7th edition of Druzhba so far.', '7th edition of Druzhba', 7, '7th'],
      ['The twenty-first edition of the Druzhba exercise.', 'twenty-first edition of the Druzhba', 21, 'twenty-first'],
      ['Arabian Monsoon VI was held in the North Arabian Sea.', 'Arabian Monsoon VI', 6, 'VI'],
    ];
    for (const [text, written, edition, editionText] of cases) {
      const m = only(text);
      assert.strictEqual(m.text, written, text);
      assert.strictEqual(m.edition, edition, text);
      assert.strictEqual(m.editionText, editionText, text);
      assert.ok(m.entity, text);
    }
  });

  it('a year after the name is a year, not an edition', () => {
    const m = only('The drill Druzhba 2021 ended.');
    assert.strictEqual(m.text, 'Druzhba 2021');
    assert.strictEqual(m.edition, null);
    assert.strictEqual(m.year, 2021);
    assert.strictEqual(m.editionSpan, undefined);
    const f = only('Russian troops flew home after Friendship-2016.');
    assert.strictEqual(f.entity, 'druzhba');
    assert.strictEqual(f.year, 2016);
  });

  it('reads the edition of a KB alias that carries one, and names in scripts without capitals', () => {
    const withAliases = { ...kb, exercises: [{ ...kb.exercises[0], aliases: ['Druzhba-VII', 'Friendship-2016', 'دروژبا', 'Дружба'] }] };
    const run = (text: string) => recogniseExercises(contextFor('test:b', text, withAliases)) as ExerciseMentionWithYear[];
    const [a] = run('They closed Druzhba-VII at Pabbi.');
    assert.deepStrictEqual([a.text, a.edition, a.editionText], ['Druzhba-VII', 7, 'VII']);
    const [b] = run('Troops left after Friendship-2016 ended.');
    assert.deepStrictEqual([b.text, b.edition, b.year], ['Friendship-2016', null, 2016]);
    const [c] = run('مشق دروژبا VII جاری ہے');
    assert.deepStrictEqual([c.text, c.entity, c.edition], ['دروژبا VII', 'druzhba', 7]);
    const [d] = run('Учения Дружба-2019 прошли.');
    assert.deepStrictEqual([d.text, d.year], ['Дружба-2019', 2019]);
  });

  it('names exercises the KB lacks when the text calls them exercises', () => {
    const a = only('The air forces began Exercise Shaheen-IX on Monday.');
    assert.deepStrictEqual([a.entity, a.name, a.edition, a.text], [null, 'Shaheen', 9, 'Shaheen-IX']);
    const b = only('They held a joint exercise Eagle-2024 in the desert.');
    assert.deepStrictEqual([b.entity, b.name, b.edition, b.year], [null, 'Eagle', null, 2024]);
    const c = only("The navies held an exercise codenamed 'Sea Guardian' in July.");
    assert.deepStrictEqual([c.entity, c.name, c.edition], [null, 'Sea Guardian', null]);
  });

  it('does not read ordinary words or stray letters as exercises or editions', () => {
    assert.deepStrictEqual(exercisesIn('Pakistan-Russia friendship is growing.'), []);
    assert.deepStrictEqual(exercisesIn('Friendship between the nations was stressed.'), []);
    assert.deepStrictEqual(exercisesIn('The exercise Pakistan hosted went well.'), []);
    assert.deepStrictEqual(exercisesIn('He said the druzhba was fine.'), []);
    const m = only('They joined Druzhba, I was told.');
    assert.strictEqual(m.edition, null);
    assert.strictEqual(m.text, 'Druzhba');
    assert.strictEqual(only('During Druzhba 20 soldiers jumped.').edition, null, 'a count is not an edition');
    assert.strictEqual(only('During Druzhba 45 soldiers jumped.').edition, null);
    const lower = only('They joined Druzhba vi today.');
    assert.strictEqual(lower.edition, null, 'a lower-case "vi" is not an edition');
  });

  it('is exact for every mention: text equals the slice it covers', () => {
    const text = exampleText('000') + '\n' + exampleText('001');
    for (const m of recogniseExercises(contextFor('ex:cat', text, kb))) assert.strictEqual(text.slice(m.start, m.end), m.text);
  });

  it('nameGapOk accepts what /^[ \u00a0]{0,2}[\'‘"“]?$/ accepted when not empty', () => {
    const re = /^[ \u00a0]{0,2}['‘"“]?$/;
    const chars = [' ', '\u00a0', "'", '‘', '"', '“', 'x', '-', '’'];
    const gaps: string[] = [''];
    for (let n = 0; n < 4; n++) for (const g of [...gaps]) for (const c of chars) if (g.length === n) gaps.push(g + c);
    for (const gap of gaps) {
      const text = `a${gap}b`;
      assert.strictEqual(nameGapOk(text, 1, 1 + gap.length), gap.length > 0 && re.test(gap), JSON.stringify(gap));
    }
  });
});
