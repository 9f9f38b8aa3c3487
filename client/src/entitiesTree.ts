// Pure entities tree model: EntitiesResult → kind groups (people, exercises, organisations…) → entities
// with mention counts → mentions. No `vscode` import (unit-tested with plain mocha).
import type { EntitiesResult, EntityKind, EntityMentionRef, EntitySummary } from '../../server/src/shared/protocol';
import { countLabel, defaultBasename } from './timelineTree';

export interface GroupNode {
  type: 'group';
  kind: EntityKind;
  label: string;
  children: EntityNode[];
}
export interface EntityNode {
  type: 'entity';
  entity: EntitySummary;
  children: MentionNode[];
}
export interface MentionNode {
  type: 'mention';
  entity: EntitySummary;
  mention: EntityMentionRef;
}
export type EntitiesNode = GroupNode | EntityNode | MentionNode;

const GROUPS: { kind: EntityKind; label: string }[] = [
  { kind: 'person', label: 'People' },
  { kind: 'exercise', label: 'Exercises' },
  { kind: 'organisation', label: 'Organisations' },
  { kind: 'event', label: 'Events' },
  { kind: 'place', label: 'Places' },
];

/** Only entities mentioned in the workspace: the tree answers "who and what do my articles talk about". */
export function buildEntitiesTree(result: EntitiesResult | null | undefined): GroupNode[] {
  const out: GroupNode[] = [];
  for (const g of GROUPS) {
    const entities = (result?.entities ?? [])
      .filter((e) => e.kind === g.kind && e.mentions.length > 0)
      .sort((a, b) => b.mentions.length - a.mentions.length || a.name.localeCompare(b.name));
    if (!entities.length) continue;
    out.push({ ...g, type: 'group', children: entities.map(entityNode) });
  }
  return out;
}

function entityNode(entity: EntitySummary): EntityNode {
  const mentions = [...entity.mentions].sort(
    (a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  return { type: 'entity', entity, children: mentions.map((mention) => ({ type: 'mention', entity, mention })) };
}

export function presentEntitiesNode(node: EntitiesNode, basename: (uri: string) => string = defaultBasename) {
  switch (node.type) {
    case 'group':
      return { label: node.label, description: String(node.children.length), collapsible: 'expanded' as const };
    case 'entity': {
      const articles = new Set(node.entity.mentions.map((m) => m.uri)).size;
      return {
        label: node.entity.name,
        description: `${countLabel(node.entity.mentions.length, 'mention')} in ${countLabel(articles, 'article')}`,
        tooltip: `${node.entity.name} (${node.entity.id})`,
        collapsible: 'collapsed' as const,
      };
    }
    case 'mention':
      return {
        label: node.mention.text,
        description: `${basename(node.mention.uri)}:${node.mention.range.start.line + 1}`,
        tooltip: `${node.entity.name} as “${node.mention.text}”`,
        collapsible: 'none' as const,
      };
  }
}

/** The mention under the cursor (for "Show Timeline of…" from the editor), innermost first. */
export function entityAt(result: EntitiesResult | null | undefined, uri: string, line: number, character: number): EntitySummary | undefined {
  let best: { entity: EntitySummary; size: number } | undefined;
  for (const entity of result?.entities ?? []) {
    for (const m of entity.mentions) {
      if (m.uri !== uri || !contains(m, line, character)) continue;
      const size = (m.range.end.line - m.range.start.line) * 1e6 + (m.range.end.character - m.range.start.character);
      if (!best || size < best.size) best = { entity, size };
    }
  }
  return best?.entity;
}

function contains(m: EntityMentionRef, line: number, character: number): boolean {
  const { start, end } = m.range;
  if (line < start.line || line > end.line) return false;
  if (line === start.line && character < start.character) return false;
  if (line === end.line && character > end.character) return false;
  return true;
}
