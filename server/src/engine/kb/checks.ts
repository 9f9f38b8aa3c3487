// Consistency checks on KB entries, each problem located on the YAML node that shows it.
import { Document } from 'yaml';
import { KbPerson, Problem, Span } from '../types';
import { dayInterval, impossibleDateReason } from './dates';
import { toKbDate } from './coerce';
import { formatPeriod, normaliseLabel, periodOf } from './query';
import { lineOf, nodeAtPath, nodeSpan, YamlPath } from './yaml-nodes';

/** Where an entity came from: enough to locate any of its fields. */
export interface Origin {
  uri: string;
  text: string;
  doc: Document;
  /** Path of the entity in the document, e.g. ['people', 3]. */
  path: YamlPath;
}

export function locate(origin: Origin, field: YamlPath = []): Span {
  const found = nodeAtPath(origin.doc, origin.doc.contents, [...origin.path, ...field]);
  return found ? nodeSpan(found.node, origin.text) : { start: 0, end: 0 };
}

const DATE_KEYS = new Set(['from', 'to', 'date']);

/** `kb-impossible-date`: date-shaped values that are not calendar dates (2021-02-30, month 13). */
export function impossibleDateProblems(uri: string, text: string, doc: Document, data: unknown): Problem[] {
  const problems: Problem[] = [];
  const walk = (value: unknown, path: YamlPath): void => {
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i]));
    else if (value !== null && typeof value === 'object') {
      for (const [k, v] of Object.entries(value)) {
        if (DATE_KEYS.has(k) && typeof v === 'string') {
          const reason = impossibleDateReason(v);
          if (reason) {
            const found = nodeAtPath(doc, doc.contents, [...path, k]);
            const span = found ? nodeSpan(found.node, text) : { start: 0, end: 0 };
            problems.push({ uri, code: 'kb-impossible-date', severity: 'error', message: `KB: ${k}: ${v} is not a real date: ${reason}.`, ...span });
          }
        } else walk(v, [...path, k]);
      }
    }
  };
  walk(data, []);
  return problems;
}

/** `kb-duplicate-id`: the same id twice in one file (in any sections). The later entry wins, as across files. */
export function duplicateIdProblems(entries: { id: string; section: string; origin: Origin }[]): Problem[] {
  const first = new Map<string, { section: string; origin: Origin }>();
  const problems: Problem[] = [];
  for (const e of entries) {
    const earlier = first.get(e.id);
    if (!earlier) {
      first.set(e.id, e);
      continue;
    }
    const line = lineOf(e.origin.text, locate(earlier.origin).start);
    problems.push({
      uri: e.origin.uri,
      code: 'kb-duplicate-id',
      severity: 'warning',
      message:
        earlier.section === e.section
          ? `KB: id "${e.id}" is already used on line ${line} of this file; this entry replaces that one.`
          : `KB: id "${e.id}" is already used on line ${line} of this file (in ${earlier.section}); ids must be unique across sections.`,
      ...locate(e.origin, ['id']),
    });
  }
  return problems;
}

