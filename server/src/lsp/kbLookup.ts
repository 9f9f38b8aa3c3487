// Finding KB entries by id and describing them: shared by hover, definition, symbols, code lens.
import { KbEvent, KbExercise, KbOrganisation, KbPerson, KbPlace, KnowledgeBase, MentionKind } from '../engine/types';
import { EntityKind } from '../shared/protocol';
import { perKb } from '../engine/kb/perKb';

export type KbEntry =
  | { kind: 'person'; entry: KbPerson }
  | { kind: 'exercise'; entry: KbExercise }
  | { kind: 'event'; entry: KbEvent }
  | { kind: 'organisation'; entry: KbOrganisation }
  | { kind: 'place'; entry: KbPlace };

/** All KB entries, in KB order, kind by kind. */
export function allEntries(kb: KnowledgeBase): KbEntry[] {
  return [
    ...kb.people.map((entry) => ({ kind: 'person' as const, entry })),
    ...kb.exercises.map((entry) => ({ kind: 'exercise' as const, entry })),
    ...kb.events.map((entry) => ({ kind: 'event' as const, entry })),
    ...kb.organisations.map((entry) => ({ kind: 'organisation' as const, entry })),
    ...kb.places.map((entry) => ({ kind: 'place' as const, entry })),
  ];
}

/** Entries by id, rebuilt only when the KB object changes. */
const entriesById = perKb((kb) => {
  const byId = new Map<string, KbEntry>();
  // Later entries replace earlier ones with the same id, as the KB loader does.
  for (const e of allEntries(kb)) byId.set(e.entry.id, e);
  return byId;
});

export function findEntry(kb: KnowledgeBase, id: string): KbEntry | undefined {
  return entriesById(kb).get(id);
}

export function entityKindOfMention(kind: MentionKind): EntityKind | undefined {
  switch (kind) {
    case 'official':
      return 'person';
    case 'exercise':
    case 'event':
    case 'organisation':
    case 'place':
      return kind;
    default:
      return undefined;
  }
}
