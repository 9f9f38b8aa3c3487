// Test builders for the checks: articles, mentions, facts and KB entries written by hand, so each rule's tests
// depend on nothing but the types.
import { parseArticle } from '../article';
import { toIndexEntry } from '../analyse';
import { emptyKnowledgeBase } from '../kb/query';
import {
  Analysis, DateMention, EventMention, ExerciseMention, Fact, KbExercise, KbPerson, KnowledgeBase, Mention, OfficialMention,
} from '../types';
import { WorkspaceIndex } from '../workspace';
import { CheckContext } from './rule';
import { StatedFact } from '../facts/types';

/** Offset of the `occurrence`-th `literal` in `text`; throws in tests when absent. */
export function at(text: string, literal: string, occurrence = 0): number {
  let i = -1;
  for (let n = 0; n <= occurrence; n++) {
    i = text.indexOf(literal, i + 1);
    if (i < 0) throw new Error(`"${literal}" not in text`);
  }
  return i;
}

export function span(text: string, literal: string, occurrence = 0) {
  const start = at(text, literal, occurrence);
  return { start, end: start + literal.length };
}

export function article(uri: string, text: string) {
  return parseArticle(uri, text).article;
}

/** An official mention: `whole` is the full mention text, title/rank/name literals inside it. */
export function official(
  text: string,
  whole: string,
  entity: string | null,
  parts: { name: string; title?: string; rank?: string; rankCanonical?: string; past?: boolean; retired?: boolean; resolvedBy?: OfficialMention['resolvedBy']; occurrence?: number; country?: string },
): OfficialMention {
  const s = span(text, whole, parts.occurrence ?? 0);
  const inside = (lit: string) => {
    const i = text.indexOf(lit, s.start);
    if (i < 0 || i + lit.length > s.end) throw new Error(`"${lit}" not inside "${whole}"`);
    return { start: i, end: i + lit.length };
  };
  const m: OfficialMention = {
    kind: 'official', ...s, text: whole, entity, name: parts.name, nameSpan: parts.name ? inside(parts.name) : { start: s.start, end: s.start },
    resolvedBy: parts.resolvedBy ?? (entity ? 'kb' : 'unknown'),
  };
  if (parts.title) Object.assign(m, { title: parts.title, titleSpan: inside(parts.title) });
  if (parts.rank) Object.assign(m, { rank: parts.rank, rankSpan: inside(parts.rank), rankCanonical: parts.rankCanonical });
  if (parts.past) m.past = true;
  if (parts.retired) m.retired = true;
  if (parts.country) m.country = parts.country;
  return m;
}

export function date(text: string, literal: string, value: string | null, extra: Partial<DateMention> = {}, occurrence = 0): DateMention {
  return { kind: 'date', ...span(text, literal, occurrence), text: literal, entity: null, timexType: 'DATE', value, relative: false, ...extra };
}

export function exercise(text: string, whole: string, entity: string | null, name: string, edition: number | null, editionText?: string): ExerciseMention {
  const s = span(text, whole);
  const m: ExerciseMention = { kind: 'exercise', ...s, text: whole, entity, name, edition };
  if (editionText) {
    const i = text.indexOf(editionText, s.start);
    Object.assign(m, { editionText, editionSpan: { start: i, end: i + editionText.length } });
  }
  return m;
}

export function event(text: string, whole: string, entity: string | null, round?: number): EventMention {
  const m: EventMention = { kind: 'event', ...span(text, whole), text: whole, entity };
  if (round !== undefined) m.round = round;
  return m;
}

/** A fact stated by the sentence holding `where`, its value at `valueLiteral`. */
export function fact(
  text: string,
  uri: string,
  subject: string,
  predicate: Fact['predicate'],
  value: string,
  where: string,
  valueLiteral: string,
  extra: Partial<StatedFact> = {},
): StatedFact {
  const a = article(uri, text);
  const w = span(text, where);
  const sentence = a.sentences.find((s) => s.start <= w.start && w.start < s.end)!;
  const v = (() => {
    const i = text.indexOf(valueLiteral, sentence.start);
    return { start: i, end: i + valueLiteral.length };
  })();
  return { uri, subject, subjectLabel: extra.subjectLabel ?? subject, predicate, value, ...w, sentence: { start: sentence.start, end: sentence.end }, valueSpan: v, ...extra };
}

export function analysis(uri: string, text: string, mentions: Mention[] = [], facts: Fact[] = []): Analysis {
  return { article: article(uri, text), mentions: [...mentions].sort((a, b) => a.start - b.start), facts };
}

export function person(id: string, name: string, extra: Partial<KbPerson> = {}): KbPerson {
  return { id, name, aliases: [], ranks: [], roles: [], ...extra };
}

export function kbWith(parts: Partial<KnowledgeBase>): KnowledgeBase {
  return { ...emptyKnowledgeBase(), ...parts };
}

/** A context for `main`, with `others` indexed beside it (the workspace). */
export function context(main: Analysis, kb: KnowledgeBase, others: Analysis[] = [], extra: Partial<CheckContext> = {}): CheckContext {
  const index = new WorkspaceIndex();
  for (const a of [main, ...others]) index.set(toIndexEntry(a));
  return { analysis: main, index, kb, kbText: () => undefined, ...extra };
}

/** Starter-like KB pieces used by several rule tests, from /work/shared/facts.md. */
export const KHAWAJA_ASIF: KbPerson = person('khawaja-asif', 'Khawaja Asif', {
  aliases: ['Khawaja Muhammad Asif'],
  country: 'Pakistan',
  roles: [
    { title: 'Minister of Defence', titleAliases: ['Defence Minister', 'Pakistan Defence Minister'], from: '2013-11-27', to: '2017-07-28' },
    { title: 'Minister of Foreign Affairs', titleAliases: ['Foreign Minister', 'FM'], from: '2017-08-04', to: '2018-04-26' },
    { title: 'Minister of Defence', titleAliases: ['Defence Minister', 'Pakistan Defence Minister'], from: '2022-04-19', to: '2023-08-10' },
  ],
  loc: { uri: 'file:///kb.yaml', start: 100, end: 200 },
});

export const FOMIN: KbPerson = person('alexander-fomin', 'Alexander Fomin', {
  aliases: ['Alexander V Fomin'],
  country: 'Russia',
  ranks: [{ rank: 'Colonel General', to: null }],
  roles: [
    { title: 'Director of the Federal Service for Military-Technical Cooperation', titleAliases: ['FSMTC director'], from: '2012', to: '2017-01' },
    { title: 'Deputy Minister of Defence', titleAliases: ['Deputy Defence Minister'], from: '2017-01', to: '2025-10' },
  ],
});

export const DRUZHBA: KbExercise = {
  id: 'druzhba', name: 'Druzhba', aliases: ['Friendship'], parties: [],
  editions: [
    { edition: 6, from: '2021-09-28', to: '2021-10-09' },
    { edition: 7, from: '2024-10-13', to: '2024-10-25' },
  ],
};
