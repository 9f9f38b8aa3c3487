// Rounds of a meeting series: "the 3rd round of the Russia-Pakistan Joint Military Consultative Committee
// (JMCC)", "the first meeting of …", "the 4th Round of JMCC", including bodies the KB lacks when their
// name says what they are ("… Joint Working Group (JWG)").
import { Token } from '../../text/tokens';
import { ordinalEndingAt, NumberRead } from '../exercises/numerals';
import { isCapitalised, isUpperToken, normaliseName, plainGap } from '../exercises/words';
import { EventMentionDetail } from './mention';
import { SeriesIndex } from './series';

/** Meetings come in rounds; "edition" is left to exercises ("7th edition of the DRUZHBA" is not a meeting). */
export const ROUND_WORDS = new Set(['round', 'meeting', 'session', 'sitting', 'rounds', 'meetings', 'sessions']);
/** Words that may stand between "of the" and the series name: "Russia-Pakistan", "Pak-Russia". */
const PARTY_WORDS = new Set(['pakistan', 'russia', 'pak', 'russian', 'pakistani', 'pakistans', 'rus', 'and', 'bilateral']);
/** Last words of a body that meets in rounds, for series the KB lacks. */
const BODY_WORDS = new Set(['committee', 'commission', 'group', 'council', 'forum', 'dialogue', 'talks', 'consultations', 'board', 'conference', 'summit']);

/** Skip party words ("Russia-Pakistan") going back from the series name; returns the first token of the body phrase. */
export function bodyBefore(text: string, tokens: Token[], first: number): number {
  let k = first;
  for (let steps = 0; steps < 4 && k > 0; steps++) {
    const prev = tokens[k - 1];
    const gap = text.slice(prev.end, tokens[k].start);
    if (!PARTY_WORDS.has(prev.norm) || (gap !== ' ' && gap !== '-' && gap !== '\u2013')) break;
    k--;
  }
  return k;
}

/** tokens[r] is a round word: "<ordinal> round of [the] [parties] <series>". */
export function roundAt(
  text: string,
  tokens: Token[],
  r: number,
  series: SeriesIndex,
): { mention: EventMentionDetail; first: number; last: number } | undefined {
  const ord = ordinalEndingAt(tokens, text, r - 1);
  if (!ord || !plainGap(text, tokens[r - 1], tokens[r])) return undefined;
  let k = r + 1;
  if (k >= tokens.length || tokens[k].norm !== 'of' || !plainGap(text, tokens[r], tokens[k])) return undefined;
  k++;
  if (k < tokens.length && tokens[k].norm === 'the' && plainGap(text, tokens[k - 1], tokens[k])) k++;
  if (k >= tokens.length || !plainGap(text, tokens[k - 1], tokens[k])) return undefined;
  // Parties first ("Russia-Pakistan"), unless the series itself starts with one ("Pak-Russia JMCC").
  let m = series.gazetteer.longestAt(tokens, k, text);
  let bodyStart = k;
  if (!m) {
    while (bodyStart < tokens.length && bodyStart < k + 4 && PARTY_WORDS.has(tokens[bodyStart].norm)) bodyStart++;
    if (bodyStart >= tokens.length) return undefined;
    m = series.gazetteer.longestAt(tokens, bodyStart, text);
  }
  if (m) {
    const found = roundMention(text, tokens, ord, m.payloads[0], series, m.last);
    return { mention: found.mention, first: ord.first, last: found.last };
  }
  return unknownSeriesRound(text, tokens, ord, bodyStart);
}

export function roundMention(
  text: string,
  tokens: Token[],
  ord: NumberRead,
  seriesId: string,
  series: SeriesIndex,
  nameLast: number,
): { mention: EventMentionDetail; last: number } {
  const acr = acronymAfter(text, tokens, nameLast);
  const last = acr ? acr.lastToken : nameLast;
  const start = tokens[ord.first].start;
  const end = acr ? acr.end : tokens[nameLast].end;
  const ev = series.rounds.get(seriesId)?.get(ord.value);
  const label = `${ordinalLabel(ord.value)} ${series.labels.get(seriesId) ?? seriesId}`;
  const mention: EventMentionDetail = {
    kind: 'event',
    start,
    end,
    text: text.slice(start, end),
    entity: ev?.id ?? null,
    round: ord.value,
    roundSpan: { start: tokens[ord.first].start, end: tokens[ord.last].end },
    series: seriesId,
    label: ev?.name ?? label,
  };
  return { mention, last };
}

/** "(JMCC)" right after a body's name. */
function acronymAfter(text: string, tokens: Token[], last: number): { end: number; lastToken: number; norm: string } | undefined {
  const k = last + 1;
  if (k >= tokens.length) return undefined;
  const gap = text.slice(tokens[last].end, tokens[k].start);
  if ((gap !== ' (' && gap !== '(') || text[tokens[k].end] !== ')' || !isUpperToken(text, tokens[k])) return undefined;
  return { end: tokens[k].end + 1, lastToken: k, norm: tokens[k].norm };
}

/** A round of a body the KB lacks: capitalised words ending in a body word, or an acronym. */
function unknownSeriesRound(
  text: string,
  tokens: Token[],
  ord: NumberRead,
  k: number,
): { mention: EventMentionDetail; first: number; last: number } | undefined {
  if (!isCapitalised(text, tokens[k].start)) return undefined;
  let last = k;
  let bodyWordAt = -1;
  if (BODY_WORDS.has(tokens[k].norm)) bodyWordAt = k;
  for (let j = k + 1; j < tokens.length && j < k + 10; j++) {
    if (!plainGap(text, tokens[j - 1], tokens[j])) break;
    const connector = tokens[j].norm === 'on' || tokens[j].norm === 'of' || tokens[j].norm === 'for' || tokens[j].norm === 'and';
    if (!connector && !isCapitalised(text, tokens[j].start)) break;
    if (connector) continue;
    last = j;
    if (BODY_WORDS.has(tokens[j].norm)) bodyWordAt = j;
  }
  const acr = acronymAfter(text, tokens, last);
  const singleAcronym = last === k && isUpperToken(text, tokens[k]) && tokens[k].norm.length >= 2;
  if (bodyWordAt < 0 && !singleAcronym) return undefined;
  const name = text.slice(tokens[k].start, tokens[last].end);
  const key = acr ? acr.norm : normaliseName(name);
  const start = tokens[ord.first].start;
  const end = acr ? acr.end : tokens[last].end;
  const mention: EventMentionDetail = {
    kind: 'event',
    start,
    end,
    text: text.slice(start, end),
    entity: null,
    round: ord.value,
    roundSpan: { start: tokens[ord.first].start, end: tokens[ord.last].end },
    series: `series:${key}`,
    label: `${ordinalLabel(ord.value)} ${name}`,
  };
  return { mention, first: ord.first, last: acr ? acr.lastToken : last };
}

function ordinalLabel(n: number): string {
  const tens = n % 100;
  const suffix = tens >= 11 && tens <= 13 ? 'th' : n % 10 === 1 ? 'st' : n % 10 === 2 ? 'nd' : n % 10 === 3 ? 'rd' : 'th';
  return `${n}${suffix}`;
}
