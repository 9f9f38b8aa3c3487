// Entities tree view: people, exercises and organisations mentioned in the workspace, with their mentions.
import * as vscode from 'vscode';
import { Commands, EntitiesResult } from '../../server/src/shared/protocol';
import { NewsClient } from './client';
import { buildEntitiesTree, EntitiesNode, GroupNode, presentEntitiesNode } from './entitiesTree';
import { relativeLabel } from './reveal';
import { refreshOnIndexChange } from './refresh';
import { treeItem } from './treeItem';

export const ENTITIES_VIEW_ID = 'newsAnnotator.entities';

export class EntitiesProvider implements vscode.TreeDataProvider<EntitiesNode>, vscode.Disposable {
  private readonly changed = new vscode.EventEmitter<EntitiesNode | undefined>();
  readonly onDidChangeTreeData = this.changed.event;
  private roots: Promise<GroupNode[]> | undefined;
  private result: EntitiesResult = { entities: [] };
  private generation = 0;

  constructor(private readonly client: NewsClient) {}

  get lastResult(): EntitiesResult {
    return this.result;
  }

  refresh(): void {
    this.roots = undefined;
    this.changed.fire(undefined);
  }

  async load(): Promise<GroupNode[]> {
    if (!this.roots) {
      const generation = ++this.generation;
      const keep = (result: EntitiesResult) => {
        if (generation === this.generation) this.result = result;
        return buildEntitiesTree(result);
      };
      this.roots = this.client.entities().then(
        (result) => keep(result ?? { entities: [] }),
        () => keep({ entities: [] }),
      );
    }
    return this.roots;
  }

  async getChildren(node?: EntitiesNode): Promise<EntitiesNode[]> {
    if (!node) return this.load();
    return node.type === 'mention' || node.type === 'more' ? [] : node.children;
  }

  getTreeItem(node: EntitiesNode): vscode.TreeItem {
    const p = presentEntitiesNode(node, relativeLabel);
    const item = treeItem(p.label, p.collapsible);
    item.description = p.description;
    if ('tooltip' in p) item.tooltip = p.tooltip;
    item.contextValue = node.type;
    if (node.type === 'group') {
      item.id = `g:${node.kind}`;
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.kind] ?? 'symbol-misc');
    } else if (node.type === 'entity') {
      item.id = `e:${node.entity.id}`;
      item.iconPath = new vscode.ThemeIcon(GROUP_ICONS[node.entity.kind] ?? 'symbol-misc');
    } else if (node.type === 'more') {
      item.id = `more:${node.entity.id}`;
      item.iconPath = new vscode.ThemeIcon('ellipsis');
    } else {
      const m = node.mention;
      item.id = `m:${node.entity.id}:${m.uri}:${m.range.start.line}:${m.range.start.character}`;
      item.command = { command: Commands.revealMention, title: 'Reveal Mention', arguments: [{ uri: m.uri, range: m.range }] };
    }
    return item;
  }

  dispose(): void {
    this.changed.dispose();
  }
}

const GROUP_ICONS: Record<string, string> = { person: 'person', exercise: 'shield', organisation: 'organization', event: 'calendar', place: 'location' };

export function registerEntitiesView(context: vscode.ExtensionContext, client: NewsClient): EntitiesProvider {
  const provider = new EntitiesProvider(client);
  const view = vscode.window.createTreeView(ENTITIES_VIEW_ID, { treeDataProvider: provider, showCollapseAll: true });
  context.subscriptions.push(provider, view, refreshOnIndexChange(client, () => provider.refresh()));
  return provider;
}
