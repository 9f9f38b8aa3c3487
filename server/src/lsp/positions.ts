// Engine offsets (UTF-16) ⇄ LSP positions. The engine never sees lines; conversion happens only here.
// Open documents convert through their TextDocument; closed ones through a cached table of line starts
// (a few numbers per line), so we never keep a closed article's text in memory.
import * as fs from 'fs';
import { fileURLToPath } from 'url';
import { Position, Range } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { Span } from '../engine/types';
import { LineTable, LineTableWire } from '../engine/text/lines';

export { LineTable, LineTableWire };

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
