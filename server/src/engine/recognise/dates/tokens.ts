// Tokenizer for the date rules: runs of letters (\p{L}\p{M}), runs of ASCII digits, and single other
// characters (one code point), whitespace skipped. Every token keeps its UTF-16 span.
//
// It reads the text as UTF-8 bytes (TextEncoder.encodeInto into a reused buffer) rather than with
// charCodeAt: the copy is native and fast, and reading a byte array costs a third of charCodeAt per
// character, which was most of the tokeniser's time. UTF-16 offsets are counted beside the byte index.
import { LETTER_OR_MARK, SPACE, astralClass, bmpClass } from '../../text/charClass';

export const enum TokKind { Word = 0, Num = 1, Punct = 2 }

/** Bits of TokenTable.f: the kind in the low two bits, then what the token's characters are. */
export const enum TokFlag {
  Kind = 3,
  /** Only ASCII characters (a word: only ASCII letters). */
  Ascii = 4,
  /** Set by the rules' helpers (not the tokeniser) once the token's lower case is cached (see scan.ts). */
  Cached = 8,
}

/**
 * Tokens as parallel typed arrays rather than an object per token: an article has thousands of tokens,
 * the rules look at a few around each trigger, and allocating (then collecting) the objects was most of
 * the stage's cost. Only the first `n` entries are meaningful; the arrays are reused between calls.
 */
export interface TokenTable {
  n: number;
  /** Start offset in the full text. */
  s: Int32Array;
  /** End offset (exclusive). */
  e: Int32Array;
  /** TokFlag bits. */
  f: Uint8Array;
  /** The tokens that may start a date (see tokenise), in order: the first `nc` entries. */
  cand: Int32Array;
  nc: number;
}

export function newTokenTable(capacity = 256): TokenTable {
  return { n: 0, s: new Int32Array(capacity), e: new Int32Array(capacity), f: new Uint8Array(capacity), cand: new Int32Array(capacity), nc: 0 };
}

/** Grow the arrays to hold `count` tokens (their old content is not kept). */
function reserve(t: TokenTable, count: number): void {
  if (t.s.length >= count) return;
  const cap = Math.max(count, t.s.length * 2);
  t.s = new Int32Array(cap);
  t.e = new Int32Array(cap);
  t.f = new Uint8Array(cap);
  t.cand = new Int32Array(cap);
}

/** Bits in a word-shape set (see shapeHash); a const enum, so the hot loop reads no module property. */
export const enum Shape { Bits = 1 << 13 }

/** Hash of an ASCII word's length and its lower-cased first, second and last letters, in [0, Shape.Bits). */
export function shapeHash(length: number, first: number, second: number, last: number): number {
  return (((length * 31 + first) * 31 + second) * 31 + last) & (Shape.Bits - 1);
}

/** The shape set of `words` (lower-case ASCII): a word whose shape bit is clear is none of them. */
export function shapeSet(words: Iterable<string>): Uint32Array {
  const shapes = new Uint32Array(Shape.Bits >> 5);
  for (const w of words) {
    const h = shapeHash(w.length, w.charCodeAt(0), w.charCodeAt(w.length > 1 ? 1 : 0), w.charCodeAt(w.length - 1));
    shapes[h >> 5] |= 1 << (h & 31);
  }
  return shapes;
}

/** `words` (lower-case ASCII) by shape hash. */
export function shapeBuckets(words: Iterable<string>): (string[] | undefined)[] {
  const buckets: (string[] | undefined)[] = new Array<string[] | undefined>(Shape.Bits).fill(undefined);
  for (const w of words) {
    const h = shapeHash(w.length, w.charCodeAt(0), w.charCodeAt(w.length > 1 ? 1 : 0), w.charCodeAt(w.length - 1));
    (buckets[h] ??= []).push(w);
  }
  return buckets;
}

const NUM_FLAGS = TokKind.Num | TokFlag.Ascii;
const ASCII_PUNCT_FLAGS = TokKind.Punct | TokFlag.Ascii;
const PUNCT_FLAGS = TokKind.Punct;
const ASCII_WORD_FLAGS = TokKind.Word | TokFlag.Ascii;
const OTHER_WORD_FLAGS = TokKind.Word;

const encoder = new TextEncoder();
/** UTF-8 of the text being tokenised; reused, and dropped again after a huge text. */
let bytes = new Uint8Array(1 << 14);
const MAX_KEPT_BYTES = 1 << 20;

/**
 * Tokenise text[from, to) into `into` (a new table by default), which is returned. The candidates are the
 * tokens that may start a date: numbers, apostrophes (' and ’, "the '90s"), and the words — with `shapes`,
 * only the ASCII words whose shape is in the set (and all non-ASCII words).
 */
