// Pure timeline tree model: TimelineResult → year → month → event (→ sources). No `vscode` import, so the
// grouping, ordering and labels are unit-tested with plain mocha.
import type { TimelineEvent, TimelineResult, TimelineSource } from '../../server/src/shared/protocol';

export interface YearNode {
  type: 'year';
  year: string;
  /** Months in order, then events dated to the year only (no month known). */
  children: (MonthNode | EventNode)[];
  eventCount: number;
}
export interface MonthNode {
  type: 'month';
  year: string;
  month: string;
  children: EventNode[];
}
export interface EventNode {
  type: 'event';
  event: TimelineEvent;
  /**
   * One child per source listed when several articles report the event (none otherwise: the event itself
   * reveals), and a last one saying how many more there are when the server listed only the first ones.
   */
  children: (SourceNode | MoreSourcesNode)[];
}
export interface SourceNode {
  type: 'source';
  event: TimelineEvent;
  source: TimelineSource;
}
export interface MoreSourcesNode {
  type: 'more';
  event: TimelineEvent;
  count: number;
}
export type TimelineNode = YearNode | MonthNode | EventNode | SourceNode | MoreSourcesNode;

/** Sources per event the tree asks the server for (an event every article reports has thousands). */
export const SOURCES_SHOWN = 100;
/** Reporting sentences quoted in an event's tooltip. */
const SOURCES_IN_TOOLTIP = 5;

const MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
const CALENDAR_DATE = /^(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?$/;

/** Events whose date is not a calendar value (YYYY, YYYY-MM, YYYY-MM-DD) are left out: they cannot be placed. */
export function buildTimelineTree(result: TimelineResult | null | undefined): YearNode[] {
  const years = new Map<string, { months: Map<string, EventNode[]>; yearOnly: EventNode[] }>();
  for (const event of result?.events ?? []) {
    const m = CALENDAR_DATE.exec(event.date);
    if (!m) continue;
    const [, year, month] = m;
    if (month && (Number(month) < 1 || Number(month) > 12)) continue;
    let y = years.get(year);
    if (!y) years.set(year, (y = { months: new Map(), yearOnly: [] }));
    const node = eventNode(event);
    if (!month) y.yearOnly.push(node);
    else {
      const list = y.months.get(month) ?? [];
      list.push(node);
      y.months.set(month, list);
    }
  }
  const out: YearNode[] = [];
  for (const year of [...years.keys()].sort()) {
    const y = years.get(year)!;
    const months: MonthNode[] = [...y.months.keys()].sort().map((month) => ({ type: 'month', year, month, children: sortEvents(y.months.get(month)!) }));
    const eventCount = months.reduce((n, mo) => n + mo.children.length, 0) + y.yearOnly.length;
    out.push({ type: 'year', year, children: [...months, ...sortEvents(y.yearOnly)], eventCount });
  }
  return out;
}

function eventNode(event: TimelineEvent): EventNode {
  if (event.sourceCount <= 1) return { type: 'event', event, children: [] };
  const children: EventNode['children'] = event.sources.map((source) => ({ type: 'source', event, source }));
  if (event.sourceCount > event.sources.length) children.push({ type: 'more', event, count: event.sourceCount - event.sources.length });
  return { type: 'event', event, children };
}

/** By date (a full date after a bare month), then label, so the order does not depend on the server's. */
function sortEvents(nodes: EventNode[]): EventNode[] {
  return nodes.sort((a, b) => cmp(a.event.date, b.event.date) || cmp(a.event.label, b.event.label) || cmp(a.event.id, b.event.id));
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

export function monthName(month: string): string {
  return MONTHS[Number(month) - 1] ?? month;
}

export function childrenOf(node: TimelineNode | undefined, roots: YearNode[]): TimelineNode[] {
  if (!node) return roots;
  return node.type === 'source' || node.type === 'more' ? [] : node.children;
}

/** Text shown for a node: label, description (date + source count) and tooltip (the reporting sentence). */
export interface NodePresentation {
  label: string;
  description?: string;
  tooltip?: string;
  collapsible: 'none' | 'collapsed' | 'expanded';
}

export function presentNode(node: TimelineNode, basename: (uri: string) => string = defaultBasename): NodePresentation {
  switch (node.type) {
    case 'year':
      return { label: node.year, description: countLabel(node.eventCount, 'event'), collapsible: 'expanded' };
    case 'month':
      return { label: monthName(node.month), description: countLabel(node.children.length, 'event'), collapsible: 'expanded' };
    case 'event': {
      const e = node.event;
      const total = e.sourceCount;
      const sources = countLabel(total, 'source');
      const participants = e.participants.map((p) => p.name).filter(Boolean);
      const tooltipLines = [`${e.label} (${e.date})`];
      if (participants.length) tooltipLines.push(`With: ${participants.join(', ')}`);
      for (const s of e.sources.slice(0, SOURCES_IN_TOOLTIP)) tooltipLines.push(`“${s.sentence.trim()}” (${basename(s.uri)})`);
      if (total > SOURCES_IN_TOOLTIP) tooltipLines.push(`… and ${countLabel(total - SOURCES_IN_TOOLTIP, 'more source')}`);
      return { label: e.label, description: `${e.date} · ${sources}`, tooltip: tooltipLines.join('\n'), collapsible: node.children.length ? 'collapsed' : 'none' };
    }
    case 'source': {
      const s = node.source;
      return {
        label: basename(s.uri),
        description: s.articleDate ? `published ${s.articleDate}` : 'undated article',
        tooltip: s.sentence.trim(),
        collapsible: 'none',
      };
    }
    case 'more':
      return {
        label: `… ${countLabel(node.count, 'more source')}`,
        description: 'Export Timeline lists them all',
        tooltip: `${node.event.label}: the first ${countLabel(node.event.sources.length, 'source')} are listed here`,
        collapsible: 'none',
      };
  }
}

/** Where clicking a node goes: an event reveals its first source, a source itself. */
export function revealTarget(node: TimelineNode): TimelineSource | undefined {
  if (node.type === 'source') return node.source;
  if (node.type === 'event') return node.event.sources[0];
  return undefined;
}

export function countLabel(n: number, noun: string): string {
  return `${n} ${noun}${n === 1 ? '' : 's'}`;
}

export function defaultBasename(uri: string): string {
  const path = uri.split(/[?#]/)[0];
  const name = path.slice(path.lastIndexOf('/') + 1);
  try {
    return decodeURIComponent(name);
  } catch {
    return name;
  }
}
