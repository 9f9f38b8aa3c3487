// Word tokens with their UTF-16 spans. One pass with a char-class loop: the gazetteer and the
// recognisers work on tokens, never on per-name regexes, so cost stays linear in the text.
import { firstAtOrAfter } from './search';
import { LETTER_OR_MARK, NUMBER, astralClass, bmpClass } from './charClass';

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
  if (isAscii(lower)) return lower;
  return lower.normalize('NFD').replace(DIACRITICS, '');
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

/** Width (1 or 2 code units) of the word character at i, or 0 when text[i] is not part of a word. */
function wordCharWidth(text: string, i: number, to: number): number {
  const code = text.charCodeAt(i);
  if (code < 128) {
    return (code >= 48 && code <= 57) || (code >= 65 && code <= 90) || (code >= 97 && code <= 122) ? 1 : 0;
  }
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
    const low = text.charCodeAt(i + 1);
    // A valid pair is one astral character; a lone half is a separator.
    if (low >= 0xdc00 && low <= 0xdfff) return astralClass(code, low) & WORD ? 2 : 0;
    return 0;
  }
  return bmpClass(code) & WORD ? 1 : 0;
}

const WORD = LETTER_OR_MARK | NUMBER;

/** Tokenise text[from, to) into words. Apostrophes inside a word ("Pakistan's") split it. */
export function tokenise(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  let i = from;
  while (i < to) {
    const start = i;
    // ASCII runs are scanned inline; lower-case ASCII words need no new string for their key.
    let upper = false;
    while (i < to) {
      const c = text.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) i++;
      else if (c >= 65 && c <= 90) {
        upper = true;
        i++;
      } else break;
    }
    let ascii = true;
    if (i < to && text.charCodeAt(i) >= 128) {
      let w = wordCharWidth(text, i, to);
      while (w > 0) {
        if (text.charCodeAt(i) >= 128) ascii = false;
        i += w;
        w = i < to ? wordCharWidth(text, i, to) : 0;
      }
    }
    if (i === start) {
      i++;
      continue;
    }
    const word = text.slice(start, i);
    tokens.push({ start, end: i, norm: !ascii ? normaliseWord(word) : upper ? word.toLowerCase() : word });
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
