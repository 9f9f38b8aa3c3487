// Small integer ids for the words the gazetteers know. Every full-text recogniser asks a gazetteer at
// every token whether a phrase starts there; with ids, the article's words are looked up in one table
// once, and each gazetteer answers with an array read instead of its own Map lookup. Only the first words
// of gazetteer phrases and fixed word lists are registered, never an article's words: it stays small.
import { Token } from './tokens';

/**
 * Word → id, an open-addressing hash table of our own instead of a Map: tokenIds looks up every token of
 * every text, each a fresh string, and Map.get must first hash all of its characters; hashOf reads three.
 */
let words: (string | undefined)[] = new Array<string | undefined>(1024).fill(undefined);
let wordIds = new Int32Array(1024);
let mask = 1023;
let count = 0;
/** Bumped whenever a word is added: ids computed for a token list before that are stale. */
let generation = 0;

/**
 * From the length and three characters only: cheap, and the table compares whole words anyway. Only the
 * vocabulary is stored, never an article's words, so no text can crowd one slot.
 */
function hashOf(word: string): number {
  const n = word.length;
  if (n === 0) return 0;
  let h = Math.imul(n ^ word.charCodeAt(0), 0x9e3779b1);
  h = Math.imul(h ^ word.charCodeAt(n >> 1), 0x85ebca6b);
  h = Math.imul(h ^ word.charCodeAt(n - 1), 0xc2b2ae35);
  return h ^ (h >>> 15);
}

/** The id of `word`, or 0 when it was never registered. */
export function wordId(word: string): number {
  let k = hashOf(word) & mask;
  for (;;) {
    const w = words[k];
    if (w === undefined) return 0;
    if (w === word) return wordIds[k];
    k = (k + 1) & mask;
  }
}

function insert(word: string, id: number): void {
  let k = hashOf(word) & mask;
  while (words[k] !== undefined) k = (k + 1) & mask;
  words[k] = word;
  wordIds[k] = id;
}

/** The id of a word the gazetteers know, registering it if new (ids start at 1). */
export function registerWord(word: string): number {
  let id = wordId(word);
  if (id === 0) {
    id = ++count;
    // At most half full, so that probes stay short.
    if (count * 2 > words.length) {
      const old = words;
      const oldIds = wordIds;
      words = new Array<string | undefined>(old.length * 2).fill(undefined);
      wordIds = new Int32Array(old.length * 2);
      mask = old.length * 2 - 1;
      for (let k = 0; k < old.length; k++) {
        const w = old[k];
        if (w !== undefined) insert(w, oldIds[k]);
      }
    }
    insert(word, id);
    generation++;
  }
  return id;
}

/** Changes whenever a word is registered: ids computed under another generation may be stale. */
export function vocabularyGeneration(): number {
  return generation;
}

/** How many words have ids: they are 1 to vocabularySize(). */
export function vocabularySize(): number {
  return count;
}

/**
 * Per word id, the OR of the flags whose test holds (what the word may start, in one recogniser): built
 * once per KB, after its gazetteers registered their words, and read at every token. Words registered
 * later are past the end of the table: they start nothing there.
 */
export function wordIdFlags(flags: [flag: number, holds: (id: number) => boolean][]): Uint8Array {
  const table = new Uint8Array(vocabularySize() + 1);
  for (let id = 1; id < table.length; id++) {
    let bits = 0;
    for (const [flag, holds] of flags) if (holds(id)) bits |= flag;
    table[id] = bits;
  }
  return table;
}

interface TokenIds {
  generation: number;
  ids: Int32Array;
}

// Kept on the token list itself (a symbol-keyed property), so it lives and dies with the list.
const IDS = Symbol('token ids');
type WithIds = Token[] & { [IDS]?: TokenIds };

/**
 * Per token, the id of its `norm`, or 0 for words no gazetteer knows. Computed once per list (and
 * vocabulary). The array returned stays right for every word registered before the call, so a caller may
 * keep it while asking sets built earlier (module-level WordIdSets, the KB's gazetteers).
 */
export function tokenIds(tokens: Token[]): Int32Array {
  const list = tokens as WithIds;
  const cached = list[IDS];
  if (cached !== undefined && cached.generation === generation && cached.ids.length === tokens.length) return cached.ids;
  const out = new Int32Array(tokens.length);
  for (let i = 0; i < tokens.length; i++) out[i] = wordId(tokens[i].norm);
  list[IDS] = { generation, ids: out };
  return out;
}

/**
 * Hands tokenIds the ids the tokeniser computed along the way (`ids[k]` for `tokens[k]`, right under vocabulary
 * generation `gen`), so that it need not look every word up again.
 */
export function attachTokenIds(tokens: Token[], ids: Int32Array, gen: number): void {
  (tokens as WithIds)[IDS] = { generation: gen, ids };
}

/** A fixed set of words, asked by token id (an array read) instead of by string (a Map lookup). */
export class WordIdSet {
  private readonly members: Uint8Array;

  constructor(words: Iterable<string>) {
    const wordIds = [...words].map(registerWord);
    // Words registered later have larger ids and are, rightly, outside the set.
    this.members = new Uint8Array(Math.max(0, ...wordIds) + 1);
    for (const id of wordIds) this.members[id] = 1;
  }

  has(id: number): boolean {
    return id < this.members.length && this.members[id] === 1;
  }
}
