import * as assert from 'assert';
import { LineIndex } from './lines';

describe('text/lines', () => {
  it('converts offsets to 0-based positions across LF, CRLF and CR', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const li = new LineIndex(text);
    assert.strictEqual(li.lineCount, 4);
    assert.deepStrictEqual(li.position(text.indexOf('c')), { line: 1, character: 0 });
    assert.deepStrictEqual(li.position(text.indexOf('f')), { line: 2, character: 1 });
    assert.deepStrictEqual(li.position(text.indexOf('h')), { line: 3, character: 1 });
    assert.deepStrictEqual(li.position(9999), { line: 3, character: 2 });
  });

  it('round-trips offsets and clamps out-of-range positions', () => {
    const text = 'one\ntwo 𝐀 three\n';
    const li = new LineIndex(text);
    for (let o = 0; o <= text.length; o++) {
      const p = li.position(o);
      if (text[o - 1] !== '\n' || p.character === 0) assert.strictEqual(li.offset(p.line, p.character), o);
    }
    assert.strictEqual(li.offset(1, 999), text.indexOf('\n', 4));
    assert.strictEqual(li.offset(99, 0), text.length);
    assert.strictEqual(li.offset(-1, 5), 0);
  });
});
