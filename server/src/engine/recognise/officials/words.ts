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
  const s = text.slice(t.start, t.end);
  return s === s.toUpperCase() && s !== s.toLowerCase();
}

export function hasDigit(text: string, t: Token): boolean {
  for (let i = t.start; i < t.end; i++) {
    const c = text.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

function gapChars(text: string, from: number, to: number, allowed: string, max = 3): boolean {
  const w = to - from;
  if (w < 1 || w > max) return false;
  for (let i = from; i < to; i++) if (!allowed.includes(text[i])) return false;
  return true;
}

/** Only spaces between a and b. */
export function spaceGap(text: string, a: Token, b: Token): boolean {
  return gapChars(text, a.end, b.start, ' \u00a0');
}

/** Spaces or a hyphen ("Colonel-General", "Zamir-ul-Hassan"). */
export function wordGap(text: string, a: Token, b: Token): boolean {
  return gapChars(text, a.end, b.start, ' \u00a0-\u2010\u2011');
}

/** An abbreviation's period and spaces ("Lt. Gen", "Mr. Singh", "S. Y."). */
export function dottedGap(text: string, a: Token, b: Token): boolean {
  return gapChars(text, a.end, b.start, ' \u00a0.-\u2010\u2011');
}

/** ", " between a and b (an apposition). */
export function commaGap(text: string, a: Token, b: Token): boolean {
  const g = text.slice(a.end, b.start);
  return g === ', ' || g === ',' || g === ',\u00a0';
}

/** The characters between tokens, trimmed of spaces: "(" for "Lt Gen (Retd)", "’" for a possessive. */
export function gapCore(text: string, a: Token, b: Token): string {
  if (b.start - a.end > 6) return '\u0000';
  return text.slice(a.end, b.start).replace(/[ \u00a0]/g, '');
}

export function isApostrophe(s: string): boolean {
  return s === "'" || s === '\u2019';
}
