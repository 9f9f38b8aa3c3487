// Command handlers. Every id is declared in package.json; the ones the server links to are in protocol.ts.
import * as vscode from 'vscode';
import { Commands, EntityAtResult, EntitySummary, OpenKbEntryArgs, ShowTimelineArgs } from '../../server/src/shared/protocol';
import { NewsClient } from './client';
import { EntitiesProvider } from './entitiesView';
import { EntitiesNode } from './entitiesTree';
import { countLabel } from './timelineTree';
import { exportTimeline, ExportArgs } from './export';
import { reveal, RevealArgs } from './reveal';
import { TimelineFilter, TimelineProvider } from './timelineView';

export const EXTRA_COMMANDS = {
  refreshEntities: 'newsAnnotator.refreshEntities',
} as const;

const SOURCE = 'news-annotator';

export function registerCommands(context: vscode.ExtensionContext, client: NewsClient, timeline: TimelineProvider, entities: EntitiesProvider): void {
  const register = (id: string, fn: (...args: any[]) => unknown) => context.subscriptions.push(vscode.commands.registerCommand(id, fn));

  register(Commands.showTimeline, (arg?: unknown) => showTimeline(client, timeline, arg));
  register(Commands.clearTimelineFilter, () => timeline.setFilter(undefined));
  register(Commands.refreshTimeline, async () => {
    timeline.refresh();
    return timeline.load();
  });
  register(EXTRA_COMMANDS.refreshEntities, async () => {
    entities.refresh();
    return entities.load();
  });
  register(Commands.exportTimeline, (args?: ExportArgs) => exportTimeline(timeline, isPlainObject(args) ? args : undefined));
  register(Commands.revealMention, (args?: RevealArgs) => reveal(args));
  register(Commands.openKbEntry, (args?: OpenKbEntryArgs) => reveal(args));
  register(Commands.restartServer, async () => {
    await client.restart();
    timeline.refresh();
    entities.refresh();
  });
  register(Commands.checkWorkspace, async () => {
    entities.refresh();
    timeline.refresh();
    // The entities request waits for the server's workspace indexing to finish.
    await vscode.window.withProgress({ location: { viewId: 'newsAnnotator.entities' } }, () => entities.load());
    const ours = vscode.languages.getDiagnostics().filter(([, ds]) => ds.some((d) => d.source === SOURCE));
    const count = ours.reduce((n, [, ds]) => n + ds.filter((d) => d.source === SOURCE).length, 0);
    await vscode.commands.executeCommand('workbench.actions.view.problems');
    void vscode.window.showInformationMessage(`News Annotator: ${count} finding${count === 1 ? '' : 's'} in ${ours.length} open or indexed article${ours.length === 1 ? '' : 's'}.`);
    return count;
  });
}

/**
 * Arguments come from: hover/code-lens links ({ entity }), the Entities view (an entity node), the editor
 * context menu (a Uri: use the mention under the cursor), or the palette (nothing: ask with a quick pick).
 */
export async function showTimeline(client: NewsClient, timeline: TimelineProvider, arg?: unknown): Promise<TimelineFilter | undefined> {
  let filter: TimelineFilter | undefined;
  if (isPlainObject(arg) && typeof (arg as ShowTimelineArgs).entity === 'string') {
    const id = (arg as ShowTimelineArgs).entity!;
    const known = (await client.entities()).entities.find((e) => e.id === id);
    filter = { id, name: known?.name ?? id };
  } else if (isPlainObject(arg) && (arg as unknown as EntitiesNode).type === 'entity') {
    const e = (arg as unknown as Extract<EntitiesNode, { type: 'entity' }>).entity;
    filter = { id: e.id, name: e.name };
  } else {
    const fromEditor = arg instanceof vscode.Uri ? await entityUnderCursor(client, arg) : undefined;
    if (fromEditor) filter = { id: fromEditor.id, name: fromEditor.name };
    else {
      const picked = await pickEntity(client, timeline.filter);
      if (picked === undefined) return timeline.filter;
      filter = picked ?? undefined;
    }
  }
  await timeline.setFilter(filter);
  await vscode.commands.executeCommand('newsAnnotator.timeline.focus').then(undefined, () => undefined);
  return filter;
}

async function entityUnderCursor(client: NewsClient, uri: vscode.Uri): Promise<EntityAtResult | undefined> {
  const editor = vscode.window.activeTextEditor;
  if (!editor || editor.document.uri.toString() !== uri.toString()) return undefined;
  const pos = editor.selection.active;
  return (await client.entityAt(uri.toString(), { line: pos.line, character: pos.character })) ?? undefined;
}

interface EntityPick extends vscode.QuickPickItem {
  entity: EntitySummary | null;
}

/** null = "all events" (clear the filter); undefined = dismissed. */
async function pickEntity(client: NewsClient, current: TimelineFilter | undefined): Promise<TimelineFilter | null | undefined> {
  const result = await client.entities();
  const kinds: Record<string, string> = { person: 'People', exercise: 'Exercises', organisation: 'Organisations' };
  const items: EntityPick[] = [{ label: '$(clear-all) All events', description: current ? `now: ${current.name}` : undefined, entity: null }];
  for (const kind of Object.keys(kinds)) {
    const list = result.entities.filter((e) => e.kind === kind).sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
    if (!list.length) continue;
    items.push({ label: kinds[kind], kind: vscode.QuickPickItemKind.Separator, entity: null });
    for (const e of list) items.push({ label: e.name, description: countLabel(e.mentionCount, 'mention'), detail: e.id, entity: e });
  }
  const picked = await vscode.window.showQuickPick(items, { title: 'Show Timeline of…', placeHolder: 'A person, exercise or organisation', matchOnDetail: true });
  if (!picked) return undefined;
  return picked.entity ? { id: picked.entity.id, name: picked.entity.name } : null;
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !(v instanceof vscode.Uri) && !Array.isArray(v);
}

