// weekday-mismatch: a full date written with the wrong weekday ("Tuesday, October 30, 2024" — a Wednesday).
import { Finding } from '../types';
import { Rule } from './rule';
import { finding, replaceFix } from './support/findings';
import { mentionsByKind } from './support/kinds';
import { WEEKDAY_NAMES, weekdayIndex, weekdayLike, weekdayOf } from './support/dates';

export const weekdayMismatch: Rule = {
  code: 'weekday-mismatch',
  defaultSeverity: 'warning',
  description: 'An explicit date written with the wrong day of the week.',
  check(ctx) {
    const { uri } = ctx.analysis.article;
    const out: Finding[] = [];
    for (const m of mentionsByKind(ctx.analysis.mentions).dates) {
      if (!m.weekday || !m.value) continue;
      const actual = weekdayOf(m.value.slice(0, 10));
      const written = weekdayIndex(m.weekday.name);
      if (actual === null || written === null || actual === written) continue;
      const newText = weekdayLike(m.weekday.name, actual);
      out.push(
        finding(uri, m.weekday.span, this.code, this.defaultSeverity, `"${m.text}": ${m.value} was a ${WEEKDAY_NAMES[actual]}, not a ${WEEKDAY_NAMES[written]}.`, [], [
          replaceFix(uri, m.weekday.span, newText, `Replace with "${newText}"`),
        ]),
      );
    }
    return out;
  },
};
