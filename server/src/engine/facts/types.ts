// A fact with the details the consistency checks need beyond the core Fact shape.
import { Fact, Span } from '../types';

export interface StatedFact extends Fact {
  /**
   * For `round` and `edition-date` facts (and `place` facts on exercises): the date the article gives
   * the meeting or edition, TIMEX3, when it gives one.
   */
  date?: string;
  dateSpan?: Span;
  /** 'stated': a date in the clause; 'article': a same-day report's own date (the sentence gives none). */
  dateBasis?: 'stated' | 'article';
  /** Exercise edition a `place` fact is about. */
  edition?: number;
  /** The fact sits inside quoted speech. */
  quoted?: boolean;
}
