// Locating things in a parsed KB YAML document: the node at a path, its span, the span of an entity's field.
import { Document, isAlias, isMap, isNode, isPair, isScalar, isSeq, Node, parseDocument } from 'yaml';
import { Span } from '../types';

export type YamlPath = (string | number)[];

/** Span of a node's value (without trailing comments or blank lines). */
export function nodeSpan(node: Node, text?: string): Span {
  const [start, valueEnd] = node.range ?? [0, 0];
  let end = valueEnd;
  // Block collections end after their final newline; trim it so the span ends on the last value.
  if (text !== undefined) while (end > start && /\s/.test(text[end - 1])) end--;
  return { start, end };
}

/** The pair of `map` whose key is `key`, if any. */
function pairOf(map: Node, key: string) {
  if (!isMap(map)) return undefined;
  return map.items.find((p) => isPair(p) && (isScalar(p.key) ? String(p.key.value) === key : false));
}

export interface NodeAtPath {
  /** The deepest node found along the path. */
  node: Node;
  /** How many path segments were resolved (path.length when the whole path was found). */
  depth: number;
  /** When the path ends on a map key, its key node (for "unknown field" problems). */
  key?: Node;
}

/** Walks `path` from `root` as far as it exists. Aliases are followed. */
export function nodeAtPath(doc: Document, root: Node | null | undefined, path: YamlPath): NodeAtPath | undefined {
  if (!root) return undefined;
  let node: Node = root;
  let key: Node | undefined;
  let depth = 0;
  for (const seg of path) {
    if (isAlias(node)) {
      const target = node.resolve(doc);
      if (!isNode(target)) break;
      node = target;
    }
    let next: Node | undefined;
    key = undefined;
    if (isMap(node)) {
      const pair = pairOf(node, String(seg));
      if (!pair) break;
      key = isNode(pair.key) ? pair.key : undefined;
      // `field:` with no value: point at the key.
      next = isNode(pair.value) && pair.value.range ? pair.value : key;
    } else if (isSeq(node) && typeof seg === 'number') {
      const item = node.items[seg];
      next = isNode(item) ? item : undefined;
    }
    if (!next) break;
    node = next;
    depth++;
  }
  return { node, depth, key: depth === path.length ? key : undefined };
}

/** Span of the node at `path` in `doc` (or of the deepest existing ancestor), or null. */
export function spanAtPath(doc: Document, text: string, path: YamlPath): Span | null {
  const found = nodeAtPath(doc, doc.contents, path);
  return found ? nodeSpan(found.node, text) : null;
}

/** Index of the entity with `id` in each section sequence of a parsed document. */
export function findEntityPath(doc: Document, id: string): YamlPath | null {
  const root = doc.contents;
  if (!isMap(root)) return null;
  for (const pair of root.items) {
    if (!isScalar(pair.key) || !isSeq(pair.value)) continue;
    const index = pair.value.items.findIndex((item) => {
      const idPair = isMap(item) ? pairOf(item, 'id') : undefined;
      return !!idPair && isScalar(idPair.value) && idPair.value.value === id;
    });
    if (index >= 0) return [String(pair.key.value), index];
  }
  return null;
}

/**
 * Span of a field of the entity with `id` in KB text, e.g. `kbFieldSpan(text, 'khawaja-asif', ['aliases', 2])`
 * or `['roles', 1, 'title']`; `[]` gives the whole entity. Null when the entity or the full path is missing.
 * For quick fixes that edit the KB.
 */
export function kbFieldSpan(text: string, id: string, field: YamlPath = []): Span | null {
  const doc = parseDocument(text, { keepSourceTokens: false });
  const entityPath = findEntityPath(doc, id);
  if (!entityPath) return null;
  const found = nodeAtPath(doc, doc.contents, [...entityPath, ...field]);
  if (!found || found.depth !== entityPath.length + field.length) return null;
  return nodeSpan(found.node, text);
}

/** Offset → 1-based line number, for messages that point at another entry. */
export function lineOf(text: string, offset: number): number {
  let line = 1;
  for (let i = text.indexOf('\n'); i !== -1 && i < offset; i = text.indexOf('\n', i + 1)) line++;
  return line;
}
