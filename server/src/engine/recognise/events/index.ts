// Events and agreements recogniser. Three passes over the tokens, earlier passes winning:
//  1. rounds of a meeting series: "the 3rd round of the Russia-Pakistan JMCC (JMCC)", "the first meeting
//     of …", "12th meeting of the Pakistan-Russia Consultative Group on Strategic Stability", including
//     series the KB lacks when the body's name says what it is ("… Joint Working Group (JWG)");
//  2. KB event names and aliases ("defence cooperation pact", "Mi-35M");
//  3. agreements the KB lacks: a head noun (agreement, pact, accord…) after domain words
//     ("military cooperation agreement"), so articles can still be compared on them.
// A series named without a round ("JMCC would continue") is the body itself: an organisation, not an event.
import { EventMention, KbEvent } from '../../types';
import { Gazetteer } from '../../text/gazetteer';
import { WordIdSet, tokenIds, wordIdFlags } from '../../text/vocabulary';
import { Token } from '../../text/tokens';
import { RecogniserContext } from '../context';
import { ORDINAL_WORD_LIST, ordinalEndingAt } from '../exercises/numerals';
import { isUpperToken, plainGap } from '../exercises/words';
import { AGREEMENT_HEADS, unknownAgreementAt } from './agreements';
import { EventMentionDetail } from './mention';
import { bodyBefore, ROUND_WORDS, roundAt, roundMention } from './rounds';
import { seriesIndexFor } from './series';
import { perKb } from '../../kb/perKb';

export type { EventMentionDetail } from './mention';

interface EventPhrase {
  event: KbEvent;
  /** An all-capitals alias ("DCA") must be written in capitals. */
  acronym: boolean;
}

const eventGazetteerFor = perKb((kb): Gazetteer<EventPhrase> => {
  const g = new Gazetteer<EventPhrase>();
  for (const ev of kb.events ?? []) {
    if (!ev || typeof ev.name !== 'string') continue;
    for (const phrase of [ev.name, ...(ev.aliases ?? [])]) {
      if (typeof phrase !== 'string') continue;
      g.add(phrase, { event: ev, acronym: /^[A-Z0-9]{2,}$/.test(phrase.trim()) });
    }
  }
  return g;
});

const ROUND_WORD_IDS = new WordIdSet(ROUND_WORDS);
const AGREEMENT_HEAD_IDS = new WordIdSet(AGREEMENT_HEADS.keys());

/** What a word (by id) may start, one bit per pass: a token with none is passed over by every pass. */
const STARTS_ROUND = 1;
const STARTS_SERIES = 2;
const STARTS_EVENT = 4;
const STARTS_AGREEMENT = 8;

const startKindsFor = perKb((kb): Uint8Array => {
  const series = seriesIndexFor(kb).gazetteer;
  const gaz = eventGazetteerFor(kb);
  return wordIdFlags([
    [STARTS_ROUND, (id) => ROUND_WORD_IDS.has(id)],
    [STARTS_SERIES, (id) => series.startsWith(id)],
    [STARTS_EVENT, (id) => gaz.startsWith(id)],
    [STARTS_AGREEMENT, (id) => AGREEMENT_HEAD_IDS.has(id)],
  ]);
});

