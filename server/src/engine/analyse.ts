// The engine's pipeline for one article: article model → recognisers → facts.
import { parseArticle, ArticleOptions, sentenceAt } from './article';
import { IndexedArticle } from './workspace';
import { compactMentions } from './workspace/compactMentions';
import { detachFactStrings, detachStrings } from './workspace/detach';
import { Analysis, KnowledgeBase, Mention, Problem } from './types';
import { tokenise } from './text/tokens';
import { recogniseDates } from './recognise/dates';
import { recogniseOfficials } from './recognise/officials';
import { recogniseExercises } from './recognise/exercises';
import { recogniseEvents } from './recognise/events';
import { recogniseOrganisationsAndPlaces } from './recognise/entities';
import { extractFacts } from './facts';
import { RecogniserContext } from './recognise/context';

export interface AnalyseOptions extends ArticleOptions {}

export interface AnalysisResult extends Analysis {
  /** Problems with the article itself (impossible header date...). */
  problems: Problem[];
}

export function analyseText(uri: string, text: string, kb: KnowledgeBase, options: AnalyseOptions = {}): AnalysisResult {
  const { article, problems } = parseArticle(uri, text, options);
  const dates = recogniseDates(text, article.date, article.bodyStart, text.length);
  const ctx: RecogniserContext = { article, kb, tokens: tokenise(text, article.bodyStart), dates };
  const mentions: Mention[] = [
    ...dates,
    ...recogniseOfficials(ctx),
    ...recogniseExercises(ctx),
    ...recogniseEvents(ctx),
    ...recogniseOrganisationsAndPlaces(ctx),
  ];
  mentions.sort((a, b) => a.start - b.start || b.end - a.end);
  const facts = extractFacts(ctx, mentions);
  return { article, mentions, facts, problems };
}

/**
 * The index entry for an analysis: facts and compact mentions, plus the sentences that facts cite or that
 * hold an event or exercise mention (the timeline quotes them). The rest of the text is not kept.
 */
export function toIndexEntry(result: Analysis): IndexedArticle {
  const { article } = result;
  const sentences = new Map<number, string>();
  const keep = (offset: number) => {
    const s = sentenceAt(article, offset);
    if (s && !sentences.has(s.start)) sentences.set(s.start, article.text.slice(s.start, s.end));
  };
  for (const f of result.facts) {
    if (!sentences.has(f.sentence.start)) sentences.set(f.sentence.start, article.text.slice(f.sentence.start, f.sentence.end));
  }
  for (const m of result.mentions) if (m.kind === 'event' || m.kind === 'exercise') keep(m.start);
  const kept = [...result.facts.map((f) => f.sentence), ...[...sentences].map(([start, text]) => ({ start, end: start + text.length }))];
  const mentions = compactMentions(result.mentions, kept);
  // Entries outlive the text: keep no string that shares it (see detachStrings).
  const flat = detachStrings([...sentences.values()]);
  [...sentences.keys()].forEach((start, i) => sentences.set(start, flat[i]));
  detachFactStrings(result.facts);
  return { uri: article.uri, date: article.date, mentions, facts: result.facts, sentences };
}
