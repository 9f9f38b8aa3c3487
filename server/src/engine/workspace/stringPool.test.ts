import * as assert from 'assert';
import { Fact } from '../types';
import { IndexedArticle, NO_SENTENCES, packMentions } from './index';
import { StringPool } from './stringPool';

/** A fresh copy of a string's characters (JSON.parse gives one per occurrence). */
const copy = (s: string): string => JSON.parse(JSON.stringify({ s })).s;

describe('workspace/stringPool', () => {
  it('hands out the first copy of each string, and starts afresh past its limit', () => {
    const pool = new StringPool(2);
    assert.strictEqual(pool.share(copy('russia')), pool.share(copy('russia')));
    pool.share('a');
    assert.strictEqual(pool.size, 2);
    pool.share('b');
    assert.strictEqual(pool.size, 1, 'cleared, then holds the new string');
  });

  it('shares the uri and the recurring strings of an entry’s facts', () => {
    const uri = 'file:///a.txt';
    const fact = (): Fact => ({
      uri: copy(uri), subject: copy('druzhba-2016'), subjectLabel: copy('Druzhba 2016'), predicate: 'date', value: copy('2016-09'),
      start: 0, end: 4, sentence: { start: 0, end: 10 }, valueSpan: { start: 0, end: 4 },
    });
    const entry: IndexedArticle = { uri, date: null, mentions: packMentions([]), facts: [fact(), fact()], sentences: NO_SENTENCES };
    const before = entry.facts.map((f) => ({ ...f }));
    new StringPool().shareFactStrings(entry);
    assert.deepStrictEqual(entry.facts, before, 'same values');
    assert.strictEqual(entry.facts[0].uri, entry.uri);
  });
});
