// Exercises recogniser: KB exercise names and aliases with their edition however it is written
// ("Druzhba VII", "Druzhba (Friendship) VII", "Druzhba-VII", "the seventh Druzhba", "7th edition of
// Druzhba", "Druzhba 2021" (a year, not an edition)), plus exercises the KB lacks when the text names
// them as such ("exercise codenamed 'X'", "Exercise Shaheen-IX", "joint exercise X-2024").
import { ExerciseMention, KbExercise, KnowledgeBase, Span } from '../../types';
import { Gazetteer } from '../../text/gazetteer';
import { Token } from '../../text/tokens';
import { RecogniserContext } from '../context';
import { ordinalEndingAt, parseRoman, smallDigits, yearDigits } from './numerals';
import { editionGap, isCapitalised, isQuotedSpan, isUpperToken, isOpenQuote, plainGap } from './words';

/** An exercise mention, with the year when the name carries one ("Friendship-2016"). */
export interface ExerciseMentionWithYear extends ExerciseMention {
  year?: number;
  yearSpan?: Span;
}

interface ExercisePhrase {
  exercise: KbExercise;
  /** A one-word alias other than the name ("Friendship") is an ordinary word too: it needs context. */
  weak: boolean;
}

const gazetteers = new WeakMap<KnowledgeBase, Gazetteer<ExercisePhrase>>();

function gazetteerFor(kb: KnowledgeBase): Gazetteer<ExercisePhrase> {
  let g = gazetteers.get(kb);
  if (g) return g;
  g = new Gazetteer<ExercisePhrase>();
  for (const ex of kb.exercises ?? []) {
    if (!ex || typeof ex.name !== 'string') continue;
    g.add(ex.name, { exercise: ex, weak: false });
    for (const alias of ex.aliases ?? []) {
      if (typeof alias !== 'string') continue;
      const oneWord = !/[\s\-\u2010\u2011]/.test(alias.trim());
      g.add(alias, { exercise: ex, weak: oneWord });
    }
  }
  gazetteers.set(kb, g);
  return g;
}

/** Words that say the next or previous name is an exercise. */
const EXERCISE_WORDS = new Set(['exercise', 'exercises', 'drill', 'drills', 'wargame', 'wargames', 'manoeuvres', 'maneuvers', 'codenamed', 'named', 'dubbed']);
const EDITION_WORDS = new Set(['edition', 'iteration', 'round', 'instalment', 'installment', 'version', 'session']);

interface Edition {
  value: number | null;
  year?: number;
  span: Span;
  text: string;
  lastToken: number;
}

