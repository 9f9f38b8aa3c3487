// Facts stated by sentences about events and exercises, for the consistency checks to compare with
// the KB and across articles:
//   date          an event's date from a date its verb governs ("signed … in November 2014")
//   round         the ordinal stated for a round of a meeting series (subject: the series), with its date
//   quantity      a count right before an event's name ("four Mi-35M")
//   place         where an event or exercise edition was held ("was held at Islamabad")
//   edition-date  an exercise edition described as held/under way on a date, or on the day of a same-day report
// Subjects are KB ids; events the KB lacks get a corpus key ("event:defence cooperation agreement",
// "event:jmcc#6") so articles can still be compared.
import { Token, tokenIndexAt } from '../text/tokens';
import { DateMention, EventMention, ExerciseMention, Mention, PlaceMention, Sentence, Span } from '../types';
import { RecogniserContext } from '../recognise/context';
import { EventMentionDetail } from '../recognise/events';
import { cardinalEndingAt } from '../recognise/exercises/numerals';
import { normaliseName, plainGap } from '../recognise/exercises/words';
import { seriesIndexFor } from '../recognise/events/series';
import { firstStartingAtOrAfter, governedTarget, heldRightAfter } from './governing';
import { kbIds } from './kbIndex';
import { StatedFact } from './types';

export type { StatedFact } from './types';

/** /^\d{4}(-\d{2}(-\d{2})?)?$/ without a regex run per date mention. */
export function isIsoDate(value: string): boolean {
  const n = value.length;
  if (n !== 4 && n !== 7 && n !== 10) return false;
  for (let i = 0; i < n; i++) {
    const c = value.charCodeAt(i);
    if (i === 4 || i === 7 ? c !== 45 : c < 48 || c > 57) return false;
  }
  return true;
}

/** Cues that an exercise edition is going on at the time the sentence speaks of. */
const ONGOING_CUES = ['coincided', 'coincides', 'coinciding', 'under way', 'underway', 'ongoing', 'opening ceremony', 'is being held', 'are being held', 'currently'];

/** Words between a count and the event's name: "four new Mi-35M". */
const COUNT_ADJECTIVES = new Set(['new', 'more', 'additional', 'advanced', 'modern', 'further', 'upgraded']);

interface SentenceMentions {
  sentence: Sentence;
  subjects: (EventMention | ExerciseMention)[];
  dates: DateMention[];
  places: PlaceMention[];
  /** Computed on first use: whether the sentence speaks of something under way. */
  ongoing?: boolean;
}

export function extractFacts(ctx: RecogniserContext, mentions: Mention[]): StatedFact[] {
  const groups = groupBySentence(ctx, mentions);
  const sameDay = sameDayDate(ctx);
  const out: StatedFact[] = [];
  for (const g of groups) {
    const subjects = g.subjects;
    for (let i = 0; i < subjects.length; i++) {
      const s = subjects[i];
      // Targets beyond a neighbouring subject belong to that subject.
      const window = { start: i > 0 ? subjects[i - 1].end : g.sentence.start, end: i + 1 < subjects.length ? subjects[i + 1].start : g.sentence.end };
      if (s.kind === 'event') eventFacts(ctx, g, s as EventMentionDetail, window, sameDay, out);
      else exerciseFacts(ctx, g, s, window, sameDay, out);
    }
  }
  return out.sort(byStartThenPredicate);
}

/**
 * Text order, then predicate in alphabetical order. The predicates differ in their first letter, so
 * comparing code units orders them as localeCompare did, without its cost.
 */
function byStartThenPredicate(a: StatedFact, b: StatedFact): number {
  return a.start - b.start || (a.predicate < b.predicate ? -1 : a.predicate > b.predicate ? 1 : 0);
}

/**
 * The event, exercise, date and place mentions of each sentence that has an event or exercise (the others
 * state no fact), in sentence order.
 */
function groupBySentence(ctx: RecogniserContext, mentions: Mention[]): SentenceMentions[] {
  const sentences = ctx.article.sentences;
  const out: SentenceMentions[] = [];
  // Mentions come in text order: walk the sentences alongside, gathering one sentence at a time, and keep
  // a group only if it has a subject (most sentences hold only places and dates: no object for them).
  let si = 0;
  let lastStart = -Infinity;
  let current: Sentence | undefined;
  let subjects: (EventMention | ExerciseMention)[] = [];
  let dates: DateMention[] = [];
  let places: PlaceMention[] = [];
  const flush = () => {
    if (current !== undefined && subjects.length > 0) {
      out.push({ sentence: current, subjects, dates, places });
      subjects = [];
      dates = [];
      places = [];
    } else {
      dates.length = 0;
      places.length = 0;
    }
  };
  for (const m of mentions) {
    switch (m.kind) {
      case 'date':
        if (m.value === null || !isIsoDate(m.value)) continue;
        break;
      case 'event':
      case 'exercise':
      case 'place':
        break;
      default:
        continue;
    }
    // Callers other than the pipeline may give mentions in another order: walk a sorted copy (stable).
    if (m.start < lastStart) return groupBySentence(ctx, [...mentions].sort(byStart));
    lastStart = m.start;
    while (si < sentences.length && sentences[si].end <= m.start) si++;
    const sentence = si < sentences.length && sentences[si].start <= m.start ? sentences[si] : undefined;
    if (!sentence || m.end > sentence.end) continue;
    if (sentence !== current) {
      flush();
      current = sentence;
    }
    if (m.kind === 'date') dates.push(m);
    else if (m.kind === 'place') places.push(m);
    else subjects.push(m);
  }
  flush();
  // No sort: every mention kept was checked to start at or after the one before, so each list is already in
  // start order (a stable sort by start would leave it as it is).
  return out;
}

