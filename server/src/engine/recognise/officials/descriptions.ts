// Definite descriptions ("the air chief marshal", "the Russian deputy defence minister"): a title or
// rank after "the", with no name after it, that repeats the title or rank of an earlier mention.
import { Span } from '../../types';
import { OfficialsIndex, PAST_MARKER_IDS } from './kbIndex';
import { DEMONYMS } from './lexicon';
import { Found, OfficialsReader } from './parse';
import { commaGap, spaceGap } from './words';
import { WordIdSet } from '../../text/vocabulary';

// Asked by token id (see vocabulary.ts): the first test runs at every token that may start a mention.
const THE = new WordIdSet(['the']);

/** How far back a description looks for its antecedent (keeps adversarial input linear). */
const DESCRIPTION_LOOKBACK = 50;

export interface Description {
  last: number;
  span: Span;
  titleKey?: string;
  rankCanonical?: string;
  country?: string;
  past: boolean;
  titleSpan?: Span;
  rankSpan?: Span;
}

/** "the [then] [demonym] title|rank" not followed by a name: a definite description. */
export function parseDescription(r: OfficialsReader, i: number): Description | undefined {
  const t = r.tokens;
  if (!THE.has(r.ids[i])) return undefined;
  let j = i + 1;
  if (j >= t.length || !spaceGap(r.text, t[i], t[j])) return undefined;
  let past = false;
  if (PAST_MARKER_IDS.has(r.ids[j]) && j + 1 < t.length && spaceGap(r.text, t[j], t[j + 1])) {
    past = true;
    j++;
  }
  // Nearly every "the" is followed by no demonym, rank or title: say so from the word ids before reading any.
  const id = r.ids[j];
  if (!r.idx.demonyms.startsWith(id) && !r.idx.ranks.startsWith(id) && r.titleAt(j) === undefined) return undefined;
  let country: string | undefined;
  const dem = r.demonymsAt(j);
  const first = j;
  if (dem && dem.last + 1 < t.length && spaceGap(r.text, t[dem.last], t[dem.last + 1])) {
    country = dem.country;
    j = dem.last + 1;
  }
  let last: number;
  let titleKeyV: string | undefined;
  let rankCanonical: string | undefined;
  const rm = r.phraseAt(r.idx.ranks, j);
  const tm = r.titleAt(j);
  if (rm && (!tm || rm.last >= tm.last) && rm.last > j) {
    // One-word ranks ("the general", "the major") are too vague to resolve.
    last = rm.last;
    rankCanonical = rm.payloads[0];
  } else if (tm && tm.payloads[0] && !tm.payloads[0].prefixOnly && !tm.payloads[0].relational) {
    // With its "of …" extension: "the Defence Minister of Russia" names Russia's minister.
    const tr = r.readTitle(j);
    last = tr ? tr.last : tm.last;
    titleKeyV = tm.payloads[0].key;
    if (tr?.country) country = country ?? tr.country;
  } else return undefined;
  const next = last + 1;
  if (next < t.length && spaceGap(r.text, t[last], t[next]) && (r.cap(next) || r.rankAt(next))) return undefined;
  // "the Defence Minister of Russia, Andrey Belousov": a title in apposition to the name that follows.
  if (next < t.length && commaGap(r.text, t[last], t[next]) && (r.rankAt(next) || r.nameWord(next, true))) return undefined;
  const span = { start: t[first].start, end: t[last].end };
  return {
    last,
    span: { start: t[i].start, end: t[last].end },
    past,
    ...(titleKeyV ? { titleKey: titleKeyV, titleSpan: span } : {}),
    ...(rankCanonical ? { rankCanonical, rankSpan: { start: t[j].start, end: t[last].end } } : {}),
    ...(country ? { country } : {}),
  };
}

/** The nearest earlier mention whose title or rank the description repeats ("the air chief marshal"). */
export function antecedentOf(found: Found[], idx: OfficialsIndex, titleKey?: string, rank?: string, country?: string): Found | undefined {
  const want = titleKey ? coreTitle(titleKey) : undefined;
  for (let k = found.length - 1; k >= 0 && k >= found.length - DESCRIPTION_LOOKBACK; k--) {
    const f = found[k];
    const m = f.mention;
    if (m.name === '') continue;
    // A description that names a country needs an antecedent known to be of that country.
    if (country && m.country !== country) continue;
    if (rank) {
      if (m.rankCanonical === rank || (m.entity && idx.rankKeysOf.get(m.entity)?.has(rank.toLowerCase()))) return f;
      continue;
    }
    if (want) {
      if (f.titleKey && coreTitle(f.titleKey) === want) return f;
      if (m.entity) {
        for (const k2 of idx.titleKeysOf.get(m.entity) ?? []) if (coreTitle(k2) === want) return f;
      }
    }
  }
  return undefined;
}

/** A title without its country: "russian deputy defence minister", "deputy defence minister of russia" → "deputy defence minister". */
function coreTitle(key: string): string {
  let core = coreTitles.get(key);
  if (core === undefined) {
    // Descriptions compare against up to DESCRIPTION_LOOKBACK mentions and their KB titles: compute once.
    if (coreTitles.size > 10_000) coreTitles.clear();
    core = computeCoreTitle(key);
    coreTitles.set(key, core);
  }
  return core;
}

const coreTitles = new Map<string, string>();

function computeCoreTitle(key: string): string {
  let words = key.split(' ');
  while (words.length > 1 && DEMONYMS[words[0]] !== undefined) words = words.slice(1);
  const of = words.lastIndexOf('of');
  if (of > 0) {
    const rest = words.slice(of + 1).filter((w) => w !== 'the');
    const tail = rest.join(' ');
    if (DEMONYMS[tail] !== undefined || tail === 'russian federation' || DEMONYMS[rest[0]] !== undefined) words = words.slice(0, of);
  }
  return words.join(' ');
}
