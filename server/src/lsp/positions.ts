// Engine offsets (UTF-16) ⇄ LSP positions. The engine never sees lines; conversion happens only here.
// Open documents convert through their TextDocument; closed ones through a cached table of line starts
// (a few numbers per line), so we never keep a closed article's text in memory.
import * as fs from 'fs';
import { fileURLToPath } from 'url';
import { Position, Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Span } from '../engine/types';

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
    for (let i = 0; i < text.length; i++) {
      const c = text.charCodeAt(i);
      if (c === 13 /* \r */ || c === 10 /* \n */) {
        ends.push(i);
        if (c === 13 && text.charCodeAt(i + 1) === 10) i++;
        starts.push(i + 1);
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

  /** As TextDocument.positionAt: an offset inside a line break maps to the end of the line's content. */
  positionAt(offset: number): Position {
    const o = Math.max(0, Math.min(offset, this.length));
    let lo = 0;
    let hi = this.starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (this.starts[mid] <= o) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo, character: Math.min(o, this.ends[lo]) - this.starts[lo] };
  }

  offsetAt(position: Position): number {
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

export interface OpenDocuments {
  get(uri: string): TextDocument | undefined;
}

/** Line tables for every article and KB file the server knows, open or closed. */
export class Positions {
  private readonly tables = new Map<string, LineTable>();

  constructor(private readonly documents: OpenDocuments) {}

  /** Record the text just analysed for `uri` (replaces any older table). */
  remember(uri: string, text: string): void {
    this.tables.set(uri, LineTable.of(text));
  }

  /** Record a table computed elsewhere (an index worker) for text analysed there. */
  rememberTable(uri: string, table: LineTable): void {
    this.tables.set(uri, table);
  }

  forget(uri: string): void {
    this.tables.delete(uri);
  }

  private table(uri: string): LineTable | undefined {
    let table = this.tables.get(uri);
    if (table) return table;
    const text = readTextFromDisk(uri);
    if (text === undefined) return undefined;
    table = LineTable.of(text);
    this.tables.set(uri, table);
    return table;
  }

  range(uri: string, span: Span): Range | undefined {
    const doc = this.documents.get(uri);
    if (doc) return { start: doc.positionAt(span.start), end: doc.positionAt(span.end) };
    const table = this.table(uri);
    if (!table) return undefined;
    return { start: table.positionAt(span.start), end: table.positionAt(span.end) };
  }

  offset(uri: string, position: Position): number | undefined {
    const doc = this.documents.get(uri);
    if (doc) return doc.offsetAt(position);
    return this.table(uri)?.offsetAt(position);
  }
}

export function readTextFromDisk(uri: string): string | undefined {
  if (!uri.startsWith('file:')) return undefined;
  try {
    return fs.readFileSync(fileURLToPath(uri), 'utf8');
  } catch {
    return undefined;
  }
}