export function recogniseEvents(ctx: RecogniserContext): EventMention[] {
  const { tokens, kb } = ctx;
  const text = ctx.article.text;
  const series = seriesIndexFor(kb);
  // Both gazetteers first: building one registers words, which must precede the token ids below.
  const gaz = eventGazetteerFor(kb);
  const kinds = startKindsFor(kb);
  const out: EventMentionDetail[] = [];
  const taken = new Uint8Array(tokens.length);

  // Words are checked by id (one Map lookup per token for all recognisers, see vocabulary.ts). One pass
  // keeps the few tokens that may start something, with what they may start; the passes below visit only those.
  const ids = tokenIds(tokens);
  const at: number[] = [];
  const kindAt: number[] = [];
  let all = 0;
  for (let i = 0; i < ids.length; i++) {
    const id = ids[i];
    const k = id < kinds.length ? kinds[id] : 0;
    if (k !== 0) {
      at.push(i);
      kindAt.push(k);
      all |= k;
    }
  }

  // Pass 1: rounds of a series, known or not. Each starts at a round word ("round", "meeting").
  if (all & STARTS_ROUND) {
    for (let c = 0; c < at.length; c++) {
      const r = at[c];
      if (r === 0 || (kindAt[c] & STARTS_ROUND) === 0) continue;
      const found = roundAt(text, tokens, r, series);
      if (found) {
        out.push(found.mention);
        taken.fill(1, found.first, found.last + 1);
      }
    }
  }
  // "the 3rd JMCC": an ordinal straight before a known series name (at most 4 party words between).
  // Most series names ("Pakistan", "Russia"…) have no ordinal anywhere before them: those need no trie
  // walk, except that a walk also moves the scan past the name. Such a skip only matters to a later
  // candidate that can be a round, so the skips are worked out then, from the candidates within reach.
  if (all & STARTS_SERIES) {
    const reach = series.maxPhraseTokens;
    let next = 1;
    let unread = 0;
    for (let c = 0; c < at.length; c++) {
      const i = at[c];
      if (i === 0 || (kindAt[c] & STARTS_SERIES) === 0 || !ordinalWordWithin(tokens, ids, i - 5, i)) continue;
      let from = c;
      while (from > unread && at[from] - at[from - 1] < reach) from--;
      for (let p = from; p < c; p++) {
        const q = at[p];
        if (q === 0 || q < next || taken[q] || (kindAt[p] & STARTS_SERIES) === 0) continue;
        const m = series.gazetteer.longestAt(tokens, q, text, ids);
        if (m && !taken[m.first] && !taken[m.last]) next = m.last + 1;
      }
      unread = c + 1;
      if (i < next || taken[i]) continue;
      const m = series.gazetteer.longestAt(tokens, i, text, ids);
      if (!m || taken[m.first] || taken[m.last]) continue;
      const body = bodyBefore(text, tokens, m.first);
      const ord = ordinalEndingAt(tokens, text, body - 1);
      if (ord && !taken[ord.first] && plainGap(text, tokens[body - 1], tokens[body])) {
        const mention = roundMention(text, tokens, ord, m.payloads[0], series, m.last);
        out.push(mention.mention);
        taken.fill(1, ord.first, mention.last + 1);
      }
      next = m.last + 1;
    }
  }

  // Pass 2: KB events by name or alias.
  if (all & STARTS_EVENT) {
    let next = 0;
    for (let c = 0; c < at.length; c++) {
      const i = at[c];
      if (i < next || taken[i] || (kindAt[c] & STARTS_EVENT) === 0) continue;
      const m = gaz.longestAt(tokens, i, text, ids);
      if (!m) continue;
      let overlap = false;
      for (let k = m.first; k <= m.last; k++) if (taken[k]) overlap = true;
      const payload = writtenPayload(text, tokens[m.first], m.payloads);
      // A round-less event that names a series is the body (an organisation mention).
      if (overlap || !payload || series.seriesIds.has(payload.event.id)) continue;
      const ev = payload.event;
      out.push({ kind: 'event', start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: ev.id, label: ev.name });
      taken.fill(1, m.first, m.last + 1);
      next = m.last + 1;
    }
  }

  // Pass 3: agreements the KB lacks.
  if (all & STARTS_AGREEMENT) {
    for (let c = 0; c < at.length; c++) {
      const h = at[c];
      if (h === 0 || taken[h] || (kindAt[c] & STARTS_AGREEMENT) === 0) continue;
      const found = unknownAgreementAt(text, tokens, h, taken);
      if (found) {
        out.push(found.mention);
        taken.fill(1, found.first, h + 1);
      }
    }
  }
  return out.sort(byStart);
}

const ORDINAL_WORD_IDS = new WordIdSet(ORDINAL_WORD_LIST);

/**
 * Whether some token in [from, to) may be the last of an ordinal ("third", "3rd"): an ordinal word or a
 * word starting with a digit. A cheap necessary test for ordinalEndingAt.
 */
export function ordinalWordWithin(tokens: Token[], ids: Int32Array, from: number, to: number): boolean {
  for (let k = Math.max(0, from); k < to; k++) {
    if (ORDINAL_WORD_IDS.has(ids[k])) return true;
    const c = tokens[k].norm.charCodeAt(0);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

const byStart = (a: EventMentionDetail, b: EventMentionDetail) => a.start - b.start;

/** The first phrase as written: an acronym alias only in capitals (a loop, not find with a closure per match). */
function writtenPayload(text: string, first: Token, payloads: EventPhrase[]): EventPhrase | undefined {
  for (let p = 0; p < payloads.length; p++) {
    if (!payloads[p].acronym || isUpperToken(text, first)) return payloads[p];
  }
  return undefined;
}
