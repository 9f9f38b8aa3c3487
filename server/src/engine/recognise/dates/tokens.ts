// Tokenizer for the date rules: runs of letters (\p{L}\p{M}), runs of ASCII digits, and single other
// characters (one code point), whitespace skipped. One char-code pass; every token keeps its UTF-16 span.
import { LETTER_OR_MARK, SPACE, astralClass, bmpClass } from '../../text/charClass';

export const enum TokKind { Word = 0, Num = 1, Punct = 2 }

/**
 * One token. Its text and lower case are sliced on first use: most words trigger no rule and are never
 * read, and a string per token was most of the tokeniser's cost.
 */
export class DateToken {
  private raw: string | undefined;
  private lower: string | undefined;

  constructor(
    private readonly src: string,
    readonly s: number, // start offset in the full text
    readonly e: number, // end offset (exclusive)
    readonly k: TokKind,
    /** Only ASCII characters (a word: only ASCII letters). */
    readonly ascii: boolean,
    /** Already lower case (no ASCII capital, no other character). */
    private readonly plain: boolean,
  ) {}

  /** Text as written. */
  get t(): string {
    if (this.raw === undefined) this.raw = this.src.slice(this.s, this.e);
    return this.raw;
  }

  /** Lower case (words); the text itself for numbers and punctuation. */
  get l(): string {
    if (this.lower === undefined) this.lower = this.plain || this.k !== TokKind.Word ? this.t : this.t.toLowerCase();
    return this.lower;
  }
}

/** Class bits of the code point at i (plus PAIR when it is a surrogate pair), looking no further than `to`. */
function classAt(text: string, i: number, to: number, code: number): number {
  if (code >= 0xd800 && code <= 0xdbff && i + 1 < to) {
    const low = text.charCodeAt(i + 1);
    if (low >= 0xdc00 && low <= 0xdfff) return astralClass(code, low) | PAIR;
  }
  return bmpClass(code);
}
const PAIR = 128;

export function tokenise(text: string, from: number, to: number): DateToken[] {
  const out: DateToken[] = [];
  let i = from;
  while (i < to) {
    const code = text.charCodeAt(i);
    const start = i;
    if (code < 128) {
      if (code >= 48 && code <= 57) {
        i++;
        while (i < to) {
          const c = text.charCodeAt(i);
          if (c < 48 || c > 57) break;
          i++;
        }
        out.push(new DateToken(text, start, i, TokKind.Num, true, true));
        continue;
      }
      const lower = code >= 97 && code <= 122;
      if (!lower && !(code >= 65 && code <= 90)) {
        i++;
        // ASCII whitespace: \t \n \v \f \r and space.
        if (code === 32 || (code >= 9 && code <= 13)) continue;
        out.push(new DateToken(text, start, i, TokKind.Punct, true, true));
        continue;
      }
    } else {
      const cls = classAt(text, i, to, code);
      if ((cls & LETTER_OR_MARK) === 0) {
        i += cls & PAIR ? 2 : 1;
        if (cls & SPACE) continue;
        out.push(new DateToken(text, start, i, TokKind.Punct, false, true));
        continue;
      }
    }
    // A word: letters and marks.
    let ascii = true;
    let plain = true;
    while (i < to) {
      const c = text.charCodeAt(i);
      if (c < 128) {
        if (c >= 97 && c <= 122) i++;
        else if (c >= 65 && c <= 90) {
          plain = false;
          i++;
        } else break;
      } else {
        const cls = classAt(text, i, to, c);
        if ((cls & LETTER_OR_MARK) === 0) break;
        plain = false;
        ascii = false;
        i += cls & PAIR ? 2 : 1;
      }
    }
    out.push(new DateToken(text, start, i, TokKind.Word, ascii, plain));
  }
  return out;
}
