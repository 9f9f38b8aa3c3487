// Structures derived from a KB (phrase tries, id maps) are built once per loaded KB object. A reload makes a
// new object, so a WeakMap keyed by it never serves stale data and frees old ones with the KB.
import { KnowledgeBase } from '../types';

export function perKb<T>(build: (kb: KnowledgeBase) => T): (kb: KnowledgeBase) => T {
  const cache = new WeakMap<KnowledgeBase, T>();
  return (kb) => {
    let value = cache.get(kb);
    if (value === undefined) {
      value = build(kb);
      cache.set(kb, value);
    }
    return value;
  };
}
