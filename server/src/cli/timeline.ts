// `news-annotator timeline`: the dated events the tree view shows, as Markdown, CSV or JSON.
import { buildTimeline, timelineToCsv, timelineToJson, timelineToMarkdown } from '../engine/timeline';
import { Loaded } from './load';

export function timeline(loaded: Loaded, format: string): string {
  const events = buildTimeline(loaded.service.index, loaded.service.kb, null);
  if (format === 'csv') return timelineToCsv(events);
  if (format === 'json') return timelineToJson(events);
  return timelineToMarkdown(events);
}
