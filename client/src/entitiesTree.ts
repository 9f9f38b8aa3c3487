// Pure entities tree model: EntitiesResult → kind groups (people, exercises, organisations…) → entities
// with mention counts → their first mentions (the server lists ENTITY_MENTIONS_LISTED). No `vscode` import
// (unit-tested with plain mocha).
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
  /** The mentions listed, then how many more there are when the server listed only the first ones. */
  children: (MentionNode | MoreMentionsNode)[];
}
export interface MentionNode {
  type: 'mention';
  entity: EntitySummary;
  mention: EntityMentionRef;
}
export interface MoreMentionsNode {
  type: 'more';
  entity: EntitySummary;
  count: number;
}
export type EntitiesNode = GroupNode | EntityNode | MentionNode | MoreMentionsNode;

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
      .filter((e) => e.kind === g.kind && e.mentionCount > 0)
      .sort((a, b) => b.mentionCount - a.mentionCount || a.name.localeCompare(b.name));
    if (!entities.length) continue;
    out.push({ ...g, type: 'group', children: entities.map(entityNode) });
  }
  return out;
}

function entityNode(entity: EntitySummary): EntityNode {
  const mentions = [...entity.mentions].sort(
    (a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : 0) || a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character,
  );
  const children: EntityNode['children'] = mentions.map((mention) => ({ type: 'mention', entity, mention }));
  const more = entity.mentionCount - mentions.length;
  if (more > 0) children.push({ type: 'more', entity, count: more });
  return { type: 'entity', entity, children };
}

export function presentEntitiesNode(node: EntitiesNode, basename: (uri: string) => string = defaultBasename) {
  switch (node.type) {
    case 'group':
      return { label: node.label, description: String(node.children.length), collapsible: 'expanded' as const };
    case 'entity': {
      return {
        label: node.entity.name,
        description: `${countLabel(node.entity.mentionCount, 'mention')} in ${countLabel(node.entity.articleCount, 'article')}`,
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
    case 'more':
      return {
        label: `… ${countLabel(node.count, 'more mention')}`,
        description: 'Find All References lists them all',
        tooltip: `The first ${countLabel(node.entity.mentions.length, 'mention')} of ${node.entity.name} are listed here`,
        collapsible: 'none' as const,
      };
  }
}
