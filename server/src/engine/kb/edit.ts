// Edits to KB YAML as plain text insertions, so comments, key order and formatting of everything else in the
// file stay byte-for-byte as they were. The parsed document only tells where a section's list ends and how
// it is indented.
import { isMap, isNode, isScalar, isSeq, Node, parseDocument, stringify } from 'yaml';
import { TextEdit } from '../types';
import { KbSection } from './query';
import { findEntityPath, nodeAtPath } from './yaml-nodes';

function lineStart(text: string, offset: number): number {
  return text.lastIndexOf('\n', offset - 1) + 1;
}

function lineEnd(text: string, offset: number): number {
  const nl = text.indexOf('\n', offset);
  if (nl === -1) return text.length;
  return nl > 0 && text[nl - 1] === '\r' ? nl - 1 : nl;
}

function column(text: string, offset: number): number {
  return offset - lineStart(text, offset);
}

/** End of a node's value with trailing whitespace and newlines trimmed. */
function valueEnd(text: string, node: Node): number {
  let end = node.range![1];
  while (end > node.range![0] && /\s/.test(text[end - 1])) end--;
  return end;
}

/** Plain data for YAML output: no `loc`, no undefined values. */
function clean(entry: object): unknown {
  return JSON.parse(JSON.stringify(entry, (key, value) => (key === 'loc' ? undefined : value)));
}

/** The entry as a block sequence item: "- id: x" then its other lines, each line indented. */
function blockItem(entry: unknown, indent: number, contentOffset: number, eol: string): string {
  const lines = stringify(entry, { lineWidth: 0, indent: 2 }).replace(/\n$/, '').split('\n');
  const pad = ' '.repeat(indent);
  const inner = pad + ' '.repeat(contentOffset);
  return lines.map((line, i) => (i === 0 ? `${pad}-${' '.repeat(contentOffset - 1)}${line}` : line === '' ? '' : inner + line)).join(eol);
}

/**
 * Appends `entry` to `section` of a KB file. Creates the section at the end of the file when absent, and fills
 * `section:` / `section: []` / `section: null`. Returns [] when the file is not a YAML map it can safely edit
 * (syntax errors, a flow-style root, a section that is not a list).
 */
export function addEntryEdit(uri: string, kbText: string, section: KbSection, entry: object): TextEdit[] {
  const eol = kbText.includes('\r\n') ? '\r\n' : '\n';
  const data = clean(entry);
  const doc = parseDocument(kbText);
  if (doc.errors.length) return [];
  const root = doc.contents;
  const edit = (start: number, end: number, newText: string): TextEdit => ({ uri, start, end, newText });

  const appendSection = (keyIndent: number): TextEdit[] => {
    let prefix = '';
    if (kbText.length && !kbText.endsWith('\n')) prefix = eol;
    const block = `${' '.repeat(keyIndent)}${section}:${eol}${blockItem(data, keyIndent + 2, 2, eol)}${eol}`;
    return [edit(kbText.length, kbText.length, prefix + block)];
  };

  if (root === null || (isScalar(root) && root.value === null)) return appendSection(0);
  if (!isMap(root) || root.flow) return [];

  const pair = root.items.find((p) => isScalar(p.key) && p.key.value === section);
  if (!pair) return appendSection(column(kbText, root.range![0]));

  const keyNode = pair.key as Node;
  const keyIndent = column(kbText, keyNode.range![0]);
  const value = pair.value as Node | null;

  // `section:` or `section: null` / `~` / `[]`: drop the empty value, put the list after the key's line.
  const emptyValue = value === null || (isScalar(value) && value.value === null) || (isSeq(value) && value.flow && value.items.length === 0);
  if (emptyValue) {
    const edits: TextEdit[] = [];
    let afterKey = keyNode.range![1];
    if (value?.range && value.range[1] > value.range[0]) {
      edits.push(edit(value.range[0], valueEnd(kbText, value), ''));
      afterKey = value.range[0];
    }
    const at = lineEnd(kbText, afterKey);
    edits.push(edit(at, at, eol + blockItem(data, keyIndent + 2, 2, eol)));
    return edits;
  }

  if (!isSeq(value)) return [];

  if (value.flow) {
    // Non-empty flow list: add the entry as one more flow item before the closing bracket.
    let close = valueEnd(kbText, value);
    while (close > value.range![0] && kbText[close - 1] !== ']') close--;
    const before = close - 1;
    let last = before;
    while (last > value.range![0] && /\s/.test(kbText[last - 1])) last--;
    const flow = stringify(data, { collectionStyle: 'flow', lineWidth: 0 }).trim();
    return [edit(last, last, `, ${flow}`)];
  }

  const items = value.items as Node[];
  const lastItem = items[items.length - 1];
  const dashColumn = column(kbText, value.range![0]);
  const first = items[0];
  const contentOffset = first?.range ? Math.max(2, column(kbText, first.range[0]) - dashColumn) : 2;
  // After the last item's last line (a trailing comment on that line stays where it is).
  const at = lineEnd(kbText, lastItem?.range ? valueEnd(kbText, lastItem) : valueEnd(kbText, value));
  return [edit(at, at, eol + blockItem(data, dashColumn, contentOffset, eol))];
}

