// The engine timeline: dated events reported across the workspace, one event per real-world happening with
// every article that reports it as a source. Events come from the date facts the articles state (an
// agreement's date, a round of a meeting series, an exercise edition described on a date) and from KB
// dates of KB events and editions the articles mention. KB dates win over dates read from the text.
import { StatedFact } from '../facts/types';
import { dayInterval } from '../kb/dates';
import { toRoman } from '../recognise/exercises/numerals';
import { KbEvent, KnowledgeBase, Span } from '../types';
import { IndexedArticle, IndexedMention, IndexedOfficialMention, KIND_LETTERS, mentionAtIndex, mentionCount, quotedSentence, quotedSentenceAround, WorkspaceIndex } from '../workspace';
import { datesAgree, isCalendarDate } from '../checks/support/dates';
import { firstAtOrAfter } from '../text/search';

export { timelineToCsv, timelineToJson, timelineToMarkdown } from './export';

export type EngineTimelineKind = 'meeting' | 'visit' | 'exercise' | 'agreement' | 'other';

export interface EngineTimelineSource {
  uri: string;
  start: number;
  end: number;
  articleDate: string | null;
  /** The sentence that reports the event ('' when the index did not keep it). */
  sentence: string;
}

export interface EngineTimelineEvent {
  id: string;
  /** YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  label: string;
  kind: EngineTimelineKind;
  entity: string | null;
  participants: { id: string | null; name: string }[];
  sources: EngineTimelineSource[];
}

interface Draft extends EngineTimelineEvent {
  /** Ids the entity filter matches: the event, its exercise or series, its participants. */
  involves: Set<string>;
  /** Dates read from the text, when the KB gives none. */
  textDates: string[];
  kbDate: boolean;
  /**
   * Starts of the sources already listed from the article being read (`sourcesOf`): a repeat can only come
   * from the same article, and an event every article reports has 100k sources (no list scan, no key strings).
   */
  sourcesOf: string;
  sourceStarts: Set<number>;
}

const AGREEMENT_WORDS = /\b(agreement|accord|pact|contract|treaty|memorandum|mou|protocol|deal)\b/i;

function kindOf(ev: KbEvent | undefined, label: string): EngineTimelineKind {
  switch (ev?.kind) {
    case 'meeting':
    case 'visit':
    case 'agreement':
      return ev.kind;
    case 'contract':
      return 'agreement';
  }
  return AGREEMENT_WORDS.test(label) ? 'agreement' : 'other';
}

class Builder {
  readonly drafts = new Map<string, Draft>();
  private readonly events: Map<string, KbEvent>;
  private readonly people: Map<string, string>;

  constructor(private readonly kb: KnowledgeBase) {
    this.events = new Map(kb.events.map((e) => [e.id, e]));
    this.people = new Map(kb.people.map((p) => [p.id, p.name]));
  }

  draft(id: string, init: () => Omit<Draft, 'sources' | 'participants' | 'involves' | 'textDates' | 'sourcesOf' | 'sourceStarts'>): Draft {
    let d = this.drafts.get(id);
    if (!d) {
      d = { ...init(), sources: [], participants: [], involves: new Set(), textDates: [], sourcesOf: '', sourceStarts: new Set() };
      if (d.entity) d.involves.add(d.entity);
      d.involves.add(id);
      this.drafts.set(id, d);
    }
    return d;
  }

  kbEvent(ev: KbEvent): Draft {
    const d = this.draft(ev.id, () => ({ id: ev.id, date: ev.date ?? '', label: ev.name, kind: kindOf(ev, ev.name), entity: ev.id, kbDate: !!ev.date }));
    if (ev.series) d.involves.add(ev.series);
    for (const p of ev.participants ?? []) this.participant(d, p, this.people.get(p) ?? p);
    return d;
  }

  participant(d: Draft, id: string | null, name: string): void {
    if (id) d.involves.add(id);
    const key = (id ?? name).toLowerCase();
    if (!d.participants.some((p) => (p.id ?? p.name).toLowerCase() === key)) d.participants.push({ id, name });
  }

