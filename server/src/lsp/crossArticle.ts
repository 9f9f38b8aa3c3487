// Cross-article findings without re-running the recognisers. Only `conflicting-fact` reads other articles
// (through the index); every other rule depends on the article alone. So a closed article whose own analysis
// is unchanged gets its cross-article findings from its index entry (facts) plus the article model
// (text, paragraphs for suppression comments), which is cheap to rebuild.
import { parseArticle } from '../engine/article';
import { rules, runChecks, RuleSeverities } from '../engine/checks';
import { Fact, Finding } from '../engine/types';
import { AnnotatorService } from '../engine/workspace/service';

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
 * Could any of these facts disagree with another article's? Only if some fact group (subject, predicate)
 * holds two different (value, date) statements: equal statements always agree. A necessary condition,
 * cheap to test, that spares most articles the second pass. Cached per group for one index revision.
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
      if (hot === undefined) {
        const seen = new Set<string>();
        for (const o of index.factsAbout(f.subject)) {
          if (o.predicate !== f.predicate) continue;
          seen.add(`${o.value}\u0000${(o as { date?: string | null }).date ?? ''}`);
          if (seen.size > 1) break;
        }
        this.hot.set(key, (hot = seen.size > 1));
      }
      if (hot) return true;
    }
    return false;
  }
}
