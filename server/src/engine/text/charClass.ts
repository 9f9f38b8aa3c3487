// Unicode character classes by code point, cached in a table filled on first use: the tokenisers ask
// for every character, and a regex test per character (with a one-character string) is what made them slow.

export const LETTER_OR_MARK = 1; // \p{L} or \p{M}
export const NUMBER = 2; // \p{N}
export const SPACE = 4; // JavaScript \s
const KNOWN = 8;

const LM = /^[\p{L}\p{M}]$/u;
const N = /^\p{N}$/u;
const S = /^\s$/u;

const bmp = new Uint8Array(0x10000);
const astral = new Map<number, number>();

function classify(ch: string): number {
  return KNOWN | (LM.test(ch) ? LETTER_OR_MARK : 0) | (N.test(ch) ? NUMBER : 0) | (S.test(ch) ? SPACE : 0);
}

/** Class bits of the BMP code unit `code` (lone surrogates have none). */
export function bmpClass(code: number): number {
  let c = bmp[code];
  if (c === 0) {
    c = code >= 0xd800 && code <= 0xdfff ? KNOWN : classify(String.fromCharCode(code));
    bmp[code] = c;
  }
  return c;
}

/** Class bits of an astral code point given as its surrogate pair. */
export function astralClass(high: number, low: number): number {
  const cp = ((high - 0xd800) << 10) + (low - 0xdc00) + 0x10000;
  let c = astral.get(cp);
  if (c === undefined) {
    c = classify(String.fromCharCode(high, low));
    if (astral.size < 4096) astral.set(cp, c); // bounded: astral text is rare, a hostile file is not
  }
  return c;
}
