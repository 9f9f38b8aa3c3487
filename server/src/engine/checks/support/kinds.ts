// An analysis's mentions sorted into the kinds the rules walk. Several rules would each scan every mention
// of the article (places and organisations are most of them) for a few events or dates: sort once.
import { DateMention, EventMention, ExerciseMention, Mention, OfficialMention } from '../../types';

export interface MentionsByKind {
  officials: OfficialMention[];
  /** Events and exercises, in text (mention) order. */
  eventsAndExercises: (EventMention | ExerciseMention)[];
  dates: DateMention[];
}

// Keyed by the mention list, which an analysis never edits: a new analysis is never served stale data.
const byKind = new WeakMap<readonly Mention[], MentionsByKind>();

export function mentionsByKind(mentions: readonly Mention[]): MentionsByKind {
  let sorted = byKind.get(mentions);
  if (sorted === undefined) {
    sorted = { officials: [], eventsAndExercises: [], dates: [] };
    for (const m of mentions) {
      if (m.kind === 'official') sorted.officials.push(m);
      else if (m.kind === 'event' || m.kind === 'exercise') sorted.eventsAndExercises.push(m);
      else if (m.kind === 'date') sorted.dates.push(m);
    }
    byKind.set(mentions, sorted);
  }
  return sorted;
}
