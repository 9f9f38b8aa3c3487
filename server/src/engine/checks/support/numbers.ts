// Writing a corrected number in the style of the one it replaces: "VII", "7th", "seventh", "four", "4".
import { toRoman } from '../../recognise/exercises/numerals';

const CARDINALS = ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'];
const ORDINALS = ['zeroth', 'first', 'second', 'third', 'fourth', 'fifth', 'sixth', 'seventh', 'eighth', 'ninth', 'tenth', 'eleventh', 'twelfth'];

function suffix(n: number): string {
  const t = n % 100;
  if (t >= 11 && t <= 13) return 'th';
  return ['th', 'st', 'nd', 'rd'][n % 10] ?? 'th';
}

function caseLike(written: string, word: string): string {
  if (written.length > 1 && written === written.toUpperCase()) return word.toUpperCase();
  if (written[0] && written[0] === written[0].toUpperCase() && /[a-z]/i.test(written[0])) return word[0].toUpperCase() + word.slice(1);
  return word;
}

export function numberLike(written: string, n: number): string {
  const w = written.trim();
  if (/^\d+$/.test(w)) return String(n);
  if (/^\d+(st|nd|rd|th)$/i.test(w)) return `${n}${suffix(n)}`;
  if (/^[ivxl]+$/i.test(w)) return w === w.toLowerCase() ? toRoman(n) : toRoman(n).toUpperCase();
  const lower = w.toLowerCase();
  if (ORDINALS.includes(lower) && ORDINALS[n]) return caseLike(w, ORDINALS[n]);
  if (CARDINALS.includes(lower) && CARDINALS[n]) return caseLike(w, CARDINALS[n]);
  return /^[a-z]/i.test(w) && (lower.endsWith('th') || lower.endsWith('st') || lower.endsWith('nd') || lower.endsWith('rd'))
    ? `${n}${suffix(n)}`
    : String(n);
}
