// Meeting series (JMCC, the Consultative Group on Strategic Stability): which phrases name a series,
// built once per KB. A series is the `series` id shared by KB events that carry a `round`; its names
// come from the organisation (or the round-less event) with that id.
import { KbEvent } from '../../types';
import { Gazetteer } from '../../text/gazetteer';
import { phraseKeys } from '../../text/tokens';
import { perKb } from '../../kb/perKb';

export interface SeriesIndex {
  /** Phrase → series id. */
  gazetteer: Gazetteer<string>;
  /** series id → round → KB event. */
  rounds: Map<string, Map<number, KbEvent>>;
  /** Ids used as a series (a mention of one without a round is the body, not a meeting). */
  seriesIds: Set<string>;
  /** Display label of a series. */
  labels: Map<string, string>;
  /** Most words in one phrase of the gazetteer: how far a match can reach from where it starts. */
  maxPhraseTokens: number;
}

export const seriesIndexFor = perKb((kb): SeriesIndex => {
  const rounds = new Map<string, Map<number, KbEvent>>();
  for (const ev of kb.events ?? []) {
    if (!ev || typeof ev.series !== 'string' || ev.series === '') continue;
    let per = rounds.get(ev.series);
    if (!per) rounds.set(ev.series, (per = new Map()));
    if (typeof ev.round === 'number' && Number.isFinite(ev.round) && !per.has(ev.round)) per.set(ev.round, ev);
  }
  const gazetteer = new Gazetteer<string>();
  let maxPhraseTokens = 0;
  const add = (phrase: string, id: string) => {
    if (gazetteer.add(phrase, id)) maxPhraseTokens = Math.max(maxPhraseTokens, phraseKeys(phrase).length);
  };
  const labels = new Map<string, string>();
  for (const id of rounds.keys()) {
    const org = (kb.organisations ?? []).find((o) => o?.id === id);
    const parent = (kb.events ?? []).find((e) => e?.id === id && e.round === undefined);
    const named = org ?? parent;
    if (named && typeof named.name === 'string') {
      labels.set(id, named.name);
      add(named.name, id);
      for (const a of named.aliases ?? []) if (typeof a === 'string') add(a, id);
    } else {
      labels.set(id, id);
    }
    // The id itself is often the acronym ("jmcc"); an upper-case id-like word is a fair name for it.
    if (/^[a-z]{2,8}$/.test(id)) add(id, id);
  }
  return { gazetteer, rounds, seriesIds: new Set(rounds.keys()), labels, maxPhraseTokens };
});
