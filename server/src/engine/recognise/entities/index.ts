// Organisations and places recogniser: KB names and aliases, one gazetteer for both so the longest
// phrase wins ("Pakistan Navy" is the navy, not the country). Proper names only: a match must be
// capitalised as written, and an all-capitals alias ("PAF") must be written in capitals.
// A meeting series the KB models as a round-less event ("JMCC") is named here as the body it is.
import { OrganisationMention, PlaceMention } from '../../types';
import { Gazetteer } from '../../text/gazetteer';
import { tokenIds } from '../../text/vocabulary';
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

const gazetteerFor = perKb((kb): Gazetteer<EntityPhrase> => {
  const g = new Gazetteer<EntityPhrase>();
  const add = (kind: EntityPhrase['kind'], id: string, phrases: unknown[]) => {
    for (const p of phrases) {
      if (typeof p !== 'string') continue;
      const trimmed = p.trim();
      g.add(trimmed, { kind, id, acronym: /^[A-Z0-9&.-]{2,}$/.test(trimmed), lowerCase: /^[a-z]/.test(trimmed) });
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
  return g;
});

export function recogniseOrganisationsAndPlaces(ctx: RecogniserContext): (OrganisationMention | PlaceMention)[] {
  const { tokens } = ctx;
  const text = ctx.article.text;
  const gaz = gazetteerFor(ctx.kb);
  const out: (OrganisationMention | PlaceMention)[] = [];
  // Token ids (vocabulary.ts) let most tokens be passed over with two array reads.
  const ids = tokenIds(tokens);
  let i = 0;
  while (i < tokens.length) {
    const m = gaz.startsWith(ids[i]) ? gaz.longestAt(tokens, i, text, ids) : undefined;
    const payload = m?.payloads.find(
      (p) => (p.lowerCase || isCapitalised(text, m.start)) && (!p.acronym || isUpperToken(text, tokens[m.first])),
    );
    if (!m || !payload) {
      i++;
      continue;
    }
    out.push({ kind: payload.kind, start: m.start, end: m.end, text: text.slice(m.start, m.end), entity: payload.id } as OrganisationMention | PlaceMention);
    i = m.last + 1;
  }
  return out;
}
