// Character-level tests between and around tokens. Each looks at a few characters: no regex over unbounded text.
import { Token } from '../../text/tokens';

export function isUpperInitial(text: string, t: Token): boolean {
  const code = text.charCodeAt(t.start);
  if (code < 128) return code >= 65 && code <= 90;
  const ch = text[t.start] ?? '';
  const up = ch.toUpperCase();
  if (up !== ch.toLowerCase()) return ch === up;
  return /\p{L}/u.test(ch);
}

/** The whole token in capitals ("COAS", "ISPR"); single letters count too. */
export function isAllCaps(text: string, t: Token): boolean {
  // ASCII fast path (no new strings): no lower-case letter and at least one capital.
  let capital = false;
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 128) return isAllCapsSlow(text.slice(t.start, t.end));
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) capital = true;
  }
  return capital;
}

function isAllCapsSlow(s: string): boolean {
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

export function hasDigit(text: string, t: Token): boolean {
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const SPACES = 1;
const HYPHENS = 2;
const PERIOD = 4;

/** Whether the 1 to 3 characters in [from, to) are all of the allowed kinds. */
function gapChars(text: string, from: number, to: number, allowed: number): boolean {
  const w = to - from;
  if (w < 1 || w > 3) return false;
  for (let i = from; i < to; i++) {
    const c = text.charCodeAt(i);
    const kind = c === 32 || c === 0xa0 ? SPACES : c === 45 || c === 0x2010 || c === 0x2011 ? HYPHENS : c === 46 ? PERIOD : 0;
    if ((kind & allowed) === 0) return false;
  }
  return true;
}

/** Only spaces between a and b. */
export function spaceGap(text: string, a: Token, b: Token): boolean {
  return gapChars(text, a.end, b.start, SPACES);
}

/** Spaces or a hyphen ("Colonel-General", "Zamir-ul-Hassan"). */
export function wordGap(text: string, a: Token, b: Token): boolean {
  return gapChars(text, a.end, b.start, SPACES | HYPHENS);
}

/** An abbreviation's period and spaces ("Lt. Gen", "Mr. Singh", "S. Y."). */
export function dottedGap(text: string, a: Token, b: Token): boolean {
  return gapChars(text, a.end, b.start, SPACES | HYPHENS | PERIOD);
}

/** ", " between a and b (an apposition). */
export function commaGap(text: string, a: Token, b: Token): boolean {
  const w = b.start - a.end;
  if (w < 1 || w > 2 || text.charCodeAt(a.end) !== 44) return false;
  if (w === 1) return true;
  const c = text.charCodeAt(a.end + 1);
  return c === 32 || c === 0xa0;
}

/** The characters between tokens, trimmed of spaces: "(" for "Lt Gen (Retd)", "’" for a possessive. */
export function gapCore(text: string, a: Token, b: Token): string {
  const from = a.end;
  const to = b.start;
  if (to - from > 6) return '\u0000';
  // Most gaps are spaces around at most one mark: answered without slicing or a regex.
  let only = -1;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c === 32 || c === 0xa0) continue;
    if (only >= 0) return text.slice(from, to).replace(/[ \u00a0]/g, '');
    only = k;
  }
  return only < 0 ? '' : text[only];
}

export function isApostrophe(s: string): boolean {
  return s === "'" || s === '\u2019';
}
