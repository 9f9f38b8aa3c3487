import * as assert from 'assert';
import { loadKnowledgeBase } from '../kb';
import { kbFindings } from './kb-findings';
import { fixAll } from './fix-all';
import { Finding } from '../types';

describe('kbFindings', () => {
  it('turns KB loader problems into findings with their code, severity and span', () => {
    const text = 'people:\n  - id: a\n    name: A\n  - id: a\n    name: B\n';
    const kb = loadKnowledgeBase([{ uri: 'file:///k.kb.yaml', text }]);
    const found = kbFindings(kb);
    const dup = found.find((f) => f.code === 'kb-duplicate-id');
    assert.ok(dup, JSON.stringify(found));
    assert.strictEqual(dup!.uri, 'file:///k.kb.yaml');
    assert.deepStrictEqual([dup!.related, dup!.fixes], [[], []]);
    assert.strictEqual(found.length, kb.problems.length);
  });
});

describe('fixAll', () => {
  const f = (code: string, start: number, end: number, newText: string, isPreferred = true): Finding => ({
    uri: 'u', start, end, code, severity: 'warning', message: '', related: [], fixes: [{ title: 't', edits: [{ uri: 'u', start, end, newText }], isPreferred }],
  });

  it('takes preferred fixes, skips overlapping ones, filters by code', () => {
    const edits = fixAll([f('a', 0, 5, 'x'), f('a', 3, 8, 'y'), f('b', 10, 12, 'z')]);
    assert.deepStrictEqual(edits.map((e) => e.newText), ['x', 'z']);
    assert.deepStrictEqual(fixAll([f('a', 0, 5, 'x'), f('b', 10, 12, 'z')], 'b').map((e) => e.newText), ['z']);
  });
});
