// Entities tree model (client/src/entitiesTree.ts): groups, counts, ordering, mention under the cursor.
import * as assert from 'assert';
import type { EntitiesResult, EntityMentionRef } from '../../server/src/shared/protocol';
import { buildEntitiesTree, entityAt, presentEntitiesNode } from '../../client/src/entitiesTree';

const A = 'file:///ws/000_a.txt';
const B = 'file:///ws/001_b.txt';
const at = (uri: string, line: number, start: number, end: number, text: string): EntityMentionRef => ({
  uri,
  range: { start: { line, character: start }, end: { line, character: end } },
  text,
});

const result: EntitiesResult = {
  entities: [
    { id: 'org:isi', kind: 'organisation', name: 'ISI', mentions: [] },
    { id: 'p:munir', kind: 'person', name: 'Asim Munir', mentions: [at(A, 4, 30, 41, 'Asim Munir')] },
    { id: 'p:fomin', kind: 'person', name: 'Alexander Fomin', mentions: [at(B, 2, 0, 5, 'Fomin'), at(A, 2, 40, 61, 'Alexander V Fomin'), at(A, 0, 10, 15, 'Fomin')] },
    { id: 'ex:druzhba', kind: 'exercise', name: 'Druzhba', mentions: [at(B, 3, 5, 12, 'Druzhba')] },
    { id: 'ex:druzhba-2021', kind: 'exercise', name: 'Druzhba 2021', mentions: [at(B, 3, 5, 17, 'Druzhba 2021')] },
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
    assert.deepStrictEqual(people[0].children.map((m) => `${m.mention.uri.slice(11)}:${m.mention.range.start.line}`), ['000_a.txt:0', '000_a.txt:2', '001_b.txt:2']);
  });

  it('shows mention and article counts, and the file and 1-based line of each mention', () => {
    const fomin = tree[0].children[0];
    assert.strictEqual(presentEntitiesNode(fomin).description, '3 mentions in 2 articles');
    assert.strictEqual(presentEntitiesNode(tree[0].children[1]).description, '1 mention in 1 article');
    assert.strictEqual(presentEntitiesNode(fomin.children[0]).description, '000_a.txt:1');
    assert.strictEqual(presentEntitiesNode(tree[0]).description, '2');
  });

  it('finds the entity under the cursor, preferring the innermost mention', () => {
    assert.strictEqual(entityAt(result, A, 2, 45)?.id, 'p:fomin');
    assert.strictEqual(entityAt(result, A, 2, 61)?.id, 'p:fomin', 'end of the mention counts');
    assert.strictEqual(entityAt(result, A, 2, 39), undefined);
    assert.strictEqual(entityAt(result, B, 3, 8)?.id, 'ex:druzhba');
    assert.strictEqual(entityAt(result, B, 3, 15)?.id, 'ex:druzhba-2021');
    assert.strictEqual(entityAt(result, 'file:///other.txt', 2, 45), undefined);
    assert.strictEqual(entityAt(undefined, A, 0, 0), undefined);
  });
});
