// rank-mismatch: a rank the person did not hold on the article's date ("Lt Gen Alexander Fomin" for a
// Colonel General). Abbreviations equal their full forms and "Gen" alone fits any general's rank. A retired
// officer may be given any rank held up to the date.
import { formatPeriod, periodMatches } from '../kb/query';
import { Finding, KbPerson, KbRank } from '../types';
import { resolvedOfficials } from './officials';
import { Rule } from './rule';
import { finding, kbRelated, replaceFix } from './support/findings';
import { startedBy } from './support/people';
import { canonicalRank, rankAgrees, rankLike } from './support/ranks';

interface RanksOnDate {
  held: KbRank[];
  /** Computed on first use: ranks taken up by the date (a retired or "former" officer may be given any). */
  startedBy?: KbRank[];
}

/** A person's ranks on a date, remembered per person (within bounds): many mentions, few people and dates. */
function ranksOn(person: KbPerson, date: string): RanksOnDate {
  let byDate = ranksByDate.get(person);
  if (byDate === undefined) ranksByDate.set(person, (byDate = new Map()));
  let ranks = byDate.get(date);
  if (ranks === undefined) {
    if (byDate.size > 5_000) byDate.clear();
    byDate.set(date, (ranks = { held: person.ranks.filter((r) => periodMatches(r.from, r.to, date)) }));
  }
  return ranks;
}

const ranksByDate = new WeakMap<KbPerson, Map<string, RanksOnDate>>();

export const rankMismatch: Rule = {
  code: 'rank-mismatch',
  defaultSeverity: 'warning',
  description: "A military rank that does not match the person's rank (KB) on the article's date.",
  check(ctx) {
    const { article } = ctx.analysis;
    if (!article.date) return [];
    const out: Finding[] = [];
    for (const { mention, person } of resolvedOfficials(ctx)) {
      if (!mention.rank || !mention.rankSpan || person.ranks.length === 0) continue;
      const written = mention.rankCanonical ?? mention.rank;
      const ranks = ranksOn(person, article.date);
      const held = ranks.held;
      const acceptable: KbRank[] = mention.retired || mention.past ? (ranks.startedBy ??= person.ranks.filter((r) => startedBy(r, article.date!))) : held;
      // Nothing in the KB for that date: no evidence either way.
      if (held.length === 0 || acceptable.some((r) => rankAgrees(written, r.rank))) continue;
      const kbRank = held[held.length - 1];
      // Keep a "(Retd)" written with the rank.
      const retd = /\s*\((?:retd|retired|r)\.?\)\s*$/i.exec(mention.rank)?.[0] ?? '';
      const newText = rankLike(mention.rank, kbRank.rank) + retd;
      out.push(
        finding(
          article.uri,
          mention.rankSpan,
          this.code,
          this.defaultSeverity,
          `"${mention.rank}" (${canonicalRank(written)}) does not match ${person.name}'s rank on ${article.date} (KB: ${kbRank.rank} ${formatPeriod(kbRank.from, kbRank.to)}).`,
          kbRelated(person.loc, `KB entry of ${person.name}`),
          [replaceFix(article.uri, mention.rankSpan, newText, `Replace with "${newText}"`)],
        ),
      );
    }
    return out;
  },
};
