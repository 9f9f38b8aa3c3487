// Article model: publication date, dateline, paragraphs, sentences, quotes.
import { Article, Problem, Sentence } from '../types';
import { isValidIsoDate, readDateHeader, readDateline } from './header';
import { appendSentences, findQuotes, sentencePunctuation, splitParagraphs } from './structure';

export interface ArticleOptions {
  /** Publication date (YYYY-MM-DD) to use when the article states none. */
  dateOverride?: string;
}

export interface ParsedArticle {
  article: Article;
  problems: Problem[];
}

export function parseArticle(uri: string, text: string, options: ArticleOptions = {}): ParsedArticle {
  const problems: Problem[] = [];
  const header = readDateHeader(text);
  const bodyStart = header?.bodyStart ?? 0;
  if (header?.problem) {
    problems.push({ uri, ...header.span, code: 'article-date', severity: 'error', message: header.problem });
  }
  const dateline = readDateline(text, bodyStart);

  let date: string | null = header?.date ?? null;
  let dateSource: Article['dateSource'] = date ? 'header' : null;
  let dateSpan = date ? header?.span : undefined;
  if (!date && dateline?.year && dateline.month && dateline.day) {
    if (isValidIsoDate(dateline.year, dateline.month, dateline.day)) {
      date = `${dateline.year}-${pad(dateline.month)}-${pad(dateline.day)}`;
      dateSource = 'dateline';
      dateSpan = dateline.dateSpan;
    }
  }
  if (!date && options.dateOverride && /^\d{4}-\d{2}-\d{2}$/.test(options.dateOverride)) {
    date = options.dateOverride;
    dateSource = 'override';
  }

  const paragraphs = splitParagraphs(text, bodyStart);
  const sentences: Sentence[] = [];
  const punct = sentencePunctuation(text);
  for (const p of paragraphs) appendSentences(text, p, sentences.length, punct, sentences);
  const article: Article = {
    uri,
    text,
    date,
    dateSource,
    dateSpan,
    dateline: dateline ? { place: dateline.place, span: dateline.span, placeSpan: dateline.placeSpan } : undefined,
    bodyStart,
    paragraphs,
    sentences,
    quotes: findQuotes(text, paragraphs),
  };
  return { article, problems };
}

function pad(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** The sentence containing an offset (binary search), or undefined. */
export function sentenceAt(article: Article, offset: number): Sentence | undefined {
  const s = article.sentences;
  let lo = 0;
  let hi = s.length - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    if (s[mid].end <= offset) lo = mid + 1;
    else if (s[mid].start > offset) hi = mid - 1;
    else return s[mid];
  }
  return undefined;
}

/** True when the offset lies inside quoted speech. */
export function isQuoted(article: Article, offset: number): boolean {
  return article.quotes.some((q) => q.start <= offset && offset < q.end);
}
