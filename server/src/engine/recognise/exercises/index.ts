// Exercises recogniser: KB exercise names and aliases with their edition however it is written
// ("Druzhba VII", "Druzhba (Friendship) VII", "Druzhba-VII", "the seventh Druzhba", "7th edition of
// Druzhba", "Druzhba 2021" (a year, not an edition)), plus exercises the KB lacks when the text names
// them as such ("exercise codenamed 'X'", "Exercise Shaheen-IX", "joint exercise X-2024").
import { ExerciseMention, KbExercise } from '../../types';
import { Gazetteer } from '../../text/gazetteer';
import { Token } from '../../text/tokens';
import { RecogniserContext } from '../context';
import { Edition, editionAfter, ordinalBefore, parenthesisAfter } from './edition';
import { ExerciseMentionWithYear } from './mention';
import { UNKNOWN_TRIGGERS, unknownAt } from './unknown';
import { tokenIds, wordIdFlags, WordIdSet } from '../../text/vocabulary';
import { isCapitalised, isQuotedSpan } from './words';
import { perKb } from '../../kb/perKb';

export type { ExerciseMentionWithYear } from './mention';

interface ExercisePhrase {
  exercise: KbExercise;
  /** A one-word alias other than the name ("Friendship") is an ordinary word too: it needs context. */
  weak: boolean;
}

const gazetteerFor = perKb((kb): Gazetteer<ExercisePhrase> => {
  const g = new Gazetteer<ExercisePhrase>();
  for (const ex of kb.exercises ?? []) {
    if (!ex || typeof ex.name !== 'string') continue;
    g.add(ex.name, { exercise: ex, weak: false });
    for (const alias of ex.aliases ?? []) {
      if (typeof alias !== 'string') continue;
      const oneWord = !/[\s\-\u2010\u2011]/.test(alias.trim());
      g.add(alias, { exercise: ex, weak: oneWord });
    }
  }
  return g;
});

const UNKNOWN_TRIGGER_IDS = new WordIdSet(UNKNOWN_TRIGGERS);

/** What a word (by id) may start: a token with neither is passed over with one array read. */
const STARTS_KB_NAME = 1;
const STARTS_UNKNOWN = 2;

const startKindsFor = perKb((kb): Uint8Array => {
  const gaz = gazetteerFor(kb);
  return wordIdFlags([
    [STARTS_KB_NAME, (id) => gaz.startsWith(id)],
    [STARTS_UNKNOWN, (id) => UNKNOWN_TRIGGER_IDS.has(id)],
  ]);
});

/** Words that say the next or previous name is an exercise. */
const EXERCISE_WORDS = new Set(['exercise', 'exercises', 'drill', 'drills', 'wargame', 'wargames', 'manoeuvres', 'maneuvers', 'codenamed', 'named', 'dubbed']);

export function recogniseExercises(ctx: RecogniserContext): ExerciseMention[] {
  const { tokens, kb } = ctx;
  const text = ctx.article.text;
  const gaz = gazetteerFor(kb);
  const kinds = startKindsFor(kb);
  const out: ExerciseMentionWithYear[] = [];
  // Token ids (vocabulary.ts) let most tokens be passed over with one array read.
  const ids = tokenIds(tokens);
  const isKnownAt = (k: number) => gaz.longestAt(tokens, k, text, ids) !== undefined;
  let i = 0;
  while (i < tokens.length) {
    const id = ids[i];
    const kind = id < kinds.length ? kinds[id] : 0;
    if (kind === 0) {
      i++;
      continue;
    }
    // A KB name must be capitalised where it starts (this token): tested before the trie walk.
    const m = (kind & STARTS_KB_NAME) !== 0 && isCapitalised(text, tokens[i].start) ? gaz.longestAt(tokens, i, text, ids) : undefined;
    if (m) {
      const mention = kbMention(ctx, m.first, m.last, m.payloads);
      if (mention) {
        out.push(mention.mention);
        i = mention.lastToken + 1;
        continue;
      }
    }
    const unknown = (kind & STARTS_UNKNOWN) !== 0 ? unknownAt(ctx, i, isKnownAt) : undefined;
    if (unknown) {
      out.push(unknown.mention);
      i = unknown.lastToken + 1;
      continue;
    }
    i++;
  }
  return out;
}

function kbMention(
  ctx: RecogniserContext,
  first: number,
  last: number,
  payloads: ExercisePhrase[],
): { mention: ExerciseMentionWithYear; lastToken: number } | undefined {
  const { tokens } = ctx;
  const text = ctx.article.text;
  const exercise = payloads[0].exercise;
  const weak = payloads.every((p) => p.weak);
  // A KB alias that carries its edition ("Druzhba-VII", "Friendship-2016") still yields the edition.
  if (last > first) {
    const inside = editionAfter(text, tokens, last - 1, tokens[last - 1].end);
    if (inside) return withEdition(ctx, first, last, exercise, inside);
  }
  let end = tokens[last].end;
  let lastToken = last;

  // "Druzhba (Friendship) VII": a short capitalised gloss in brackets belongs to the name.
  const paren = parenthesisAfter(text, tokens, lastToken);
  if (paren) {
    end = paren.end;
    lastToken = paren.lastToken;
  }
  const edition = editionAfter(text, tokens, lastToken, end);
  let start = tokens[first].start;
  let editionValue: number | null = edition?.value ?? null;
  let editionSpan = edition && edition.value !== null ? edition.span : undefined;
  let editionText = edition && edition.value !== null ? edition.text : undefined;
  if (edition) {
    end = edition.span.end;
    lastToken = edition.lastToken;
  } else {
    const before = ordinalBefore(text, tokens, first);
    if (before) {
      start = before.span.start;
      editionValue = before.value;
      editionSpan = before.span;
      editionText = text.slice(before.span.start, before.span.end);
    }
  }
  if (weak && !edition && editionValue === null && !isQuotedSpan(text, tokens[first].start, end) && !exerciseWordNear(tokens, first, lastToken)) {
    return undefined;
  }
  const mention: ExerciseMentionWithYear = {
    kind: 'exercise',
    start,
    end,
    text: text.slice(start, end),
    entity: exercise.id,
    name: exercise.name,
    edition: editionValue,
  };
  if (editionSpan) mention.editionSpan = editionSpan;
  if (editionText !== undefined) mention.editionText = editionText;
  if (edition?.year !== undefined) {
    mention.year = edition.year;
    mention.yearSpan = edition.span;
  }
  return { mention, lastToken };
}

function withEdition(ctx: RecogniserContext, first: number, last: number, exercise: KbExercise, edition: Edition): { mention: ExerciseMentionWithYear; lastToken: number } {
  const text = ctx.article.text;
  const start = ctx.tokens[first].start;
  const end = ctx.tokens[last].end;
  const mention: ExerciseMentionWithYear = { kind: 'exercise', start, end, text: text.slice(start, end), entity: exercise.id, name: exercise.name, edition: edition.value };
  if (edition.value !== null) {
    mention.editionSpan = edition.span;
    mention.editionText = edition.text;
  }
  if (edition.year !== undefined) {
    mention.year = edition.year;
    mention.yearSpan = edition.span;
  }
  return { mention, lastToken: last };
}

function exerciseWordNear(tokens: Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - 3); k < first; k++) if (EXERCISE_WORDS.has(tokens[k].norm)) return true;
  for (let k = last + 1; k < tokens.length && k <= last + 2; k++) if (EXERCISE_WORDS.has(tokens[k].norm)) return true;
  return false;
}

