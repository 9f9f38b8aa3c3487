// People in the KB as the role and rank checks see them: a title matched against roles whatever its word
// order, country words or abbreviations; ranks compared after expanding abbreviations.
import { KbPerson, KbRole, KnowledgeBase } from '../../types';
import { normaliseLabel, Period, periodMatches, periodOf } from '../../kb/query';
import { addDays } from './dates';
import { perKb } from '../../kb/perKb';
import { detached } from '../../workspace/detach';

/** Words that do not tell one post from another: "Deputy Defence Minister of Russia" ~ "Deputy Minister of Defence". */
const FILLER = new Set([
  'of', 'the', 'for', 'and', 'on', 'in', 'to', 'a', 'an', '&',
  'russia', 'russian', 'russias', 'pakistan', 'pakistani', 'pakistans', 'federation', 'rf', 'country', 'countrys',
  'affairs', 'federal', 'union', 'national',
]);

const SYNONYMS: Record<string, string> = { defense: 'defence', ministry: 'minister', secy: 'secretary', dy: 'deputy', vice: 'deputy' };

const keyCache = new Map<string, string>();

/** A title as a sorted bag of the words that matter. */
export function titleKey(title: string): string {
  let key = keyCache.get(title);
  if (key === undefined) {
    // Titles repeat (KB titles, the same title in every mention): worth remembering, within bounds.
    if (keyCache.size > 10_000) keyCache.clear();
    // A copy as the key (and for normaliseLabel's cache): the cache outlives the article the title was sliced from.
    const own = detached(title);
    keyCache.set(own, (key = computeTitleKey(own)));
  }
  return key;
}

