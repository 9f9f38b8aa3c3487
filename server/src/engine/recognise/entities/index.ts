// Organisations and places recogniser: KB names and aliases, one gazetteer for both so the longest
// phrase wins ("Pakistan Navy" is the navy, not the country). Proper names only: a match must be
// capitalised as written, and an all-capitals alias ("PAF") must be written in capitals.
// A meeting series the KB models as a round-less event ("JMCC") is named here as the body it is.
import { OrganisationMention, PlaceMention } from '../../types';
import { Gazetteer, GazetteerMatch } from '../../text/gazetteer';
import { Token, phraseKeys } from '../../text/tokens';
import { registerWord, tokenIds, wordIdFlags } from '../../text/vocabulary';
import { RecogniserContext } from '../context';
import { isCapitalised, isUpperToken } from '../exercises/words';
import { seriesIndexFor } from '../events/series';
import { perKb } from '../../kb/perKb';

interface EntityPhrase {
  kind: 'organisation' | 'place';
  id: string;
  acronym: boolean;
  /** The KB phrase starts in lower case ("the defence ministry"): no capital needed. */
  lowerCase: boolean;
}

const STARTS_PHRASE = 1;
const STARTS_LOWER_CASE = 2;

interface EntityIndex {
  gazetteer: Gazetteer<EntityPhrase>;
  /**
   * By word id: STARTS_PHRASE when some phrase starts with the word, plus STARTS_LOWER_CASE when one of
   * those is written in lower case in the KB (and so may match uncapitalised). One array read per token.
   */
  starts: Uint8Array;
}

const entityIndexFor = perKb((kb): EntityIndex => {
  const g = new Gazetteer<EntityPhrase>();
  const lowerFirstWords: string[] = [];
  const add = (kind: EntityPhrase['kind'], id: string, phrases: unknown[]) => {
    for (const p of phrases) {
      if (typeof p !== 'string') continue;
      const trimmed = p.trim();
      const lowerCase = /^[a-z]/.test(trimmed);
      g.add(trimmed, { kind, id, acronym: /^[A-Z0-9&.-]{2,}$/.test(trimmed), lowerCase });
      if (lowerCase) lowerFirstWords.push(phraseKeys(trimmed)[0]);
    }
  };
  for (const o of kb.organisations ?? []) if (o && typeof o.id === 'string') add('organisation', o.id, [o.name, ...(o.aliases ?? [])]);
  for (const p of kb.places ?? []) if (p && typeof p.id === 'string') add('place', p.id, [p.name, ...(p.aliases ?? [])]);
  const series = seriesIndexFor(kb);
  for (const ev of kb.events ?? []) {
    if (ev && series.seriesIds.has(ev.id) && ev.round === undefined && !(kb.organisations ?? []).some((o) => o?.id === ev.id)) {
      add('organisation', ev.id, [ev.name, ...(ev.aliases ?? [])]);
    }
  }
  // Every first word is registered by now (the gazetteer did it): these lookups register nothing new, and
  // words registered later start nothing here.
  const starts = wordIdFlags([[STARTS_PHRASE, (id) => g.startsWith(id)]]);
  for (const w of lowerFirstWords) if (w !== undefined) starts[registerWord(w)] |= STARTS_LOWER_CASE;
  return { gazetteer: g, starts };
});

export function recogniseOrganisationsAndPlaces(ctx: RecogniserContext): (OrganisationMention | PlaceMention)[] {
  const { tokens } = ctx;
  const text = ctx.article.text;
  const { gazetteer: gaz, starts } = entityIndexFor(ctx.kb);
  const out: (OrganisationMention | PlaceMention)[] = [];
  // Token ids (vocabulary.ts) let most tokens be passed over with two array reads.
  const ids = tokenIds(tokens);
  let i = 0;
  while (i < tokens.length) {
    const id = ids[i];
    const kind = id < starts.length ? starts[id] : 0;
    // A match starts at this token, so an uncapitalised token can only start a lower-case KB phrase:
    // tested before the trie walk, which most such tokens ("the", "military") would make for nothing.
    if (kind === 0 || ((kind & STARTS_LOWER_CASE) === 0 && !isCapitalised(text, tokens[i].start))) {
      i++;
      continue;
    }
    const m = gaz.longestAt(tokens, i, text, ids);
    const payload = m === undefined ? undefined : writtenPayload(text, tokens, m);
    if (!m || !payload) {
      i++;
      continue;
    }
    out.push({ kind: payload.kind, start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: payload.id } as OrganisationMention | PlaceMention);
    i = m.last + 1;
  }
  return out;
}

/** The first phrase written as the KB writes it (a loop, not find with a closure per match). */
function writtenPayload(text: string, tokens: Token[], m: GazetteerMatch<EntityPhrase>): EntityPhrase | undefined {
  for (let k = 0; k < m.payloads.length; k++) {
    const p = m.payloads[k];
    if ((p.lowerCase || isCapitalised(text, m.start)) && (!p.acronym || isUpperToken(text, tokens[m.first]))) return p;
  }
  return undefined;
}
