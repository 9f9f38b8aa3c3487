// Exercise editions against the KB: which edition was under way, or last held, on a date.
import { dayInterval } from '../kb/dates';
import { isEditionUnderWay } from '../kb/query';
import { KbEdition, KbExercise, KnowledgeBase } from '../types';
import { perKb } from '../kb/perKb';

/** Exercises by id, the first one listed winning (as a scan would find it). */
const exercisesById = perKb((kb) => {
  const byId = new Map<string, KbExercise>();
  for (const e of kb.exercises) if (!byId.has(e.id)) byId.set(e.id, e);
  return byId;
});

export function exerciseById(kb: KnowledgeBase, id: string | null): KbExercise | undefined {
  return id ? exercisesById(kb).get(id) : undefined;
}

export function editionStart(e: KbEdition): string | null {
  // Once per KB edition object (KB objects are replaced, not edited, on reload).
  let start = editionStarts.get(e);
  if (start === undefined) {
    const v = e.from ?? e.to;
    editionStarts.set(e, (start = v == null ? null : dayInterval(String(v))?.start ?? null));
  }
  return start;
}

const editionStarts = new WeakMap<KbEdition, string | null>();

function editionEnd(e: KbEdition): string | null {
  const v = e.to ?? e.from;
  return v == null ? null : dayInterval(String(v))?.end ?? null;
}

export type EditionVerdict =
  | { kind: 'ok' | 'silent' }
  /** The stated edition does not fit: `expected` was under way, or the latest held, on the date. */
  | { kind: 'wrong'; expected: KbEdition; stated?: KbEdition; startsAfter: boolean };

/**
 * Does `edition` of `exercise` fit being under way (or just held) on `date`? Precision first: when the KB
 * lacks the stated edition and it is newer than anything the KB knows, say nothing (the KB may be behind).
 */
export function assessEdition(exercise: KbExercise, edition: number, date: string): EditionVerdict {
  const days = dayInterval(date);
  if (!days) return { kind: 'silent' };
  const stated = exercise.editions.find((e) => e.edition === edition);
  const under = exercise.editions.filter((e) => isEditionUnderWay(e, date));
  if (under.length) {
    if (under.some((e) => e.edition === edition)) return { kind: 'ok' };
    return { kind: 'wrong', expected: under[0], stated, startsAfter: !!stated && (editionStart(stated) ?? '') > days.end };
  }
  // The latest edition that ended before the date.
  let latest: KbEdition | undefined;
  for (const e of exercise.editions) {
    const end = editionEnd(e);
    if (end && end < days.start && (!latest || end > (editionEnd(latest) ?? ''))) latest = e;
  }
  if (!latest || latest.edition === edition) return { kind: latest ? 'ok' : 'silent' };
  if (stated) {
    const start = editionStart(stated);
    if (!start) return { kind: 'silent' };
    if (start > days.end) return { kind: 'wrong', expected: latest, stated, startsAfter: true };
    return { kind: 'wrong', expected: latest, stated, startsAfter: false };
  }
  return edition < latest.edition ? { kind: 'wrong', expected: latest, startsAfter: false } : { kind: 'silent' };
}
