// role-mismatch: a title the person did not hold on the article's date ("Defence Minister Khawaja Asif" in
// March 2018, when he was Foreign Minister). "then"/"former" accept a past post; a title that fits any post
// held that week is fine. A title the KB does not know for the person, while it knows what they held that
// day, is only a hint (the KB may lack a post); people without dated roles are left alone.
import { formatPeriod } from '../kb/query';
import { Finding } from '../types';
import { resolvedOfficials, titleVerdict } from './officials';
import { Rule } from './rule';
import { finding, kbRelated, replaceFix } from './support/findings';
import { titleLike } from './support/people';

export const roleMismatch: Rule = {
  code: 'role-mismatch',
  defaultSeverity: 'warning',
  description: "A title that does not match the person's role (KB) on the article's date.",
  check(ctx) {
    const { article } = ctx.analysis;
    if (!article.date) return [];
    const out: Finding[] = [];
    for (const official of resolvedOfficials(ctx)) {
      const { mention, person } = official;
      if (!mention.title || !mention.titleSpan) continue;
      const verdict = titleVerdict(ctx, official);
      if (verdict.kind !== 'mismatch' && verdict.kind !== 'unknown-title') continue;
      const heldText = verdict.held.map((r) => `${r.title} ${formatPeriod(r.from, r.to)}`).join('; ');
      const message =
        verdict.kind === 'mismatch'
          ? `"${mention.title}" does not match ${person.name}'s role on ${article.date} (KB: ${heldText}); ` +
            `KB: ${verdict.written.title} ${formatPeriod(verdict.written.from, verdict.written.to)}.`
          : `"${mention.title}" is not among ${person.name}'s posts in the KB; on ${article.date} the KB has: ${heldText}.`;
      // A title the KB does not know may be a post it lacks: a hint, not a warning.
      const severity = verdict.kind === 'mismatch' ? this.defaultSeverity : 'hint';
      const fixes = verdict.held.map((r, i) => {
        const title = titleLike(mention.title!, r);
        return replaceFix(article.uri, mention.titleSpan!, title, `Replace with "${title}" (role on ${article.date})`, i === 0);
      });
      out.push(finding(article.uri, mention.titleSpan, this.code, severity, message, kbRelated(person.loc, `KB entry of ${person.name}`), fixes));
    }
    return out;
  },
};
