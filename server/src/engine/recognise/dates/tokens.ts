// Tokenizer for the date rules: runs of letters, runs of digits, and single other characters.
// One precompiled global regex walked once over the slice; every token keeps its UTF-16 span.

export const enum TokKind { Word = 0, Num = 1, Punct = 2 }

export interface DateToken {
  s: number; // start offset in the full text
  e: number; // end offset (exclusive)
  t: string; // text as written
  l: string; // lower case
  k: TokKind;
}

// \p{L} with the u flag also copes with astral letters; lone surrogates fall into the last branch.
const TOKEN = /([\p{L}\p{M}]+)|(\d+)|[^\s\p{L}\p{M}\d]/gu;

export function tokenise(text: string, from: number, to: number): DateToken[] {
  const slice = from === 0 && to === text.length ? text : text.slice(from, to);
  const out: DateToken[] = [];
  TOKEN.lastIndex = 0;
  let m: RegExpExecArray | null;
  while ((m = TOKEN.exec(slice)) !== null) {
    const t = m[0];
    const k = m[1] !== undefined ? TokKind.Word : m[2] !== undefined ? TokKind.Num : TokKind.Punct;
    out.push({ s: from + m.index, e: from + m.index + t.length, t, l: k === TokKind.Word ? t.toLowerCase() : t, k });
  }
  return out;
}