/** Applies edits to text (for tests and the CLI): edits must not overlap. */
export function applyEdits(text: string, edits: { start: number; end: number; newText: string }[]): string {
  let out = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) out = out.slice(0, e.start) + e.newText + out.slice(e.end);
  return out;
}

/** A string as a YAML scalar that reads back as the same string in block and flow context. */
export function yamlScalar(value: string): string {
  const plainSafe = /^[^\s,\[\]{}#&*!|>'"%@`:?-][^,\[\]{}#]*$/.test(value) && !/[:\s]$/.test(value) && !/: /.test(value) && !/ #/.test(value);
  if (plainSafe) {
    try {
      if (parseDocument(value).toJS() === value) return value;
    } catch {
      // fall through to quoting
    }
  }
  return JSON.stringify(value);
}

/**
 * Appends `value` to a list field of the entity with `id`, e.g. `['aliases']` or `['roles', 1, 'titleAliases']`,
 * creating the field (as a flow list) when the entity lacks it. For quick fixes such as "add this spelling to the
 * KB". Returns [] when the entity or the field's parent is missing or the file has YAML errors.
 */
export function addListItemEdit(uri: string, kbText: string, id: string, field: (string | number)[], value: string): TextEdit[] {
  const eol = kbText.includes('\r\n') ? '\r\n' : '\n';
  const doc = parseDocument(kbText);
  if (doc.errors.length || field.length === 0) return [];
  const entityPath = findEntityPath(doc, id);
  if (!entityPath) return [];
  const scalar = yamlScalar(value);
  const edit = (at: number, newText: string): TextEdit[] => [{ uri, start: at, end: at, newText }];

  const parent = nodeAtPath(doc, doc.contents, [...entityPath, ...field.slice(0, -1)]);
  if (!parent || parent.depth !== entityPath.length + field.length - 1 || !isMap(parent.node)) return [];
  const key = field[field.length - 1];
  const target = nodeAtPath(doc, doc.contents, [...entityPath, ...field]);
  const exists = target && target.depth === entityPath.length + field.length && target.key !== undefined;
  const list = exists ? target!.node : undefined;

  if (list && isSeq(list) && list.flow) {
    let close = valueEnd(kbText, list);
    while (close > list.range![0] && kbText[close - 1] !== ']') close--;
    let last = close - 1;
    while (last > list.range![0] && /\s/.test(kbText[last - 1])) last--;
    return edit(last, list.items.length ? `, ${scalar}` : scalar);
  }
  if (list && isSeq(list)) {
    const lastItem = list.items[list.items.length - 1] as Node;
    const at = lineEnd(kbText, valueEnd(kbText, lastItem));
    return edit(at, `${eol}${' '.repeat(column(kbText, list.range![0]))}- ${scalar}`);
  }
  if (list && !(isScalar(list) && list.value === null)) return []; // the field holds something else
  if (list) {
    // `aliases:` with no value: put a flow list after the colon.
    const keyNode = target!.key!;
    return edit(keyNode.range![1] + (kbText[keyNode.range![1]] === ':' ? 1 : 0), ` [${scalar}]`);
  }

  const map = parent.node;
  if (map.flow) {
    let close = valueEnd(kbText, map);
    while (close > map.range![0] && kbText[close - 1] !== '}') close--;
    let last = close - 1;
    while (last > map.range![0] && /\s/.test(kbText[last - 1])) last--;
    return edit(last, `${map.items.length ? ', ' : ''}${key}: [${scalar}]`);
  }
  // New field after `name` when there is one (where people expect aliases), else after the last field.
  const pairs = map.items;
  const anchor = pairs.find((p) => isScalar(p.key) && p.key.value === 'name') ?? pairs[pairs.length - 1];
  const anchorEnd = isNode(anchor.value) && anchor.value.range ? valueEnd(kbText, anchor.value) : (anchor.key as Node).range![1];
  const indent = column(kbText, (pairs[0].key as Node).range![0]);
  return edit(lineEnd(kbText, anchorEnd), `${eol}${' '.repeat(indent)}${key}: [${scalar}]`);
}
