// Agreements the KB lacks: a head noun (agreement, pact, accord…) after domain words ("military
// cooperation agreement"), named by a corpus key so articles can still be compared on them.
import { Token } from '../../text/tokens';
import { EventMentionDetail } from './mention';

export const AGREEMENT_HEADS = new Map<string, string>([
  ['agreement', 'agreement'], ['pact', 'agreement'], ['accord', 'agreement'], ['treaty', 'agreement'],
  ['contract', 'contract'], ['deal', 'contract'], ['memorandum', 'memorandum'], ['mou', 'memorandum'],
]);

/** Domain words that make "X agreement" a specific agreement, not just "an agreement". */
const AGREEMENT_MODIFIERS = new Set([
  'defence', 'defense', 'military', 'technical', 'cooperation', 'co', 'operation', 'security', 'strategic',
  'trade', 'economic', 'energy', 'nuclear', 'arms', 'weapons', 'training', 'intelligence', 'counterterrorism',
  'counter', 'terrorism', 'gas', 'pipeline', 'visa', 'investment', 'naval', 'maritime', 'space', 'aviation',
]);
/** Spelling variants folded into one corpus key. */
const FOLD: Record<string, string> = { defense: 'defence', co: '', operation: 'cooperation' };

export function unknownAgreementAt(text: string, tokens: Token[], h: number, taken: Uint8Array): { mention: EventMentionDetail; first: number } | undefined {
  let first = h;
  while (first > 0 && h - first < 5) {
    const prev = tokens[first - 1];
    if (taken[first - 1] || !AGREEMENT_MODIFIERS.has(prev.norm)) break;
    const gap = text.slice(prev.end, tokens[first].start);
    if (gap !== ' ' && gap !== '-' && gap !== '\u2010' && gap !== '\u2011') break;
    first--;
  }
  if (first === h) return undefined;
  const words: string[] = [];
  for (let k = first; k < h; k++) {
    const w = FOLD[tokens[k].norm] ?? tokens[k].norm;
    if (w && words[words.length - 1] !== w) words.push(w);
  }
  words.push(AGREEMENT_HEADS.get(tokens[h].norm) ?? tokens[h].norm);
  const start = tokens[first].start;
  const end = tokens[h].end;
  const written = text.slice(start, end);
  const mention: EventMentionDetail = {
    kind: 'event',
    start,
    end,
    text: written,
    entity: null,
    key: words.join(' '),
    label: written,
  };
  return { mention, first };
}
