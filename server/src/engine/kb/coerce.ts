// Turns the plain data of a KB file into typed entities, defensively: a field of the wrong shape is left out
// (the schema check has already reported it), so downstream code can trust the types.
import { KbDate, KbEdition, KbEvent, KbEventKind, KbExercise, KbOrganisation, KbPerson, KbPlace, KbRank, KbRole } from '../types';
import { isKbDate } from './dates';

/** Places and organisations may carry notes and sources too (types.ts has no such fields for them). */
export type KbOrganisationEntry = KbOrganisation & { sources?: string[] };
export type KbPlaceEntry = KbPlace & { notes?: string; sources?: string[] };

type Raw = Record<string, unknown>;

const isObject = (v: unknown): v is Raw => v !== null && typeof v === 'object' && !Array.isArray(v);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v : undefined);
const strList = (v: unknown): string[] => (Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string' && x.trim() !== '') : []);
const int = (v: unknown): number | undefined => (typeof v === 'number' && Number.isInteger(v) ? v : undefined);
const num = (v: unknown): number | undefined => (typeof v === 'number' && Number.isFinite(v) ? v : undefined);

/** A KB date from YAML: a string, an unquoted year (a number) or a YAML 1.1 timestamp (a Date). Impossible dates → undefined. */
export function toKbDate(v: unknown): KbDate | undefined {
  if (typeof v === 'number' && Number.isInteger(v) && v >= 1000 && v <= 9999) return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 10);
  return isKbDate(v) ? v : undefined;
}

/** `from`/`to`: null stays null (open / ongoing). */
function bound(v: unknown): KbDate | null | undefined {
  return v === null ? null : toKbDate(v);
}

function optional<T extends object>(target: T, extra: Record<string, unknown>): T {
  for (const [k, v] of Object.entries(extra)) if (v !== undefined) (target as Record<string, unknown>)[k] = v;
  return target;
}

function base(raw: Raw) {
  return { id: str(raw.id), name: str(raw.name), aliases: strList(raw.aliases) };
}

function rank(raw: unknown): KbRank | undefined {
  if (!isObject(raw) || !str(raw.rank)) return undefined;
  return optional({ rank: str(raw.rank)! } as KbRank, { from: bound(raw.from), to: bound(raw.to) });
}

function role(raw: unknown): KbRole | undefined {
  if (!isObject(raw) || !str(raw.title)) return undefined;
  const aliases = strList(raw.titleAliases);
  return optional({ title: str(raw.title)! } as KbRole, {
    titleAliases: aliases.length ? aliases : undefined,
    organisation: str(raw.organisation),
    country: str(raw.country),
    from: bound(raw.from),
    to: bound(raw.to),
    notes: str(raw.notes),
  });
}

function edition(raw: unknown): KbEdition | undefined {
  if (!isObject(raw) || int(raw.edition) === undefined) return undefined;
  return optional({ edition: int(raw.edition)! } as KbEdition, { from: bound(raw.from), to: bound(raw.to), location: str(raw.location), notes: str(raw.notes) });
}

function defined<T>(items: (T | undefined)[]): T[] {
  return items.filter((x): x is T => x !== undefined);
}

const sourcesOf = (raw: Raw) => (strList(raw.sources).length ? strList(raw.sources) : undefined);

export function toPerson(raw: unknown): KbPerson | undefined {
  if (!isObject(raw)) return undefined;
  const { id, name, aliases } = base(raw);
  if (!id || !name) return undefined;
  return optional(
    { id, name, aliases, ranks: defined((Array.isArray(raw.ranks) ? raw.ranks : []).map(rank)), roles: defined((Array.isArray(raw.roles) ? raw.roles : []).map(role)) } as KbPerson,
    { country: str(raw.country), notes: str(raw.notes), sources: sourcesOf(raw) },
  );
}

export function toExercise(raw: unknown): KbExercise | undefined {
  if (!isObject(raw)) return undefined;
  const { id, name, aliases } = base(raw);
  if (!id || !name) return undefined;
  return optional(
    { id, name, aliases, parties: strList(raw.parties), editions: defined((Array.isArray(raw.editions) ? raw.editions : []).map(edition)) } as KbExercise,
    { notes: str(raw.notes), sources: sourcesOf(raw) },
  );
}

const EVENT_KINDS: readonly string[] = ['meeting', 'agreement', 'visit', 'contract', 'other'];

export function toEvent(raw: unknown): KbEvent | undefined {
  if (!isObject(raw)) return undefined;
  const { id, name, aliases } = base(raw);
  if (!id || !name) return undefined;
  const kind = typeof raw.kind === 'string' && EVENT_KINDS.includes(raw.kind) ? (raw.kind as KbEventKind) : undefined;
  return optional({ id, name, aliases } as KbEvent, {
    kind,
    series: str(raw.series),
    round: int(raw.round),
    date: toKbDate(raw.date),
    place: str(raw.place),
    quantity: num(raw.quantity),
    parties: Array.isArray(raw.parties) ? strList(raw.parties) : undefined,
    participants: Array.isArray(raw.participants) ? strList(raw.participants) : undefined,
    notes: str(raw.notes),
    sources: sourcesOf(raw),
  });
}

export function toOrganisation(raw: unknown): KbOrganisationEntry | undefined {
  if (!isObject(raw)) return undefined;
  const { id, name, aliases } = base(raw);
  if (!id || !name) return undefined;
  return optional({ id, name, aliases } as KbOrganisationEntry, { country: str(raw.country), notes: str(raw.notes), sources: sourcesOf(raw) });
}

export function toPlace(raw: unknown): KbPlaceEntry | undefined {
  if (!isObject(raw)) return undefined;
  const { id, name, aliases } = base(raw);
  if (!id || !name) return undefined;
  return optional({ id, name, aliases } as KbPlaceEntry, { country: str(raw.country), notes: str(raw.notes), sources: sourcesOf(raw) });
}
