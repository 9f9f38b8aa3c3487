// What every recogniser receives: the article, its tokens, the KB, and the dates found first.
import { Article, DateMention, KnowledgeBase } from '../types';
import { Token } from '../text/tokens';

export interface RecogniserContext {
  article: Article;
  kb: KnowledgeBase;
  /** Word tokens of the body (from article.bodyStart). */
  tokens: Token[];
  /** Dates found in the body, sorted by start. */
  dates: DateMention[];
}
