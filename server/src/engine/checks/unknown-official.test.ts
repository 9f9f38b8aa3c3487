import * as assert from 'assert';
import { parse } from 'yaml';
import { applyEdits } from '../kb/edit';
import { unknownOfficial } from './unknown-official';
import { analysis, context, FOMIN, kbWith, official, person } from './testing';

const KB_URI = 'file:///ws.kb.yaml';
const KB_TEXT = '# workspace KB\npeople:\n  - id: someone\n    name: Someone\n';

describe('unknown-official', () => {
  const text = ' date 2024-10-29 Director General ISPR Major General Ahmed Sharif Chaudhry briefed. Ahmed Sharif Chaudhry said.';
  const m = official(text, 'Director General ISPR Major General Ahmed Sharif Chaudhry', null, {
    name: 'Ahmed Sharif Chaudhry', title: 'Director General ISPR', rank: 'Major General', rankCanonical: 'Major General', country: 'Pakistan',
  });
  const again = official(text, 'Ahmed Sharif Chaudhry', null, { name: 'Ahmed Sharif Chaudhry', title: undefined, occurrence: 1 });

  it('hints once per person, with a fix adding a KB entry to the workspace KB', () => {
    const kb = kbWith({ people: [FOMIN, person('ahmed-sharif-chaudhry', 'Someone Else')] });
    const ctx = context(analysis('file:///a.txt', text, [m, { ...m, start: m.start + 1 }]), kb, [], { workspaceKbUri: KB_URI, kbText: (u) => (u === KB_URI ? KB_TEXT : undefined) });
    const found = unknownOfficial.check(ctx);
    assert.strictEqual(found.length, 1);
    const [f] = found;
    assert.strictEqual(f.severity, 'hint');
    assert.strictEqual(text.slice(f.start, f.end), 'Ahmed Sharif Chaudhry');
    const edits = f.fixes[0].edits;
    assert.ok(edits.every((e) => e.uri === KB_URI));
    const after = applyEdits(KB_TEXT, edits);
    assert.ok(after.startsWith('# workspace KB\n'), 'keeps the comment');
    const entry = parse(after).people[1];
    assert.strictEqual(entry.id, 'ahmed-sharif-chaudhry-2', 'avoids an id the KB already uses');
    assert.strictEqual(entry.name, 'Ahmed Sharif Chaudhry');
    assert.strictEqual(entry.country, 'Pakistan');
    assert.deepStrictEqual(entry.roles, [{ title: 'Director General ISPR', country: 'Pakistan' }]);
    assert.deepStrictEqual(entry.ranks, [{ rank: 'Major General' }]);
    assert.match(entry.notes, /2024-10-29/);
  });

  it('still hints without a workspace KB, but offers no fix; ignores untitled and known people', () => {
    const [f] = unknownOfficial.check(context(analysis('file:///a.txt', text, [m]), kbWith({})));
    assert.deepStrictEqual(f.fixes, []);
    assert.deepStrictEqual(unknownOfficial.check(context(analysis('file:///a.txt', text, [again]), kbWith({}))), []);
    const known = { ...m, entity: 'alexander-fomin', resolvedBy: 'kb' as const };
    assert.deepStrictEqual(unknownOfficial.check(context(analysis('file:///a.txt', text, [known]), kbWith({ people: [FOMIN] }))), []);
  });
});
