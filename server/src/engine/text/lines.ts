// Offset ⇄ line/character conversion (0-based, UTF-16), for adapters at the edges (LSP, CLI). A table of
// line starts and content ends — a few numbers per line — so a closed article's text need not be kept.

import { lastAtOrBelow } from './search';

export interface LinePosition {
  line: number;
  character: number;
}

export class LineTable {
  private constructor(
    private readonly starts: Uint32Array,
    /** Where each line's content ends, before its line break. */
    private readonly ends: Uint32Array,
    readonly length: number,
  ) {}

  static of(text: string): LineTable {
    const starts: number[] = [0];
    const ends: number[] = [];
    if (text.indexOf('\r') === -1) {
      // Most texts have no carriage return: their line breaks are found by indexOf, not a test per character.
      for (let i = text.indexOf('\n'); i !== -1; i = text.indexOf('\n', i + 1)) {
        ends.push(i);
        starts.push(i + 1);
      }
    } else {
      for (let i = 0; i < text.length; i++) {
        const c = text.charCodeAt(i);
        if (c === 13 /* \r */ || c === 10 /* \n */) {
          ends.push(i);
          if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
          starts.push(i + 1);
        }
      }
    }
    ends.push(text.length);
    return new LineTable(Uint32Array.from(starts), Uint32Array.from(ends), text.length);
  }

  /** The raw arrays, to ship a table computed in a worker thread to the main thread. */
  toWire(): LineTableWire {
    return { starts: this.starts, ends: this.ends, length: this.length };
  }

  static fromWire(wire: LineTableWire): LineTable {
    return new LineTable(wire.starts, wire.ends, wire.length);
  }

  get lineCount(): number {
    return this.starts.length;
  }

  /** As TextDocument.positionAt: an offset inside a line break maps to the end of the line's content. */
  positionAt(offset: number): LinePosition {
    const o = Math.max(0, Math.min(offset, this.length));
    // starts[0] is 0 and o >= 0: there is always such a line.
    const line = lastAtOrBelow(this.starts, o);
    return { line, character: Math.min(o, this.ends[line]) - this.starts[line] };
  }

  offsetAt(position: LinePosition): number {
    if (position.line < 0) return 0;
    if (position.line >= this.starts.length) return this.length;
    const lineStart = this.starts[position.line];
    return Math.max(lineStart, Math.min(lineStart + position.character, this.ends[position.line]));
  }
}

export interface LineTableWire {
  starts: Uint32Array;
  ends: Uint32Array;
  length: number;
}
