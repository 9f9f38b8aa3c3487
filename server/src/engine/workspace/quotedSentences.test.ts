import * as assert from 'assert';
import { quotedSentence, quotedSentenceAround, quotedSentences } from './quotedSentences';

describe('workspace/quotedSentences', () => {
  it('looks sentences up by start, in text order whatever order they were given in', () => {
    const q = quotedSentences([[40, 'Third.'], [0, 'First.'], [12, 'Second.'], [0, 'Not kept.']]);
    assert.deepStrictEqual(q, { starts: [0, 12, 40], texts: ['First.', 'Second.', 'Third.'] });
    assert.strictEqual(quotedSentence(q, 12), 'Second.');
    assert.strictEqual(quotedSentence(q, 40), 'Third.');
    assert.strictEqual(quotedSentence(q, 13), undefined);
    assert.strictEqual(quotedSentence(q, 99), undefined);
    assert.strictEqual(quotedSentence(quotedSentences([]), 0), undefined);
  });

  it('finds the quoted sentence that holds a span, and none for a span outside or across sentences', () => {
    const q = quotedSentences([[0, 'First one.'], [20, 'Second one.']]);
    assert.deepStrictEqual(quotedSentenceAround(q, { start: 2, end: 5 }), { start: 0, end: 10 });
    assert.deepStrictEqual(quotedSentenceAround(q, { start: 20, end: 31 }), { start: 20, end: 31 });
    assert.strictEqual(quotedSentenceAround(q, { start: 12, end: 15 }), undefined, 'between sentences');
    assert.strictEqual(quotedSentenceAround(q, { start: 8, end: 22 }), undefined, 'across two');
  });

  it('survives JSON unchanged', () => {
    const q = quotedSentences([[5, '“Quoted” — text.'], [1, 'A.']]);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(q)), q);
  });
});
