// The cross-article index: what every article states, kept as facts and mentions (not full texts),
// updated one article at a time so an edit touches only that article's entries.
import { Fact, Mention } from '../types';

export interface IndexedArticle {
  uri: string;
  date: string | null;
  mentions: Mention[];
  facts: Fact[];
  /** Sentence texts that facts point at, kept so cross-article messages can quote them. */
  sentences: Map<number, string>;
}

export interface EntityMentionRef {
  uri: string;
  mention: Mention;
}

export class WorkspaceIndex {
  private readonly articles = new Map<string, IndexedArticle>();
  private readonly bySubject = new Map<string, Map<string, Fact[]>>();
  private readonly byEntity = new Map<string, Map<string, Mention[]>>();
  private version = 0;

  /** Monotonic counter, bumped on every change: lets callers cache derived views. */
  get revision(): number {
    return this.version;
  }

  get size(): number {
    return this.articles.size;
  }

  set(entry: IndexedArticle): void {
    this.remove(entry.uri);
    this.articles.set(entry.uri, entry);
    for (const f of entry.facts) bucket(this.bySubject, f.subject, entry.uri).push(f);
    for (const m of entry.mentions) if (m.entity) bucket(this.byEntity, m.entity, entry.uri).push(m);
    this.version++;
  }

  remove(uri: string): boolean {
    const old = this.articles.get(uri);
    if (!old) return false;
    this.articles.delete(uri);
    for (const f of old.facts) unbucket(this.bySubject, f.subject, uri);
    for (const m of old.mentions) if (m.entity) unbucket(this.byEntity, m.entity, uri);
    this.version++;
    return true;
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
    const per = this.bySubject.get(subject);
    if (!per) return [];
    return [...per.values()].flat();
  }

  subjects(): string[] {
    return [...this.bySubject.keys()];
  }

  /** Every mention of a KB entity, across all articles. */
  mentionsOf(entity: string): EntityMentionRef[] {
    const per = this.byEntity.get(entity);
    if (!per) return [];
    const out: EntityMentionRef[] = [];
    for (const [uri, mentions] of per) for (const mention of mentions) out.push({ uri, mention });
    return out;
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
