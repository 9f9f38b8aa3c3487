// Paragraphs, sentences and quoted speech, with UTF-16 offsets.
import { Paragraph, Quote, Sentence } from '../types';
import { SPACE, bmpClass } from '../text/charClass';

/** Each non-blank line is a paragraph: news text puts one paragraph per line. */
export function splitParagraphs(text: string, from: number): Paragraph[] {
  const out: Paragraph[] = [];
  let i = from;
  const n = text.length;
  while (i < n) {
    let end = i;
    while (end < n && text.charCodeAt(end) !== 10 && text.charCodeAt(end) !== 13) end++;
    let s = i;
    let e = end;
    while (s < e && isSpace(text.charCodeAt(s))) s++;
    while (e > s && isSpace(text.charCodeAt(e - 1))) e--;
    if (e > s) out.push({ start: s, end: e, index: out.length });
    i = end + 1;
  }
  return out;
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

// Line breaks stop the search: paragraphs are lines, so a paragraph without . ! ? costs its own length only.
const SENTENCE_PUNCT = /[.!?\n\r]/g;

/** Split a paragraph into sentences at . ! ? followed by space and a capital, digit or quote. */
export function splitSentences(text: string, para: Paragraph, firstIndex: number): Sentence[] {
  const out: Sentence[] = [];
  let start = para.start;
  // The regex engine jumps from one . ! ? to the next far faster than a loop over every character.
  for (let i = para.start; i < para.end; i++) {
    SENTENCE_PUNCT.lastIndex = i;
    const hit = SENTENCE_PUNCT.exec(text);
    if (hit === null || hit.index >= para.end) break;
    i = hit.index;
    const ch = text[i];
    if (ch === '\n' || ch === '\r') continue;
    let j = i + 1;
    while (j < para.end && CLOSERS.has(text[j])) j++;
    if (j >= para.end) break;
    if (text[j] !== ' ' && text[j] !== '\t') {
      // "project.PTI": a period glued to a capitalised agency sign-off still ends the sentence.
      if (!(ch === '.' && /[A-Z]/.test(text[j] ?? '') && /[a-z]/.test(text[i - 1] ?? '') && /^[A-Z]{2,}\b/.test(text.slice(j, j + 8)))) continue;
    }
    let k = j;
    while (k < para.end && (text[k] === ' ' || text[k] === '\t')) k++;
    const next = text[k] ?? '';
    if (!/[A-Z0-9"“‘'(]/.test(next)) continue;
    if (ch === '.' && isAbbreviation(text, i)) continue;
    out.push({ start, end: j, index: firstIndex + out.length, paragraph: para.index });
    start = k;
    i = k - 1;
  }
  if (start < para.end) out.push({ start, end: para.end, index: firstIndex + out.length, paragraph: para.index });
  return out;
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

// Line breaks stop the search (see SENTENCE_PUNCT).
const QUOTE_OPENERS = /["\u201c\u2018\n\r]/g;

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
  for (const p of paragraphs) {
    let i = p.start;
    while (i < p.end) {
      // Jump to the next opening mark with the regex engine rather than a loop over every character.
      QUOTE_OPENERS.lastIndex = i;
      const hit = QUOTE_OPENERS.exec(text);
      if (hit === null || hit.index >= p.end) break;
      i = hit.index;
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
