import * as assert from 'assert';
import { NameRegistry } from './registry';

describe('officials/registry', () => {
  it('answers how many words the longest key starting with a word has', () => {
    const r = new NameRegistry();
    assert.strictEqual(r.maxWordsAfter('asim'), 0);
    r.register(NameRegistry.keysOf(['asim', 'munir']), { entity: 'munir', who: 'munir', start: 40 });
    assert.strictEqual(r.maxWordsAfter('asim'), 2);
    assert.strictEqual(r.maxWordsAfter('munir'), 1);
    // Same first letters as a registered word, but not one.
    assert.strictEqual(r.maxWordsAfter('asima'), 0);
    assert.strictEqual(r.maxWordsAfter('as'), 0);
    assert.strictEqual(r.maxWordsAfter(''), 0);
  });

  it('keeps the latest first mention of a name of two words or more', () => {
    const r = new NameRegistry();
    assert.strictEqual(r.lastMultiWordFirst, -1);
    r.register(['fomin'], { entity: 'fomin', who: 'fomin', start: 90 });
    assert.strictEqual(r.lastMultiWordFirst, -1);
    r.register(['alexander fomin', 'fomin'], { entity: 'fomin', who: 'fomin', start: 120 });
    assert.strictEqual(r.lastMultiWordFirst, 120);
    r.register(['asim munir'], { entity: 'munir', who: 'munir', start: 60 });
    assert.strictEqual(r.lastMultiWordFirst, 120);
    // A later mention of a known key does not move its first mention.
    r.register(['alexander fomin'], { entity: 'fomin', who: 'fomin', start: 300 });
    assert.strictEqual(r.lastMultiWordFirst, 120);
    assert.strictEqual(r.get('alexander fomin')?.first, 120);
    assert.strictEqual(r.get('alexander fomin')?.start, 300);
  });
});
