// A token trie over KB phrases (names, aliases, titles): one walk per text position finds the
// longest phrase starting there, however many phrases the KB holds.
import { Token, phraseKeys } from './tokens';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  payloads: T[];
}

export interface GazetteerMatch<T> {
  /** Token index range [first, last] inclusive. */
  first: number;
  last: number;
  start: number;
  end: number;
  payloads: T[];
}

export class Gazetteer<T> {
  private readonly root: TrieNode<T> = { next: new Map(), payloads: [] };
  private size = 0;

  /** Add a phrase; returns false for phrases with no word tokens. */
  add(phrase: string, payload: T): boolean {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return false;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), payloads: [] };
        node.next.set(key, child);
      }
      node = child;
    }
    if (!node.payloads.includes(payload)) node.payloads.push(payload);
    this.size++;
    return true;
  }

  get phraseCount(): number {
    return this.size;
  }

  /** Longest phrase starting at token i (when text is given, words must be joined by a phrase gap), or undefined. */
  longestAt(tokens: Token[], i: number, text?: string): GazetteerMatch<T> | undefined {
    let node = this.root;
    let best: GazetteerMatch<T> | undefined;
    for (let j = i; j < tokens.length; j++) {
      if (text !== undefined && j > i && !isPhraseGap(text, tokens[j - 1].end, tokens[j].start)) break;
      const child = node.next.get(tokens[j].norm);
      if (!child) break;
      node = child;
      if (node.payloads.length > 0) {
        best = { first: i, last: j, start: tokens[i].start, end: tokens[j].end, payloads: node.payloads };
      }
    }
    return best;
  }

  /** All non-overlapping longest matches, left to right, over tokens[from, to). */
  scan(tokens: Token[], from = 0, to = tokens.length, text?: string): GazetteerMatch<T>[] {
    const out: GazetteerMatch<T>[] = [];
    let i = from;
    while (i < to) {
      const m = this.longestAt(tokens, i, text);
      if (m && m.last < to) {
        out.push(m);
        i = m.last + 1;
      } else {
        i++;
      }
    }
    return out;
  }
}

/**
 * Words of one phrase are separated by spaces, a hyphen, or an initial's period ("Alexander V. Fomin",
 * "Colonel-General"); a comma, a line break or other punctuation ends the phrase.
 */
export function isPhraseGap(text: string, from: number, to: number): boolean {
  const width = to - from;
  return width >= 1 && width <= 3 && /^[ \u00a0.\-\u2010\u2011]+$/.test(text.slice(from, to));
}
