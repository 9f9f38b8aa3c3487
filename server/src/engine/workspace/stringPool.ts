// Entries parsed from JSON (from index workers) hold fresh copies of every string longer than a few
// characters, and the same KB ids, names and labels recur in thousands of articles: a 100k-article index
// held "defence-cooperation-agreement-2014" once per fact. The pool hands out one shared copy instead.
import { IndexedArticle } from './index';

/** Longer strings are sentences rather than names: rarely seen twice, not worth a place in the pool. */
const MAX_POOLED_LENGTH = 100;
/** The pool starts afresh past this many strings (entries keep the copies they took), so it stays bounded. */
const DEFAULT_LIMIT = 50_000;

export class StringPool {
  private readonly strings = new Map<string, string>();

  constructor(private readonly limit = DEFAULT_LIMIT) {}

  /** The pool's copy of s (s itself the first time). */
  readonly share = (s: string): string => {
    if (s.length > MAX_POOLED_LENGTH) return s;
    const pooled = this.strings.get(s);
    if (pooled !== undefined) return pooled;
    if (this.strings.size >= this.limit) this.strings.clear();
    this.strings.set(s, s);
    return s;
  };

  get size(): number {
    return this.strings.size;
  }

  /** Swaps the recurring strings of an entry's facts for shared copies, in place (mentions: see packedMentionsFromWire). */
  shareFactStrings(entry: IndexedArticle): void {
    for (const f of entry.facts) {
      if (f.uri === entry.uri) f.uri = entry.uri;
      f.subject = this.share(f.subject);
      f.subjectLabel = this.share(f.subjectLabel);
      f.value = this.share(f.value);
    }
  }
}
