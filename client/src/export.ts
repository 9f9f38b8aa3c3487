// "Export Timeline…": the timeline currently shown (with its filter, and every source of each event, where the
// view lists the first ones) to Markdown, CSV or JSON via a save dialog.
import * as vscode from 'vscode';
import { EXPORT_EXTENSIONS, ExportFormat, formatForPath, formatTimeline } from './exportFormat';
import { relativeLabel } from './reveal';
import { TimelineProvider } from './timelineView';

/** Optional arguments let tests and keybindings skip the dialogs. */
export interface ExportArgs {
  format?: ExportFormat;
  target?: vscode.Uri | string;
}

const FILTERS: Record<string, string[]> = { Markdown: ['md'], CSV: ['csv'], JSON: ['json'] };

export async function exportTimeline(timeline: TimelineProvider, args?: ExportArgs): Promise<vscode.Uri | undefined> {
  let target = typeof args?.target === 'string' ? vscode.Uri.parse(args.target) : args?.target;
  if (!target) {
    const folder = vscode.workspace.workspaceFolders?.[0]?.uri;
    const name = `timeline${timeline.filter ? `-${slug(timeline.filter.name)}` : ''}.${EXPORT_EXTENSIONS[args?.format ?? 'markdown']}`;
    target = await vscode.window.showSaveDialog({
      title: 'Export Timeline',
      defaultUri: folder ? vscode.Uri.joinPath(folder, name) : undefined,
      filters: FILTERS,
      saveLabel: 'Export',
    });
    if (!target) return undefined;
  }
  const format = args?.format ?? formatForPath(target.path) ?? 'markdown';
  const text = formatTimeline(await timeline.complete(), format, relativeLabel);
  await vscode.workspace.fs.writeFile(target, Buffer.from(text, 'utf8'));
  if (!args?.target) {
    const open = await vscode.window.showInformationMessage(`Timeline exported to ${relativeLabel(target.toString())}.`, 'Open');
    if (open) await vscode.window.showTextDocument(target);
  }
  return target;
}

function slug(s: string): string {
  return s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-+|-+$/g, '').slice(0, 40) || 'entity';
}