  source(d: Draft, entry: IndexedArticle, at: Span, sentence: Span | undefined): void {
    if (d.sourcesOf !== entry.uri) {
      d.sourcesOf = entry.uri;
      d.sourceStarts.clear();
    } else if (d.sourceStarts.has(at.start)) return;
    d.sourceStarts.add(at.start);
    const text = sentence ? quotedSentence(entry.sentences, sentence.start) ?? '' : '';
    d.sources.push({ uri: entry.uri, start: at.start, end: at.end, articleDate: entry.date, sentence: text });
    if (!sentence) return;
    const officials = this.officialsOf(entry);
    for (let i = firstAtOrAfter(officials, sentence.start); i < officials.length && officials[i].start < sentence.end; i++) {
      const o = officials[i];
      if (o.end > sentence.end) continue;
      const name = (o.entity && this.people.get(o.entity)) || o.name.trim();
      if (name) this.participant(d, o.entity, name);
    }
  }

  private readonly officials = new WeakMap<IndexedArticle, IndexedOfficialMention[]>();

  /** The article's official mentions by start offset. */
  officialsOf(entry: IndexedArticle): IndexedOfficialMention[] {
    let list = this.officials.get(entry);
    if (!list) {
      const packed = entry.mentions;
      list = [];
      // Only the officials are unpacked.
      for (let i = 0; i < mentionCount(packed); i++) if (packed.kinds[i] === KIND_LETTERS.official) list.push(mentionAtIndex(packed, i) as IndexedOfficialMention);
      list.sort((a, b) => a.start - b.start);
      this.officials.set(entry, list);
    }
    return list;
  }

  event(id: string): KbEvent | undefined {
    return this.events.get(id);
  }
}

/** Places the fact's event on the timeline; false when the fact gives no usable date. */
function fromFact(b: Builder, kb: KnowledgeBase, entry: IndexedArticle, f: StatedFact): boolean {
  if (f.predicate === 'date' && isCalendarDate(f.value)) {
    const ev = b.event(f.subject);
    const d = ev ? b.kbEvent(ev) : b.draft(`${f.subject}@${f.value}`, () => ({ id: `${f.subject}@${f.value}`, date: '', label: f.subjectLabel, kind: kindOf(undefined, f.subjectLabel), entity: null, kbDate: false }));
    if (!d.kbDate) d.textDates.push(f.value);
    b.source(d, entry, f, f.sentence);
    return true;
  } else if (f.predicate === 'round' && isCalendarDate(f.date)) {
    const round = Number(f.value);
    const ev = kb.events.find((e) => e.series === f.subject && e.round === round);
    const id = ev?.id ?? `${f.subject}#${round}`;
    const d = ev ? b.kbEvent(ev) : b.draft(id, () => ({ id, date: '', label: `${f.subjectLabel}, round ${round}`, kind: 'meeting', entity: null, kbDate: false }));
    d.involves.add(f.subject);
    if (!d.kbDate) d.textDates.push(f.date!);
    b.source(d, entry, f, f.sentence);
    return true;
  } else if (f.predicate === 'edition-date' && isCalendarDate(f.date)) {
    const edition = Number(f.value);
    const ex = kb.exercises.find((e) => e.id === f.subject);
    const ed = ex?.editions.find((e) => e.edition === edition);
    const id = `${f.subject}#${edition}`;
    const name = ex?.name ?? f.subjectLabel;
    const kbDate = ed?.from ?? ed?.to ?? undefined;
    const d = b.draft(id, () => ({ id, date: kbDate ?? '', label: `${name} ${toRoman(edition).toUpperCase()}`, kind: 'exercise', entity: ex?.id ?? null, kbDate: !!kbDate }));
    d.involves.add(f.subject);
    if (!d.kbDate) d.textDates.push(f.date!);
    b.source(d, entry, f, f.sentence);
    return true;
  }
  return false;
}

/** Mentions of KB-dated events and editions that no fact of the article already placed. */
function fromMention(b: Builder, kb: KnowledgeBase, entry: IndexedArticle, m: IndexedMention, placed: Set<string>): void {
  if (m.kind === 'event' && m.entity) {
    const ev = b.event(m.entity);
    if (!ev?.date || placed.has(ev.id)) return;
    b.source(b.kbEvent(ev), entry, m, quotedSentenceAround(entry.sentences, m));
  } else if (m.kind === 'exercise' && m.entity && m.edition !== null) {
    const id = `${m.entity}#${m.edition}`;
    if (placed.has(id)) return;
    const ex = kb.exercises.find((e) => e.id === m.entity);
    const ed = ex?.editions.find((e) => e.edition === m.edition);
    const kbDate = ed?.from ?? ed?.to ?? undefined;
    if (!ex || !kbDate) return;
    const d = b.draft(id, () => ({ id, date: kbDate, label: `${ex.name} ${toRoman(m.edition!).toUpperCase()}`, kind: 'exercise', entity: ex.id, kbDate: true }));
    d.involves.add(ex.id);
    b.source(d, entry, m, quotedSentenceAround(entry.sentences, m));
  }
}

