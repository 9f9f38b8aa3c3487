// Index entries outlive the article text. A slice of a string may share the whole text (V8's sliced
// strings), so an entry holding a few sentences, labels or names would keep every article's full text
// alive. A JSON round trip makes flat copies of them all at once (entries that come from a worker thread
// are already such copies).
import { Fact } from '../types';

export function detachStrings(strings: string[]): string[] {
  return JSON.parse(JSON.stringify(strings)) as string[];
}

/** Swaps each string field of the facts (label, value...) for an equal copy of its own, in place. */
export function detachFactStrings(facts: Fact[]): void {
  const fields: [Record<string, unknown>, string][] = [];
  for (const f of facts) for (const [key, value] of Object.entries(f)) if (typeof value === 'string') fields.push([f as unknown as Record<string, unknown>, key]);
  const flat = detachStrings(fields.map(([o, key]) => o[key] as string));
  fields.forEach(([o, key], i) => (o[key] = flat[i]));
}
