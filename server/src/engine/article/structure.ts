// Paragraphs, sentences and quoted speech, with UTF-16 offsets.
import { Paragraph, Quote, Sentence } from '../types';

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

/** Split a paragraph into sentences at . ! ? followed by space and a capital, digit or quote. */
export function splitSentences(text: string, para: Paragraph, firstIndex: number): Sentence[] {
  const out: Sentence[] = [];
  let start = para.start;
  for (let i = para.start; i < para.end; i++) {
    const ch = text[i];
    if (ch !== '.' && ch !== '!' && ch !== '?') continue;
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
  while (s > 0 && /[A-Za-z.]/.test(text[s - 1])) s--;
  const word = text.slice(s, dot).toLowerCase();
  if (word.length === 1) return true; // an initial: "Alexander V. Fomin"
  return ABBREVIATIONS.has(word);
}

const OPENERS: Record<string, string> = { '“': '”', '"': '"', '‘': '’' };
const WORD_START_BEFORE = /[\s(\[—–-]/;

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
      const ch = text[i];
      const close = OPENERS[ch];
      if (close === undefined) {
        i++;
        continue;
      }
      const atWordStart = i === p.start || WORD_START_BEFORE.test(text[i - 1]);
      if ((ch !== '‘' || atWordStart) && (ch !== '"' || atWordStart)) {
        let j = i + 1;
        while (j < p.end && !(text[j] === close || (ch === '"' && text[j] === '”') || (ch === '“' && text[j] === '"'))) j++;
        // A closing single quote must end a word, not be an apostrophe inside one.
        if (ch === '‘') {
          while (j < p.end && /[A-Za-z]/.test(text[j + 1] ?? '')) {
            j++;
            while (j < p.end && text[j] !== close) j++;
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
