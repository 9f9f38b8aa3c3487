// The cross-article index: what every article states, kept as facts and mentions (not full texts),
// updated one article at a time so an edit touches only that article's entries.
import { Fact } from '../types';
import { QuotedSentences } from './quotedSentences';
import { distinctEntities, entityAtIndex, entityRefAtIndex, IndexedMention, mentionAtIndex, mentionCount, PackedMentions } from './packedMentions';

export * from './packedMentions';
export * from './quotedSentences';

export interface IndexedArticle {
  uri: string;
  date: string | null;
  /** The article's mentions in compact form (see compactMentions for which ones are kept), in text order. */
  mentions: PackedMentions;
  facts: Fact[];
  /** Sentence texts that facts point at, kept so cross-article messages and the timeline can quote them. */
  sentences: QuotedSentences;
}

export interface EntityMentionRef {
  uri: string;
  mention: IndexedMention;
}

const NO_ARTICLES: ReadonlySet<string> = new Set();

export class WorkspaceIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly bySubject = new Map<string, Map<string, Fact[]>>();
  /**
   * Articles that mention each KB entity, in indexing order. Only the uris: their mentions are read from the
   * entries (a list per entity and article cost more memory than the mentions themselves).
   */
  private readonly byEntity = new Map<string, Set<string>>();
  private version = 0;
  private readonly flatFacts = new Map<string, Fact[]>();
  /** Per subject, per predicate: facts grouped by value. Keyed by subject first so that forgetting a subject is one delete. */
  private readonly valueGroups = new Map<string, Map<Fact['predicate'], Map<string, Fact[]>>>();

  /** Monotonic counter, bumped on every change: lets callers cache derived views. */
  get revision(): number {
    return this.version;
  }

  get size(): number {
    return this.articles.size;
  }

  set(entry: IndexedArticle): void {
    const old = this.articles.get(entry.uri);
    // Re-analysing an unchanged article (a second pass, an edit elsewhere in the text) states the same
    // facts: keep the derived per-subject views instead of rebuilding them for every article.
    const sameFacts = old !== undefined && sameFactsKey(old.facts) === sameFactsKey(entry.facts);
    this.remove(entry.uri, sameFacts);
    this.articles.set(entry.uri, entry);
    for (const f of entry.facts) {
      bucket(this.bySubject, f.subject, entry.uri).push(f);
      if (!sameFacts) this.forgetDerived(f.subject);
    }
    if (sameFacts) this.replaceInDerived(old!.facts, entry.facts);
    for (const entity of distinctEntities(entry.mentions)) {
      let uris = this.byEntity.get(entity);
      if (!uris) this.byEntity.set(entity, (uris = new Set()));
      uris.add(entry.uri);
    }
    this.version++;
  }

  remove(uri: string, keepDerived = false): boolean {
    const old = this.articles.get(uri);
    if (!old) return false;
    this.articles.delete(uri);
    for (const f of old.facts) {
      unbucket(this.bySubject, f.subject, uri);
      if (!keepDerived) this.forgetDerived(f.subject);
    }
    for (const entity of distinctEntities(old.mentions)) {
      const uris = this.byEntity.get(entity);
      if (!uris) continue;
      uris.delete(uri);
      if (uris.size === 0) this.byEntity.delete(entity);
    }
    this.version++;
    return true;
  }

  /** Swap an article's old fact objects for its new, equal ones inside the cached views of their subjects. */
  private replaceInDerived(oldFacts: Fact[], newFacts: Fact[]): void {
    const swap = new Map<Fact, Fact>();
    oldFacts.forEach((f, i) => swap.set(f, newFacts[i]));
    for (const subject of new Set(newFacts.map((f) => f.subject))) this.replaceInSubject(swap, subject);
  }

  private replaceInSubject(swap: Map<Fact, Fact>, subject: string): void {
    const flat = this.flatFacts.get(subject);
    if (flat) for (let i = 0; i < flat.length; i++) flat[i] = swap.get(flat[i]) ?? flat[i];
    for (const groups of this.valueGroups.get(subject)?.values() ?? []) {
      for (const list of groups.values()) for (let i = 0; i < list.length; i++) list[i] = swap.get(list[i]) ?? list[i];
    }
  }

  private forgetDerived(subject: string): void {
    this.flatFacts.delete(subject);
    this.valueGroups.delete(subject);
  }

  get(uri: string): IndexedArticle | undefined {
    return this.articles.get(uri);
  }

  all(): IterableIterator<IndexedArticle> {
    return this.articles.values();
  }

  uris(): string[] {
    return [...this.articles.keys()];
  }

  /** Facts about one subject, across all articles. */
  factsAbout(subject: string): Fact[] {
    let flat = this.flatFacts.get(subject);
    if (flat) return flat;
    const per = this.bySubject.get(subject);
    if (!per) return [];
    // Rules ask for the same subjects once per fact: flatten once per change, not per call. (A loop, not
    // [...values].flat(): a subject named in every article has facts from 100k of them.)
    flat = [];
    for (const facts of per.values()) for (let i = 0; i < facts.length; i++) flat.push(facts[i]);
    this.flatFacts.set(subject, flat);
    return flat;
  }

  /** Facts about one subject with one predicate, grouped by stated value (cached until the next change). */
  factsByValue(subject: string, predicate: Fact['predicate']): Map<string, Fact[]> {
    let perPredicate = this.valueGroups.get(subject);
    let groups = perPredicate?.get(predicate);
    if (groups) return groups;
    if (!perPredicate) this.valueGroups.set(subject, (perPredicate = new Map()));
    groups = new Map();
    for (const f of this.factsAbout(subject)) {
      if (f.predicate !== predicate) continue;
      let list = groups.get(f.value);
      if (!list) groups.set(f.value, (list = []));
      list.push(f);
    }
    perPredicate.set(predicate, groups);
    return groups;
  }

  subjects(): string[] {
    return [...this.bySubject.keys()];
  }

  /** Every mention of a KB entity across all articles (the first `limit` of them), by article in indexing order. */
  mentionsOf(entity: string, limit = Infinity): EntityMentionRef[] {
    const uris = this.byEntity.get(entity);
    if (!uris) return [];
    const out: EntityMentionRef[] = [];
    for (const uri of uris) {
      const packed = this.articles.get(uri)!.mentions;
      for (let i = 0; i < mentionCount(packed) && out.length < limit; i++) if (entityAtIndex(packed, i) === entity) out.push({ uri, mention: mentionAtIndex(packed, i) });
      if (out.length >= limit) break;
    }
    return out;
  }

  /**
   * The articles that mention a KB entity, in indexing order: what counts need, without building a mention
   * object per mention (a common entity has a million of them at 100k articles).
   */
  articlesMentioning(entity: string): ReadonlySet<string> {
    return this.byEntity.get(entity) ?? NO_ARTICLES;
  }

  /** How many mentions of a KB entity the index holds (see mentionCounts). */
  mentionCountOf(entity: string): number {
    return this.mentionCounts().get(entity) ?? 0;
  }

  private counts: { revision: number; byEntity: Map<string, number> } | undefined;

  /**
   * Mentions per KB entity, counted in place in one pass over every entry (no object per mention), once per
   * index revision: the entities view and the KB's code lenses ask for every entity at once.
   */
  mentionCounts(): ReadonlyMap<string, number> {
    if (this.counts?.revision === this.version) return this.counts.byEntity;
    const byEntity = new Map<string, number>();
    let perString = new Int32Array(64);
    for (const { mentions: packed } of this.articles.values()) {
      // Counted per string of the entry first: one map update per entity and article, not per mention.
      if (perString.length < packed.strings.length) perString = new Int32Array(packed.strings.length * 2);
      perString.fill(0, 0, packed.strings.length);
      for (let i = 0; i < mentionCount(packed); i++) {
        const ref = entityRefAtIndex(packed, i);
        if (ref >= 0) perString[ref]++;
      }
      for (let s = 0; s < packed.strings.length; s++) {
        if (perString[s] > 0) byEntity.set(packed.strings[s], (byEntity.get(packed.strings[s]) ?? 0) + perString[s]);
      }
    }
    this.counts = { revision: this.version, byEntity };
    return byEntity;
  }

  entities(): string[] {
    return [...this.byEntity.keys()];
  }

  /** Articles whose findings may change when `uri` changes: those sharing a fact subject with it. */
  articlesSharingFactsWith(uri: string): string[] {
    const entry = this.articles.get(uri);
    if (!entry) return [];
    const out = new Set<string>();
    for (const f of entry.facts) for (const other of this.bySubject.get(f.subject)?.keys() ?? []) if (other !== uri) out.add(other);
    return [...out];
  }
}

/** What set() compares to tell that an article states the same facts again (not lsp/factSignature's hash). */
function sameFactsKey(facts: Fact[]): string {
  return facts.map((f) => `${f.subject}|${f.predicate}|${f.value}|${f.valueSpan.start}|${f.sentence.start}|${f.sentence.end}`).join('\n');
}

function bucket<T>(map: Map<string, Map<string, T[]>>, key: string, uri: string): T[] {
  let per = map.get(key);
  if (!per) map.set(key, (per = new Map()));
  let list = per.get(uri);
  if (!list) per.set(uri, (list = []));
  return list;
}

function unbucket<T>(map: Map<string, Map<string, T[]>>, key: string, uri: string): void {
  const per = map.get(key);
  if (!per) return;
  per.delete(uri);
  if (per.size === 0) map.delete(key);
}