export function recogniseExercises(ctx: RecogniserContext): ExerciseMention[] {
  const { tokens, kb } = ctx;
  const text = ctx.article.text;
  const gaz = gazetteerFor(kb);
  const out: ExerciseMentionWithYear[] = [];
  let i = 0;
  while (i < tokens.length) {
    const m = gaz.longestAt(tokens, i, text);
    if (m && isCapitalised(text, m.start)) {
      const mention = kbMention(ctx, m.first, m.last, m.payloads);
      if (mention) {
        out.push(mention.mention);
        i = mention.lastToken + 1;
        continue;
      }
    }
    const unknown = unknownAt(ctx, i, gaz);
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

/** "(Friendship)" right after the name: at most three capitalised words, closed on the same line. */
function parenthesisAfter(text: string, tokens: Token[], last: number): { end: number; lastToken: number } | undefined {
  const next = last + 1;
  if (next >= tokens.length) return undefined;
  const gap = text.slice(tokens[last].end, tokens[next].start);
  if (gap !== ' (' && gap !== '(') return undefined;
  if (!isCapitalised(text, tokens[next].start)) return undefined;
  for (let k = next; k < tokens.length && k < next + 3; k++) {
    const after = text[tokens[k].end];
    if (after === ')') return { end: tokens[k].end + 1, lastToken: k };
    if (k + 1 < tokens.length && !plainGap(text, tokens[k], tokens[k + 1])) return undefined;
  }
  return undefined;
}

/** The edition right after a name: a Roman numeral in capitals, a small number, or a year. */
function editionAfter(text: string, tokens: Token[], last: number, from: number): Edition | undefined {
  const k = last + 1;
  if (k >= tokens.length) return undefined;
  const t = tokens[k];
  if (!editionGap(text, from, t.start)) return undefined;
  // "Druzhba VII-2024" or "VIIth" are not read: the numeral must be a whole word, followed by a word break.
  const span = { start: t.start, end: t.end };
  const written = text.slice(t.start, t.end);
  if (isUpperToken(text, t)) {
    const roman = parseRoman(t.norm);
    if (roman !== null) return { value: roman, span, text: written, lastToken: k };
  }
  const year = yearDigits(t.norm);
  if (year !== null) return { value: null, year, span, text: written, lastToken: k };
  const n = smallDigits(t.norm);
  // "Druzhba 5" is an edition; "Druzhba 50 soldiers" is a count.
  if (n !== null && n <= 30 && !COUNTED.has(tokens[k + 1]?.norm ?? '')) return { value: n, span, text: written, lastToken: k };
  return undefined;
}

/** Nouns that make a number after an exercise name a count, not an edition. */
const COUNTED = new Set(['soldiers', 'troops', 'personnel', 'servicemen', 'members', 'officers', 'men', 'days', 'weeks', 'countries', 'aircraft', 'ships', 'jets', 'helicopters', 'teams', 'participants', 'commandos', 'special']);

/** "the seventh Druzhba", "7th edition of (the) Druzhba". */
function ordinalBefore(text: string, tokens: Token[], first: number): { value: number; span: Span } | undefined {
  let k = first - 1;
  if (k < 0) return undefined;
  const direct = ordinalEndingAt(tokens, text, k);
  if (direct && plainGap(text, tokens[k], tokens[first])) {
    return { value: direct.value, span: { start: tokens[direct.first].start, end: tokens[k].end } };
  }
  let right = first;
  if (tokens[k].norm === 'the' && plainGap(text, tokens[k], tokens[right])) {
    right = k;
    k--;
  }
  if (k < 1 || tokens[k].norm !== 'of' || !plainGap(text, tokens[k], tokens[right])) return undefined;
  if (!EDITION_WORDS.has(tokens[k - 1].norm) || !plainGap(text, tokens[k - 1], tokens[k])) return undefined;
  const ord = ordinalEndingAt(tokens, text, k - 2);
  if (!ord || !plainGap(text, tokens[k - 2], tokens[k - 1])) return undefined;
  return { value: ord.value, span: { start: tokens[ord.first].start, end: tokens[ord.last].end } };
}

function exerciseWordNear(tokens: Token[], first: number, last: number): boolean {
  for (let k = Math.max(0, first - 3); k < first; k++) if (EXERCISE_WORDS.has(tokens[k].norm)) return true;
  for (let k = last + 1; k < tokens.length && k <= last + 2; k++) if (EXERCISE_WORDS.has(tokens[k].norm)) return true;
  return false;
}

// ─────────── exercises the KB does not hold ───────────

const NAME_STOP = new Set(['the', 'a', 'an', 'and', 'of', 'in', 'on', 'at', 'with', 'between', 'for', 'to', 'by', 'from']);

/**
 * tokens[i] is "codenamed" (or "code named") / "exercise" / "drill(s)": read the name after it.
 * After "codenamed" any capitalised name counts; after "exercise" the name must carry an edition or
 * year ("Shaheen-IX", "X-2024") or be quoted, so "exercise Pakistan hosted" is not an exercise.
 */
function unknownAt(ctx: RecogniserContext, i: number, gaz: Gazetteer<ExercisePhrase>): { mention: ExerciseMentionWithYear; lastToken: number } | undefined {
  const { tokens } = ctx;
  const text = ctx.article.text;
  const t = tokens[i];
  let nameFirst: number;
  let codenamed = false;
  if (t.norm === 'codenamed' || t.norm === 'dubbed') {
    codenamed = true;
    nameFirst = i + 1;
  } else if (t.norm === 'code' && tokens[i + 1]?.norm === 'named' && editionGap(text, t.end, tokens[i + 1].start)) {
    codenamed = true;
    nameFirst = i + 2;
  } else if (t.norm === 'exercise' || t.norm === 'drill' || t.norm === 'exercises' || t.norm === 'drills') {
    nameFirst = i + 1;
  } else {
    return undefined;
  }
  if (nameFirst >= tokens.length) return undefined;
  const before = text.slice(tokens[nameFirst - 1].end, tokens[nameFirst].start);
  // Only a space and an optional opening quote between the trigger and the name.
  if (!/^[ \u00a0]{0,2}['‘"“]?$/.test(before) || before.length === 0) return undefined;
  const quoted = isOpenQuote(before[before.length - 1]);
  if (!isCapitalised(text, tokens[nameFirst].start) || NAME_STOP.has(tokens[nameFirst].norm)) return undefined;
  // A KB exercise after the trigger is read by the KB pass at the next token.
  if (gaz.longestAt(tokens, nameFirst, text)) return undefined;

  let nameLast = nameFirst;
  let edition: Edition | undefined;
  for (let k = nameFirst; k < tokens.length && k < nameFirst + 4; k++) {
    if (k > nameFirst) {
      const maybe = editionAfter(text, tokens, k - 1, tokens[k - 1].end);
      if (maybe) {
        edition = maybe;
        break;
      }
      if (!plainGap(text, tokens[k - 1], tokens[k]) || !isCapitalised(text, tokens[k].start) || NAME_STOP.has(tokens[k].norm)) break;
    }
    nameLast = k;
  }
  if (!edition) edition = editionAfter(text, tokens, nameLast, tokens[nameLast].end);
  const nameStart = tokens[nameFirst].start;
  const nameEnd = tokens[nameLast].end;
  if (!codenamed && !edition && !(quoted && isQuotedSpan(text, nameStart, nameEnd))) return undefined;
  const end = edition ? edition.span.end : nameEnd;
  const mention: ExerciseMentionWithYear = {
    kind: 'exercise',
    start: nameStart,
    end,
    text: text.slice(nameStart, end),
    entity: null,
    name: text.slice(nameStart, nameEnd),
    edition: edition?.value ?? null,
  };
  if (edition && edition.value !== null) {
    mention.editionSpan = edition.span;
    mention.editionText = edition.text;
  }
  if (edition?.year !== undefined) {
    mention.year = edition.year;
    mention.yearSpan = edition.span;
  }
  return { mention, lastToken: edition ? edition.lastToken : nameLast };
}
