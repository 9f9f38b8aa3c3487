// Timeline exporters for the CLI and the client's export command: Markdown table, CSV (RFC 4180), JSON.
import type { EngineTimelineEvent } from './index';

function participants(e: EngineTimelineEvent): string {
  return e.participants.map((p) => p.name).join('; ');
}

function sourceList(e: EngineTimelineEvent): string {
  return e.sources.map((s) => `${fileName(s.uri)}${s.articleDate ? ` (${s.articleDate})` : ''}`).join('; ');
}

function fileName(uri: string): string {
  return uri.split(/[\\/]/).pop() ?? uri;
}

function cell(s: string): string {
  return s.replace(/\\/g, '\\\\').replace(/\|/g, '\\|').replace(/\r?\n|\r/g, ' ');
}

export function timelineToMarkdown(events: EngineTimelineEvent[]): string {
  const lines = ['| Date | Event | Kind | Participants | Sources |', '| --- | --- | --- | --- | --- |'];
  for (const e of events) lines.push(`| ${cell(e.date)} | ${cell(e.label)} | ${e.kind} | ${cell(participants(e))} | ${cell(sourceList(e))} |`);
  return lines.join('\n') + '\n';
}

function csvField(s: string): string {
  return /[",\r\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s;
}

export function timelineToCsv(events: EngineTimelineEvent[]): string {
  const rows = [['date', 'label', 'kind', 'entity', 'participants', 'sources']];
  for (const e of events) rows.push([e.date, e.label, e.kind, e.entity ?? '', participants(e), e.sources.map((s) => `${s.uri}${s.articleDate ? ` (${s.articleDate})` : ''}`).join('; ')]);
  return rows.map((r) => r.map(csvField).join(',')).join('\r\n') + '\r\n';
}

export function timelineToJson(events: EngineTimelineEvent[]): string {
  return JSON.stringify(events, null, 2) + '\n';
}
