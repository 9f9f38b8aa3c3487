import * as assert from 'assert';
import { Gazetteer } from './gazetteer';
import { tokenise } from './tokens';
import { WordIdSet, registerWord, tokenIds, wordIdFlags } from './vocabulary';

describe('text/vocabulary', () => {
  it('gives known words an id and unknown words 0', () => {
    const g = new Gazetteer<string>();
    g.add('Vocabulary Testword', 'x');
    const ids = tokenIds(tokenise('vocabulary testword unheardofzz'));
    assert.ok(ids[0] > 0);
    assert.strictEqual(ids[2], 0);
  });

  it('a gazetteer built after a text was tokenised (and asked) still finds its phrases there', () => {
    const text = 'the Qwertyzone Accordium was signed';
    const tokens = tokenise(text);
    const early = new Gazetteer<number>();
    early.add('the', 1);
    assert.strictEqual(early.longestAt(tokens, 0, text)?.payloads[0], 1);
    assert.strictEqual(early.longestAt(tokens, 1, text), undefined);
    const late = new Gazetteer<number>();
    late.add('Qwertyzone Accordium', 2);
    const m = late.longestAt(tokens, 1, text);
    assert.deepStrictEqual(m && { first: m.first, last: m.last, payload: m.payloads[0] }, { first: 1, last: 2, payload: 2 });
    assert.strictEqual(early.longestAt(tokens, 0, text)?.payloads[0], 1);
  });

  it('keeps ids and answers right while the table grows, and tells apart words that share a hash', () => {
    // Same length, first, middle and last letters: one hash, told apart by the whole word.
    const alike = ['vocabxqzv', 'vocabyqzv', 'vocabzqzv'];
    const many = Array.from({ length: 5000 }, (_, k) => `growthword${k}`);
    const before = new WordIdSet(alike);
    const first = tokenIds(tokenise(alike.join(' ')));
    assert.ok(first.every((id) => id > 0 && before.has(id)));
    assert.strictEqual(new Set(first).size, 3);
    const set = new WordIdSet(many);
    const again = tokenIds(tokenise(alike.join(' ')));
    assert.deepStrictEqual([...again], [...first]);
    const ids = tokenIds(tokenise(`${many.join(' ')} growthword5000 vocabwqzv`));
    assert.ok(ids.slice(0, many.length).every((id) => id > 0 && set.has(id)));
    assert.strictEqual(new Set(ids.slice(0, many.length)).size, many.length);
    assert.strictEqual(ids[many.length], 0);
    assert.strictEqual(ids[many.length + 1], 0);
    assert.strictEqual(registerWord('growthword17'), ids[17]);
  });

  it('builds a table of flags per word id, and words registered after it start nothing there', () => {
    const a = registerWord('flagword-alpha');
    const b = registerWord('flagwordbeta');
    const table = wordIdFlags([
      [1, (id) => id === a || id === b],
      [4, (id) => id === b],
    ]);
    assert.strictEqual(table[a], 1);
    assert.strictEqual(table[b], 5);
    assert.strictEqual(table[0], 0);
    const later = registerWord('flagwordlater');
    assert.strictEqual(table[later] ?? 0, 0);
  });
});

