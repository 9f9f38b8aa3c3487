// Rule registry and runner: adding a rule is one new file and one line here.
import { Finding } from '../types';
import { anachronism } from './anachronism';
import { conflictingFact } from './conflicting-fact';
import { exerciseEdition } from './exercise-edition';
import { missingDate } from './missing-date';
import { nameVariant } from './name-variant';
import { rankMismatch } from './rank-mismatch';
import { roleMismatch } from './role-mismatch';
import { CheckContext, Rule } from './rule';
import { isSuppressed, parseSuppressions, unknownCodeFindings } from './suppression';
import { unknownOfficial } from './unknown-official';
import { weekdayMismatch } from './weekday-mismatch';

export { CheckContext, Rule } from './rule';
export { kbFindings, problemToFinding } from './kb-findings';
export { parseSuppressions, isSuppressed, Suppression } from './suppression';
export { fixAll } from './fix-all';

export const rules: Rule[] = [
  roleMismatch,
  rankMismatch,
  nameVariant,
  exerciseEdition,
  weekdayMismatch,
  anachronism,
  conflictingFact,
  unknownOfficial,
  missingDate,
];

export type RuleSeverities = Record<string, 'off' | 'error' | 'warning' | 'information' | 'hint' | 'default'>;

/** Codes findings may carry besides the rules' own (so settings and suppression comments may name them). */
export const EXTRA_CODES = ['suppression-unknown-code'];

export function runChecks(ctx: CheckContext, severities: RuleSeverities = {}): Finding[] {
  const out: Finding[] = [];
  for (const rule of rules) {
    const setting = severities[rule.code] ?? 'default';
    if (setting === 'off') continue;
    let found: Finding[];
    try {
      found = rule.check(ctx);
    } catch (e) {
      // A bug in one rule must not take the others down: report it where the article starts.
      found = [{ uri: ctx.analysis.article.uri, start: 0, end: 0, code: rule.code, severity: 'hint', message: `Internal error in rule ${rule.code}: ${(e as Error).message}`, related: [], fixes: [] }];
    }
    for (const f of found) out.push(setting === 'default' ? f : { ...f, severity: setting });
  }
  const suppressions = parseSuppressions(ctx.analysis.article);
  const byPosition = (a: Finding, b: Finding) => a.start - b.start || a.end - b.end;
  // Most articles have no suppression comment: nothing to filter, no unknown code to report.
  if (suppressions.length === 0) return out.sort(byPosition);
  const known = new Set([...rules.map((r) => r.code), ...EXTRA_CODES]);
  const unknown = severities['suppression-unknown-code'] === 'off' ? [] : unknownCodeFindings(ctx.analysis.article, suppressions, known);
  return [...out, ...unknown].filter((f) => !isSuppressed(f, suppressions)).sort(byPosition);
}
