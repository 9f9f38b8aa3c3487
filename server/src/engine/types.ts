// Core data shapes of the engine. Pure types: no vscode, no LSP.
// Offsets are UTF-16 code units into the document text (as in LSP), end exclusive.

export interface Span {
  start: number;
  end: number;
}

export type Severity = 'error' | 'warning' | 'information' | 'hint';

/** A located problem in an input file (article or KB). Errors in input are data, not exceptions. */
export interface Problem extends Span {
  uri: string;
  code: string;
  severity: Severity;
  message: string;
}

// ───────────────────────────── article model ─────────────────────────────

export interface Paragraph extends Span {
  index: number;
}

export interface Sentence extends Span {
  index: number;
  paragraph: number;
}

/** A stretch of quoted speech, quote marks included. */
export interface Quote extends Span {}

export type ArticleDateSource = 'header' | 'dateline' | 'override';

export interface Article {
  uri: string;
  text: string;
  /** Publication date, YYYY-MM-DD, or null when none could be found. */
  date: string | null;
  dateSource: ArticleDateSource | null;
  /** Span of the ` date YYYY-MM-DD ` header or of the dateline's date, when present. */
  dateSpan?: Span;
  /** Dateline such as "Islamabad, Oct 29 (PTI)" or "ISLAMABAD:". */
  dateline?: { place: string; span: Span; placeSpan: Span };
  /** Where the body text starts (after the date header). */
  bodyStart: number;
  paragraphs: Paragraph[];
  sentences: Sentence[];
  quotes: Quote[];
}

// ───────────────────────────── knowledge base ─────────────────────────────

/** A KB date: YYYY, YYYY-MM or YYYY-MM-DD. */
export type KbDate = string;

export interface KbLocation extends Span {
  uri: string;
}

export interface KbRank {
  rank: string;
  from?: KbDate | null;
  to?: KbDate | null;
}

export interface KbRole {
  title: string;
  titleAliases?: string[];
  organisation?: string;
  country?: string;
  from?: KbDate | null;
  to?: KbDate | null;
}

export interface KbPerson {
  id: string;
  name: string;
  aliases: string[];
  country?: string;
  ranks: KbRank[];
  roles: KbRole[];
  notes?: string;
  sources?: string[];
  loc?: KbLocation;
}

export interface KbEdition {
  edition: number;
  from?: KbDate | null;
  to?: KbDate | null;
  location?: string;
  notes?: string;
}

export interface KbExercise {
  id: string;
  name: string;
  aliases: string[];
  parties: string[];
  editions: KbEdition[];
  notes?: string;
  sources?: string[];
  loc?: KbLocation;
}

export type KbEventKind = 'meeting' | 'agreement' | 'visit' | 'contract' | 'other';

export interface KbEvent {
  id: string;
  name: string;
  aliases: string[];
  kind?: KbEventKind;
  series?: string;
  round?: number;
  date?: KbDate;
  place?: string;
  quantity?: number;
  parties?: string[];
  participants?: string[];
  notes?: string;
  sources?: string[];
  loc?: KbLocation;
}

export interface KbOrganisation {
  id: string;
  name: string;
  aliases: string[];
  country?: string;
  notes?: string;
  loc?: KbLocation;
}

export interface KbPlace {
  id: string;
  name: string;
  aliases: string[];
  country?: string;
  loc?: KbLocation;
}

export interface KnowledgeBase {
  people: KbPerson[];
  exercises: KbExercise[];
  events: KbEvent[];
  organisations: KbOrganisation[];
  places: KbPlace[];
  /** Problems found while loading (schema errors, duplicate ids, ...). */
  problems: Problem[];
}

// ───────────────────────────── mentions ─────────────────────────────

export type MentionKind = 'official' | 'date' | 'exercise' | 'event' | 'organisation' | 'place';

interface MentionBase extends Span {
  kind: MentionKind;
  /** The text as written (text.slice(start, end)). */
  text: string;
  /** KB id, or null when not in the KB. */
  entity: string | null;
}

export interface OfficialMention extends MentionBase {
  kind: 'official';
  /** The personal-name part as written ("Asim Munir", "Fomin"); empty for "the air chief marshal". */
  name: string;
  nameSpan: Span;
  /** Title as written ("Army Chief", "Deputy Defence Minister of Russia"), if any. */
  title?: string;
  titleSpan?: Span;
  /** Rank as written ("Col Gen", "Lt Gen (Retd)"), and its canonical form ("Colonel General"). */
  rank?: string;
  rankSpan?: Span;
  rankCanonical?: string;
  retired?: boolean;
  /** "then"/"former"/"ex-" before the title: the title is a past role. */
  past?: boolean;
  /** How it was resolved: a KB name or alias, a re-mention of an earlier mention, or an unknown titled person. */
  resolvedBy: 'kb' | 'coreference' | 'unknown';
  /** For coreference: the start offset of the earlier mention it refers to. */
  antecedent?: number;
  country?: string;
}

export type TimexType = 'DATE' | 'TIME' | 'DURATION' | 'SET';

export interface DateMention extends MentionBase {
  kind: 'date';
  entity: null;
  timexType: TimexType;
  /** TIMEX3 value ("2014-11", "2018-08-07", "PAST_REF", "P2W"), or null when it could not be resolved. */
  value: string | null;
  /** True when the value depends on the article date (relative expression). */
  relative: boolean;
  /** Why value is null (e.g. "article has no date"). */
  unresolved?: string;
  /** Explicit weekday written with a full date ("Tuesday, October 30, 2024"), for the weekday check. */
  weekday?: { name: string; span: Span };
}

export interface ExerciseMention extends MentionBase {
  kind: 'exercise';
  name: string;
  edition: number | null;
  editionSpan?: Span;
  /** Edition as written ("VII", "7th", "seventh"). */
  editionText?: string;
}

export interface EventMention extends MentionBase {
  kind: 'event';
  /** Ordinal / round stated in the mention ("3rd round", "first meeting"). */
  round?: number;
  roundSpan?: Span;
}

export interface OrganisationMention extends MentionBase {
  kind: 'organisation';
}

export interface PlaceMention extends MentionBase {
  kind: 'place';
}

export type Mention =
  | OfficialMention
  | DateMention
  | ExerciseMention
  | EventMention
  | OrganisationMention
  | PlaceMention;

// ───────────────────────────── facts ─────────────────────────────

/** Something a sentence states about an entity, which checks compare with the KB and other articles. */
export interface Fact extends Span {
  uri: string;
  /** KB id of the subject (event, exercise), or a corpus key such as "event:mi-35m" when not in the KB. */
  subject: string;
  subjectLabel: string;
  predicate: 'date' | 'round' | 'quantity' | 'place' | 'edition-date';
  /** Normalised value: TIMEX3 date, number as string, place name. */
  value: string;
  /** The sentence that states it. */
  sentence: Span;
  /** The span of the value in the text (the date mention, numeral...). */
  valueSpan: Span;
}

// ───────────────────────────── findings ─────────────────────────────

export interface TextEdit extends Span {
  uri: string;
  newText: string;
}

export interface Fix {
  title: string;
  edits: TextEdit[];
  isPreferred?: boolean;
}

export interface RelatedInformation extends Span {
  uri: string;
  message: string;
}

export interface Finding extends Span {
  uri: string;
  code: string;
  severity: Severity;
  message: string;
  related: RelatedInformation[];
  fixes: Fix[];
}

// ───────────────────────────── analysis ─────────────────────────────

export interface Analysis {
  article: Article;
  mentions: Mention[];
  facts: Fact[];
}