function computeTitleKey(title: string): string {
  return normaliseLabel(title)
    .split(' ')
    .map((w) => w.replace(/[’'`]s$/, 's').replace(/[^\p{L}\p{N}&]/gu, ''))
    .map((w) => SYNONYMS[w] ?? w)
    .filter((w) => w && !FILLER.has(w))
    .sort()
    .join(' ');
}

/** The role is called `title` (its title or an alias), up to case, word order and country words. */
export function roleMatchesTitle(role: KbRole, title: string): boolean {
  const key = titleKey(title);
  return key !== '' && roleTitleKeys(role).has(key);
}

/** The title keys of a role's title and aliases, once per KB role object (KB objects are replaced, not edited). */
function roleTitleKeys(role: KbRole): Set<string> {
  let keys = titleKeysOfRole.get(role);
  if (keys === undefined) {
    keys = new Set([titleKey(role.title)]);
    for (const alias of role.titleAliases ?? []) keys.add(titleKey(alias));
    titleKeysOfRole.set(role, keys);
  }
  return keys;
}

const titleKeysOfRole = new WeakMap<KbRole, Set<string>>();

/**
 * Days of slack before the article date: a report names people as they were when the news happened,
 * which may be a few days before publication (a minister relieved on Sunday, reported on Tuesday).
 */
export const REPORT_SLACK_DAYS = 7;

/** The role was held at some point of the week leading to `date` (YYYY-MM-DD). */
export function heldAround(role: KbRole, date: string): boolean {
  const from = /^\d{4}-\d{2}-\d{2}$/.test(date) ? addDays(date, -REPORT_SLACK_DAYS) : date;
  const p = rolePeriod(role);
  const q = periodOf(from, date);
  if (!p || !q) return false;
  return (p.start === null || p.start <= q.end!) && (p.end === null || q.start! <= p.end);
}

/** The role's period, computed once per KB role object (KB objects are replaced, not edited, on reload). */
function rolePeriod(role: KbRole): Period | null {
  let p = rolePeriods.get(role);
  if (p === undefined) rolePeriods.set(role, (p = periodOf(role.from, role.to)));
  return p;
}

const rolePeriods = new WeakMap<KbRole, Period | null>();

/** A role with at least one date: undated roles say nothing about when. */
export function isDated(role: KbRole): boolean {
  return role.from != null || role.to != null;
}

export function rolesHeldAround(person: KbPerson, date: string): KbRole[] {
  return person.roles.filter((r) => isDated(r) && heldAround(r, date));
}

export function startsAfter(role: { from?: string | null }, date: string): boolean {
  const p = periodOf(role.from, null);
  return !!p && p.start !== null && p.start > date;
}

/** Started on or before `date` (or start unknown). */
export function startedBy(role: { from?: string | null; to?: string | null }, date: string): boolean {
  return periodMatches(role.from, null, date) || role.from == null;
}

export type TitleVerdict =
  | { kind: 'ok' }
  /** The KB has no say: no dated roles, or the title is not one of the person's known posts. */
  | { kind: 'silent' }
  /** The title names a post the person held at another time, not on the date. */
  | { kind: 'mismatch'; written: KbRole; held: KbRole[] }
  /** The title is none of the person's known posts, while the KB has the posts held that day: a hint. */
  | { kind: 'unknown-title'; held: KbRole[] }
  /** The title names a post the person took up only after the date. */
  | { kind: 'future'; written: KbRole; held: KbRole[] };

/** Words that relate a person to another, or honour them, rather than name a post ("his Russian counterpart", "Ambassador"). */
const RELATIONAL = /\b(ambassador|envoy|diplomat|officials?|counterparts?|colleagues?|hosts?|guests?|friends?|predecessors?|successors?|delegations?|side|team)\b/i;

export function isRelational(title: string): boolean {
  return RELATIONAL.test(title);
}

/**
 * How a title written with a person fits the person's roles on `date`. `past`: "then"/"former".
 * Verdicts are remembered per person (within bounds): the same person comes with the same title in many
 * mentions and articles, and two rules ask. Callers must not edit them.
 */
export function assessTitle(person: KbPerson, title: string, date: string, past: boolean): TitleVerdict {
  // Nested maps rather than one joined key: no string to build and hash per call.
  let byTitle = verdictsOf.get(person);
  if (byTitle === undefined) verdictsOf.set(person, (byTitle = new Map()));
  let byDate = byTitle.get(title);
  if (byDate === undefined) {
    if (byTitle.size > 1_000) byTitle.clear();
    byTitle.set(detached(title), (byDate = new Map()));
  }
  let pair = byDate.get(date);
  if (pair === undefined) {
    if (byDate.size > 5_000) byDate.clear();
    byDate.set(date, (pair = [undefined, undefined]));
  }
  const i = past ? 1 : 0;
  return (pair[i] ??= computeVerdict(person, title, date, past));
}

/** Per person, title and date: the verdicts without and with "then"/"former". */
const verdictsOf = new WeakMap<KbPerson, Map<string, Map<string, [TitleVerdict | undefined, TitleVerdict | undefined]>>>();

function computeVerdict(person: KbPerson, title: string, date: string, past: boolean): TitleVerdict {
  const named = person.roles.filter((r) => roleMatchesTitle(r, title));
  if (named.length === 0) {
    // Only posts held on the day itself (no slack): a post that just ended is no evidence against a new title.
    const held = past || isRelational(title) ? [] : person.roles.filter((r) => isDated(r) && periodMatches(r.from, r.to, date));
    return held.length ? { kind: 'unknown-title', held } : { kind: 'silent' };
  }
  if (past) {
    if (named.some((r) => !isDated(r) || startedBy(r, date))) return { kind: 'ok' };
  } else if (named.some((r) => !isDated(r) || heldAround(r, date))) return { kind: 'ok' };
  const held = rolesHeldAround(person, date);
  const dated = named.filter(isDated);
  if (dated.length === 0) return { kind: 'silent' };
  if (dated.every((r) => startsAfter(r, date))) return { kind: 'future', written: dated[0], held };
  // A past post written without "then"/"former": say so only when the KB shows what the person held instead.
  if (held.length === 0) return { kind: 'silent' };
  return { kind: 'mismatch', written: dated.filter((r) => !startsAfter(r, date)).pop() ?? dated[0], held };
}

const peopleById = perKb((kb) => new Map(kb.people.map((p): [string, KbPerson] => [p.id, p])));

export function personById(kb: KnowledgeBase, id: string | null): KbPerson | undefined {
  return id ? peopleById(kb).get(id) : undefined;
}

/**
 * The title or alias of `role` closest in length to `written`, so the fix reads like the text:
 * "Defence Minister" → "Foreign Minister", not "Minister of Foreign Affairs". Acronyms are left out.
 */
export function titleLike(written: string, role: KbRole): string {
  const words = (s: string) => s.trim().split(/\s+/).length;
  const candidates = [role.title, ...(role.titleAliases ?? [])].filter((t) => !/^[A-Z]{2,5}$/.test(t) && !/[^\x00-\u024f]/.test(t));
  let best = role.title;
  let bestScore = Infinity;
  for (const c of candidates) {
    // Keep a country word only if the text had one.
    const score = Math.abs(words(c) - words(written)) + (titleKey(c) !== titleKey(role.title) && /russia|pakistan/i.test(c) !== /russia|pakistan/i.test(written) ? 1 : 0);
    if (score < bestScore) [best, bestScore] = [c, score];
  }
  const lowerText = written === written.toLowerCase();
  return lowerText ? best.toLowerCase() : best;
}
