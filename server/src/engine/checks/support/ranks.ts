// Military ranks: abbreviations and their full forms, so "Col Gen" equals "Colonel General".
import { detached } from '../../workspace/detach';

const ABBREVIATIONS: [string, string[]][] = [
  ['General of the Army', ['army general', 'gen of the army']],
  ['Colonel General', ['col gen', 'colgen', 'cg']],
  ['Lieutenant General', ['lt gen', 'lieut gen', 'ltgen', 'lt general', 'lg']],
  ['Major General', ['maj gen', 'mgen', 'maj general']],
  ['Brigadier General', ['brig gen', 'brigadier gen']],
  ['General', ['gen']],
  ['Field Marshal', ['fm', 'fd marshal']],
  ['Brigadier', ['brig']],
  ['Lieutenant Colonel', ['lt col', 'ltcol', 'lieut col']],
  ['Colonel', ['col']],
  ['Major', ['maj']],
  ['Captain', ['capt', 'cpt']],
  ['Lieutenant', ['lt', 'lieut']],
  ['Admiral', ['adm', 'adml']],
  ['Vice Admiral', ['vice adm', 'v adm', 'vadm', 'vice adml']],
  ['Rear Admiral', ['rear adm', 'r adm', 'radm', 'rear adml']],
  ['Commodore', ['cdre', 'cmde']],
  ['Commander', ['cdr', 'cmdr']],
  ['Air Chief Marshal', ['acm', 'air chf marshal']],
  ['Air Marshal', ['am', 'air mshl']],
  ['Air Vice Marshal', ['avm']],
  ['Air Commodore', ['air cdre']],
  ['Group Captain', ['gp capt']],
  ['Wing Commander', ['wg cdr']],
  ['Squadron Leader', ['sqn ldr']],
];

const FULL = new Map<string, string>();
const SHORT = new Map<string, string>();
for (const [full, abbrs] of ABBREVIATIONS) {
  FULL.set(key(full), full);
  for (const a of abbrs) FULL.set(a, full);
  SHORT.set(full, abbrs[0].replace(/\b\w/g, (c) => c.toUpperCase()).replace(/^(Acm|Avm|Fm)$/, (s) => s.toUpperCase()));
}

function key(rank: string): string {
  return rank
    .toLowerCase()
    .replace(/\((retd|retired|r)\)|\bretired\b|\bretd\b/g, ' ')
    .replace(/[.\-‐‑–—_()]/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

const canonicalCache = new Map<string, string>();

/** Full form of a rank as written ("Lt Gen (Retd)" → "Lieutenant General"); unknown ranks come back tidied. */
export function canonicalRank(rank: string): string {
  // The same few ranks (KB and written) are compared for every mention: remember them, within bounds.
  let canonical = canonicalCache.get(rank);
  if (canonical === undefined) {
    if (canonicalCache.size > 10_000) canonicalCache.clear();
    const k = key(rank);
    // A copy as the key: the cache outlives the article the rank was sliced from.
    canonicalCache.set(detached(rank), (canonical = FULL.get(k) ?? k.replace(/\b\w/g, (c) => c.toUpperCase())));
  }
  return canonical;
}

/** Is the rank as written compatible with the KB rank? "Gen" alone is a short form of any general's rank. */
export function rankAgrees(written: string, kbRank: string): boolean {
  const w = canonicalRank(written);
  const k = canonicalRank(kbRank);
  if (w === k) return true;
  if (w === 'General' && /General$|^General of/.test(k)) return true;
  // "Admiral" is used of vice and rear admirals the same way.
  if (w === 'Admiral' && /Admiral$/.test(k)) return true;
  return false;
}

/** The KB rank in the style of the written one: abbreviated if the text abbreviated. */
export function rankLike(written: string, kbRank: string): string {
  const full = canonicalRank(kbRank);
  const abbreviated = key(written) !== key(canonicalRank(written));
  return abbreviated ? SHORT.get(full) ?? full : full;
}
