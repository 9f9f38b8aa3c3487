// A token trie over KB phrases (names, aliases, titles): one walk per text position finds the
// longest phrase starting there, however many phrases the KB holds.
import { Token, phraseKeys } from './tokens';
import { registerWord, tokenIds } from './vocabulary';

interface TrieNode<T> {
  next: Map<string, TrieNode<T>>;
  /** Bit (code & 31) of the first character of every key in `next`: most walks end on a word no key starts like. */
  nextInitials: number;
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
  private readonly root: TrieNode<T> = { next: new Map(), nextInitials: 0, payloads: [] };
  /** The root's children by word id (see vocabulary.ts): the lookup made at every token of every text. */
  private readonly firstById: (TrieNode<T> | undefined)[] = [];
  private size = 0;

  /** Add a phrase; returns false for phrases with no word tokens. */
  add(phrase: string, payload: T): boolean {
    const keys = phraseKeys(phrase);
    if (keys.length === 0) return false;
    let node = this.root;
    for (const key of keys) {
      let child = node.next.get(key);
      if (!child) {
        child = { next: new Map(), nextInitials: 0, payloads: [] };
        node.next.set(key, child);
        node.nextInitials |= initialBit(key);
        if (node === this.root) {
          const id = registerWord(key);
          // Grown with undefined slots (not by assigning far past the end) so the array stays a plain array.
          while (this.firstById.length <= id) this.firstById.push(undefined);
          this.firstById[id] = child;
        }
      }
      node = child;
    }
    if (!node.payloads.includes(payload)) node.payloads.push(payload);
    this.size++;
    return true;
  }

  /** Whether some phrase starts with the word of this id (see vocabulary.ts): an array read, for cheap pre-tests. */
  startsWith(id: number): boolean {
    return id > 0 && id < this.firstById.length && this.firstById[id] !== undefined;
  }

  /** Whether some phrase of two words or more starts with the word of this id. */
  hasLongerPhrases(id: number): boolean {
    return this.startsWith(id) && this.firstById[id]!.next.size > 0;
  }

  get phraseCount(): number {
    return this.size;
  }

  /**
   * Longest phrase starting at token i (when text is given, words must be joined by a phrase gap), or undefined.
   * `ids`: tokenIds(tokens), when the caller holds them (saves finding the cached array at every call).
   */
  longestAt(tokens: Token[], i: number, text?: string, ids?: Int32Array): GazetteerMatch<T> | undefined {
    // Most calls fail on the first word: look it up before anything else, allocate only for a match.
    if (i >= tokens.length) return undefined;
    const id = (ids ?? tokenIds(tokens))[i];
    // Ids past the end belong to words other gazetteers registered later: read no element out of bounds (slow in V8).
    if (id === 0 || id >= this.firstById.length) return undefined;
    let node = this.firstById[id];
    if (node === undefined) return undefined;
    let bestNode = node.payloads.length > 0 ? node : undefined;
    let bestJ = i;
    // An empty `next` ends the walk before the next word is hashed for a Map lookup (most one-word phrases).
    for (let j = i + 1; j < tokens.length && node.next.size > 0; j++) {
      if (text !== undefined && !isPhraseGap(text, tokens[j - 1].end, tokens[j].start)) break;
      const word = tokens[j].norm;
      if ((node.nextInitials & initialBit(word)) === 0) break;
      const child: TrieNode<T> | undefined = node.next.get(word);
      if (!child) break;
      node = child;
      if (node.payloads.length > 0) {
        bestNode = node;
        bestJ = j;
      }
    }
    if (bestNode === undefined) return undefined;
    return { first: i, last: bestJ, start: tokens[i].start, end: tokens[bestJ].end, payloads: bestNode.payloads };
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

function initialBit(word: string): number {
  return 1 << (word.charCodeAt(0) & 31);
}

/**
 * Words of one phrase are separated by spaces, a hyphen, or an initial's period ("Alexander V. Fomin",
 * "Colonel-General"); a comma, a line break or other punctuation ends the phrase.
 */
export function isPhraseGap(text: string, from: number, to: number): boolean {
  const width = to - from;
  if (width < 1 || width > 3) return false;
  for (let k = from; k < to; k++) {
    const c = text.charCodeAt(k);
    if (c !== 32 && c !== 0xa0 && c !== 46 && c !== 45 && c !== 0x2010 && c !== 0x2011) return false;
  }
  return true;
}
