// Timeline tree view: asks the server for the timeline (optionally filtered by entity) and renders the
// pure model from timelineTree.ts.
import * as vscode from 'vscode';
import { Commands, TimelineResult } from '../../server/src/shared/protocol';
import { NewsClient } from './client';
import { relativeLabel } from './reveal';
import { buildTimelineTree, childrenOf, presentNode, revealTarget, SOURCES_SHOWN, TimelineNode, YearNode } from './timelineTree';
import { refreshOnIndexChange } from './refresh';
import { treeItem } from './treeItem';

export const TIMELINE_VIEW_ID = 'newsAnnotator.timeline';
const FILTERED_CONTEXT = 'newsAnnotator.timelineFiltered';

export interface TimelineFilter {
  id: string;
  name: string;
}

export class TimelineProvider implements vscode.TreeDataProvider<TimelineNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<TimelineNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Promise<YearNode[]> | undefined;
  private result: TimelineResult = { events: [] };
  private filterValue: TimelineFilter | undefined;
  private generation = 0;
  view: vscode.TreeView<TimelineNode> | undefined;

  constructor(private readonly client: NewsClient) {}

  get filter(): TimelineFilter | undefined {
    return this.filterValue;
  }

  /** The timeline under the current filter with every source of every event (exports). */
  async complete(): Promise<TimelineResult> {
    return (await this.client.timeline({ entity: this.filterValue?.id ?? null })) ?? { events: [] };
  }

  async setFilter(filter: TimelineFilter | undefined): Promise<void> {
    this.filterValue = filter;
    await vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, !!filter);
    this.refresh();
  }

  refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  /** Fetch now (not on the next render) and return the tree: used by export and tests. */
  async load(): Promise<YearNode[]> {
    if (!this.roots) {
      // A refresh while a request is out starts a new one; the older answer must not overwrite it.
      const generation = ++this.generation;
      this.roots = this.client
        .timeline({ entity: this.filterValue?.id ?? null, maxSources: SOURCES_SHOWN })
        .then(
          (result) => {
            if (generation !== this.generation) return buildTimelineTree(result);
            this.result = result ?? { events: [] };
            this.updateMessage();
            return buildTimelineTree(this.result);
          },
          (err) => {
            if (generation !== this.generation) return [];
            this.result = { events: [] };
            if (this.view) this.view.message = `Timeline unavailable: ${String(err?.message ?? err)}`;
            return [];
          },
        );
    }
    return this.roots;
  }

  private updateMessage(): void {
    if (!this.view) return;
    const f = this.filterValue;
    const n = this.result.events.length;
    this.view.message = f ? `Filtered: ${this.result.filter?.name ?? f.name} (${n} event${n === 1 ? '' : 's'})` : undefined;
    this.view.description = f ? f.name : undefined;
  }

  async getChildren(node?: TimelineNode): Promise<TimelineNode[]> {
    const roots = await this.load();
    return childrenOf(node, roots);
  }

  getTreeItem(node: TimelineNode): vscode.TreeItem {
    const p = presentNode(node, relativeLabel);
    const item = treeItem(p.label, p.collapsible);
    item.description = p.description;
    item.tooltip = p.tooltip;
    item.contextValue = node.type;
    item.id = nodeId(node);
    item.iconPath = new vscode.ThemeIcon(ICONS[node.type === 'event' ? node.event.kind : node.type] ?? 'circle-small');
    const target = revealTarget(node);
    if (target) item.command = { command: Commands.revealMention, title: 'Reveal in Article', arguments: [{ uri: target.uri, range: target.range }] };
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

const ICONS: Record<string, string> = {
  year: 'calendar',
  month: 'calendar',
  source: 'file-text',
  more: 'ellipsis',
  meeting: 'organization',
  visit: 'location',
  exercise: 'shield',
  agreement: 'law',
  other: 'circle-small',
};

/** Stable ids keep expansion state across refreshes. */
function nodeId(node: TimelineNode): string {
  switch (node.type) {
    case 'year':
      return `y:${node.year}`;
    case 'month':
      return `m:${node.year}-${node.month}`;
    case 'event':
      return `e:${node.event.id}@${node.event.date}`;
    case 'source':
      return `s:${node.event.id}@${node.event.date}:${node.source.uri}:${node.source.range.start.line}:${node.source.range.start.character}`;
    case 'more':
      return `more:${node.event.id}@${node.event.date}`;
  }
}

export function registerTimelineView(context: vscode.ExtensionContext, client: NewsClient): TimelineProvider {
  const provider = new TimelineProvider(client);
  const view = vscode.window.createTreeView(TIMELINE_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  provider.view = view;
  context.subscriptions.push(provider, view, refreshOnIndexChange(client, () => provider.refresh()));
  void vscode.commands.executeCommand('setContext', FILTERED_CONTEXT, false);
  return provider;
}
