import * as assert from 'assert';
import { glued, isNum, isNumOfLength, kindAt, knownAsciiWordAt, len, lowerAt, mayBeWordIn, newScan, numValue, punct, tokIs, tokText, word, wordIs } from './scan';
import { TokKind, shapeBuckets, shapeSet, tokenise } from './tokens';

const scanOf = (text: string) => newScan(text, tokenise(text, 0, text.length), null);

describe('dates/scan token helpers', () => {
  it('read tokens by index, and treat an index outside the text as no token', () => {
    const c = scanOf('On 3rd MAY, Été 12345678901234567890');
    assert.deepStrictEqual([word(c, 0), word(c, 3), word(c, 5), word(c, 1), word(c, -1), word(c, 99)], ['on', 'may', 'été', '', '', '']);
    assert.deepStrictEqual([lowerAt(c, 4), lowerAt(c, 1), lowerAt(c, 99)], [',', '3', '']);
    assert.deepStrictEqual([kindAt(c, 1), kindAt(c, 4), kindAt(c, -1)], [TokKind.Num, TokKind.Punct, -1]);
    assert.deepStrictEqual([tokText(c, 3), tokText(c, 99), len(c, 3), len(c, 99)], ['MAY', '', 3, 0]);
    assert.ok(tokIs(c, 4, ',') && punct(c, 4, ',') && !punct(c, 0, 'On') && tokIs(c, 0, 'On') && !tokIs(c, 0, 'on'));
    assert.ok(isNum(c, 1) && isNumOfLength(c, 1, 1) && !isNumOfLength(c, 1, 2) && !isNum(c, 0) && !isNum(c, -1));
  });

  it('wordIs and mayBeWordIn answer like word(), without making strings', () => {
    const c = scanOf('A Few DOZEN few, fewer Ünits 3 units');
    for (let j = -1; j <= c.n; j++) {
      for (const lit of ['a', 'few', 'dozen', 'fewer', 'units', 'ünits', '3', ',']) assert.strictEqual(wordIs(c, j, lit), word(c, j) === lit, `${j} ${lit}`);
    }
    word(c, 1); // a cached word answers too
    assert.ok(wordIs(c, 1, 'few') && !wordIs(c, 1, 'fe'));
    const units = shapeSet(['units', 'few']);
    const may = Array.from({ length: c.n + 2 }, (_, k) => mayBeWordIn(c, k - 1, units));
    // never false for a word of the set; non-ASCII words always may be; non-words never are
    for (let j = 0; j < c.n; j++) if (['units', 'few'].includes(word(c, j))) assert.ok(may[j + 1], `word ${j}`);
    assert.deepStrictEqual([may[0], may[5], may[7], may[8], may[c.n + 1]], [false, false, true, false, false]);
  });

  it('knownAsciiWordAt finds a word of the buckets in any case, and caches it as the lower case', () => {
    const c = scanOf('Tuesday TWO tues twos a');
    const buckets = shapeBuckets(['tuesday', 'two', 'a', 'tuesdays']);
    assert.deepStrictEqual([0, 1, 2, 3, 4].map((j) => knownAsciiWordAt(c, j, buckets)), ['tuesday', 'two', null, null, 'a']);
    assert.deepStrictEqual([word(c, 0), word(c, 1), word(c, 2)], ['tuesday', 'two', 'tues']);
  });

  it('sees glued tokens only inside the text', () => {
    const c = scanOf('3rd x');
    assert.deepStrictEqual([glued(c, 0), glued(c, 1), glued(c, 2), glued(c, 3)], [false, true, false, false]);
  });

  it('reads numbers like +text, also long ones', () => {
    const c = scanOf('007 2024 12345678901234567890');
    assert.deepStrictEqual([numValue(c, 0), numValue(c, 1), numValue(c, 2)], [7, 2024, +'12345678901234567890']);
  });

  it('lower-cases like toLowerCase, and forgets the words of an earlier scan', () => {
    const words = ['Friday', 'FRIDAY', 'fRiday', 'friday', 'F', 'İstanbul', 'ΣΑΣ', 'WEE\u212A'];
    const first = scanOf(words.join(' '));
    assert.deepStrictEqual(words.map((_, j) => word(first, j)), words.map((w) => w.toLowerCase()));
    const second = scanOf('a b c d e f g h');
    assert.deepStrictEqual(words.map((_, j) => word(second, j)), ['a', 'b', 'c', 'd', 'e', 'f', 'g', 'h']);
  });
});