/** `kb-overlapping-roles`: a role that ends before it starts, or two roles with the same title at once. */
export function roleProblems(person: KbPerson, origin: Origin, rawRoles: unknown): Problem[] {
  const problems: Problem[] = [];
  // Roles were coerced with the ones lacking a title dropped; map back to raw indexes to locate them.
  const rawIndexes: number[] = [];
  if (Array.isArray(rawRoles)) rawRoles.forEach((r, i) => r && typeof r === 'object' && typeof (r as { title?: unknown }).title === 'string' && (r as { title: string }).title.trim() && rawIndexes.push(i));
  // A role whose date was unreadable (reported as such) would look open-ended: leave it out of these checks.
  const unreadable = (v: unknown) => v !== undefined && v !== null && toKbDate(v) === undefined;
  const periods = person.roles.map((r, i) => {
    const raw = Array.isArray(rawRoles) ? (rawRoles[rawIndexes[i]] as { from?: unknown; to?: unknown }) : undefined;
    return raw && (unreadable(raw.from) || unreadable(raw.to)) ? null : periodOf(r.from, r.to);
  });
  person.roles.forEach((role, i) => {
    const p = periods[i];
    if (p && p.start && p.end && p.start > p.end) {
      problems.push({
        uri: origin.uri,
        code: 'kb-overlapping-roles',
        severity: 'warning',
        message: `KB: ${person.name}'s role "${role.title}" ends (${role.to}) before it starts (${role.from}).`,
        ...locate(origin, ['roles', rawIndexes[i] ?? i]),
      });
    }
  });
  for (let i = 0; i < person.roles.length; i++) {
    for (let j = 0; j < i; j++) {
      const a = person.roles[j];
      const b = person.roles[i];
      const pa = periods[j];
      const pb = periods[i];
      if (!pa || !pb || normaliseLabel(a.title) !== normaliseLabel(b.title)) continue;
      if ((pa.start && pa.end && pa.start > pa.end) || (pb.start && pb.end && pb.start > pb.end)) continue;
      const overlap = (pa.start === null || pb.end === null || pa.start <= pb.end) && (pb.start === null || pa.end === null || pb.start <= pa.end);
      if (!overlap) continue;
      problems.push({
        uri: origin.uri,
        code: 'kb-overlapping-roles',
        severity: 'warning',
        message: `KB: ${person.name} holds "${b.title}" (${formatPeriod(b.from, b.to)}) while already holding it (${formatPeriod(a.from, a.to)}); give the earlier term an end date or merge the two.`,
        ...locate(origin, ['roles', rawIndexes[i] ?? i]),
      });
    }
  }
  return problems;
}

/** `kb-shared-alias`: a name or alias that belongs to two different people. */
export function sharedAliasProblems(people: { person: KbPerson; origin: Origin }[]): Problem[] {
  const owner = new Map<string, KbPerson>();
  const problems: Problem[] = [];
  for (const { person, origin } of people) {
    const labels: { text: string; field: YamlPath }[] = [{ text: person.name, field: ['name'] }];
    const rawAliases = nodeAtPath(origin.doc, origin.doc.contents, [...origin.path, 'aliases']);
    person.aliases.forEach((alias) => {
      // Find the alias's own index in the raw list (non-strings were dropped when coercing).
      const items = (rawAliases?.node && 'items' in rawAliases.node ? (rawAliases.node as { items: unknown[] }).items : []) as { value?: unknown }[];
      const index = items.findIndex((it) => it && it.value === alias);
      labels.push({ text: alias, field: index >= 0 ? ['aliases', index] : ['aliases'] });
    });
    const reported = new Set<string>();
    for (const { text, field } of labels) {
      const key = normaliseLabel(text);
      if (!key) continue;
      const other = owner.get(key);
      if (other && other.id !== person.id) {
        if (reported.has(key)) continue;
        reported.add(key);
        problems.push({
          uri: origin.uri,
          code: 'kb-shared-alias',
          severity: 'warning',
          message: `KB: "${text}" names both ${person.name} (${person.id}) and ${other.name} (${other.id}); mentions of it cannot be resolved to one person.`,
          ...locate(origin, field),
        });
      } else if (!other) owner.set(key, person);
    }
  }
  return problems;
}

/** Also flags reversed periods of ranks and exercise editions (same code: a period that cannot be). */
export function reversedPeriodProblems(
  origin: Origin,
  owner: string,
  listField: 'ranks' | 'editions',
  rawList: unknown,
): Problem[] {
  if (!Array.isArray(rawList)) return [];
  const problems: Problem[] = [];
  rawList.forEach((raw, i) => {
    if (!raw || typeof raw !== 'object') return;
    const { from, to } = raw as { from?: unknown; to?: unknown };
    const f = typeof from === 'string' || typeof from === 'number' ? dayInterval(String(from)) : null;
    const t = typeof to === 'string' || typeof to === 'number' ? dayInterval(String(to)) : null;
    if (f && t && f.start > t.end) {
      const what = listField === 'ranks' ? `rank "${(raw as { rank?: unknown }).rank}"` : `edition ${(raw as { edition?: unknown }).edition}`;
      problems.push({
        uri: origin.uri,
        code: 'kb-overlapping-roles',
        severity: 'warning',
        message: `KB: ${owner}'s ${what} ends (${to}) before it starts (${from}).`,
        ...locate(origin, [listField, i]),
      });
    }
  });
  return problems;
}