/**
 * The date most sources give; ties go to the more precise one. Each report of a date scores 1, plus 0.5 for
 * every report of another date that agrees with it ("2014-11" and "2014-11-20"). Counted per distinct date:
 * an event reported by every article of a large workspace has as many reports as articles.
 */
function commonDate(dates: string[]): string {
  const reports = new Map<string, number>();
  for (const d of dates) reports.set(d, (reports.get(d) ?? 0) + 1);
  const scores: [string, number][] = [];
  for (const [d, n] of reports) {
    let agreeing = 0;
    for (const [o, m] of reports) if (o !== d && datesAgree(o, d)) agreeing += m;
    scores.push([d, n * (agreeing * 0.5 + 1)]);
  }
  return scores.sort((a, b) => b[1] - a[1] || b[0].length - a[0].length || (a[0] < b[0] ? -1 : 1))[0]?.[0] ?? '';
}

export function buildTimeline(index: WorkspaceIndex, kb: KnowledgeBase, filter?: string | null): EngineTimelineEvent[] {
  const builder = new TimelineBuilder(kb);
  for (const entry of index.all()) builder.add(entry);
  return inTimelineOrder([...builder.events(filter)]);
}

/**
 * The timeline built one article at a time, then finished one event at a time: the language server does
 * both in slices between requests (at 100k articles the whole takes seconds), the CLI in one go
 * (buildTimeline).
 */
export class TimelineBuilder {
  private readonly b: Builder;

  constructor(private readonly kb: KnowledgeBase) {
    this.b = new Builder(kb);
  }

  /** Adds what one article reports. Each article once: a second add of the same uri would list its sources twice. */
  add(entry: IndexedArticle): void {
    const { b, kb } = this;
    const placed = new Set<string>();
    for (const f of entry.facts as StatedFact[]) {
      if (!fromFact(b, kb, entry, f)) continue;
      if (f.predicate === 'date') placed.add(f.subject);
      if (f.predicate === 'round') {
        const ev = kb.events.find((e) => e.series === f.subject && e.round === Number(f.value));
        if (ev) placed.add(ev.id);
      }
      if (f.predicate === 'edition-date') placed.add(`${f.subject}#${f.value}`);
    }
    // Only event and exercise mentions can place anything: the others are not unpacked.
    const packed = entry.mentions;
    for (let i = 0; i < mentionCount(packed); i++) {
      const kind = packed.kinds[i];
      if (kind === KIND_LETTERS.event || kind === KIND_LETTERS.exercise) fromMention(b, kb, entry, mentionAtIndex(packed, i), placed);
    }
  }

  /** The dated events (involving `filter`, when given), each finished as it is reached; see inTimelineOrder. */
  *events(filter?: string | null): Generator<EngineTimelineEvent> {
    for (const d of this.b.drafts.values()) {
      if (filter && !d.involves.has(filter)) continue;
      const date = d.kbDate ? d.date : commonDate(d.textDates);
      if (!date || !dayInterval(date)) continue;
      const { involves: _i, textDates: _t, kbDate: _k, sourcesOf: _o, sourceStarts: _s, ...event } = d;
      // Dated after every report of it: a plan ("agreed to hold the 4th round in 2022"), not a past event.
      const first = dayInterval(date)!.start;
      if (!d.kbDate && event.sources.every((s) => s.articleDate !== null && first > s.articleDate)) event.label += ' (planned)';
      event.sources.sort((x, y) => (x.articleDate ?? '').localeCompare(y.articleDate ?? '') || x.uri.localeCompare(y.uri) || x.start - y.start);
      yield { ...event, date };
    }
  }
}

/** Events by date, then label (in place). */
export function inTimelineOrder(events: EngineTimelineEvent[]): EngineTimelineEvent[] {
  return events.sort((x, y) => x.date.localeCompare(y.date) || x.label.localeCompare(y.label));
}
