// Cross-article findings without re-running the recognisers (used by the language server and the CLI).
// Only `conflicting-fact` reads other articles (through the index); every other rule depends on the article
// alone. So a closed article whose own analysis
// is unchanged gets its cross-article findings from its index entry (facts) plus the article model
// (text, paragraphs for suppression comments), which is cheap to rebuild.
import { parseArticle } from '../article';
import { rules, runChecks, RuleSeverities } from '../checks';
import { Fact, Finding } from '../types';
import { AnnotatorService } from './service';
import { statementsMayDisagree } from '../checks/conflicting-fact';

export const CROSS_ARTICLE_RULE = 'conflicting-fact';
const CROSS_PREDICATES = new Set<Fact['predicate']>(['date', 'quantity', 'round']);

/** Severities that run the cross-article rule alone (as configured) and nothing else. */
function crossOnly(severities: RuleSeverities | undefined): RuleSeverities | undefined {
  const setting = severities?.[CROSS_ARTICLE_RULE] ?? 'default';
  if (setting === 'off') return undefined;
  const only: RuleSeverities = { 'suppression-unknown-code': 'off' };
  for (const r of rules) only[r.code] = r.code === CROSS_ARTICLE_RULE ? setting : 'off';
  return only;
}

/** The cross-article rule's findings for an indexed article, from its current text on disk or in memory. */
export function crossArticleFindings(service: AnnotatorService, uri: string, text: string): Finding[] {
  const entry = service.index.get(uri);
  const severities = crossOnly(service.settings.severities);
  if (!entry || !severities || !hasCrossFacts(entry.facts)) return [];
  const { article } = parseArticle(uri, text, { dateOverride: service.settings.dateOverride });
  return runChecks(
    {
      // The cross-article rule reads facts only (the other rules are off), so no mentions are needed.
      analysis: { article, mentions: [], facts: entry.facts },
      index: service.index,
      kb: service.kb,
      kbText: (u) => service.kbText(u),
      workspaceKbUri: service.settings.workspaceKbUri,
    },
    severities,
  ).map((f) => ({ ...f, uri: f.uri || uri }));
}

export function hasCrossFacts(facts: Fact[]): boolean {
  return facts.some((f) => CROSS_PREDICATES.has(f.predicate));
}

/**
 * Could any of these facts disagree with another article's? The rule's own necessary condition
 * (statementsMayDisagree), asked once per fact group (subject, predicate) and index revision: it spares most
 * articles the second pass.
 */
export class ConflictScreen {
  private readonly hot = new Map<string, boolean>();
  private revision = -1;

  constructor(private readonly service: AnnotatorService) {}

  mayConflict(facts: Fact[]): boolean {
    const index = this.service.index;
    if (index.revision !== this.revision) {
      this.hot.clear();
      this.revision = index.revision;
    }
    for (const f of facts) {
      if (!CROSS_PREDICATES.has(f.predicate)) continue;
      const key = `${f.subject}\u0000${f.predicate}`;
      let hot = this.hot.get(key);
      if (hot === undefined) this.hot.set(key, (hot = statementsMayDisagree(index.factsAbout(f.subject), f.predicate)));
      if (hot) return true;
    }
    return false;
  }
}

/** Where a finding sorts among an article's findings (see AnnotatorService.findings and runChecks). */
const RULE_ORDER = new Map<string, number>([...rules.map((r, i) => [r.code, i] as [string, number]), ['suppression-unknown-code', rules.length]]);

/**
 * An article's findings with the cross-article rule's replaced by `cross` (computed against the complete
 * index), in the order AnnotatorService.findings gives: by start; at one start the article's own problems
 * first, then by end, then in rule order.
 */
export function withCrossArticleFindings(own: Finding[], cross: Finding[]): Finding[] {
  const merged = [...own.filter((f) => f.code !== CROSS_ARTICLE_RULE), ...cross];
  // Array.prototype.sort is stable: findings equal on every key keep the rule's own order.
  return merged.sort((a, b) => {
    if (a.start !== b.start) return a.start - b.start;
    const aRule = RULE_ORDER.get(a.code);
    const bRule = RULE_ORDER.get(b.code);
    // The article's own problems (no rule) come first, in their order.
    if (aRule === undefined || bRule === undefined) return (aRule === undefined ? 0 : 1) - (bRule === undefined ? 0 : 1);
    return a.end - b.end || aRule - bRule;
  });
}
