// Exercises the KB does not hold, when the text names them as exercises: "exercise codenamed 'X'",
// "Exercise Shaheen-IX", "joint exercise X-2024".
import { RecogniserContext } from '../context';
import { editionAfter, Edition } from './edition';
import { ExerciseMentionWithYear } from './mention';
import { editionGap, isCapitalised, isOpenQuote, isQuotedSpan, plainGap } from './words';

/** The words unknownAt starts at ("code" only as "code named"): others need not call it. */
export const UNKNOWN_TRIGGERS = ['codenamed', 'dubbed', 'code', 'exercise', 'drill', 'exercises', 'drills'];

const NAME_STOP = new Set(['the', 'a', 'an', 'and', 'of', 'in', 'on', 'at', 'with', 'between', 'for', 'to', 'by', 'from']);

/**
 * tokens[i] is "codenamed" (or "code named") / "exercise" / "drill(s)": read the name after it.
 * After "codenamed" any capitalised name counts; after "exercise" the name must carry an edition or
 * year ("Shaheen-IX", "X-2024") or be quoted, so "exercise Pakistan hosted" is not an exercise.
 */
export function unknownAt(ctx: RecogniserContext, i: number, isKnownAt: (token: number) => boolean): { mention: ExerciseMentionWithYear; lastToken: number } | undefined {
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
  // Only a space and an optional opening quote between the trigger and the name.
  if (!nameGapOk(text, tokens[nameFirst - 1].end, tokens[nameFirst].start)) return undefined;
  const quoted = isOpenQuote(text[tokens[nameFirst].start - 1]);
  if (!isCapitalised(text, tokens[nameFirst].start) || NAME_STOP.has(tokens[nameFirst].norm)) return undefined;
  // A KB exercise after the trigger is read by the KB pass at the next token.
  if (isKnownAt(nameFirst)) return undefined;

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

/**
 * One or two spaces, or at most two spaces and an opening quote, from `from` to `to`: what
 * /^[ \u00a0]{0,2}['‘"“]?$/ accepted (when not empty), without a slice and a regex per trigger word.
 */
export function nameGapOk(text: string, from: number, to: number): boolean {
  if (to - from < 1 || to - from > 3) return false;
  let k = from;
  while (k < to && k - from < 2 && (text.charCodeAt(k) === 32 || text.charCodeAt(k) === 0xa0)) k++;
  if (k === to) return true;
  if (k + 1 !== to) return false;
  const c = text.charCodeAt(k);
  return c === 39 || c === 0x2018 || c === 34 || c === 0x201c;
}
