// Paragraphs, sentences and quoted speech, with UTF-16 offsets.
import { Paragraph, Quote, Sentence } from '../types';
import { SPACE, bmpClass } from '../text/charClass';

/** Each non-blank line is a paragraph: news text puts one paragraph per line. */
export function splitParagraphs(text: string, from: number): Paragraph[] {
  const out: Paragraph[] = [];
  const n = text.length;
  // indexOf finds line breaks far faster than a loop over every character.
  const breaks = new NextOf(text, ['\n', '\r']);
  let i = from;
  while (i < n) {
    const hit = breaks.at(i);
    const end = hit === -1 ? n : hit;
    let s = i;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length });
    i = end + 1;
  }
  return out;
}

/**
 * The next occurrence of any of a few characters, each one's next position remembered: asked at increasing
 * offsets, it reads the text about once per target, however short the stretches asked about (a paragraph
 * without a period costs nothing more). A target is an ASCII character, found by indexOf (far faster than a
 * regex or a loop), or a global regex of one character (indexOf is no faster than a regex for a non-ASCII
 * character in a two-byte string, and one regex can look for several).
 */
export class NextOf {
  /** Per target: its first position at or after the last offset asked (Infinity: none left), -1: unknown. */
  private readonly next: number[];
  private last = 0;

  constructor(private readonly text: string, private readonly targets: readonly (string | RegExp)[]) {
    this.next = targets.map(() => -1);
  }

  /** The first position >= i holding one of the characters, or -1. */
  at(i: number): number {
    // Offsets asked out of order: forget what was found ahead.
    if (i < this.last) this.next.fill(-1);
    this.last = i;
    let best = Infinity;
    for (let k = 0; k < this.targets.length; k++) {
      let p = this.next[k];
      if (p < i) {
        p = find(this.text, this.targets[k], i);
        this.next[k] = p = p === -1 ? Infinity : p;
      }
      if (p < best) best = p;
    }
    return best === Infinity ? -1 : best;
  }
}

function find(text: string, target: string | RegExp, from: number): number {
  if (typeof target === 'string') return text.indexOf(target, from);
  target.lastIndex = from;
  const hit = target.exec(text);
  return hit === null ? -1 : hit.index;
}

function isSpace(c: number): boolean {
  return c === 32 || c === 9 || c === 0xa0 || c === 0x2028 || c === 0x2029 || c === 0xfeff;
}

// Words after which a period does not end a sentence: ranks, titles, months, initials.
const ABBREVIATIONS = new Set([
  'gen', 'lt', 'col', 'maj', 'capt', 'cdr', 'brig', 'adm', 'mr', 'mrs', 'ms', 'dr', 'prof', 'sr', 'jr', 'st',
  'no', 'vs', 'retd', 'rtd', 'jan', 'feb', 'mar', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'oct', 'nov', 'dec',
  'inc', 'co', 'corp', 'ltd', 'gov', 'sen', 'rep', 'hon', 'u.s', 'u.k', 'u.n', 'e.g', 'i.e', 'etc', 'approx', 'air',
]);

const CLOSERS = new Set(['"', '”', '’', "'", ')', ']']);

const SENTENCE_PUNCT = ['.', '!', '?'];

/** Finds sentence punctuation for splitSentences; share one over the paragraphs of a text, in order. */
export function sentencePunctuation(text: string): NextOf {
  return new NextOf(text, SENTENCE_PUNCT);
}

/** Split a paragraph into sentences at . ! ? followed by space and a capital, digit or quote. */
export function splitSentences(text: string, para: Paragraph, firstIndex: number, punct = sentencePunctuation(text)): Sentence[] {
  const out: Sentence[] = [];
  appendSentences(text, para, firstIndex, punct, out);
  return out;
}

