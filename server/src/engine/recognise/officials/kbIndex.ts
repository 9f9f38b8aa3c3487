// Per-KB lookup structures of the officials recogniser, built once per KB object (WeakMap):
// person names with generated spelling variants, surnames, titles (KB + generic), ranks, demonyms.
import { KnowledgeBase } from '../../types';
import { Gazetteer } from '../../text/gazetteer';
import { WordIdSet, wordIdFlags } from '../../text/vocabulary';
import { phraseKeys } from '../../text/tokens';
import { DEMONYMS, GENERIC_TITLES, HONORIFICS, PAST_MARKERS, RETIRED_BEFORE, PREFIX_ONLY_TITLES, RANKS, RELATIONAL_TITLES, SURNAME_FIRST, spellingsOf } from './lexicon';
import { perKb } from '../../kb/perKb';

export interface NamePayload {
  id: string;
}

export interface TitlePayload {
  /** Normalised words of the title ("deputy defence minister"), the key for matching descriptions. */
  key: string;
  /** KB people who hold (or held) a role with this title or alias. */
  ids: Set<string>;
  prefixOnly: boolean;
  relational: boolean;
}

export interface OfficialsIndex {
  names: Gazetteer<NamePayload>;
  /** Surname (or a Chinese name's first word) → KB ids. */
  surnames: Map<string, Set<string>>;
  titles: Gazetteer<TitlePayload>;
  ranks: Gazetteer<string>;
  demonyms: Gazetteer<string>;
  /** KB organisation and place names: a run of capitals that starts with one is not a personal name. */
  entities: Gazetteer<true>;
  /**
   * First words of every title, rank and demonym (and "the", past markers...), by word id: a lower-case
   * token not among them starts no mention (the recogniser asks at every token).
   */
  lowerStarterIds: WordIdSet;
  /**
   * Per word id (see vocabulary.ts), what the word can start: STARTS_* bits. The recogniser's pre-test asks
   * this at most tokens, one array read instead of six lists. Ids past the end: words registered later, in none.
   */
  startKinds: Uint8Array;
  countryOf: Map<string, string>;
  /** Normalised title keys of each person's roles, for definite descriptions ("the Russian defence minister"). */
  titleKeysOf: Map<string, Set<string>>;
  rankKeysOf: Map<string, Set<string>>;
}

export const officialsIndexFor = perKb(build);

export const STARTS_TITLE = 1;
export const STARTS_RANK = 2;
export const STARTS_DEMONYM = 4;
export const STARTS_NAME = 8;
/** Fixed word lists by word id, shared by the index, the parser and the descriptions. */
export const PAST_MARKER_IDS = new WordIdSet(PAST_MARKERS);
export const RETIRED_BEFORE_IDS = new WordIdSet(RETIRED_BEFORE);
export const HONORIFIC_IDS = new WordIdSet(HONORIFICS);

export const IS_PAST_MARKER = 16;
export const IS_RETIRED_BEFORE = 32;
export const IS_HONORIFIC = 64;

const PATRONYMIC = /(ovich|evich|ovna|evna|yevna|ich)$/;
const PARTICLES = new Set(['ul', 'uz', 'ud', 'ur', 'us', 'un', 'ud']);

/** "defense" and "defence" are one word for matching titles. */
export function titleKey(words: string[]): string {
  return words.map(titleKeyWord).join(' ');
}

/** One word of a titleKey: American and British spellings of a title are one key. */
export function titleKeyWord(word: string): string {
  return word === 'defense' ? 'defence' : word;
}

/** Spelling variants of one name (normalised word lists): without initials or patronymics, surname first, transliterated. */
export function nameVariants(name: string): string[][] {
  const keys = phraseKeys(name);
  if (keys.length < 2) return [keys];
  const out: string[][] = [keys];
  const core = keys.filter((k, i) => k.length > 1 && !(i > 0 && i < keys.length - 1 && PATRONYMIC.test(k) && keys.length > 2));
  if (core.length >= 2 && core.length !== keys.length) out.push(core);
  // Particles written joined or apart: "Zamir ul Hassan" ↔ "Zamirul Hassan".
  for (const base of [...out]) {
    const joined: string[] = [];
    for (const k of base) {
      if (PARTICLES.has(k) && joined.length > 0) joined[joined.length - 1] += k;
      else joined.push(k);
    }
    if (joined.length !== base.length && joined.length >= 2) out.push(joined);
  }
  if (core.length === 2) out.push([core[1], core[0]]);
  else if (core.length === 3) out.push([core[0], core[2]]);
  for (const base of [...out]) {
    base.forEach((k, i) => {
      for (const alt of spellingsOf(k)) {
        if (alt !== k) out.push(base.map((w, j) => (j === i ? alt : w)));
      }
    });
  }
  return out;
}

