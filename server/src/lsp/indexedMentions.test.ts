// The index keeps compact mentions: the entity under the cursor in a closed article must not change.
import * as assert from 'assert';
import fc from 'fast-check';
import { packKeptMentions as compactMentions } from '../engine/workspace/compactMentions';
import { Mention } from '../engine/types';
import { mentionList } from '../engine/workspace/index';
import { mentionAt } from './context';

const mentionArb = fc
  .record({ start: fc.integer({ min: 0, max: 60 }), length: fc.integer({ min: 0, max: 12 }), entity: fc.option(fc.constantFrom('a', 'b', 'c')), kind: fc.constantFrom('official', 'date', 'place', 'event') })
  .map(({ start, length, entity, kind }): Mention => {
    const base = { start, end: start + length, text: 'x', entity };
    if (kind === 'official') return { ...base, kind, name: 'N', nameSpan: { start, end: start + length }, resolvedBy: 'unknown' };
    if (kind === 'date') return { ...base, kind, entity: null, timexType: 'DATE', value: null, relative: false };
    return { ...base, kind: kind as 'place' | 'event' };
  });

describe('lsp/indexed mentions', () => {
  it('mentionAt gives the same entity on compact index mentions as on full ones, at every offset', () => {
    fc.assert(
      fc.property(fc.array(mentionArb, { maxLength: 12 }), (raw) => {
        const full = [...raw].sort((a, b) => a.start - b.start || b.end - a.end);
        const compact = mentionList(compactMentions(full, []));
        for (let offset = 0; offset <= 80; offset++) {
          assert.strictEqual(mentionAt(compact, offset)?.entity ?? undefined, mentionAt(full, offset)?.entity ?? undefined, `offset ${offset}`);
        }
      }),
      { numRuns: 500 },
    );
  });
});