const byStart = (a: Span, b: Span) => a.start - b.start;

/**
 * The day a same-day report is about: its lead (the first of the opening sentences that holds a full
 * date, after any byline) dates its news ("on Wednesday") to the article's date or the day before.
 * Null when the article does not show it is a same-day report.
 */
function sameDayDate(ctx: RecogniserContext): DateMention | null {
  const { article } = ctx;
  if (!article.date) return null;
  // The dateline's date ("Islamabad, Oct 29 (PTI)") is the publication date, not the news day.
  const dateline = article.dateline?.span;
  const dateSpan = article.dateSpan;
  const dates = ctx.dates;
  const opening = Math.min(3, article.sentences.length);
  // Loops rather than slice/filter/find with closures: this runs once per article.
  for (let s = 0; s < opening; s++) {
    const sentence = article.sentences[s];
    let first: DateMention | undefined;
    for (let k = 0; k < dates.length && first === undefined; k++) {
      const d = dates[k];
      if (d.start >= sentence.start && d.end <= sentence.end && !within(d, dateline) && !within(d, dateSpan)) first = d;
    }
    if (!first) continue;
    if (first.value === null || !/^\d{4}-\d{2}-\d{2}$/.test(first.value)) return null;
    const days = (Date.parse(article.date) - Date.parse(first.value)) / 86_400_000;
    return days === 0 || days === 1 ? first : null;
  }
  return null;
}

function within(d: Span, outer: Span | undefined): boolean {
  return outer !== undefined && outer.start <= d.start && d.end <= outer.end;
}

/** A fact's common fields, in the order facts have always been written (object literals, not spreads: this is a hot path). */
function fact(ctx: RecogniserContext, g: SentenceMentions, subject: string, label: string, at: Span, predicate: StatedFact['predicate'], value: string, valueSpan: Span): StatedFact {
  return {
    uri: ctx.article.uri,
    subject,
    subjectLabel: label,
    start: at.start,
    end: at.end,
    sentence: { start: g.sentence.start, end: g.sentence.end },
    predicate,
    value,
    valueSpan,
  };
}

function withQuote(ctx: RecogniserContext, f: StatedFact): StatedFact {
  // Quotes are sorted and disjoint: binary search instead of a scan per fact.
  const quotes = ctx.article.quotes;
  const i = firstStartingAtOrAfter(quotes, f.start + 1) - 1;
  const q = i >= 0 ? quotes[i] : undefined;
  // A name in quote marks (‘Friendship’) is not quoted speech.
  const nameOnly = q !== undefined && q.start >= f.start - 1 && q.end <= f.end + 1;
  if (q && q.start <= f.start && f.start < q.end && !nameOnly) f.quoted = true;
  return f;
}

function eventSubject(m: EventMentionDetail): string {
  if (m.entity) return m.entity;
  if (m.series !== undefined && m.round !== undefined) return `event:${m.series.replace(/^series:/, '')}#${m.round}`;
  return `event:${m.key ?? normaliseName(m.text)}`;
}

function eventFacts(ctx: RecogniserContext, g: SentenceMentions, m: EventMentionDetail, window: Span, sameDay: DateMention | null, out: StatedFact[]): void {
  const text = ctx.article.text;
  const subject = eventSubject(m);
  const label = m.label ?? m.text;
  const span = { start: m.start, end: m.end };

  // date
  const governed = governedTarget(text, span, g.dates, window, true);
  let date: { value: string; span: Span; basis: 'stated' | 'article' } | undefined;
  if (governed?.target.value) {
    date = { value: governed.target.value, span: { start: governed.target.start, end: governed.target.end }, basis: 'stated' };
  } else if (sameDay?.value && isMeeting(ctx, m) && heldRightAfter(text, m.end, g.sentence.end)) {
    // "The 3rd round … was held at Islamabad" in a report whose lead dates the news to that day.
    date = { value: sameDay.value, span: { start: sameDay.start, end: sameDay.end }, basis: 'article' };
  }
  if (date) {
    const f = fact(ctx, g, subject, label, span, 'date', date.value, date.span);
    f.dateBasis = date.basis;
    out.push(withQuote(ctx, f));
  }

  // round
  if (m.round !== undefined && m.roundSpan && m.series) {
    const seriesLabel = seriesIndexFor(ctx.kb).labels.get(m.series) ?? m.series.replace(/^series:/, '');
    const f = fact(ctx, g, m.series, seriesLabel, span, 'round', String(m.round), m.roundSpan);
    if (date) {
      f.date = date.value;
      f.dateSpan = date.span;
      f.dateBasis = date.basis;
    }
    out.push(withQuote(ctx, f));
  }

  // quantity: "four Mi-35M", "4 new Mi-35M"
  const count = countBefore(ctx, m, g);
  if (count) out.push(withQuote(ctx, fact(ctx, g, subject, label, span, 'quantity', String(count.value), count.span)));

  // place
  const place = placeOf(ctx, span, g, window);
  if (place) out.push(withQuote(ctx, fact(ctx, g, subject, label, span, 'place', place.value, place.span)));
}

