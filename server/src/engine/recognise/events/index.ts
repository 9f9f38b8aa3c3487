// Events and agreements recogniser. Three passes over the tokens, earlier passes winning:
//  1. rounds of a meeting series: "the 3rd round of the Russia-Pakistan JMCC (JMCC)", "the first meeting
//     of …", "12th meeting of the Pakistan-Russia Consultative Group on Strategic Stability", including
//     series the KB lacks when the body's name says what it is ("… Joint Working Group (JWG)");
//  2. KB event names and aliases ("defence cooperation pact", "Mi-35M");
//  3. agreements the KB lacks: a head noun (agreement, pact, accord…) after domain words
//     ("military cooperation agreement"), so articles can still be compared on them.
// A series named without a round ("JMCC would continue") is the body itself: an organisation, not an event.
import { EventMention, KbEvent, KnowledgeBase } from '../../types';
import { Gazetteer } from '../../text/gazetteer';
import { Token } from '../../text/tokens';
import { RecogniserContext } from '../context';
import { ordinalEndingAt } from '../exercises/numerals';
import { isCapitalised, isUpperToken, normaliseName, plainGap } from '../exercises/words';
import { SeriesIndex, seriesIndexFor } from './series';

/** An event mention with what the facts stage needs to name it when the KB does not hold it. */
export interface EventMentionDetail extends EventMention {
  /** Series id (KB) or corpus key of the series, for a round of a meeting series. */
  series?: string;
  /** Normalised name, used as the corpus key when entity is null ("defence cooperation agreement"). */
  key?: string;
  /** Human label: the KB name or the text's name. */
  label?: string;
}

interface EventPhrase {
  event: KbEvent;
  /** An all-capitals alias ("DCA") must be written in capitals. */
  acronym: boolean;
}

const gazetteers = new WeakMap<KnowledgeBase, Gazetteer<EventPhrase>>();

function eventGazetteerFor(kb: KnowledgeBase): Gazetteer<EventPhrase> {
  let g = gazetteers.get(kb);
  if (g) return g;
  g = new Gazetteer<EventPhrase>();
  for (const ev of kb.events ?? []) {
    if (!ev || typeof ev.name !== 'string') continue;
    for (const phrase of [ev.name, ...(ev.aliases ?? [])]) {
      if (typeof phrase !== 'string') continue;
      g.add(phrase, { event: ev, acronym: /^[A-Z0-9]{2,}$/.test(phrase.trim()) });
    }
  }
  gazetteers.set(kb, g);
  return g;
}

/** Meetings come in rounds; "edition" is left to exercises ("7th edition of the DRUZHBA" is not a meeting). */
const ROUND_WORDS = new Set(['round', 'meeting', 'session', 'sitting', 'rounds', 'meetings', 'sessions']);
/** Words that may stand between "of the" and the series name: "Russia-Pakistan", "Pak-Russia". */
const PARTY_WORDS = new Set(['pakistan', 'russia', 'pak', 'russian', 'pakistani', 'pakistans', 'rus', 'and', 'bilateral']);
/** Last words of a body that meets in rounds, for series the KB lacks. */
const BODY_WORDS = new Set(['committee', 'commission', 'group', 'council', 'forum', 'dialogue', 'talks', 'consultations', 'board', 'conference', 'summit']);

export function recogniseEvents(ctx: RecogniserContext): EventMention[] {
  const { tokens, kb } = ctx;
  const text = ctx.article.text;
  const series = seriesIndexFor(kb);
  const out: EventMentionDetail[] = [];
  const taken = new Uint8Array(tokens.length);
  const take = (first: number, last: number) => taken.fill(1, first, last + 1);

  // Pass 1: rounds of a series, known or not. Each starts at a round word ("round", "meeting").
  for (let r = 1; r < tokens.length; r++) {
    if (!ROUND_WORDS.has(tokens[r].norm)) continue;
    const found = roundAt(text, tokens, r, series);
    if (found) {
      out.push(found.mention);
      take(found.first, found.last);
    }
  }
  // "the 3rd JMCC": an ordinal straight before a known series name.
  for (let i = 1; i < tokens.length; i++) {
    if (taken[i]) continue;
    const m = series.gazetteer.longestAt(tokens, i, text);
    if (!m || taken[m.first] || taken[m.last]) continue;
    const body = bodyBefore(text, tokens, m.first);
    const ord = ordinalEndingAt(tokens, text, body - 1);
    if (ord && !taken[ord.first] && plainGap(text, tokens[body - 1], tokens[body])) {
      const mention = roundMention(text, tokens, ord, m.payloads[0], series, m.last);
      out.push(mention.mention);
      take(ord.first, mention.last);
    }
    i = m.last;
  }

  // Pass 2: KB events by name or alias.
  const gaz = eventGazetteerFor(kb);
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i]) continue;
    const m = gaz.longestAt(tokens, i, text);
    if (!m) continue;
    let overlap = false;
    for (let k = m.first; k <= m.last; k++) if (taken[k]) overlap = true;
    const payload = m.payloads.find((p) => !p.acronym || isUpperToken(text, tokens[m.first]));
    // A round-less event that names a series is the body (an organisation mention).
    if (overlap || !payload || series.seriesIds.has(payload.event.id)) continue;
    const ev = payload.event;
    out.push({ kind: 'event', start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: ev.id, label: ev.name });
    take(m.first, m.last);
    i = m.last;
  }

  // Pass 3: agreements the KB lacks.
  for (let h = 1; h < tokens.length; h++) {
    if (taken[h] || !AGREEMENT_HEADS.has(tokens[h].norm)) continue;
    const found = unknownAgreementAt(text, tokens, h, taken);
    if (found) {
      out.push(found);
      take(found.first, h);
    }
  }
  out.sort((a, b) => a.start - b.start);
  return out.map(({ first: _f, ...m }: EventMentionDetail & { first?: number }) => m);
}

/** Skip party words ("Russia-Pakistan") going back from the series name; returns the first token of the body phrase. */
function bodyBefore(text: string, tokens: Token[], first: number): number {
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
function roundAt(
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

function roundMention(
  text: string,
  tokens: Token[],
  ord: { value: number; first: number; last: number },
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
  ord: { value: number; first: number; last: number },
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

// ─────────── agreements the KB lacks ───────────

const AGREEMENT_HEADS = new Map<string, string>([
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

function unknownAgreementAt(text: string, tokens: Token[], h: number, taken: Uint8Array): (EventMentionDetail & { first: number }) | undefined {
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
  return {
    kind: 'event',
    start,
    end,
    text: written,
    entity: null,
    key: words.join(' '),
    label: written,
    first,
  };
}
