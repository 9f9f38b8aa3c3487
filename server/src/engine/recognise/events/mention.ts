// The event mention this recogniser returns, with what the facts stage needs beyond the core shape.
import { EventMention } from '../../types';

/** An event mention with what the facts stage needs to name it when the KB does not hold it. */
export interface EventMentionDetail extends EventMention {
  /** Series id (KB) or corpus key of the series, for a round of a meeting series. */
  series?: string;
  /** Normalised name, used as the corpus key when entity is null ("defence cooperation agreement"). */
  key?: string;
  /** Human label: the KB name or the text's name. */
  label?: string;
}
