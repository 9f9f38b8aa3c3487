// The official mentions of an article with their KB person, for the rules about people.
import { KbPerson, KnowledgeBase, Mention, OfficialMention } from '../types';
import { CheckContext } from './rule';
import { assessTitle, personById, TitleVerdict } from './support/people';
import { mentionsByKind } from './support/kinds';

export interface PersonMention {
  mention: OfficialMention;
  person: KbPerson;
}

interface Officials {
  kb: KnowledgeBase;
  resolved: readonly PersonMention[];
}

// Several rules walk the resolved officials of the same analysis in one runChecks: find them once per mention
// list (and KB). Keyed by the list, which an analysis never edits, so a new analysis is never served stale data.
const officialsOf = new WeakMap<readonly Mention[], Officials>();

export function officialMentions(ctx: CheckContext): readonly OfficialMention[] {
  return mentionsByKind(ctx.analysis.mentions).officials;
}

/** Mentions resolved to one KB person (by name or by coreference). */
export function resolvedOfficials(ctx: CheckContext): readonly PersonMention[] {
  const mentions = ctx.analysis.mentions;
  let found = officialsOf.get(mentions);
  if (found === undefined || found.kb !== ctx.kb) {
    const resolved: PersonMention[] = [];
    for (const m of officialMentions(ctx)) {
      if (m.resolvedBy === 'unknown') continue;
      const person = personById(ctx.kb, m.entity);
      if (person) resolved.push({ mention: m, person });
    }
    officialsOf.set(mentions, (found = { kb: ctx.kb, resolved }));
  }
  return found.resolved;
}

/**
 * How the title written with a resolved official (one of resolvedOfficials(ctx), with a title) fits the
 * person's roles on the article's date (assessTitle, which remembers its verdicts: two rules ask).
 */
export function titleVerdict(ctx: CheckContext, official: PersonMention): TitleVerdict {
  return assessTitle(official.person, official.mention.title!, ctx.analysis.article.date!, !!official.mention.past);
}
