// exercise-edition: an exercise edition described as under way (or just held) on a date when the KB has
// another edition then ("Druzhba VII" under way in a 2021 article; "Druzhba VI" in 2024). Works on the
// edition-date facts the facts stage states (a date in the clause, or "coincided"/"opening ceremony" cues).
import { formatPeriod } from '../kb/query';
import { toRoman } from '../recognise/exercises/numerals';
import { Finding } from '../types';
import { StatedFact } from '../facts/types';
import { assessEdition, exerciseById } from './exercises';
import { Rule } from './rule';
import { finding, kbRelated, replaceFix } from './support/findings';
import { isCalendarDate } from './support/dates';
import { numberLike } from './support/numbers';

export const exerciseEdition: Rule = {
  code: 'exercise-edition',
  defaultSeverity: 'warning',
  description: 'An exercise edition that does not fit the date it is described as held on (KB editions).',
  check(ctx) {
    const { article } = ctx.analysis;
    const out: Finding[] = [];
    for (const f of ctx.analysis.facts as StatedFact[]) {
      if (f.predicate !== 'edition-date' || !isCalendarDate(f.date)) continue;
      const exercise = exerciseById(ctx.kb, f.subject);
      const edition = Number(f.value);
      if (!exercise || !Number.isInteger(edition)) continue;
      const verdict = assessEdition(exercise, edition, f.date);
      if (verdict.kind !== 'wrong') continue;
      const written = article.text.slice(f.valueSpan.start, f.valueSpan.end);
      const e = verdict.expected;
      const when = f.dateBasis === 'article' ? `this article's date ${f.date}` : f.date;
      const statedInfo = verdict.stated ? ` ${exercise.name} ${toRoman(edition).toUpperCase()} was ${formatPeriod(verdict.stated.from, verdict.stated.to)}${verdict.startsAfter ? ', after that date' : ''}.` : '';
      const message = `${exercise.name} ${written} does not fit ${when} (KB: ${exercise.name} ${toRoman(e.edition).toUpperCase()} ${formatPeriod(e.from, e.to)}).${statedInfo}`;
      const newText = numberLike(written, e.edition);
      out.push(
        finding(article.uri, f.valueSpan, this.code, this.defaultSeverity, message, kbRelated(exercise.loc, `KB entry of ${exercise.name}`), [
          replaceFix(article.uri, f.valueSpan, newText, `Replace with "${newText}" (edition of ${f.date})`),
        ]),
      );
    }
    return out;
  },
};
