// Index entries outlive the article text. A slice of a string may share the whole text (V8's sliced
// strings), and so may a concatenation of slices (cons strings), so an entry holding a few sentences,
// labels or names would keep every article's full text alive. StringDetacher swaps each such string for a
// flat copy of its own (entries that come from a worker thread are already such copies).
//
// - Only strings of 13+ characters are copied: V8 makes slices and concatenations only from that length
//   (SlicedString/ConsString::kMinLength); a shorter string is a copy of its own already.
// - Names and labels ("Chief of Army Staff", "Pakistan-Russia Joint Military Consultative Committee") recur
//   across articles: their copies are pooled and shared by every entry (a 100k-article index would hold
//   the same name thousands of times). Sentences and other long strings are copied for their entry alone.
// - The copies an entry needs are made by one JSON round trip: one call for the whole entry (a copy per
//   string costs a call each), and JSON.parse stores Latin-1 text one byte per character even when the
//   article, and so its slices, is two-byte (typographic quotes); structuredClone and join keep two bytes.

const MIN_SHARING_LENGTH = 13;
/** Longer strings are sentences rather than names: rarely seen twice, not worth a place in the pool. */
const MAX_POOLED_LENGTH = 100;
/** The pool is emptied when it grows past this many strings (entries keep the copies they took). */
const POOL_LIMIT = 50_000;

/**
 * Pooled copies, each keyed by itself (so the pool retains no text). Between StringDetacher.add and
 * copyAll a string waiting for its copy is keyed by the original, with its index in `pending` as value.
 */
const pool = new Map<string, string | number>();

/** A flat copy of one string, for a cache key (or value) that outlives the text it was sliced from. */
export function detached(s: string): string {
  return s.length < MIN_SHARING_LENGTH ? s : (JSON.parse(JSON.stringify(s)) as string);
}

/**
 * Register strings with add(), call copyAll() once, then take() each string's copy: the same strings in the
 * same order (the copies are handed back in turn, not looked up again).
 */
export class StringDetacher {
  private readonly pending: string[] = [];
  private copies: string[] = [];
  /** Per string added (of 13+ characters): its pooled copy, or its index in `pending`. */
  private readonly slots: (string | number)[] = [];
  private taken = 0;

  /** `own`: a string the entry keeps as it is (its uri: not a slice of the text); facts share it. */
  constructor(private readonly own: string) {
    if (pool.size > POOL_LIMIT) pool.clear();
  }

  /** Registers a string to copy. */
  add(s: string): void {
    if (s.length < MIN_SHARING_LENGTH || s === this.own) return;
    if (s.length > MAX_POOLED_LENGTH) {
      this.slots.push(this.pending.length);
      this.pending.push(s);
      return;
    }
    const pooled = pool.get(s);
    if (typeof pooled === 'string') this.slots.push(pooled);
    // Already waiting here. (A number left by a detacher that never reached copyAll is overwritten.)
    else if (pooled !== undefined && this.pending[pooled] === s) this.slots.push(pooled);
    else {
      pool.set(s, this.pending.length);
      this.slots.push(this.pending.length);
      this.pending.push(s);
    }
  }

  /** Copies every string added (once, after the last add). */
  copyAll(): void {
    if (this.pending.length === 0) return;
    this.copies = JSON.parse(JSON.stringify(this.pending)) as string[];
    for (let i = 0; i < this.pending.length; i++) {
      const original = this.pending[i];
      if (original.length > MAX_POOLED_LENGTH) continue;
      // Re-key by the copy: Map.set with an equal key would keep the original (the slice) as the key.
      pool.delete(original);
      pool.set(this.copies[i], this.copies[i]);
    }
  }

  /** The copy of `s`, the next string added (after copyAll). */
  take(s: string): string {
    if (s.length < MIN_SHARING_LENGTH) return s;
    if (s === this.own) return this.own;
    const slot = this.slots[this.taken++];
    const copy = typeof slot === 'number' ? this.copies[slot] : slot;
    // Cheap guard against add/take sequences drifting apart.
    if (copy === undefined || copy.length !== s.length) throw new Error('StringDetacher: take() out of step with add()');
    return copy;
  }

  /** Registers every string field of each object (facts: label, value...). */
  addFields(objects: readonly object[]): void {
    for (const o of objects) {
      const record = o as Record<string, unknown>;
      for (const key in record) {
        const value = record[key];
        if (typeof value === 'string') this.add(value);
      }
    }
  }

  /** Swaps each string field for its copy, in place (the objects given to addFields, in the same order). */
  takeFields(objects: readonly object[]): void {
    for (const o of objects) {
      const record = o as Record<string, unknown>;
      for (const key in record) {
        const value = record[key];
        if (typeof value === 'string') record[key] = this.take(value);
      }
    }
  }

  /** Swaps each string of an array for its copy, in place; other values stay. */
  takeArray(values: unknown[]): void {
    for (let i = 0; i < values.length; i++) {
      const value = values[i];
      if (typeof value === 'string') values[i] = this.take(value);
    }
  }
}
