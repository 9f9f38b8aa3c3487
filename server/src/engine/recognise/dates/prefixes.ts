// TimeML keeps some words before the core expression inside the span: "the" ("the third quarter"),
// modifiers ("early next year", "mid-1998"), "the end of 1998", and hedges on durations ("at least 10 hours").

import { DATE_MODIFIERS, DURATION_HEDGES, DURATION_HEDGE_PAIRS } from './lexicon';
import { Hit, Scan, glued, punct, word } from './scan';

/** Last words of the two-word DURATION_HEDGE_PAIRS: only these need the pair built and looked up. */
const HEDGE_PAIR_ENDS: ReadonlySet<string> = new Set([...DURATION_HEDGE_PAIRS].map((p) => p.slice(p.lastIndexOf(' ') + 1)));

const BOUNDARY_NOUNS: ReadonlySet<string> = new Set(['end', 'beginning', 'start', 'middle', 'turn', 'close']);

/** Move hit.first left over the prefixes it may carry, never to or before token `floor`. */
export function extendStart(c: Scan, hit: Hit, floor: number): void {
  for (;;) {
    const f = hit.first;
    const w1 = word(c, f - 1);
    if ((hit.type === 'DATE' || hit.type === 'TIME') && !hit.noModifiers) {
      // "the late 1980s": once modified, the expression keeps its article
      if (DATE_MODIFIERS.has(w1) && f - 1 >= floor) { hit.first = f - 1; hit.takesThe = true; continue; }
      if (punct(c, f - 1, '-') && glued(c, f - 1) && glued(c, f) && DATE_MODIFIERS.has(word(c, f - 2)) && f - 2 >= floor) {
        hit.first = f - 2; continue;
      }
      if (w1 === 'of' && BOUNDARY_NOUNS.has(word(c, f - 2)) && word(c, f - 3) === 'the' && f - 3 >= floor) {
        hit.first = f - 3; hit.takesThe = false; continue;
      }
    }
    const ago = hit.type === 'DATE' && word(c, hit.end - 1) === 'ago';
    if (hit.type === 'DURATION' || ago) {
      if (DURATION_HEDGES.has(w1) && f - 1 >= floor) { hit.first = f - 1; continue; }
      if ((w1 === 'over' && (word(c, f) === 'a' || word(c, f) === 'an') || ago && w1 === 'about') && f - 1 >= floor) { hit.first = f - 1; continue; }
      if (f - 2 >= floor && HEDGE_PAIR_ENDS.has(w1) && DURATION_HEDGE_PAIRS.has(`${word(c, f - 2)} ${w1}`)) {
        hit.first = f - 2;
        if (word(c, f - 3) === 'no' && f - 3 >= floor) hit.first = f - 3;
        continue;
      }
    }
    if (hit.takesThe && w1 === 'the' && f - 1 >= floor) { hit.first = f - 1; hit.takesThe = false; continue; }
    return;
  }
}