/** splitSentences, appending to `out` (sentence indexes from `firstIndex`). */
export function appendSentences(text: string, para: Paragraph, firstIndex: number, punct: NextOf, out: Sentence[]): void {
  const first = out.length;
  let start = para.start;
  for (let i = para.start; i < para.end; i++) {
    const hit = punct.at(i);
    if (hit === -1 || hit >= para.end) break;
    i = hit;
    const ch = text[i];
    let j = i + 1;
    while (j < para.end && CLOSERS.has(text[j])) j++;
    if (j >= para.end) break;
    if (text[j] !== ' ' && text[j] !== '\t') {
      // "project.PTI": a period glued to a capitalised agency sign-off still ends the sentence.
      if (!(ch === '.' && /[A-Z]/.test(text[j] ?? '') && /[a-z]/.test(text[i - 1] ?? '') && /^[A-Z]{2,}\b/.test(text.slice(j, j + 8)))) continue;
    }
    let k = j;
    while (k < para.end && (text[k] === ' ' || text[k] === '\t')) k++;
    if (!(k < text.length && canStartSentence(text.charCodeAt(k)))) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    out.push({ start, end: j, index: firstIndex + out.length - first, paragraph: para.index });
    start = k;
    i = k - 1;
  }
  if (start < para.end) out.push({ start, end: para.end, index: firstIndex + out.length - first, paragraph: para.index });
}

/** [A-Z0-9"“‘'(]: what may open a sentence. */
function canStartSentence(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 34 || c === 0x201c || c === 0x2018 || c === 39 || c === 40;
}

function isAbbreviation(text: string, dot: number): boolean {
  let s = dot;
  while (s > 0) {
    const c = text.charCodeAt(s - 1);
    if (!((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c === 46)) break; // [A-Za-z.]
    s--;
  }
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1) return true; // an initial: "Alexander V. Fomin"
  return ABBREVIATIONS.has(word);
}

const LDQUO = 0x201c; // “
const RDQUO = 0x201d; // ”
const LSQUO = 0x2018; // ‘
const RSQUO = 0x2019; // ’
const QUOT = 34; // "

const QUOTE_OPENERS = ['"', /[\u201c\u2018]/g];

/** The closing mark of an opening quote mark, or 0. */
function closerOf(c: number): number {
  return c === LDQUO ? RDQUO : c === QUOT ? QUOT : c === LSQUO ? RSQUO : 0;
}

/** White space, "(", "[", dashes: a quote mark after one of these opens a quotation. */
function isWordStartBefore(c: number): boolean {
  if (c === 40 || c === 91 || c === 0x2014 || c === 0x2013 || c === 45) return true;
  return c < 128 ? c === 32 || (c >= 9 && c <= 13) : (bmpClass(c) & SPACE) !== 0;
}

function isAsciiLetter(c: number): boolean {
  return (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
}

/**
 * Quoted speech within each paragraph. A quote left open runs to the end of its paragraph (the news
 * convention for multi-paragraph quotes). Single curly quotes count only at a word start, so the
 * apostrophe in "Pakistan’s" is not an opening.
 */
export function findQuotes(text: string, paragraphs: Paragraph[]): Quote[] {
  const out: Quote[] = [];
  // Jump to the next opening mark by indexOf rather than a loop over every character.
  const openers = new NextOf(text, QUOTE_OPENERS);
  for (const p of paragraphs) {
    let i = p.start;
    while (i < p.end) {
      const hit = openers.at(i);
      if (hit === -1 || hit >= p.end) break;
      i = hit;
      const ch = text.charCodeAt(i);
      const close = closerOf(ch);
      if (close === 0) {
        i++;
        continue;
      }
      const atWordStart = i === p.start || isWordStartBefore(text.charCodeAt(i - 1));
      if ((ch !== LSQUO || atWordStart) && (ch !== QUOT || atWordStart)) {
        let j = i + 1;
        while (j < p.end) {
          const c = text.charCodeAt(j);
          if (c === close || (ch === QUOT && c === RDQUO) || (ch === LDQUO && c === QUOT)) break;
          j++;
        }
        // A closing single quote must end a word, not be an apostrophe inside one.
        if (ch === LSQUO) {
          while (j < p.end && isAsciiLetter(text.charCodeAt(j + 1))) {
            j++;
            while (j < p.end && text.charCodeAt(j) !== close) j++;
          }
        }
        const end = Math.min(j + 1, p.end);
        out.push({ start: i, end });
        i = end;
        continue;
      }
      i++;
    }
  }
  return out;
}
