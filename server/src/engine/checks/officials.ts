// The official mentions of an article with their KB person, for the rules about people.
import { KbPerson, KnowledgeBase, Mention, OfficialMention } from '../types';
import { CheckContext } from './rule';
import { assessTitle, personById, TitleVerdict } from './support/people';
import { mentionsByKind } from './support/kinds';

export interface PersonMention {
  mention: OfficialMention;
  person: KbPerson;
}

/** A resolved official with the verdict on its title, once computed (role-mismatch and anachronism both ask). */
interface AssessedMention extends PersonMention {
  verdict?: TitleVerdict;
}

interface Officials {
  kb: KnowledgeBase;
  date: string | null;
  all: readonly OfficialMention[];
  resolved: readonly AssessedMention[];
}

// Several rules walk the officials of the same analysis in one runChecks: find them once per mention list
// (and KB). Keyed by the list, which an analysis never edits, so a new analysis is never served stale data.
const officialsOf = new WeakMap<readonly Mention[], Officials>();

function officials(ctx: CheckContext): Officials {
  const mentions = ctx.analysis.mentions;
  let found = officialsOf.get(mentions);
  if (found === undefined || found.kb !== ctx.kb || found.date !== ctx.analysis.article.date) {
    const all = mentionsByKind(mentions).officials;
    const resolved: AssessedMention[] = [];
    for (const m of all) {
      if (m.resolvedBy === 'unknown') continue;
      const person = personById(ctx.kb, m.entity);
      if (person) resolved.push({ mention: m, person, verdict: undefined });
    }
    officialsOf.set(mentions, (found = { kb: ctx.kb, date: ctx.analysis.article.date, all, resolved }));
  }
  return found;
}

export function officialMentions(ctx: CheckContext): readonly OfficialMention[] {
  return officials(ctx).all;
}

/** Mentions resolved to one KB person (by name or by coreference). */
export function resolvedOfficials(ctx: CheckContext): readonly PersonMention[] {
  return officials(ctx).resolved;
}

/**
 * How the title written with a resolved official (one of resolvedOfficials(ctx), with a title) fits the
 * person's roles on the article's date (assessTitle), computed once per mention.
 */
export function titleVerdict(ctx: CheckContext, official: PersonMention): TitleVerdict {
  const assessed = official as AssessedMention;
  return (assessed.verdict ??= assessTitle(official.person, official.mention.title!, ctx.analysis.article.date!, !!official.mention.past));
}
