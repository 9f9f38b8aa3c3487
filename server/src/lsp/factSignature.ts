// What other articles' checks can see of an article (its date, facts and quoted sentences), reduced to a
// short hash: kept per article to tell whether an edit changed anything its neighbours' findings read.
// Shared by the main thread and the index workers, so both compute the same value for the same entry.
import { createHash } from 'crypto';
import { IndexedArticle } from '../engine/workspace/index';

export function factSignature(entry: IndexedArticle | undefined): string {
  if (!entry) return '';
  return createHash('sha1')
    .update(JSON.stringify([entry.date, entry.facts, [...entry.sentences]]))
    .digest('base64');
}

/** The distinct fact subjects of an article: who may share cross-article findings with it. */
export function factSubjects(entry: IndexedArticle | undefined): string[] {
  if (!entry) return [];
  return [...new Set(entry.facts.map((f) => f.subject))];
}