function build(kb: KnowledgeBase): OfficialsIndex {
  const names = new Gazetteer<NamePayload>();
  const surnames = new Map<string, Set<string>>();
  const countryOf = new Map<string, string>();
  const titleKeysOf = new Map<string, Set<string>>();
  const rankKeysOf = new Map<string, Set<string>>();
  const titlePayloads = new Map<string, TitlePayload>();
  const titlePhrases = new Map<string, TitlePayload>();
  const payloads = new Map<string, NamePayload>();
  const explicit = new Map<string, string>();
  const variants = new Map<string, Set<string>>();
  const addTitle = (phrase: string, id: string | null, generic: boolean) => {
    const words = phraseKeys(phrase);
    if (words.length === 0) return;
    const key = titleKey(words);
    let p = titlePayloads.get(key);
    if (!p) {
      const one = words.length === 1 ? words[0] : '';
      p = { key, ids: new Set(), prefixOnly: generic && PREFIX_ONLY_TITLES.has(one), relational: RELATIONAL_TITLES.has(one) };
      titlePayloads.set(key, p);
    }
    if (id) p.ids.add(id);
    titlePhrases.set(words.join(' '), p);
  };
  for (const person of kb.people ?? []) {
    if (!person || typeof person.id !== 'string' || typeof person.name !== 'string') continue;
    const id = person.id;
    payloads.set(id, { id });
    if (typeof person.country === 'string') countryOf.set(id, person.country);
    const all = [person.name, ...(Array.isArray(person.aliases) ? person.aliases : [])].filter((s): s is string => typeof s === 'string');
    for (const n of all) {
      const keys = phraseKeys(n);
      if (keys.length === 0) continue;
      explicit.set(keys.join(' '), id);
      for (const v of nameVariants(n)) {
        const k = v.join(' ');
        if (!variants.has(k)) variants.set(k, new Set());
        variants.get(k)!.add(id);
      }
      if (keys.length >= 2) {
        const surname = keys.length === 2 && SURNAME_FIRST.has(keys[0]) ? keys[0] : keys[keys.length - 1];
        for (const s of spellingsOf(surname)) {
          if (!surnames.has(s)) surnames.set(s, new Set());
          surnames.get(s)!.add(id);
        }
      }
    }
    const tkeys = new Set<string>();
    for (const role of Array.isArray(person.roles) ? person.roles : []) {
      if (!role) continue;
      for (const t of [role.title, ...(Array.isArray(role.titleAliases) ? role.titleAliases : [])]) {
        if (typeof t !== 'string') continue;
        addTitle(t, id, false);
        tkeys.add(titleKey(phraseKeys(t)));
      }
    }
    titleKeysOf.set(id, tkeys);
    const rkeys = new Set<string>();
    for (const r of Array.isArray(person.ranks) ? person.ranks : []) if (r && typeof r.rank === 'string') rkeys.add(r.rank.toLowerCase());
    rankKeysOf.set(id, rkeys);
  }
  // Explicit names and aliases always count; a generated variant only when it names one person.
  for (const [k, id] of explicit) names.add(k, payloads.get(id)!);
  for (const [k, ids] of variants) if (!explicit.has(k) && ids.size === 1) names.add(k, payloads.get([...ids][0])!);
  for (const t of GENERIC_TITLES) addTitle(t, null, true);
  const titles = new Gazetteer<TitlePayload>();
  // Each spelling as written ("Defense Minister", "Defence Minister"), one payload per normalised key.
  for (const [phrase, p] of titlePhrases) titles.add(phrase, p);
  const ranks = new Gazetteer<string>();
  for (const [canonical, forms] of Object.entries(RANKS)) for (const f of forms) ranks.add(f, canonical);
  const demonyms = new Gazetteer<string>();
  for (const [k, country] of Object.entries(DEMONYMS)) demonyms.add(k, country);
  const entities = new Gazetteer<true>();
  for (const e of [...(kb.organisations ?? []), ...(kb.places ?? [])]) {
    if (!e) continue;
    for (const n of [e.name, ...(Array.isArray(e.aliases) ? e.aliases : [])]) if (typeof n === 'string') entities.add(n, true);
  }
  const lowerStarters = new Set<string>(['the', ...PAST_MARKERS, ...RETIRED_BEFORE]);
  for (const phrase of [...titlePhrases.keys(), ...Object.values(RANKS).flat(), ...Object.keys(DEMONYMS)]) {
    const first = phraseKeys(phrase)[0];
    if (first) lowerStarters.add(first);
  }
  const lowerStarterIds = new WordIdSet(lowerStarters);
  // After every word above is registered.
  const startKinds = wordIdFlags([
    [STARTS_TITLE, (id) => titles.startsWith(id)],
    [STARTS_RANK, (id) => ranks.startsWith(id)],
    [STARTS_DEMONYM, (id) => demonyms.startsWith(id)],
    [STARTS_NAME, (id) => names.startsWith(id)],
    [IS_PAST_MARKER, (id) => PAST_MARKER_IDS.has(id)],
    [IS_RETIRED_BEFORE, (id) => RETIRED_BEFORE_IDS.has(id)],
    [IS_HONORIFIC, (id) => HONORIFIC_IDS.has(id)],
  ]);
  return { names, surnames, titles, ranks, demonyms, entities, lowerStarterIds, startKinds, countryOf, titleKeysOf, rankKeysOf };
}
