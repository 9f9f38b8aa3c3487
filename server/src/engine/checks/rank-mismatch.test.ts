import * as assert from 'assert';
import { rankMismatch } from './rank-mismatch';
import { canonicalRank, rankAgrees, rankLike } from './support/ranks';
import { analysis, context, FOMIN, kbWith, official, person } from './testing';

const MUNIR = person('asim-munir', 'Asim Munir', {
  ranks: [
    { rank: 'Lieutenant General', to: '2022-11' },
    { rank: 'General', from: '2022-11-29', to: '2025-05-20' },
    { rank: 'Field Marshal', from: '2025-05-20', to: null },
  ],
});
const kb = kbWith({ people: [FOMIN, MUNIR] });

function run(text: string, ...mentions: ReturnType<typeof official>[]) {
  return rankMismatch.check(context(analysis('file:///a.txt', text, mentions), kb));
}

describe('rank-mismatch', () => {
  it('flags "Lt Gen Alexander Fomin" (a Colonel General) with an abbreviated fix', () => {
    const text = ' date 2021-09-29 Lt Gen Alexander Fomin arrived.';
    const [f, ...rest] = run(text, official(text, 'Lt Gen Alexander Fomin', 'alexander-fomin', { name: 'Alexander Fomin', rank: 'Lt Gen', rankCanonical: 'Lieutenant General' }));
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(text.slice(f.start, f.end), 'Lt Gen');
    assert.match(f.message, /KB: Colonel General/);
    assert.strictEqual(f.fixes[0].edits[0].newText, 'Col Gen');
  });

  it('accepts abbreviations equal to the full form and "Gen" alone for a Colonel General', () => {
    const text = ' date 2018-08-08 Col. Gen Alexander Fomin met Gen Fomin and Colonel General Fomin.';
    assert.deepStrictEqual(
      run(
        text,
        official(text, 'Col. Gen Alexander Fomin', 'alexander-fomin', { name: 'Alexander Fomin', rank: 'Col. Gen' }),
        official(text, 'Gen Fomin', 'alexander-fomin', { name: 'Fomin', rank: 'Gen', resolvedBy: 'coreference' }),
        official(text, 'Colonel General Fomin', 'alexander-fomin', { name: 'Fomin', rank: 'Colonel General', rankCanonical: 'Colonel General' }),
      ),
      [],
    );
  });

  it('uses the rank held on the date: Lt Gen Munir in 2021 is right, in 2024 wrong, "Gen" in 2025 after promotion to Field Marshal wrong', () => {
    const t2021 = ' date 2021-06-01 Lt Gen Asim Munir spoke.';
    assert.deepStrictEqual(run(t2021, official(t2021, 'Lt Gen Asim Munir', 'asim-munir', { name: 'Asim Munir', rank: 'Lt Gen' })), []);
    const t2024 = ' date 2024-06-01 Lt Gen Asim Munir spoke.';
    const [f] = run(t2024, official(t2024, 'Lt Gen Asim Munir', 'asim-munir', { name: 'Asim Munir', rank: 'Lt Gen' }));
    assert.strictEqual(f.fixes[0].edits[0].newText, 'Gen');
    const t2025 = ' date 2025-08-01 General Asim Munir spoke.';
    const [g] = run(t2025, official(t2025, 'General Asim Munir', 'asim-munir', { name: 'Asim Munir', rank: 'General' }));
    assert.strictEqual(g.fixes[0].edits[0].newText, 'Field Marshal');
  });

  it('lets a retired officer carry a rank held before the date', () => {
    const text = ' date 2024-06-01 Lt Gen (Retd) Asim Munir spoke.';
    assert.deepStrictEqual(run(text, official(text, 'Lt Gen (Retd) Asim Munir', 'asim-munir', { name: 'Asim Munir', rank: 'Lt Gen (Retd)', retired: true })), []);
  });

  it('keeps "(Retd)" in the fix', () => {
    const text = ' date 2021-09-29 Maj Gen (Retd) Alexander Fomin spoke.';
    const [f] = run(text, official(text, 'Maj Gen (Retd) Alexander Fomin', 'alexander-fomin', { name: 'Alexander Fomin', rank: 'Maj Gen (Retd)', retired: true }));
    assert.strictEqual(f.fixes[0].edits[0].newText, 'Col Gen (Retd)');
  });

  it('is silent without a date or without KB ranks', () => {
    const text = 'Lt Gen Alexander Fomin arrived.';
    assert.deepStrictEqual(run(text, official(text, 'Lt Gen Alexander Fomin', 'alexander-fomin', { name: 'Alexander Fomin', rank: 'Lt Gen' })), []);
  });

  it('normalises ranks', () => {
    assert.strictEqual(canonicalRank('Lt-Gen (Retd)'), 'Lieutenant General');
    assert.strictEqual(canonicalRank('ACM'), 'Air Chief Marshal');
    assert.ok(rankAgrees('Gen', 'General of the Army'));
    assert.ok(!rankAgrees('Colonel', 'Colonel General'));
    assert.ok(!rankAgrees('Lt Gen', 'Major General'));
    assert.strictEqual(rankLike('Lieutenant General', 'Colonel General'), 'Colonel General');
  });
});
