// Small integer ids for the words the gazetteers know. Every full-text recogniser asks a gazetteer at
// every token whether a phrase starts there; with ids, the article's words are looked up in one Map
// once, and each gazetteer answers with an array read instead of its own Map lookup. Only the first words
// of gazetteer phrases and fixed word lists are registered, never an article's words: it stays small.
import { Token } from './tokens';

const ids = new Map<string, number>();
/** Bumped whenever a word is added: ids computed for a token list before that are stale. */
let generation = 0;

/** The id of a word the gazetteers know, registering it if new (ids start at 1). */
export function registerWord(word: string): number {
  let id = ids.get(word);
  if (id === undefined) {
    id = ids.size + 1;
    ids.set(word, id);
    generation++;
  }
  return id;
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
  for (let i = 0; i < tokens.length; i++) out[i] = ids.get(tokens[i].norm) ?? 0;
  list[IDS] = { generation, ids: out };
  return out;
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
