import * as assert from 'assert';
import { IndexedArticle, IndexedMention, NO_SENTENCES, packMentions, WorkspaceIndex } from './index';

function entry(uri: string, mentions: IndexedMention[]): IndexedArticle {
  return { uri, date: null, mentions: packMentions(mentions), facts: [], sentences: NO_SENTENCES };
}

const place = (start: number, entity: string | null): IndexedMention => ({ kind: 'place', start, end: start + 5, entity, ...(entity ? { text: entity } : {}) });

describe('workspace/index', () => {
  it('lists an entity’s mentions by article in indexing order, then by text order, and forgets removed ones', () => {
    const index = new WorkspaceIndex();
    index.set(entry('file:///a.txt', [place(0, 'russia'), place(10, 'pakistan'), place(20, 'russia')]));
    index.set(entry('file:///b.txt', [place(3, 'russia')]));
    const refs = () => index.mentionsOf('russia').map((r) => `${r.uri.slice(8)}@${r.mention.start}`);
    assert.deepStrictEqual(refs(), ['a.txt@0', 'a.txt@20', 'b.txt@3']);
    assert.strictEqual(index.mentionCountOf('russia'), 3);
    assert.deepStrictEqual([...index.articlesMentioning('russia')], ['file:///a.txt', 'file:///b.txt']);
    assert.strictEqual(index.articlesMentioning('nobody').size, 0);
    // Re-indexing an article moves it last, as it was removed and added again.
    index.set(entry('file:///a.txt', [place(5, 'russia'), place(30, null)]));
    assert.deepStrictEqual(refs(), ['b.txt@3', 'a.txt@5']);
    assert.strictEqual(index.mentionCountOf('russia'), 2);
    assert.deepStrictEqual(index.mentionsOf('pakistan'), []);
    assert.deepStrictEqual(index.entities().sort(), ['russia']);
    index.remove('file:///b.txt');
    assert.deepStrictEqual(refs(), ['a.txt@5']);
  });
});
