// conflicting-fact: the same fact stated differently against the KB or in another article — an agreement's
// date ("signed in November 2014" vs "October 2014"), a round number ("3rd round of the JMCC" on a date the KB
// gives to another round), a count ("four Mi-35M" vs "three"). Partial dates agree with the dates they
// contain ("2014-11" ~ "2014-11-20" ~ "2014"). What the KB holds is compared with the KB only (it is the
// reference, and the other article gets its own finding); what it does not hold is compared across articles.
import { Fact, Finding, Fix, KbEvent, RelatedInformation } from '../types';
import { StatedFact } from '../facts/types';
import { CheckContext, Rule } from './rule';
import { finding, kbRelated, quote, replaceFix, shortName } from './support/findings';
import { datesAgree, formatDateLike, isCalendarDate } from './support/dates';
import { numberLike } from './support/numbers';
import { kbIds } from '../facts/kbIndex';
import { perKb } from '../kb/perKb';
import { quotedSentence } from '../workspace/quotedSentences';

type Compared = 'date' | 'quantity' | 'round';

function agree(predicate: Compared, a: string, b: string): boolean {
  return predicate === 'date' ? datesAgree(a, b) : Number(a) === Number(b);
}

function fixFor(ctx: CheckContext, f: Fact, value: string, why: string): Fix[] {
  const { text, uri } = ctx.analysis.article;
  const written = text.slice(f.valueSpan.start, f.valueSpan.end);
  const newText = f.predicate === 'date' ? formatDateLike(written, value) : numberLike(written, Number(value));
  return newText && newText !== written ? [replaceFix(uri, f.valueSpan, newText, `Replace with "${newText}" (${why})`)] : [];
}

function describe(predicate: Compared, label: string): string {
  return predicate === 'date' ? `the date of ${label}` : predicate === 'quantity' ? `the number in ${label}` : `the round of ${label}`;
}

/** KB events that are rounds of a series, by series, in KB order (a scan per fact costs more). */
const roundsBySeries = perKb((kb) => {
  const bySeries = new Map<string, KbEvent[]>();
  for (const e of kb.events) {
    if (e.series === undefined || e.round === undefined) continue;
    let list = bySeries.get(e.series);
    if (!list) bySeries.set(e.series, (list = []));
    list.push(e);
  }
  return bySeries;
});

/** Against the KB: a message and fixes, null when the KB agrees or has nothing to say. */
function againstKb(ctx: CheckContext, f: StatedFact): { message: string; event: KbEvent; fixes: Fix[] } | null | undefined {
  const { text } = ctx.analysis.article;
  const written = text.slice(f.valueSpan.start, f.valueSpan.end);
  if (f.predicate === 'round') {
    const rounds = roundsBySeries(ctx.kb).get(f.subject) ?? [];
    if (rounds.length === 0) return undefined;
    const stated = Number(f.value);
    if (!isCalendarDate(f.date)) return null;
    const onDate = rounds.filter((e) => e.date && datesAgree(e.date, f.date!));
    if (onDate.length === 1) {
      const e = onDate[0];
      if (e.round === stated) return null;
      return { event: e, message: `"${written}" round of ${f.subjectLabel} on ${f.date}: the KB gives ${e.date} to round ${e.round} (${e.name}).`, fixes: fixFor(ctx, f, String(e.round), `KB: ${e.name}`) };
    }
    const same = rounds.find((e) => e.round === stated);
    if (onDate.length === 0 && same?.date && f.dateBasis === 'stated' && !datesAgree(same.date, f.date)) {
      return { event: same, message: `Round ${stated} of ${f.subjectLabel} is dated ${f.date} here; KB: ${same.name} was ${same.date}.`, fixes: [] };
    }
    return null;
  }
  const ev = kbIds(ctx.kb).events.get(f.subject);
  if (!ev) return undefined;
  const kbValue = f.predicate === 'date' ? ev.date : ev.quantity !== undefined ? String(ev.quantity) : undefined;
  if (kbValue === undefined) return undefined;
  if (agree(f.predicate as Compared, f.value, kbValue)) return null;
  return {
    event: ev,
    message: `${quote(written)} conflicts with the KB on ${describe(f.predicate as Compared, ev.name)}: KB: ${kbValue}.`,
    fixes: fixFor(ctx, f, kbValue, `KB: ${ev.name}`),
  };
}

/** At most this many disagreeing articles are named in a message and linked as related information. */
const MAX_NAMED = 5;

/**
 * Facts of other articles that state the same thing differently: a sample to name, and how many there are.
 * Dates and counts are compared per distinct value (few), not per fact, so a 100k-article index stays cheap.
 */
function disagreeing(ctx: CheckContext, f: StatedFact): { sample: StatedFact[]; total: number } {
  const sample: StatedFact[] = [];
  let total = 0;
  const take = (o: StatedFact) => {
    if (o.uri === f.uri) return;
    total++;
    if (sample.length < MAX_NAMED) sample.push(o);
  };
  if (f.predicate !== 'round') {
    for (const [value, facts] of ctx.index.factsByValue(f.subject, f.predicate)) {
      if (isCalendarDate(value) !== isCalendarDate(f.value) || agree(f.predicate as Compared, f.value, value)) continue;
      for (const o of facts as StatedFact[]) take(o);
    }
    return { sample, total };
  }
  // Rounds: the same round on dates that disagree, or one day given two round numbers.
  if (!isCalendarDate(f.date)) return { sample, total };
  for (const facts of ctx.index.factsByValue(f.subject, 'round').values()) {
    for (const o of facts as StatedFact[]) {
      if (!isCalendarDate(o.date)) continue;
      const conflicts = o.value === f.value ? f.dateBasis === 'stated' && o.dateBasis === 'stated' && !datesAgree(o.date, f.date!) : f.date!.length === 10 && o.date === f.date;
      if (conflicts) take(o);
    }
  }
  return { sample, total };
}

