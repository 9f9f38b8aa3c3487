// anachronism: a reference to something that begins after the article's date — a KB event dated later, an
// exercise edition that starts later, or a title the person took up only later. Plans and expectations
// ("agreed to hold the 4th round", "will", "next") are references to the future, not anachronisms, so
// sentences with such cues are left alone. No fix: what was meant cannot be known.
import { sentenceAt } from '../article';
import { dayInterval } from '../kb/dates';
import { formatPeriod } from '../kb/query';
import { StatedFact } from '../facts/types';
import { Finding, Span } from '../types';
import { kbIds } from '../facts/kbIndex';
import { editionStart, exerciseById } from './exercises';
import { resolvedOfficials, titleVerdict } from './officials';
import { mentionsByKind } from './support/kinds';
import { Rule } from './rule';
import { finding, kbRelated } from './support/findings';

const FUTURE_CUES = /\b(will|would|shall|to be held|to hold|to be signed|to sign|plan(?:s|ned|ning)?|schedul(?:e|ed|ing)|upcoming|forthcoming|next|expected|proposed|agreed to|intend(?:s|ed)?|is to|are to|set to|due to|later this|coming)\b/i;

function speaksOfFuture(text: string, s: Span | undefined): boolean {
  if (!s) return false;
  return FUTURE_CUES.test(text.slice(s.start, Math.min(s.end, s.start + 2000)));
}

export const anachronism: Rule = {
  code: 'anachronism',
  defaultSeverity: 'warning',
  description: "A reference to an event, exercise edition or post that begins after the article's date.",
  check(ctx) {
    const { article } = ctx.analysis;
    if (!article.date) return [];
    const day = article.date;
    const text = article.text;
    const out: Finding[] = [];
    // Editions already judged against a stated date are the exercise-edition rule's.
    const judged = new Set<number>();
    for (const f of ctx.analysis.facts) if (f.predicate === 'edition-date') judged.add(f.valueSpan.start);
    const futureBySentence = new Map<number, boolean>();
    const future = (m: Span) => {
      const s = sentenceAt(article, m.start);
      if (!s) return false;
      let v = futureBySentence.get(s.start);
      if (v === undefined) futureBySentence.set(s.start, (v = speaksOfFuture(text, s)));
      return v;
    };
    const events = kbIds(ctx.kb).events;

    for (const m of mentionsByKind(ctx.analysis.mentions).eventsAndExercises) {
      if (m.kind === 'event' && m.entity) {
        const ev = events.get(m.entity);
        const start = ev?.date ? dayInterval(ev.date)?.start : undefined;
        if (!ev || !start || start <= day || future(m)) continue;
        out.push(finding(article.uri, m, this.code, this.defaultSeverity, `${ev.name} took place on ${ev.date} (KB), after this article's date ${day}.`, kbRelated(ev.loc, `KB entry of ${ev.name}`)));
      } else if (m.kind === 'exercise' && m.edition !== null && m.editionSpan && !judged.has(m.editionSpan.start)) {
        const ex = exerciseById(ctx.kb, m.entity);
        const ed = ex?.editions.find((e) => e.edition === m.edition);
        const start = ed ? editionStart(ed) : null;
        if (!ex || !ed || !start || start <= day || future(m)) continue;
        out.push(
          finding(article.uri, m, this.code, this.defaultSeverity, `${m.text}: edition ${ed.edition} of ${ex.name} began ${formatPeriod(ed.from, ed.to)} (KB), after this article's date ${day}.`, kbRelated(ex.loc, `KB entry of ${ex.name}`)),
        );
      }
    }
    // A date stated for an event that lies after the article's date, said as past ("signed in November 2019"
    // in a 2018 report). Events the KB dates are the conflicting-fact rule's.
    for (const f of ctx.analysis.facts as StatedFact[]) {
      if (f.predicate !== 'date' || f.dateBasis === 'article' || f.quoted) continue;
      const start = dayInterval(f.value)?.start;
      if (!start || start <= day || events.get(f.subject)?.date || speaksOfFuture(text, f.sentence)) continue;
      out.push(finding(article.uri, f.valueSpan, this.code, this.defaultSeverity, `${f.subjectLabel} is dated ${f.value} here, after this article's date ${day}.`));
    }
    for (const official of resolvedOfficials(ctx)) {
      const { mention, person } = official;
      if (!mention.title || !mention.titleSpan) continue;
      const verdict = titleVerdict(ctx, official);
      if (verdict.kind !== 'future') continue;
      const held = verdict.held.length ? ` On ${day} the KB has: ${verdict.held.map((r) => `${r.title} ${formatPeriod(r.from, r.to)}`).join('; ')}.` : '';
      out.push(
        finding(
          article.uri,
          mention.titleSpan,
          this.code,
          this.defaultSeverity,
          `${person.name} became ${verdict.written.title} only on ${verdict.written.from} (KB: ${formatPeriod(verdict.written.from, verdict.written.to)}), after this article's date ${day}.${held}`,
          kbRelated(person.loc, `KB entry of ${person.name}`),
        ),
      );
    }
    return out;
  },
};
