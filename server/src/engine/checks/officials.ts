// The official mentions of an article with their KB person, for the rules about people.
import { KbPerson, OfficialMention } from '../types';
import { CheckContext } from './rule';
import { personById } from './support/people';

export interface PersonMention {
  mention: OfficialMention;
  person: KbPerson;
}

export function officialMentions(ctx: CheckContext): OfficialMention[] {
  return ctx.analysis.mentions.filter((m): m is OfficialMention => m.kind === 'official');
}

/** Mentions resolved to one KB person (by name or by coreference). */
export function resolvedOfficials(ctx: CheckContext): PersonMention[] {
  const out: PersonMention[] = [];
  for (const mention of officialMentions(ctx)) {
    if (mention.resolvedBy === 'unknown') continue;
    const person = personById(ctx.kb, mention.entity);
    if (person) out.push({ mention, person });
  }
  return out;
}
