// The one step from a view's presented node (plain data, tested without VS Code) to a vscode.TreeItem.
import * as vscode from 'vscode';

export type Collapsible = 'none' | 'collapsed' | 'expanded';

const STATES: Record<Collapsible, vscode.TreeItemCollapsibleState> = {
  none: vscode.TreeItemCollapsibleState.None,
  collapsed: vscode.TreeItemCollapsibleState.Collapsed,
  expanded: vscode.TreeItemCollapsibleState.Expanded,
};

export function treeItem(label: string, collapsible: Collapsible): vscode.TreeItem {
  return new vscode.TreeItem(label, STATES[collapsible]);
}
