// Questions asked of the KB: who held which post or rank on a date, which exercise edition was on.
//
// Dates on both sides may be partial. A period runs from the first day of `from` to the last day of `to`
// (both inclusive); a missing/null `from` is open towards the past, a missing/null `to` means ongoing.
// A query date covers all its days ("2018-03" = 2018-03-01 … 2018-03-31), and two modes compare it with a period:
//   'overlaps' (default): at least one day of the date lies in the period — "could have held it then";
//   'within': every day of the date lies in the period — "certainly held it then".
// For a full YYYY-MM-DD query date the two agree.
import { KbDate, KbEdition, KbEvent, KbExercise, KbOrganisation, KbPerson, KbPlace, KbRank, KbRole, KnowledgeBase } from '../types';
import { dayInterval, DayInterval } from './dates';
import { perKb } from './perKb';

export type DateMatch = 'overlaps' | 'within';

export type KbSection = 'people' | 'exercises' | 'events' | 'organisations' | 'places';
export const KB_SECTIONS: readonly KbSection[] = ['people', 'exercises', 'events', 'organisations', 'places'];

export type KbEntity = KbPerson | KbExercise | KbEvent | KbOrganisation | KbPlace;

/** A period as day bounds; null bound = open. Null result when a bound is not a valid date. */
export interface Period {
  start: string | null;
  end: string | null;
}

export function periodOf(from: KbDate | null | undefined, to: KbDate | null | undefined): Period | null {
  const f = from == null ? null : dayInterval(String(from));
  const t = to == null ? null : dayInterval(String(to));
  if ((from != null && !f) || (to != null && !t)) return null;
  return { start: f ? f.start : null, end: t ? t.end : null };
}

function compareWith(period: Period, days: DayInterval, mode: DateMatch): boolean {
  if (mode === 'within') return (period.start === null || period.start <= days.start) && (period.end === null || days.end <= period.end);
  return (period.start === null || period.start <= days.end) && (period.end === null || days.start <= period.end);
}

/** Does the period from…to match `date` (see the modes above)? False for invalid dates. */
export function periodMatches(from: KbDate | null | undefined, to: KbDate | null | undefined, date: string, mode: DateMatch = 'overlaps'): boolean {
  const period = periodOf(from, to);
  const days = dayInterval(date);
  return !!period && !!days && compareWith(period, days, mode);
}

/** Every day of `date` lies within from…to. */
export function periodContains(from: KbDate | null | undefined, to: KbDate | null | undefined, date: string): boolean {
  return periodMatches(from, to, date, 'within');
}

/** Some day of `date` lies within from…to. */
export function periodOverlaps(from: KbDate | null | undefined, to: KbDate | null | undefined, date: string): boolean {
  return periodMatches(from, to, date, 'overlaps');
}

/** Normalises titles and names for comparison: case, dots, hyphens and spacing do not count. */
export function normaliseLabel(label: string): string {
  // Checks normalise the same KB titles and names once per mention: remember them, within bounds.
  let norm = labelCache.get(label);
  if (norm === undefined) {
    if (labelCache.size > 20_000) labelCache.clear();
    labelCache.set(label, (norm = computeNormalisedLabel(label)));
  }
  return norm;
}

const labelCache = new Map<string, string>();

function computeNormalisedLabel(label: string): string {
  return label
    .normalize('NFKC')
    .toLowerCase()
    .replace(/[.'’]/g, '')
    .replace(/[-‐‑–—_]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

/** The role's title or one of its titleAliases equals `title` (normalised). */
export function roleHasTitle(role: KbRole, title: string): boolean {
  const wanted = normaliseLabel(title);
  return normaliseLabel(role.title) === wanted || (role.titleAliases ?? []).some((a) => normaliseLabel(a) === wanted);
}

function startKey(from: KbDate | null | undefined): string {
  return (from != null && dayInterval(String(from))?.start) || '0000-00-00';
}

/** Latest-starting first: when several posts match, the most recent appointment is the likeliest meant. */
function byLatestStart<T extends { from?: KbDate | null }>(items: T[]): T[] {
  return [...items].sort((a, b) => (startKey(a.from) < startKey(b.from) ? 1 : startKey(a.from) > startKey(b.from) ? -1 : 0));
}

export interface RoleQuery {
  /** Only roles with this title or title alias. */
  title?: string;
  mode?: DateMatch;
}

/** The roles a person held on `date`, latest-starting first. */
export function rolesOn(person: KbPerson, date: string, query: RoleQuery = {}): KbRole[] {
  const mode = query.mode ?? 'overlaps';
  const matching = person.roles.filter((r) => periodMatches(r.from, r.to, date, mode) && (query.title === undefined || roleHasTitle(r, query.title)));
  return byLatestStart(matching);
}

/** The role a person held on `date` (the latest-starting one if several), optionally of a given title. */
export function roleOn(person: KbPerson, date: string, query: RoleQuery = {}): KbRole | undefined {
  return rolesOn(person, date, query)[0];
}

/** The rank a person held on `date` (the latest-starting one if several periods match). */
export function rankOn(person: KbPerson, date: string, mode: DateMatch = 'overlaps'): KbRank | undefined {
  return byLatestStart(person.ranks.filter((r) => periodMatches(r.from, r.to, date, mode)))[0];
}

/** The edition is under way on (some day of) `date`. An edition without dates is never under way. */
export function isEditionUnderWay(edition: KbEdition, date: string): boolean {
  if (edition.from == null && edition.to == null) return false;
  return periodOverlaps(edition.from ?? edition.to, edition.to ?? edition.from, date);
}

/**
 * The edition under way on `date`, else the most recent one that ended before it
 * (an edition with only `from` is taken to end the same period). Undefined when none.
 */
export function editionOn(exercise: KbExercise, date: string): KbEdition | undefined {
  const days = dayInterval(date);
  if (!days) return undefined;
  const underWay = byLatestStart(exercise.editions.filter((e) => isEditionUnderWay(e, date)));
  if (underWay.length) return underWay[0];
  let best: { edition: KbEdition; end: string } | undefined;
  for (const e of exercise.editions) {
    const last = e.to ?? e.from;
    const end = last == null ? null : dayInterval(String(last))?.end;
    if (!end || end >= days.start) continue;
    if (!best || end > best.end) best = { edition: e, end };
  }
  return best?.edition;
}

/** Finds an entity by id in any section, with the section it is in. */
// First match in section order, as a scan would find it; built once per KB (rules ask per mention).
const entriesById = perKb((kb) => {
  const byId = new Map<string, { section: KbSection; entity: KbEntity }>();
  for (const section of KB_SECTIONS) {
    for (const entity of kb[section] as KbEntity[]) if (entity && !byId.has(entity.id)) byId.set(entity.id, { section, entity });
  }
  return byId;
});

export function findEntryById(kb: KnowledgeBase, id: string): { section: KbSection; entity: KbEntity } | undefined {
  return entriesById(kb).get(id);
}

export function findById(kb: KnowledgeBase, id: string): KbEntity | undefined {
  return findEntryById(kb, id)?.entity;
}

/** "2017-01 → 2025-10", "2017-01 → present", "? → 2016-11" (start unknown). */
export function formatPeriod(from: KbDate | null | undefined, to: KbDate | null | undefined): string {
  return `${from == null ? '?' : String(from)} → ${to == null ? 'present' : String(to)}`;
}

export function emptyKnowledgeBase(): KnowledgeBase {
  return { people: [], exercises: [], events: [], organisations: [], places: [], problems: [] };
}
