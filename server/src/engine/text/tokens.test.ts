import * as assert from 'assert';
import { tokenise, normaliseWord, tokenIndexAt } from './tokens';
import { Gazetteer } from './gazetteer';
import { registerWord, tokenIds } from './vocabulary';

describe('text/tokens', () => {
  it('splits words with UTF-16 spans and folds case and diacritics', () => {
    const text = 'Col. Gen Aleksándr V Fomin’s visit';
    const toks = tokenise(text);
    assert.deepStrictEqual(toks.map((t) => t.norm), ['col', 'gen', 'aleksandr', 'v', 'fomin', 's', 'visit']);
    for (const t of toks) assert.strictEqual(normaliseWord(text.slice(t.start, t.end)), t.norm);
  });

  it('treats lone surrogates as separators and keeps astral letters in words', () => {
    const text = 'a\ud800b 𝐀x';
    const toks = tokenise(text);
    assert.deepStrictEqual(toks.map((t) => text.slice(t.start, t.end)), ['a', 'b', '𝐀x']);
  });

  it('gives a word in any case one norm and one id (word cache)', () => {
    registerWord('cachetestword');
    const toks = tokenise('Cachetestword CACHETESTWORD cachetestword cAcHeTeStWoRd The THE the');
    assert.deepStrictEqual(toks.map((t) => t.norm), [...Array(4).fill('cachetestword'), 'the', 'the', 'the']);
    const ids = tokenIds(toks);
    assert.ok(ids[0] > 0);
    assert.deepStrictEqual([...ids.slice(0, 4)], Array(4).fill(ids[0]));
    // The ids the tokeniser attached are those a fresh lookup finds (a copy of the list has none attached).
    assert.deepStrictEqual([...tokenIds(toks.slice())], [...ids]);
  });

  it('keeps norms and ids right when cached words are replaced, and for long words', () => {
    const words = Array.from({ length: 70000 }, (_, k) => (k % 3 === 0 ? `Wd${k}X` : `wd${k}x`));
    words.push('Internationalisation', 'internationalisation', 'INTERNATIONALISATION2');
    const text = words.join(' ');
    for (let pass = 0; pass < 2; pass++) {
      const toks = tokenise(text);
      assert.strictEqual(toks.length, words.length);
      for (let k = 0; k < words.length; k++) assert.strictEqual(toks[k].norm, words[k].toLowerCase());
      assert.deepStrictEqual([...tokenIds(toks)], [...tokenIds(toks.slice())]);
    }
  });

  it('ids attached while tokenising follow words registered later', () => {
    const text = 'Zzlatewordq zzlatewordq';
    const toks = tokenise(text);
    assert.deepStrictEqual([...tokenIds(toks)], [0, 0]);
    const id = registerWord('zzlatewordq');
    assert.deepStrictEqual([...tokenIds(toks)], [id, id]);
    assert.deepStrictEqual([...tokenIds(tokenise(text))], [id, id]);
  });

  it('finds the token index for an offset', () => {
    const toks = tokenise('one two three');
    assert.strictEqual(tokenIndexAt(toks, 0), 0);
    assert.strictEqual(tokenIndexAt(toks, 4), 1);
    assert.strictEqual(tokenIndexAt(toks, 5), 2);
    assert.strictEqual(tokenIndexAt(toks, 99), 3);
  });
});

describe('text/gazetteer', () => {
  const g = new Gazetteer<string>();
  g.add('Alexander Fomin', 'fomin');
  g.add('Alexander V Fomin', 'fomin');
  g.add('Fomin', 'fomin-short');
  g.add('Alexander', 'first-name');

  it('prefers the longest phrase and skips initials’ periods', () => {
    const text = 'Gen Alexander V. Fomin met Fomin.';
    const m = g.scan(tokenise(text), 0, undefined, text);
    assert.deepStrictEqual(m.map((x) => [text.slice(x.start, x.end), x.payloads[0]]), [
      ['Alexander V. Fomin', 'fomin'],
      ['Fomin', 'fomin-short'],
    ]);
  });

  it('does not join words across commas or line breaks', () => {
    const text = 'Alexander, Fomin\nAlexander\nFomin';
    const m = g.scan(tokenise(text), 0, undefined, text);
    assert.deepStrictEqual(m.map((x) => x.payloads[0]), ['first-name', 'fomin-short', 'first-name', 'fomin-short']);
  });

  it('tells by word id whether a phrase starts with a word', () => {
    const ids = tokenIds(tokenise('alexander fomin zzunknownzz v'));
    assert.strictEqual(g.startsWith(ids[0]), true);
    assert.strictEqual(g.startsWith(ids[1]), true);
    assert.strictEqual(g.startsWith(ids[2]), false); // id 0: a word no gazetteer knows
    assert.strictEqual(g.startsWith(ids[3]), false); // known word ("V" of a phrase) that starts none
    assert.strictEqual(g.startsWith(-1), false);
    assert.strictEqual(g.startsWith(1 << 30), false);
  });

  it('tells by word id whether a longer phrase starts with a word', () => {
    const ids = tokenIds(tokenise('alexander fomin zzunknownzz'));
    assert.strictEqual(g.hasLongerPhrases(ids[0]), true); // "Alexander Fomin"
    assert.strictEqual(g.hasLongerPhrases(ids[1]), false); // "Fomin" alone
    assert.strictEqual(g.hasLongerPhrases(ids[2]), false);
  });

  it('finds the same phrases when given the token ids', () => {
    const text = 'Gen Alexander V. Fomin met Fomin and Alexander';
    const tokens = tokenise(text);
    const ids = tokenIds(tokens);
    for (let i = 0; i < tokens.length + 1; i++) assert.deepStrictEqual(g.longestAt(tokens, i, text, ids), g.longestAt(tokens, i, text));
  });
});
