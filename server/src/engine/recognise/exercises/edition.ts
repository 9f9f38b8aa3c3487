// Editions as written around an exercise name: "VII" / "-VII" / " 5" / "2021" after it, a bracketed
// gloss ("Druzhba (Friendship) VII"), or an ordinal before it ("the seventh Druzhba", "7th edition of").
import { Span } from '../../types';
import { Token } from '../../text/tokens';
import { ordinalEndingAt, parseRoman, smallDigits, yearDigits } from './numerals';
import { editionGap, isCapitalised, isUpperToken, plainGap } from './words';

const EDITION_WORDS = new Set(['edition', 'iteration', 'round', 'instalment', 'installment', 'version', 'session']);

export interface Edition {
  value: number | null;
  year?: number;
  span: Span;
  text: string;
  lastToken: number;
}

/** "(Friendship)" right after the name: at most three capitalised words, closed on the same line. */
export function parenthesisAfter(text: string, tokens: Token[], last: number): { end: number; lastToken: number } | undefined {
  const next = last + 1;
  if (next >= tokens.length) return undefined;
  const gap = text.slice(tokens[last].end, tokens[next].start);
  if (gap !== ' (' && gap !== '(') return undefined;
  if (!isCapitalised(text, tokens[next].start)) return undefined;
  for (let k = next; k < tokens.length && k < next + 3; k++) {
    const after = text[tokens[k].end];
    if (after === ')') return { end: tokens[k].end + 1, lastToken: k };
    if (k + 1 < tokens.length && !plainGap(text, tokens[k], tokens[k + 1])) return undefined;
  }
  return undefined;
}

/** The edition right after a name: a Roman numeral in capitals, a small number, or a year. */
export function editionAfter(text: string, tokens: Token[], last: number, from: number): Edition | undefined {
  const k = last + 1;
  if (k >= tokens.length) return undefined;
  const t = tokens[k];
  if (!editionGap(text, from, t.start)) return undefined;
  // "Druzhba VII-2024" or "VIIth" are not read: the numeral must be a whole word, followed by a word break.
  const span = { start: t.start, end: t.end };
  const written = text.slice(t.start, t.end);
  if (isUpperToken(text, t)) {
    const roman = parseRoman(t.norm);
    if (roman !== null) return { value: roman, span, text: written, lastToken: k };
  }
  const year = yearDigits(t.norm);
  if (year !== null) return { value: null, year, span, text: written, lastToken: k };
  const n = smallDigits(t.norm);
  // "Druzhba 5" is an edition; "Druzhba 50 soldiers" is a count.
  if (n !== null && n <= 30 && !COUNTED.has(tokens[k + 1]?.norm ?? '')) return { value: n, span, text: written, lastToken: k };
  return undefined;
}

/** Nouns that make a number after an exercise name a count, not an edition. */
const COUNTED = new Set(['soldiers', 'troops', 'personnel', 'servicemen', 'members', 'officers', 'men', 'days', 'weeks', 'countries', 'aircraft', 'ships', 'jets', 'helicopters', 'teams', 'participants', 'commandos', 'special']);

/** "the seventh Druzhba", "7th edition of (the) Druzhba". */
export function ordinalBefore(text: string, tokens: Token[], first: number): { value: number; span: Span } | undefined {
  let k = first - 1;
  if (k < 0) return undefined;
  const direct = ordinalEndingAt(tokens, text, k);
  if (direct && plainGap(text, tokens[k], tokens[first])) {
    return { value: direct.value, span: { start: tokens[direct.first].start, end: tokens[k].end } };
  }
  let right = first;
  if (tokens[k].norm === 'the' && plainGap(text, tokens[k], tokens[right])) {
    right = k;
    k--;
  }
  if (k < 1 || tokens[k].norm !== 'of' || !plainGap(text, tokens[k], tokens[right])) return undefined;
  if (!EDITION_WORDS.has(tokens[k - 1].norm) || !plainGap(text, tokens[k - 1], tokens[k])) return undefined;
  const ord = ordinalEndingAt(tokens, text, k - 2);
  if (!ord || !plainGap(text, tokens[k - 2], tokens[k - 1])) return undefined;
  return { value: ord.value, span: { start: tokens[ord.first].start, end: tokens[ord.last].end } };
}
