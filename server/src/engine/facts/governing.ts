// Which date or place in a sentence a verb ties to an event: "signed the pact in November 2014",
// "in Nov 2014 signed a defence cooperation agreement", "was held at Islamabad". Conservative on
// purpose: a date elsewhere in the sentence ("On Monday, officials reviewed the pact …") is not the
// event's date unless a verb such as signed/held/met governs it.
import { Mention, Span } from '../types';
import { tokenise } from '../text/tokens';
import { firstAtOrAfter } from '../text/search';

/** Verbs that give an event its date or place. */
export const TRIGGERS = new Set([
  'signed', 'sign', 'signing', 'inked', 'ink', 'sealed', 'concluded', 'held', 'hold', 'holding', 'met', 'meet',
  'convened', 'convene', 'took', 'take', 'place', 'struck', 'finalised', 'finalized', 'began', 'begin', 'begins',
  'started', 'start', 'commenced', 'opened', 'kicked', 'launched', 'conducted', 'organised', 'organized',
]);

/** Small words that may stand between an event and its date/place ("was held at the … on"). */
const LINK_WORDS = new Set([
  'was', 'were', 'is', 'are', 'be', 'been', 'being', 'has', 'had', 'have', 'will', 'would', 'which', 'that',
  'in', 'on', 'at', 'dated', 'of', 'the', 'during', 'back', 'earlier', 'off', 'last', 'later', 'first', 'jointly',
]);

/** Words that end a clause: what follows is about something else. */
const CLAUSE_BREAKS = new Set(['while', 'whereas', 'but', 'subsequently', 'meanwhile', 'although', 'though', 'however', 'then', 'besides', 'after', 'before']);

const MAX_GAP_CHARS = 100;
const MAX_PRE_TOKENS = 8;
const MAX_POST_TOKENS = 12;

export interface Governed<M extends Mention> {
  target: M;
  distance: number;
}

/**
 * The target (a date or place mention, sorted by start) that the subject's clause ties to it, nearest
 * first, or undefined. `window` is the stretch between the neighbouring subjects: a target on the far
 * side of another subject belongs to that one.
 */
export function governedTarget<M extends Mention>(
  text: string,
  subject: Span,
  targets: M[],
  window: Span,
  allowBefore: boolean,
): Governed<M> | undefined {
  const from = Math.max(window.start, subject.start - MAX_GAP_CHARS);
  const to = Math.min(window.end, subject.end + MAX_GAP_CHARS);
  // The nearest target whose gap passes, the first in target order on a tie. Gap checks tokenise the gap,
  // so test candidates nearest first and stop at the first that passes, instead of testing them all.
  // Targets after the subject: in target (start) order their distance never decreases.
  let after: Governed<M> | undefined;
  let before: { target: M; distance: number }[] | undefined;
  for (let i = firstStartingAtOrAfter(targets, from); i < targets.length && targets[i].start < to; i++) {
    const t = targets[i];
    if (t.end > to) continue;
    if (t.start >= subject.end) {
      if (after === undefined && postGapOk(text.slice(subject.end, t.start))) after = { target: t, distance: t.start - subject.end };
    } else if (t.end <= subject.start && allowBefore) {
      (before ??= []).push({ target: t, distance: subject.start - t.end });
    }
  }
  // Targets before the subject come first in target order, so they win ties. Their distances follow their
  // ends, in no set order: sort them (stable: target order on a tie), nearest first.
  if (before !== undefined) {
    before.sort((a, b) => a.distance - b.distance);
    for (const c of before) {
      if (after !== undefined && c.distance > after.distance) break;
      if (preGapOk(text.slice(c.target.end, subject.start))) return c;
    }
  }
  return after;
}

/** Binary search: index of the first span starting at or after offset. */
export function firstStartingAtOrAfter(spans: Span[], offset: number): number {
  return firstAtOrAfter(spans, offset);
}

function hardBreak(gap: string): boolean {
  for (let i = 0; i < gap.length; i++) {
    const c = gap.charCodeAt(i);
    // ; : ( ) " “ ” and a line break
    if (c === 59 || c === 58 || c === 40 || c === 41 || c === 34 || c === 0x201c || c === 0x201d || c === 10) return true;
  }
  return false;
}

/** Event … date: only link words, verbs and capitalised names (places, venues) in between. */
function postGapOk(gap: string): boolean {
  if (hardBreak(gap)) return false;
  const words = tokenise(gap);
  if (words.length > MAX_POST_TOKENS) return false;
  for (const w of words) {
    if (LINK_WORDS.has(w.norm) || TRIGGERS.has(w.norm)) continue;
    const ch = gap[w.start];
    if (ch !== ch.toLowerCase()) continue; // "at the Ministry of Foreign Affairs on Friday"
    return false;
  }
  return true;
}

/** Words that may sit between the verb and the event: "signed a …", "inked the landmark …". */
const DETERMINERS = new Set(['the', 'a', 'an', 'their', 'its', 'this', 'that', 'his', 'her', 'our', 'new', 'landmark', 'historic', 'formal', 'key', 'bilateral']);

/**
 * Date … event: the verb right before the event governs it ("in Nov 2014 signed a …"), with no clause
 * break. "On Tuesday the sides held talks and reviewed the pact": "held" governs "talks", not the pact.
 */
function preGapOk(gap: string): boolean {
  if (hardBreak(gap)) return false;
  const words = tokenise(gap);
  if (words.length > MAX_PRE_TOKENS) return false;
  let verbAt = -1;
  for (let i = 0; i < words.length; i++) {
    if (CLAUSE_BREAKS.has(words[i].norm)) return false;
    if (TRIGGERS.has(words[i].norm)) verbAt = i;
  }
  if (verbAt < 0 || words.length - 1 - verbAt > 2) return false;
  for (let i = verbAt + 1; i < words.length; i++) if (!DETERMINERS.has(words[i].norm)) return false;
  return true;
}

/** "was held", "took place", "convened" right after the subject (no date given). */
export function heldRightAfter(text: string, subjectEnd: number, limit: number): boolean {
  const gap = text.slice(subjectEnd, Math.min(limit, subjectEnd + 40));
  const words = tokenise(gap).map((w) => w.norm);
  const [a, b] = words;
  if ((a === 'was' || a === 'were' || a === 'is' || a === 'are') && (b === 'held' || b === 'convened' || b === 'concluded')) return true;
  if (a === 'is' && b === 'being' && words[2] === 'held') return true;
  return (a === 'took' && b === 'place') || a === 'convened';
}