/**
 * Whether the statements of one subject and predicate across the index could give disagreeing() anything to
 * find: a necessary condition, cheap enough to screen every article with (see ConflictScreen). Dates and
 * counts need two different values; rounds need one round on two dates, or one full date given two rounds
 * (different rounds on their own dates never conflict).
 */
export function statementsMayDisagree(facts: Fact[], predicate: Fact['predicate']): boolean {
  return predicate === 'round' ? roundsMayConflict(facts) : valuesDiffer(facts, predicate);
}

function valuesDiffer(facts: Fact[], predicate: Fact['predicate']): boolean {
  let first: string | undefined;
  for (const o of facts) {
    if (o.predicate !== predicate) continue;
    if (first === undefined) first = o.value;
    else if (o.value !== first) return true;
  }
  return false;
}

function roundsMayConflict(facts: Fact[]): boolean {
  const datesOfRound = new Map<string, string>();
  const roundOfDay = new Map<string, string>();
  for (const o of facts) {
    const date = (o as { date?: string | null }).date;
    // The rule compares rounds by their dates only: a round stated without one conflicts with nothing.
    if (o.predicate !== 'round' || !isCalendarDate(date)) continue;
    const known = datesOfRound.get(o.value);
    if (known === undefined) datesOfRound.set(o.value, date);
    else if (known !== date) return true;
    if (date.length !== 10) continue;
    const round = roundOfDay.get(date);
    if (round === undefined) roundOfDay.set(date, o.value);
    else if (round !== o.value) return true;
  }
  return false;
}

function acrossArticles(ctx: CheckContext, f: StatedFact): { message: string; related: RelatedInformation[]; fixes: Fix[] } | null {
  const { sample: others, total } = disagreeing(ctx, f);
  if (total === 0) return null;
  const { text } = ctx.analysis.article;
  const written = text.slice(f.valueSpan.start, f.valueSpan.end);
  const related: RelatedInformation[] = others.map((o) => {
    const entry = ctx.index.get(o.uri);
    const sentence = entry && quotedSentence(entry.sentences, o.sentence.start);
    return { uri: o.uri, start: o.valueSpan.start, end: o.valueSpan.end, message: sentence ? quote(sentence, 200) : `${o.predicate}: ${o.value}` };
  });
  const who = others.map((o) => `${shortName(o.uri)}${ctx.index.get(o.uri)?.date ? ` (${ctx.index.get(o.uri)!.date})` : ''} says ${f.predicate === 'round' ? `round ${o.value} on ${o.date}` : o.value}`);
  if (total > others.length) who.push(`and ${total - others.length} more`);
  const mine = f.predicate === 'round' ? `round ${f.value} on ${f.date}` : f.value;
  const message = `${quote(written)} (${mine}) disagrees with other articles on ${describe(f.predicate as Compared, f.subjectLabel)}: ${who.join('; ')}.`;
  // A strict majority of all statements for one other value: offer it.
  let fixes: Fix[] = [];
  if (f.predicate !== 'round') {
    const groups = ctx.index.factsByValue(f.subject, f.predicate);
    const counts = new Map<string, number>();
    let all = 0;
    for (const [value, facts] of groups) {
      const n = facts.filter((o) => o.uri !== f.uri).length + (value === f.value ? 1 : 0);
      counts.set(value, n);
      all += n;
    }
    if (!groups.has(f.value)) {
      counts.set(f.value, 1);
      all += 1;
    }
    for (const [value, n] of counts) if (n * 2 > all && !agree(f.predicate as Compared, value, f.value)) fixes = fixFor(ctx, f, value, `${n} of ${all} articles`);
  }
  return { message, related, fixes };
}

export const conflictingFact: Rule = {
  code: 'conflicting-fact',
  defaultSeverity: 'warning',
  description: 'A date, round number or count stated differently from the KB or from another article.',
  check(ctx) {
    const { uri } = ctx.analysis.article;
    const out: Finding[] = [];
    for (const f of ctx.analysis.facts as StatedFact[]) {
      if (f.predicate !== 'date' && f.predicate !== 'quantity' && f.predicate !== 'round') continue;
      if (f.predicate === 'date' && !isCalendarDate(f.value)) continue;
      if (f.predicate !== 'date' && !Number.isFinite(Number(f.value))) continue;
      const kb = againstKb(ctx, f);
      if (kb) {
        out.push(finding(uri, f.valueSpan, this.code, this.defaultSeverity, kb.message, kbRelated(kb.event.loc, `KB entry of ${kb.event.name}`), kb.fixes));
        continue;
      }
      if (kb === null) continue; // the KB holds it and agrees
      const across = acrossArticles(ctx, f);
      if (across) out.push(finding(uri, f.valueSpan, this.code, this.defaultSeverity, across.message, across.related, across.fixes));
    }
    return out;
  },
};
