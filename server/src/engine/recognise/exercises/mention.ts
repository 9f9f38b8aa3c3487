// The exercise mention this recogniser returns.
import { ExerciseMention, Span } from '../../types';

/** An exercise mention, with the year when the name carries one ("Friendship-2016"). */
export interface ExerciseMentionWithYear extends ExerciseMention {
  year?: number;
  yearSpan?: Span;
}
