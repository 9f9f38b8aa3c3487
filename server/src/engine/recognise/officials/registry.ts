// The names an article has introduced so far, keyed by full name and surname, so that later
// re-mentions ("Fomin", "General Dwivedi", "Dong") resolve to the person first named in full.
import { SURNAME_FIRST, spellingsOf } from './lexicon';

export interface RegistryEntry {
  entity: string | null;
  /** Who the key names: the KB id, or "name:" + the full name of someone not in the KB. */
  who: string;
  start: number;
  /** Start of the first mention that introduced the key (the antecedent of a headline's earlier mention). */
  first: number;
  country?: string;
  ambiguous: boolean;
}

export class NameRegistry {
  private readonly entries = new Map<string, RegistryEntry>();

  /** Re-mention keys of a name: full name, surname (last word, or first word of a Chinese name). Shared: do not change it. */
  static keysOf(words: string[]): readonly string[] {
    const full = words.join(' ');
    // Each mention of a name registers it again ("Gen Asim Munir" … "Asim Munir"): its keys are computed once.
    let keys = keysCache.get(full);
    if (keys === undefined) {
      if (keysCache.size > 10_000) keysCache.clear();
      keys = computeKeys(full, words);
      keysCache.set(full, keys);
    }
    return keys;
  }

  get(key: string): RegistryEntry | undefined {
    return this.entries.get(key);
  }

  /**
   * How many words the longest key starting with `word` has (0 when none): registryAt stops there
   * instead of building and looking up longer keys that cannot be in the registry.
   */
  maxWordsAfter(word: string): number {
    const slot = slotOf(word);
    if (((slot < 32 ? this.slotsLow >>> slot : this.slotsHigh >>> (slot - 32)) & 1) === 0) return 0;
    return this.longestByFirstWord.get(word) ?? 0;
  }

  private readonly longestByFirstWord = new Map<string, number>();
  /**
   * A bit per slot (slotOf, 64 of them) set for every key's first word: asked at nearly every capitalised
   * word, and an article registers few names, so most answers come from here without hashing the word for
   * the Map. Two numbers rather than a typed array: a registry is made per article, and typed arrays are
   * slow to make.
   */
  private slotsLow = 0;
  private slotsHigh = 0;

  /**
   * The latest `first` of any key of two words or more (-1 when none): a full name written before its
   * introduction can only stand before this offset, so the cataphora pass stops there.
   */
  lastMultiWordFirst = -1;

  register(keys: readonly string[], entry: Omit<RegistryEntry, 'ambiguous' | 'first'>): void {
    for (const k of keys) {
      const old = this.entries.get(k);
      if (!old) {
        const fresh: RegistryEntry = { entity: entry.entity, who: entry.who, start: entry.start, first: entry.start, ambiguous: false };
        if (entry.country !== undefined) fresh.country = entry.country;
        this.entries.set(k, fresh);
        const space = k.indexOf(' ');
        const firstWord = space < 0 ? k : k.slice(0, space);
        let wordCount = 1;
        for (let at = space; at >= 0; at = k.indexOf(' ', at + 1)) wordCount++;
        if ((this.longestByFirstWord.get(firstWord) ?? 0) < wordCount) this.longestByFirstWord.set(firstWord, wordCount);
        const slot = slotOf(firstWord);
        if (slot < 32) this.slotsLow |= 1 << slot;
        else this.slotsHigh |= 1 << (slot - 32);
        if (wordCount > 1 && fresh.first > this.lastMultiWordFirst) this.lastMultiWordFirst = fresh.first;
      } else if (old.who !== entry.who) old.ambiguous = true; // two people share the word: it resolves to neither
      else old.start = entry.start; // the nearest earlier mention is the antecedent
    }
  }
}

const keysCache = new Map<string, readonly string[]>();

function computeKeys(full: string, words: string[]): readonly string[] {
  const keys = [full];
  if (words.length >= 2) {
    const long = words.filter((w) => w.length > 1);
    // Chinese names are re-mentioned by the family name, written first, but writers often take the
    // given name for it ("Gen Youxia" for Zhang Youxia): both words are keys.
    const chinese = long.length === 2 && SURNAME_FIRST.has(long[0]);
    for (const w of chinese ? long : [long[long.length - 1]]) {
      // "Shoigu" … "Shoygu": a surname's other transliterations re-mention the same person.
      for (const v of w ? spellingsOf(w) : []) if (!keys.includes(v)) keys.push(v);
    }
  }
  return keys;
}

/** A slot in 0..63 from a word's first two characters (a one-letter word's second counts as 0). */
function slotOf(word: string): number {
  return (word.charCodeAt(0) * 31 + (word.charCodeAt(1) | 0)) & 63;
}
