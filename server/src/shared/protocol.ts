// Wire types shared by the client and the server (custom requests, commands, settings).
// Types and constants only: no imports, so both sides can bundle it.

export interface WirePosition {
  line: number;
  character: number;
}
export interface WireRange {
  start: WirePosition;
  end: WirePosition;
}

/** `newsAnnotator/timeline`: dated events across the workspace, for the timeline tree and exports. */
export const TimelineRequestMethod = 'newsAnnotator/timeline';

export interface TimelineParams {
  /** Only events involving this KB entity (person, exercise, organisation). */
  entity?: string | null;
  /**
   * At most this many sources per event (the tree view: an event every article reports has as many sources
   * as the workspace has articles); every source when absent (exports).
   */
  maxSources?: number;
}

export type TimelineEventKind = 'meeting' | 'visit' | 'exercise' | 'agreement' | 'other';

export interface TimelineSource {
  uri: string;
  range: WireRange;
  articleDate: string | null;
  /** The sentence that reports the event. */
  sentence: string;
}

export interface TimelineParticipant {
  id: string | null;
  name: string;
}

export interface TimelineEvent {
  /** Stable key: the KB id when known, else derived from label and date. */
  id: string;
  /** TIMEX3 calendar value: YYYY, YYYY-MM or YYYY-MM-DD. */
  date: string;
  label: string;
  kind: TimelineEventKind;
  entity: string | null;
  participants: TimelineParticipant[];
  /** In order of article date, then file and position. */
  sources: TimelineSource[];
  /** How many sources the event has: more than `sources` lists when TimelineParams.maxSources cut it. */
  sourceCount: number;
}

export interface TimelineResult {
  events: TimelineEvent[];
  /** Label of the entity filter in force, if any. */
  filter?: { id: string; name: string };
}

/** `newsAnnotator/entities`: entities with their mentions across the workspace, for the entities tree. */
export const EntitiesRequestMethod = 'newsAnnotator/entities';

export type EntityKind = 'person' | 'exercise' | 'event' | 'organisation' | 'place';

export interface EntityMentionRef {
  uri: string;
  range: WireRange;
  text: string;
}

/** The first mentions of each entity the entities request lists (a common one has a million at 100k articles). */
export const ENTITY_MENTIONS_LISTED = 100;

export interface EntitySummary {
  id: string;
  kind: EntityKind;
  name: string;
  /** Mentions across the workspace, and the articles they are in. */
  mentionCount: number;
  articleCount: number;
  /** The first ENTITY_MENTIONS_LISTED mentions, in indexing order (mentionCount says how many there are). */
  mentions: EntityMentionRef[];
}

/** `newsAnnotator/entityAt`: the KB entity mentioned at a position (innermost mention), or null. */
export const EntityAtRequestMethod = 'newsAnnotator/entityAt';

export interface EntityAtParams {
  uri: string;
  position: WirePosition;
}

export type EntityAtResult = { id: string; kind: EntityKind; name: string } | null;

export interface EntitiesResult {
  entities: EntitySummary[];
}

/** Notification from server to client: the workspace index changed (timeline/entities views refresh). */
export const IndexChangedNotificationMethod = 'newsAnnotator/indexChanged';

/** Client commands the server may reference in hovers (allow-listed there). */
export const Commands = {
  showTimeline: 'newsAnnotator.showTimeline',
  clearTimelineFilter: 'newsAnnotator.clearTimelineFilter',
  refreshTimeline: 'newsAnnotator.refreshTimeline',
  exportTimeline: 'newsAnnotator.exportTimeline',
  openKbEntry: 'newsAnnotator.openKbEntry',
  revealMention: 'newsAnnotator.revealMention',
  restartServer: 'newsAnnotator.restartServer',
  checkWorkspace: 'newsAnnotator.checkWorkspace',
} as const;

export type RuleSetting = 'off' | 'error' | 'warning' | 'information' | 'hint' | 'default';

/** `newsAnnotator.*` settings, as read per resource. */
export interface NewsAnnotatorSettings {
  /** Globs of workspace KB files, added to the starter KB (later override earlier by id). */
  knowledgeBase: { globs: string[]; includeStarter: boolean };
  /** Extra globs of files treated as articles (besides .article and .news). */
  articles: { globs: string[]; maxSizeKB: number };
  /** Publication date to use for articles that state none (YYYY-MM-DD), or "". */
  dateOverride: string;
  /** Per-rule severity or off, keyed by rule code. */
  rules: Record<string, RuleSetting>;
  inlayHints: { enabled: boolean };
}

export const defaultSettings: NewsAnnotatorSettings = {
  knowledgeBase: { globs: ['**/*.kb.yaml'], includeStarter: true },
  articles: { globs: [], maxSizeKB: 2048 },
  dateOverride: '',
  rules: {},
  inlayHints: { enabled: true },
};

/** Arguments of `Commands.openKbEntry` links the server builds (hovers, code lenses). */
export interface OpenKbEntryArgs {
  id: string;
  uri: string;
  range?: WireRange;
}

/** Arguments of `Commands.showTimeline` links the server builds: the entity to filter on. */
export interface ShowTimelineArgs {
  entity?: string;
}
