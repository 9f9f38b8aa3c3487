import * as assert from 'assert';
import { TokFlag, TokKind, newTokenTable, shapeSet, tokenise } from './tokens';

// The tokeniser's definition, as a regex: runs of letters and marks, runs of ASCII digits, any other single
// code point; white space skipped. The char-code scanner must give exactly these tokens.
const REFERENCE = /([\p{L}\p{M}]+)|(\d+)|[^\s\p{L}\p{M}\d]/gu;

function reference(text: string, from: number, to: number) {
  const slice = text.slice(from, to);
  const out: { s: number; e: number; t: string; l: string; k: TokKind }[] = [];
  REFERENCE.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = REFERENCE.exec(slice)) !== null) {
    const k = m[1] !== undefined ? TokKind.Word : m[2] !== undefined ? TokKind.Num : TokKind.Punct;
    out.push({ s: from + m.index, e: from + m.index + m[0].length, t: m[0], l: k === TokKind.Word ? m[0].toLowerCase() : m[0], k });
  }
  return out;
}

function plain(text: string, from: number, to: number) {
  const toks = tokenise(text, from, to);
  const out: { s: number; e: number; t: string; l: string; k: TokKind }[] = [];
  for (let j = 0; j < toks.n; j++) {
    const t = text.slice(toks.s[j], toks.e[j]);
    const f = toks.f[j];
    const k = (f & TokFlag.Kind) as TokKind;
    assert.strictEqual((f & TokFlag.Ascii) !== 0, /^[\x00-\x7f]+$/.test(t), `ascii flag of ${JSON.stringify(t)}`);
    out.push({ s: toks.s[j], e: toks.e[j], t, l: k === TokKind.Word ? t.toLowerCase() : t, k });
  }
  return out;
}

describe('dates/tokens', () => {
  it('splits words, numbers and single other characters with their spans', () => {
    const text = 'On 3rd March, 2019—IST';
    assert.deepStrictEqual(plain(text, 0, text.length).map((x) => [x.t, x.l, x.k]), [
      ['On', 'on', TokKind.Word], ['3', '3', TokKind.Num], ['rd', 'rd', TokKind.Word], ['March', 'march', TokKind.Word],
      [',', ',', TokKind.Punct], ['2019', '2019', TokKind.Num], ['—', '—', TokKind.Punct], ['IST', 'ist', TokKind.Word],
    ]);
  });

  it('matches the regex definition on Unicode edge cases, also for slices', () => {
    const samples = [
      'Café MÜLLER\u0301 İstanbul ẞ ǅ Σς \u00a0\u2003\ufeff\u3000 x',
      'a\ud800b \udc00c 𝐀𝐁x 😀! ٣٤ Ⅻ ²½ \u000b\u001c end',
      "’90s '90s 12/05/2020 3:30 p.m. \t\r\n mid-1990s",
    ];
    for (const text of samples) {
      for (let from = 0; from <= text.length; from += 3) {
        for (const to of [text.length, Math.min(text.length, from + 5), Math.min(text.length, from + 1)]) {
          assert.deepStrictEqual(plain(text, from, to), reference(text, from, to), `${JSON.stringify(text)} [${from}, ${to})`);
        }
      }
    }
  });

  it('matches the regex definition on every slice of words mixing ASCII, marks and astral letters', () => {
    const text = 'x𝐀y naïve e\u0301x \u0301ab Straße 𝐀 ’ok’ 12𝐀3';
    for (let from = 0; from <= text.length; from++) {
      for (let to = from; to <= text.length; to++) {
        assert.deepStrictEqual(plain(text, from, to), reference(text, from, to), `[${from}, ${to})`);
      }
    }
  });

  it('lists as candidates the numbers, apostrophes, words of the given shapes and non-ASCII words', () => {
    const text = "In May, two 3 ' ’90s the Café";
    const toks = tokenise(text, 0, text.length, undefined, shapeSet(['may', 'two']));
    const cands = Array.from(toks.cand.subarray(0, toks.nc), (j) => text.slice(toks.s[j], toks.e[j]));
    assert.deepStrictEqual(cands, ['May', 'two', '3', "'", '’', '90', 'Café']);
    const all = tokenise(text, 0, text.length);
    assert.strictEqual(all.nc, all.n - 1); // without shapes every word is one: all tokens but the comma
  });

  it('refills a reused table', () => {
    const table = newTokenTable(2);
    tokenise('one two three four', 0, 18, table);
    assert.strictEqual(table.n, 4);
    tokenise('x 1', 0, 3, table);
    assert.deepStrictEqual([table.n, table.s[1], table.e[1], table.nc], [2, 2, 3, 2]);
  });

  it('matches the regex definition for every BMP code unit', () => {
    let text = '';
    for (let c = 0; c < 0x10000; c++) text += String.fromCharCode(c) + (c % 5 === 0 ? 'a' : '');
    assert.deepStrictEqual(plain(text, 0, text.length), reference(text, 0, text.length));
  });
});
