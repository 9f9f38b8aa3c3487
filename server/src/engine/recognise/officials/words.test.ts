import * as assert from 'assert';
import { tokenise } from '../../text/tokens';
import { gapCore } from './words';

describe('officials/words', () => {
  /** gapCore between the first two tokens of `text`. */
  function core(text: string): string {
    const [a, b] = tokenise(text);
    return gapCore(text, a, b);
  }

  it('trims spaces from the gap between two tokens', () => {
    assert.strictEqual(core('Gen Munir'), '');
    assert.strictEqual(core('Gen\u00a0 Munir'), '');
    assert.strictEqual(core('Gen (Retd)'), '(');
    assert.strictEqual(core('India’s'), '’');
    assert.strictEqual(core("India 's"), "'");
    assert.strictEqual(core('Gen ( Retd'), '(');
  });

  it('keeps every mark when there are several, and flags wide gaps', () => {
    assert.strictEqual(core('Gen.) Munir'), '.)');
    assert.strictEqual(core('Gen ( ) Munir'), '()');
    assert.strictEqual(core('Gen       Munir'), '\u0000');
  });
});
