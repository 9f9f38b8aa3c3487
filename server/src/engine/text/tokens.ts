// Word tokens with their UTF-16 spans. One pass with a char-class loop: the gazetteer and the
// recognisers work on tokens, never on per-name regexes, so cost stays linear in the text.
import { firstAtOrAfter } from './search';

export interface Token {
  start: number;
  end: number;
  /** Lower-cased, diacritics removed: the key used for KB lookups. */
  norm: string;
}

const DIACRITICS = /[\u0300-\u036f]/g;

/** Normalise one word for lookup: case- and diacritics-insensitive. */
export function normaliseWord(word: string): string {
  const lower = word.toLowerCase();
  // Fast path: plain ASCII needs no decomposition.
  // eslint-disable-next-line no-control-regex
  if (/^[\x00-\x7f]*$/.test(lower)) return lower;
  return lower.normalize('NFD').replace(DIACRITICS, '');
}

const LETTER = /[\p{L}\p{M}\p{N}]/u;

/** Width (1 or 2 code units) of the word character at i, or 0 when text[i] is not part of a word. */
function wordCharWidth(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  }
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
    const low = text.charCodeAt(i + 1);
    // A valid pair is one astral character; a lone half is a separator.
    if (low >= 0xdc00 && low <= 0xdfff) return LETTER.test(text.slice(i, i + 2)) ? 2 : 0;
    return 0;
  }
  if (code >= 0xd800 && code <= 0xdfff) return 0;
  return LETTER.test(text[i]) ? 1 : 0;
}

/** Tokenise text[from, to) into words. Apostrophes inside a word ("Pakistan's") split it. */
export function tokenise(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    let w = wordCharWidth(text, i, to);
    if (w === 0) {
      i++;
      continue;
    }
    const start = i;
    while (w > 0) {
      i += w;
      w = i < to ? wordCharWidth(text, i, to) : 0;
    }
    tokens.push({ start, end: i, norm: normaliseWord(text.slice(start, i)) });
  }
  return tokens;
}

/** Tokenise a KB phrase ("Alexander V. Fomin") into its lookup keys. */
export function phraseKeys(phrase: string): string[] {
  return tokenise(phrase).map((t) => t.norm);
}

/** Index of the first token whose start is >= offset (binary search). */
export function tokenIndexAt(tokens: Token[], offset: number): number {
  return firstAtOrAfter(tokens, offset);
}
