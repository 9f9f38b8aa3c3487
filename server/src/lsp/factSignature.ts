// What other articles' checks can see of an article (its date, facts and quoted sentences), reduced to a
// short hash: kept per article to tell whether an edit changed anything its neighbours' findings read.
// Shared by the main thread and the index workers, so both compute the same value for the same entry.
import * as crypto from 'crypto';
import { IndexedArticle, QuotedSentences } from '../engine/workspace/index';

export function factSignature(entry: IndexedArticle | undefined): string {
  if (!entry) return '';
  return signatureOfJson(JSON.stringify(entry.date), JSON.stringify(entry.facts), sentencesJson(entry.sentences));
}

/**
 * The signature from the JSON of its parts: an index worker serialises the facts and sentences for its
 * message anyway, and hashes those texts rather than serialising them twice. The hashed text is the JSON
 * of [date, facts, sentences], whichever way it is built.
 */
export function signatureOfJson(dateJson: string, factsJson: string, sentencesJson: string): string {
  return sha1Base64(`[${dateJson},${factsJson},${sentencesJson}]`);
}

/** The JSON of an entry's sentences (how entries travel and are hashed). */
export function sentencesJson(sentences: QuotedSentences): string {
  return JSON.stringify(sentences);
}

/** crypto.hash (Node ≥ 20.12) hashes in one call, without the Hash object createHash builds each time. */
const oneShotHash = (crypto as { hash?: (algorithm: string, data: string, encoding: 'base64') => string }).hash;

function sha1Base64(text: string): string {
  return oneShotHash ? oneShotHash('sha1', text, 'base64') : crypto.createHash('sha1').update(text).digest('base64');
}

/** The distinct fact subjects of an article: who may share cross-article findings with it. */
export function factSubjects(entry: IndexedArticle | undefined): string[] {
  if (!entry) return [];
  return [...new Set(entry.facts.map((f) => f.subject))];
}
