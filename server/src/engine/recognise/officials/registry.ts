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

  /** Re-mention keys of a name: full name, surname (last word, or first word of a Chinese name). */
  static keysOf(words: string[]): string[] {
    const keys = [words.join(' ')];
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

  get(key: string): RegistryEntry | undefined {
    return this.entries.get(key);
  }

  /**
   * How many words the longest key starting with `word` has (0 when none): registryAt stops there
   * instead of building and looking up longer keys that cannot be in the registry.
   */
  maxWordsAfter(word: string): number {
    return this.longestByFirstWord.get(word) ?? 0;
  }

  private readonly longestByFirstWord = new Map<string, number>();

  register(keys: string[], entry: Omit<RegistryEntry, 'ambiguous' | 'first'>): void {
    for (const k of keys) {
      const old = this.entries.get(k);
      if (!old) {
        const fresh: RegistryEntry = { entity: entry.entity, who: entry.who, start: entry.start, first: entry.start, ambiguous: false };
        if (entry.country !== undefined) fresh.country = entry.country;
        this.entries.set(k, fresh);
        const words = k.split(' ');
        if ((this.longestByFirstWord.get(words[0]) ?? 0) < words.length) this.longestByFirstWord.set(words[0], words.length);
      } else if (old.who !== entry.who) old.ambiguous = true; // two people share the word: it resolves to neither
      else old.start = entry.start; // the nearest earlier mention is the antecedent
    }
  }
}
