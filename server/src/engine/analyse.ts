// The engine's pipeline for one article: article model → recognisers → facts.
import { parseArticle, ArticleOptions, sentenceAt } from './article';
import { IndexedArticle } from './workspace';
import { addPackedStrings, EntitySpans, packKeptMentions, takePackedStrings } from './workspace/compactMentions';
import { StringDetacher } from './workspace/detach';
import { quotedSentences } from './workspace/quotedSentences';
import { Analysis, KnowledgeBase, Mention, Problem, Span } from './types';
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

export interface IndexEntryOptions {
  /**
   * Keep the entry's strings as they are (slices of the article text) instead of copying them: for an entry
   * that is serialised and dropped at once (an index worker posts it as JSON), the copies are wasted work.
   */
  sharesText?: boolean;
}

/**
 * The index entry for an analysis: facts and compact mentions, plus the sentences that facts cite or that
 * hold an event or exercise mention (the timeline quotes them). The rest of the text is not kept.
 */
export function toIndexEntry(result: Analysis, options: IndexEntryOptions = {}): IndexedArticle {
  const { article, facts } = result;
  // The kept sentences, start → end (all are sentences of the article model): facts' sentences, then those of
  // events and exercises.
  const sentenceEnds = new Map<number, number>();
  for (const f of facts) if (!sentenceEnds.has(f.sentence.start)) sentenceEnds.set(f.sentence.start, f.sentence.end);
  // One walk over the mentions for the sentences and the entity spans (the packing needs both).
  const entitySpans: EntitySpans = { starts: [], ends: [] };
  for (const m of result.mentions) {
    if (m.entity !== null) {
      entitySpans.starts.push(m.start);
      entitySpans.ends.push(m.end);
    }
    if (m.kind !== 'event' && m.kind !== 'exercise') continue;
    const s = sentenceAt(article, m.start);
    if (s && !sentenceEnds.has(s.start)) sentenceEnds.set(s.start, s.end);
  }
  const kept = Array.from(sentenceEnds, ([start, end]): Span => ({ start, end }));
  const mentions = packKeptMentions(result.mentions, kept, entitySpans);
  const sentences = quotedSentences(Array.from(sentenceEnds, ([start, end]) => [start, article.text.slice(start, end)] as const));
  if (options.sharesText) return { uri: article.uri, date: article.date, mentions, facts, sentences };
  // Entries outlive the text: keep no string that shares it (see StringDetacher). One detacher for the
  // whole entry: one copying pass. Strings are taken back in the order they were added.
  const strings = new StringDetacher(article.uri);
  addPackedStrings(mentions, strings);
  for (const sentence of sentences.texts) strings.add(sentence);
  strings.addFields(facts);
  strings.copyAll();
  takePackedStrings(mentions, strings);
  strings.takeArray(sentences.texts);
  strings.takeFields(facts);
  return { uri: article.uri, date: article.date, mentions, facts, sentences };
}