function isMeeting(ctx: RecogniserContext, m: EventMentionDetail): boolean {
  if (m.round !== undefined) return true;
  const ev = m.entity ? kbIds(ctx.kb).events.get(m.entity) : undefined;
  return ev?.kind === 'meeting' || ev?.kind === 'visit';
}

function countBefore(ctx: RecogniserContext, m: EventMention, g: SentenceMentions): { value: number; span: Span } | undefined {
  const { tokens } = ctx;
  const text = ctx.article.text;
  const i = tokenIndexAt(tokens, m.start);
  if (i <= 0 || i >= tokens.length || tokens[i].start !== m.start) return undefined;
  let k = i - 1;
  if (COUNT_ADJECTIVES.has(tokens[k].norm) && k > 0 && plainGap(text, tokens[k], tokens[k + 1])) k--;
  if (!plainGap(text, tokens[k], tokens[k + 1])) return undefined;
  const n = cardinalEndingAt(tokens, text, k);
  if (!n) return undefined;
  const span = { start: tokens[n.first].start, end: tokens[n.last].end };
  // A numeral inside a date ("on 4 August") is not a count.
  if (g.dates.some((d) => d.start <= span.start && span.end <= d.end)) return undefined;
  return { value: n.value, span };
}

function placeOf(ctx: RecogniserContext, subject: Span, g: SentenceMentions, window: Span): { value: string; span: Span } | undefined {
  const text = ctx.article.text;
  const governed = governedTarget(text, subject, g.places, window, false);
  // Only "… held at X" / "… in X": the last word before the place must be a locative preposition.
  if (governed && !/\b(at|in)\s+$/.test(text.slice(Math.max(subject.end, governed.target.start - 4), governed.target.start).toLowerCase())) return undefined;
  if (!governed) return undefined;
  const p = governed.target;
  // The KB's name for the place, as KB events write `place`; the text as written otherwise.
  const known = p.entity ? kbIds(ctx.kb).places.get(p.entity) : undefined;
  return { value: known?.name ?? p.text, span: { start: p.start, end: p.end } };
}

function exerciseFacts(ctx: RecogniserContext, g: SentenceMentions, m: ExerciseMention, window: Span, sameDay: DateMention | null, out: StatedFact[]): void {
  const text = ctx.article.text;
  const subject = m.entity ?? `exercise:${normaliseName(m.name)}`;
  const span = { start: m.start, end: m.end };
  if (m.edition === null || !m.editionSpan) return;

  const governed = governedTarget(text, span, g.dates, window, true);
  let date: { value: string; span?: Span; basis: 'stated' | 'article' } | undefined;
  if (governed?.target.value) {
    date = { value: governed.target.value, span: { start: governed.target.start, end: governed.target.end }, basis: 'stated' };
  } else if ((g.ongoing ??= ongoing(text, g.sentence))) {
    if (sameDay?.value) date = { value: sameDay.value, span: { start: sameDay.start, end: sameDay.end }, basis: 'article' };
    else if (ctx.article.date) date = { value: ctx.article.date, span: ctx.article.dateSpan, basis: 'article' };
  }
  if (date) {
    const f = fact(ctx, g, subject, m.name, span, 'edition-date', String(m.edition), m.editionSpan);
    f.date = date.value;
    f.dateBasis = date.basis;
    if (date.span) f.dateSpan = date.span;
    out.push(withQuote(ctx, f));
  }
  const place = placeOf(ctx, span, g, window);
  if (place) {
    const f = fact(ctx, g, subject, m.name, span, 'place', place.value, place.span);
    f.edition = m.edition;
    out.push(withQuote(ctx, f));
  }
}

function ongoing(text: string, sentence: Span): boolean {
  // Sentences are short; a bounded lower-cased copy keeps this linear.
  const s = text.slice(sentence.start, Math.min(sentence.end, sentence.start + 2000)).toLowerCase();
  return ONGOING_CUES.some((cue) => s.includes(cue));
}
