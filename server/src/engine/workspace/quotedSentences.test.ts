import * as assert from 'assert';
import { quotedSentence, quotedSentences } from './quotedSentences';

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

  it('survives JSON unchanged', () => {
    const q = quotedSentences([[5, '“Quoted” — text.'], [1, 'A.']]);
    assert.deepStrictEqual(JSON.parse(JSON.stringify(q)), q);
  });
});
