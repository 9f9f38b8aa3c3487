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
import { WordIdSet, tokenIds } from '../../text/vocabulary';
import { RecogniserContext } from '../context';
import { ordinalEndingAt } from '../exercises/numerals';
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

export function recogniseEvents(ctx: RecogniserContext): EventMention[] {
  const { tokens, kb } = ctx;
  const text = ctx.article.text;
  const series = seriesIndexFor(kb);
  // Both gazetteers first: building one registers words, which must precede the token ids below.
  const gaz = eventGazetteerFor(kb);
  const out: EventMentionDetail[] = [];
  const taken = new Uint8Array(tokens.length);
  const take = (first: number, last: number) => taken.fill(1, first, last + 1);

  // Words are checked by id (one Map lookup per token for all recognisers, see vocabulary.ts).
  const ids = tokenIds(tokens);
  // Pass 1: rounds of a series, known or not. Each starts at a round word ("round", "meeting").
  for (let r = 1; r < tokens.length; r++) {
    if (!ROUND_WORD_IDS.has(ids[r])) continue;
    const found = roundAt(text, tokens, r, series);
    if (found) {
      out.push(found.mention);
      take(found.first, found.last);
    }
  }
  // "the 3rd JMCC": an ordinal straight before a known series name.
  for (let i = 1; i < tokens.length; i++) {
    if (taken[i] || !series.gazetteer.startsWith(ids[i])) continue;
    const m = series.gazetteer.longestAt(tokens, i, text, ids);
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
  for (let i = 0; i < tokens.length; i++) {
    if (taken[i] || !gaz.startsWith(ids[i])) continue;
    const m = gaz.longestAt(tokens, i, text, ids);
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
    if (taken[h] || !AGREEMENT_HEAD_IDS.has(ids[h])) continue;
    const found = unknownAgreementAt(text, tokens, h, taken);
    if (found) {
      out.push(found.mention);
      take(found.first, h);
    }
  }
  return out.sort((a, b) => a.start - b.start);
}

