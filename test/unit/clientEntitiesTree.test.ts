// Entities tree model (client/src/entitiesTree.ts): groups, counts, ordering, mention under the cursor.
import * as assert from 'assert';
import type { EntitiesResult, EntityMentionRef, EntitySummary } from '../../server/src/shared/protocol';
import { buildEntitiesTree, presentEntitiesNode } from '../../client/src/entitiesTree';

const A = 'file:///ws/000_a.txt';
const B = 'file:///ws/001_b.txt';
const at = (uri: string, line: number, start: number, end: number, text: string): EntityMentionRef => ({
  uri,
  range: { start: { line, character: start }, end: { line, character: end } },
  text,
});

/** An entity whose mentions the server listed in full. */
function entity(id: string, kind: EntitySummary['kind'], name: string, mentions: EntityMentionRef[]): EntitySummary {
  return { id, kind, name, mentions, mentionCount: mentions.length, articleCount: new Set(mentions.map((m) => m.uri)).size };
}

const result: EntitiesResult = {
  entities: [
    entity('org:isi', 'organisation', 'ISI', []),
    entity('p:munir', 'person', 'Asim Munir', [at(A, 4, 30, 41, 'Asim Munir')]),
    entity('p:fomin', 'person', 'Alexander Fomin', [at(B, 2, 0, 5, 'Fomin'), at(A, 2, 40, 61, 'Alexander V Fomin'), at(A, 0, 10, 15, 'Fomin')]),
    entity('ex:druzhba', 'exercise', 'Druzhba', [at(B, 3, 5, 12, 'Druzhba')]),
    entity('ex:druzhba-2021', 'exercise', 'Druzhba 2021', [at(B, 3, 5, 17, 'Druzhba 2021')]),
  ],
};

describe('client entities tree', () => {
  const tree = buildEntitiesTree(result);

  it('groups mentioned entities by kind in a fixed order and leaves out unmentioned ones', () => {
    assert.deepStrictEqual(tree.map((g) => g.label), ['People', 'Exercises']);
    assert.ok(!JSON.stringify(tree).includes('org:isi'));
  });

  it('orders entities by mention count, then name, and mentions by file and position', () => {
    const people = tree[0].children;
    assert.deepStrictEqual(people.map((e) => e.entity.name), ['Alexander Fomin', 'Asim Munir']);
    assert.deepStrictEqual(people[0].children.map((m) => (m.type === 'mention' ? `${m.mention.uri.slice(11)}:${m.mention.range.start.line}` : m.type)), ['000_a.txt:0', '000_a.txt:2', '001_b.txt:2']);
  });

  it('shows mention and article counts, and the file and 1-based line of each mention', () => {
    const fomin = tree[0].children[0];
    assert.strictEqual(presentEntitiesNode(fomin).description, '3 mentions in 2 articles');
    assert.strictEqual(presentEntitiesNode(tree[0].children[1]).description, '1 mention in 1 article');
    assert.strictEqual(presentEntitiesNode(fomin.children[0]).description, '000_a.txt:1');
    assert.strictEqual(presentEntitiesNode(tree[0]).description, '2');
  });

  it('orders and counts by the server’s totals, and ends the mentions it listed with a node counting the rest', () => {
    const listed = [at(A, 1, 0, 5, 'Fomin'), at(B, 1, 0, 5, 'Fomin')];
    const tree = buildEntitiesTree({
      entities: [
        entity('p:munir', 'person', 'Asim Munir', [at(A, 4, 30, 41, 'Asim Munir'), at(A, 5, 0, 5, 'Munir'), at(B, 5, 0, 5, 'Munir')]),
        { ...entity('p:fomin', 'person', 'Alexander Fomin', listed), mentionCount: 250, articleCount: 120 },
      ],
    });
    const [fomin, munir] = tree[0].children;
    assert.strictEqual(fomin.entity.id, 'p:fomin', 'the most mentioned first, by the total');
    assert.strictEqual(presentEntitiesNode(fomin).description, '250 mentions in 120 articles');
    assert.deepStrictEqual(fomin.children.map((c) => c.type), ['mention', 'mention', 'more']);
    assert.strictEqual(presentEntitiesNode(fomin.children[2]).label, '… 248 more mentions');
    assert.ok(munir.children.every((c) => c.type === 'mention'), 'no count node when every mention is listed');
  });
});