export function tokenise(text: string, from: number, to: number, into: TokenTable = newTokenTable(0), shapes: Uint32Array | null = null): TokenTable {
  reserve(into, to - from); // a token has at least one character
  // a UTF-16 code unit takes at most 3 bytes; a lone surrogate becomes U+FFFD, no letter either (like itself)
  if (bytes.length < 3 * (to - from) + 1) bytes = new Uint8Array(3 * (to - from) + 1);
  const B = bytes;
  const len = encoder.encodeInto(from === 0 && to === text.length ? text : text.slice(from, to), B).written;
  B[len] = 0; // a sentinel that is no letter or digit: the inner loops need no bounds test
  const S = into.s, E = into.e, F = into.f, C = into.cand;
  let n = 0;
  let nc = 0;
  let b = 0; // byte index
  let d = from; // UTF-16 offset of byte b, minus b
  while (b < len) {
    const c = B[b];
    if (c === 32) { // a space: the commonest byte after letters
      b++;
      continue;
    }
    const start = b + d;
    if (isAsciiLetter(c)) {
      b++;
      while (isAsciiLetter(B[b])) b++;
      if (B[b] < 128 || (nonAsciiAt(B, b) & LETTER_OR_MARK) === 0) {
        // an ASCII word (most words): a candidate when its shape is in the set
        const wl = b - start + d;
        const h = shapeHash(wl, c | 0x20, B[wl > 1 ? b - wl + 1 : b - 1] | 0x20, B[b - 1] | 0x20);
        if (shapes === null || (shapes[h >> 5] & (1 << (h & 31))) !== 0) C[nc++] = n;
        S[n] = start; E[n] = b + d; F[n++] = ASCII_WORD_FLAGS;
        continue;
      }
    } else if (c < 128) {
      b++;
      if (c >= 48 && c <= 57) {
        while (B[b] >= 48 && B[b] <= 57) b++;
        C[nc++] = n;
        S[n] = start; E[n] = b + d; F[n++] = NUM_FLAGS;
        continue;
      }
      // ASCII whitespace: \t \n \v \f \r and space.
      if (c === 32 || (c >= 9 && c <= 13)) continue;
      if (c === 39) C[nc++] = n;
      S[n] = start; E[n] = b + d; F[n++] = ASCII_PUNCT_FLAGS;
      continue;
    } else {
      const x = nonAsciiAt(B, b);
      if ((x & LETTER_OR_MARK) === 0) {
        const rightQuote = c === 0xe2 && B[b + 1] === 0x80 && B[b + 2] === 0x99; // ’ (U+2019)
        b += (x >> 8) & 7;
        d += ((x >> 12) & 3) - ((x >> 8) & 7);
        if (x & SPACE) continue;
        if (rightQuote) C[nc++] = n;
        S[n] = start; E[n] = b + d; F[n++] = PUNCT_FLAGS;
        continue;
      }
    }
    // A word with a non-ASCII letter or mark: letters and marks, from byte b on.
    for (;;) {
      const ch = B[b];
      if (ch < 128) {
        if (!isAsciiLetter(ch)) break;
        b++;
      } else {
        const x = nonAsciiAt(B, b);
        if ((x & LETTER_OR_MARK) === 0) break;
        b += (x >> 8) & 7;
        d += ((x >> 12) & 3) - ((x >> 8) & 7);
      }
    }
    C[nc++] = n;
    S[n] = start; E[n] = b + d; F[n++] = OTHER_WORD_FLAGS;
  }
  into.n = n;
  into.nc = nc;
  if (bytes.length > MAX_KEPT_BYTES) bytes = new Uint8Array(1 << 14);
  return into;
}

function isAsciiLetter(c: number): boolean {
  return ((c | 0x20) - 97) >>> 0 < 26;
}

/**
 * The non-ASCII character whose UTF-8 starts at byte b (the encoder wrote valid UTF-8): its class bits,
 * its length in bytes << 8, and its length in UTF-16 code units << 12.
 */
function nonAsciiAt(B: Uint8Array, b: number): number {
  const c = B[b];
  if (c < 0xe0) return bmpClass(((c & 0x1f) << 6) | (B[b + 1] & 0x3f)) | (2 << 8) | (1 << 12);
  if (c < 0xf0) return bmpClass(((c & 0x0f) << 12) | ((B[b + 1] & 0x3f) << 6) | (B[b + 2] & 0x3f)) | (3 << 8) | (1 << 12);
  const cp = (((c & 0x07) << 18) | ((B[b + 1] & 0x3f) << 12) | ((B[b + 2] & 0x3f) << 6) | (B[b + 3] & 0x3f)) - 0x10000;
  return astralClass(0xd800 + (cp >> 10), 0xdc00 + (cp & 0x3ff)) | (4 << 8) | (2 << 12);
}
