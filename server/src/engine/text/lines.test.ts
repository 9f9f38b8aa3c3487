import * as assert from 'assert';
import { LineTable } from './lines';

describe('text/lines', () => {
  it('converts offsets to 0-based positions across LF, CRLF and CR', () => {
    const text = 'ab\ncd\r\nef\rgh';
    const lines = LineTable.of(text);
    assert.strictEqual(lines.lineCount, 4);
    assert.deepStrictEqual(lines.positionAt(text.indexOf('c')), { line: 1, character: 0 });
    assert.deepStrictEqual(lines.positionAt(text.indexOf('f')), { line: 2, character: 1 });
    assert.deepStrictEqual(lines.positionAt(text.indexOf('h')), { line: 3, character: 1 });
    assert.deepStrictEqual(lines.positionAt(9999), { line: 3, character: 2 });
    // Inside a CRLF pair: the end of the line's content, as LSP's TextDocument does.
    assert.deepStrictEqual(lines.positionAt(text.indexOf('\r\n') + 1), { line: 1, character: 2 });
  });

  it('round-trips offsets outside line breaks and clamps out-of-range positions', () => {
    const text = 'one\ntwo 𝐀 three\n';
    const lines = LineTable.of(text);
    for (let o = 0; o <= text.length; o++) {
      if (text[o - 1] === '\n' || text[o] !== '\n') assert.strictEqual(lines.offsetAt(lines.positionAt(o)), o);
    }
    assert.strictEqual(lines.offsetAt({ line: 1, character: 999 }), text.indexOf('\n', 4));
    assert.strictEqual(lines.offsetAt({ line: 99, character: 0 }), text.length);
    assert.strictEqual(lines.offsetAt({ line: -1, character: 5 }), 0);
  });

  it('survives a trip through the worker wire format', () => {
    const lines = LineTable.of('a\nb\nc');
    assert.deepStrictEqual(LineTable.fromWire(lines.toWire()).positionAt(4), { line: 2, character: 0 });
  });
});
