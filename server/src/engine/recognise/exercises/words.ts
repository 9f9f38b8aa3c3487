// Small text tests shared by the exercise, event and entity recognisers and the facts stage.
// Each looks at a few characters around a token: no regex runs over unbounded text.
import { Token } from '../../text/tokens';

/** True when the word at [start, …) begins with an upper-case letter, or a letter of a script without case (Urdu, Arabic). */
export function isCapitalised(text: string, start: number): boolean {
  const code = text.charCodeAt(start);
  if (code < 128) return code >= 65 && code <= 90; // ASCII: only A-Z (no new strings on this hot path)
  const ch = text[start] ?? '';
  const upper = ch.toUpperCase();
  if (upper !== ch.toLowerCase()) return ch === upper;
  return /\p{L}/u.test(ch);
}

/** True when the whole token is written in upper case ("VII", "JMCC"). */
export function isUpperToken(text: string, t: Token): boolean {
  // ASCII fast path (case conversion of a slice of a two-byte text is slow): no a-z and some A-Z.
  let capital = false;
  let ascii = true;
  for (let i = t.start; i < t.end && ascii; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) ascii = false;
    else if (c >= 97 && c <= 122) return false;
    else if (c >= 65 && c <= 90) capital = true;
  }
  if (ascii) return capital;
  const s = text.slice(t.start, t.end);
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

/** The characters between two tokens (a before b). */
export function gapText(text: string, a: Token, b: Token): string {
  return text.slice(a.end, b.start);
}

/** Only spaces (at most three) between two tokens: the words sit in one plain phrase. */
export function plainGap(text: string, a: Token, b: Token): boolean {
  const g = b.start - a.end;
  if (g < 1 || g > 3) return false;
  for (let i = a.end; i < b.start; i++) if (text[i] !== ' ' && text[i] !== '\u00a0') return false;
  return true;
}

/** Spaces and at most one hyphen or dash: "Druzhba-VII", "DRUZHBA -IV", "DRUZBHA – V", "Druzhba VII". */
export function editionGap(text: string, from: number, to: number): boolean {
  const g = to - from;
  if (g < 1 || g > 3) return false;
  let dashes = 0;
  for (let i = from; i < to; i++) {
    const c = text[i];
    if (c === '-' || c === '\u2010' || c === '\u2011' || c === '\u2013' || c === '\u2014') dashes++;
    else if (c !== ' ' && c !== '\u00a0') return false;
  }
  return dashes <= 1;
}

const OPEN_QUOTES = new Set(["'", '‘', '"', '“', '«']);
const CLOSE_QUOTES = new Set(["'", '’', '"', '”', '»']);

/** True when the span [start, end) is wrapped in quote marks: 'Friendship', “Druzhba VII”. */
export function isQuotedSpan(text: string, start: number, end: number): boolean {
  return OPEN_QUOTES.has(text[start - 1] ?? '') && CLOSE_QUOTES.has(text[end] ?? '');
}

export function isOpenQuote(ch: string | undefined): boolean {
  return ch !== undefined && OPEN_QUOTES.has(ch);
}

/** Lower-cased words, hyphens as spaces: the corpus key of a name that is not in the KB. */
export function normaliseName(s: string): string {
  return s
    .toLowerCase()
    .replace(/[\u2010\u2011\u2013\u2014-]+/g, ' ')
    .replace(/['’‘"“”().,]/g, '')
    .replace(/\s+/g, ' ')
    .trim();
}
