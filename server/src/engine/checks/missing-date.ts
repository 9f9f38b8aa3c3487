// missing-date: an article without a publication date, so relative dates ("last year", "on Tuesday") cannot
// be resolved and the date checks are skipped. The fix inserts the ` date YYYY-MM-DD ` header with the
// latest full date written in the text (a report is usually published on or after the last day it names);
// with no full date in the text there is no good guess, and no fix.
import { DateMention, Finding } from '../types';
import { Rule } from './rule';
import { finding } from './support/findings';

export const missingDate: Rule = {
  code: 'missing-date',
  defaultSeverity: 'information',
  description: 'An article with no publication date: relative dates cannot be resolved.',
  check(ctx) {
    const { article } = ctx.analysis;
    if (article.date) return [];
    const dates = ctx.analysis.mentions.filter((m): m is DateMention => m.kind === 'date');
    const unresolved = dates.filter((d) => d.relative && d.value === null);
    const latest = dates
      .filter((d) => !d.relative && d.value !== null && /^\d{4}-\d{2}-\d{2}$/.test(d.value))
      .map((d) => d.value!)
      .sort()
      .pop();
    const text = article.text;
    let start = article.bodyStart;
    while (start < text.length && /\s/.test(text[start])) start++;
    const nl = text.slice(start, start + 500).search(/[\r\n]/);
    const end = Math.min(text.length, nl === -1 ? start + Math.min(80, text.length - start) : start + nl);
    const examples = unresolved.slice(0, 3).map((d) => `"${d.text}"`).join(', ');
    const message =
      `The article has no publication date, so ${unresolved.length ? `${unresolved.length} relative date(s) (${examples}) cannot be resolved and ` : ''}` +
      `date-dependent checks are skipped. Add a " date YYYY-MM-DD " header or set newsAnnotator.dateOverride.`;
    const fixes = latest
      ? [{ title: `Add the date header " date ${latest} " (latest full date in the text)`, edits: [{ uri: article.uri, start: 0, end: 0, newText: ` date ${latest} ` }] }]
      : [];
    return [finding(article.uri, { start, end: Math.max(end, start) }, this.code, this.defaultSeverity, message, [], fixes)] as Finding[];
  },
};
