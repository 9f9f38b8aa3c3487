// Property tests: the loader never throws and keeps problems inside the file, whatever the edit to a KB;
// addEntryEdit keeps the file valid and appends exactly the entry.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import fc from 'fast-check';
import { parseDocument } from 'yaml';
import { loadKnowledgeBase } from './load';
import { addEntryEdit, applyEdits } from './edit';
import { KB_SECTIONS } from './query';

const sample = fs.readFileSync(path.resolve(process.cwd(), 'server/src/engine/kb/fixtures/edit/block-with-comments.input.yaml'), 'utf8');

describe('kb robustness (properties)', () => {
  it('loading a randomly edited KB never throws and locates problems inside the text', () => {
    const edited = fc
      .tuple(fc.nat(sample.length), fc.nat(40), fc.string({ unit: fc.constantFrom(' ', '\n', '-', ':', '[', ']', '{', '}', '#', 'a', '1', '"', "'", '\t', '&', '*', '\u0000') }))
      .map(([at, cut, insert]) => sample.slice(0, at) + insert + sample.slice(at + cut));
    fc.assert(
      fc.property(edited, (text) => {
        const kb = loadKnowledgeBase([{ uri: 'u', text }]);
        for (const p of kb.problems) {
          assert.ok(p.start >= 0 && p.start <= p.end && p.end <= text.length, `${p.code} ${p.start}-${p.end} of ${text.length}`);
          assert.ok(p.message.length > 0);
        }
      }),
      { numRuns: 300 },
    );
  });

  it('addEntryEdit appends exactly the entry to the chosen section', () => {
    const word = fc.stringMatching(/^[A-Za-z][A-Za-z .'-]{0,15}$/);
    const entry = fc.record({ id: fc.stringMatching(/^[a-z]{1,6}(-[a-z0-9]{1,4}){0,2}$/), name: word, aliases: fc.array(word, { maxLength: 3 }) });
    fc.assert(
      fc.property(fc.constantFrom(...KB_SECTIONS), entry, (section, e) => {
        const out = applyEdits(sample, addEntryEdit('u', sample, section, e));
        const doc = parseDocument(out);
        assert.deepStrictEqual(doc.errors, []);
        const before = parseDocument(sample).toJS() as Record<string, unknown[]>;
        const after = doc.toJS() as Record<string, unknown[]>;
        assert.deepStrictEqual(after[section], [...(before[section] ?? []), { ...e, aliases: [...e.aliases] }]);
        for (const other of KB_SECTIONS) if (other !== section) assert.deepStrictEqual(after[other], before[other]);
      }),
      { numRuns: 200 },
    );
  });
});
