// Pure timeline export formats (Markdown, CSV, JSON) built from the server's TimelineResult.
import type { TimelineResult } from '../../server/src/shared/protocol';
import { buildTimelineTree, monthName } from './timelineTree';

export type ExportFormat = 'markdown' | 'csv' | 'json';

export const EXPORT_EXTENSIONS: Record<ExportFormat, string> = { markdown: 'md', csv: 'csv', json: 'json' };

/** `relative` turns a source URI into the path shown in the export (workspace-relative when possible). */
export function formatTimeline(result: TimelineResult, format: ExportFormat, relative: (uri: string) => string = (u) => u): string {
  switch (format) {
    case 'json':
      return JSON.stringify(toJson(result, relative), null, 2) + '\n';
    case 'csv':
      return toCsv(result, relative);
    case 'markdown':
      return toMarkdown(result, relative);
  }
}

/** The format a chosen file name implies, if any. */
export function formatForPath(path: string): ExportFormat | undefined {
  const ext = /\.([A-Za-z]+)$/.exec(path)?.[1]?.toLowerCase();
  if (ext === 'md' || ext === 'markdown') return 'markdown';
  if (ext === 'csv') return 'csv';
  if (ext === 'json') return 'json';
  return undefined;
}

function toJson(result: TimelineResult, relative: (uri: string) => string) {
  return {
    filter: result.filter ?? null,
    events: sorted(result).map((e) => ({
      date: e.date,
      label: e.label,
      kind: e.kind,
      entity: e.entity,
      participants: e.participants,
      sources: e.sources.map((s) => ({ file: relative(s.uri), line: s.range.start.line + 1, articleDate: s.articleDate, sentence: s.sentence })),
    })),
  };
}

const CSV_HEADER = ['date', 'event', 'kind', 'entity', 'participants', 'file', 'line', 'article_date', 'sentence'];

/** RFC 4180: one row per (event, source); fields quoted when they hold a comma, quote or line break. */
function toCsv(result: TimelineResult, relative: (uri: string) => string): string {
  const rows = [CSV_HEADER];
  for (const e of sorted(result)) {
    const participants = e.participants.map((p) => p.name).join('; ');
    const sources = e.sources.length ? e.sources : [undefined];
    for (const s of sources) {
      rows.push([e.date, e.label, e.kind, e.entity ?? '', participants, s ? relative(s.uri) : '', s ? String(s.range.start.line + 1) : '', s?.articleDate ?? '', s?.sentence ?? '']);
    }
  }
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function csvField(value: string): string {
  // A leading =, +, - or @ would run as a formula in spreadsheets: prefix with a quote mark.
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\r\n]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function toMarkdown(result: TimelineResult, relative: (uri: string) => string): string {
  const lines: string[] = [result.filter ? `# Timeline of ${md(result.filter.name)}` : '# Timeline', ''];
  for (const year of buildTimelineTree(result)) {
    lines.push(`## ${year.year}`, '');
    for (const child of year.children) {
      if (child.type === 'month') {
        lines.push(`### ${monthName(child.month)} ${year.year}`, '');
        for (const ev of child.children) eventLines(ev.event, lines, relative);
      } else eventLines(child.event, lines, relative);
    }
  }
  if (lines.length === 2) lines.push('_No dated events._', '');
  return lines.join('\n');
}

function eventLines(e: TimelineResult['events'][number], lines: string[], relative: (uri: string) => string): void {
  const who = e.participants.length ? ` (with ${e.participants.map((p) => md(p.name)).join(', ')})` : '';
  lines.push(`- **${md(e.date)}**: ${md(e.label)}${who}`);
  for (const s of e.sources) lines.push(`  - ${md(relative(s.uri))}, line ${s.range.start.line + 1}: “${md(oneLine(s.sentence))}”`);
  lines.push('');
}

function sorted(result: TimelineResult) {
  return [...result.events].sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : a.label.localeCompare(b.label)));
}

function oneLine(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** Escape Markdown syntax so article text cannot add links, HTML or emphasis to the export. */
export function md(s: string): string {
  return s.replace(/[\\`*_{}[\]()<>#+|!~]/g, (c) => `\\${c}`).replace(/\r?\n/g, ' ');
}
