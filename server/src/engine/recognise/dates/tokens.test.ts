import * as assert from 'assert';
import { TokKind, tokenise } from './tokens';

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

const plain = (text: string, from: number, to: number) => tokenise(text, from, to).map((x) => ({ s: x.s, e: x.e, t: x.t, l: x.l, k: x.k }));

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

  it('matches the regex definition for every BMP code unit', () => {
    let text = '';
    for (let c = 0; c < 0x10000; c++) text += String.fromCharCode(c) + (c % 5 === 0 ? 'a' : '');
    assert.deepStrictEqual(plain(text, 0, text.length), reference(text, 0, text.length));
  });
});
