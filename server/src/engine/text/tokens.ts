// Word tokens with their UTF-16 spans. One pass with a char-class loop: the gazetteer and the
// recognisers work on tokens, never on per-name regexes, so cost stays linear in the text.
import { LETTER_OR_MARK, NUMBER, astralClass, bmpClass } from './charClass';
import { attachTokenIds, vocabularyGeneration, wordId } from './vocabulary';

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

/**
 * Recent ASCII words by hash, each with its lower-cased string and word id (see vocabulary.ts). News repeats
 * its words, so most tokens find theirs here: no slice, no toLowerCase copy, no vocabulary lookup, and the
 * shared strings keep their computed hash for the Map lookups that follow. Direct-mapped (a new word simply
 * replaces the slot's old one), so it stays this size whatever the texts.
 */
const CACHE_BITS = 15;
const CACHE_MASK = (1 << CACHE_BITS) - 1;
const cachedWords: string[] = new Array<string>(1 << CACHE_BITS).fill('');
const cachedIds = new Int32Array(1 << CACHE_BITS);
/** The vocabulary generation cachedIds were computed under (-1: never). */
const cachedGenerations = new Int32Array(1 << CACHE_BITS).fill(-1);
/**
 * Longer words are not cached: V8 makes a slice of 13 characters or more a view into the whole text, and a
 * cached view would keep the article's text alive after the article is gone.
 */
const MAX_CACHED_LENGTH = 12;
const FNV_OFFSET = 0x811c9dc5 | 0;
const FNV_PRIME = 0x01000193;

/** Per-token ids while tokenising, reused between calls and copied out at the end. */
let scratchIds = new Int32Array(1024);

/**
 * The cache slot holding the lower-cased form of the ASCII word text[start, end), with its hash `h` (FNV-1a
 * over the lower-cased code units), filled when the slot held another word.
 */
function asciiWordSlot(text: string, start: number, end: number, h: number, upper: boolean, gen: number): number {
  const slot = (h ^ (h >>> 15)) & CACHE_MASK;
  const cached = cachedWords[slot];
  const len = end - start;
  if (cached.length === len) {
    let k = 0;
    // In [0-9A-Za-z], `| 32` lower-cases letters and leaves digits as they are.
    while (k < len && (text.charCodeAt(start + k) | 32) === cached.charCodeAt(k)) k++;
    if (k === len) {
      if (cachedGenerations[slot] !== gen) {
        cachedIds[slot] = wordId(cached);
        cachedGenerations[slot] = gen;
      }
      return slot;
    }
  }
  const word = text.slice(start, end);
  const norm = upper ? word.toLowerCase() : word;
  cachedWords[slot] = norm;
  cachedIds[slot] = wordId(norm);
  cachedGenerations[slot] = gen;
  return slot;
}

/** Tokenise text[from, to) into words. Apostrophes inside a word ("Pakistan's") split it. */
export function tokenise(text: string, from = 0, to = text.length): Token[] {
  const tokens: Token[] = [];
  const gen = vocabularyGeneration();
  let ids = scratchIds;
  let i = from;
  while (i < to) {
    const start = i;
    // ASCII runs are scanned inline, hashing their lower-cased code units for the word cache.
    let upper = false;
    let h = FNV_OFFSET;
    while (i < to) {
      const c = text.charCodeAt(i);
      if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57)) {
        h = Math.imul(h ^ c, FNV_PRIME);
        i++;
      } else if (c >= 65 && c <= 90) {
        upper = true;
        h = Math.imul(h ^ (c | 32), FNV_PRIME);
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
    let norm: string;
    let id: number;
    if (ascii && i - start <= MAX_CACHED_LENGTH) {
      const slot = asciiWordSlot(text, start, i, h, upper, gen);
      norm = cachedWords[slot];
      id = cachedIds[slot];
    } else {
      const word = text.slice(start, i);
      norm = !ascii ? normaliseWord(word) : upper ? word.toLowerCase() : word;
      id = wordId(norm);
    }
    const n = tokens.length;
    if (n === ids.length) {
      const grown = new Int32Array(n * 2);
      grown.set(ids);
      ids = scratchIds = grown;
    }
    ids[n] = id;
    tokens.push({ start, end: i, norm });
  }
  attachTokenIds(tokens, ids.slice(0, tokens.length), gen);
  return tokens;
}

/** Tokenise a KB phrase ("Alexander V. Fomin") into its lookup keys. */
export function phraseKeys(phrase: string): string[] {
  return tokenise(phrase).map((t) => t.norm);
}

/**
 * Index of the first token whose start is >= offset (binary search). Its own loop rather than the shared
 * firstAtOrAfter: a search that only ever sees tokens stays monomorphic (the shared one sees tokens,
 * mentions, sentences... and its property reads are slow for it).
 */
export function tokenIndexAt(tokens: readonly Token[], offset: number): number {
  let lo = 0;
  let hi = tokens.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (tokens[mid].start < offset) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
