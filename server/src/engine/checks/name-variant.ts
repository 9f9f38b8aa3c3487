// name-variant: a known person whose name is written in a form the KB does not list ("Aleksandr Fomin" when
// the KB lists only "Alexander Fomin"), i.e. a form the recogniser reached through a generated variant.
//
// Design: listed aliases are accepted spellings (the KB author put them there), and so is any part of the
// canonical name or of an alias in order ("Fomin", "Asim Munir" for "Syed Asim Munir", "Zaheer Babar Sidhu"
// for "Zaheer Ahmed Babar Sidhu"), compared without case, dots, hyphens or spaces ("Zamirul" = "Zamir ul").
// So only spellings nobody wrote down are reported, as information, and the example articles stay quiet.
import { normaliseLabel } from '../kb/query';
import { Finding, KbPerson } from '../types';
import { officialMentions } from './officials';
import { Rule } from './rule';
import { finding, kbRelated, replaceFix } from './support/findings';
import { personById } from './support/people';
import { detached } from '../workspace/detach';

/** The name's normalised words; cached (read-only arrays) since the same KB names are compared per mention. */
function words(name: string): readonly string[] {
  let ws = wordsCache.get(name);
  if (ws === undefined) {
    if (wordsCache.size > 10_000) wordsCache.clear();
    // Copies, key and words: the cache outlives the article the name was sliced from.
    const own = detached(name);
    wordsCache.set(own, (ws = normaliseLabel(own).split(' ').filter(Boolean)));
  }
  return ws;
}

const wordsCache = new Map<string, readonly string[]>();

/** The words glued together without punctuation; cached since the same KB names are compared per mention. */
function compact(ws: readonly string[]): string {
  const glued = ws.join('');
  let c = compactCache.get(glued);
  if (c === undefined) {
    if (compactCache.size > 10_000) compactCache.clear();
    compactCache.set(glued, (c = glued.replace(/[^\p{L}\p{N}]/gu, '')));
  }
  return c;
}

const compactCache = new Map<string, string>();

/** `part`'s words appear in `full` in order, each word equal or a run of adjacent words ("zamirul" = "zamir ul"). */
export function isPartOf(part: string, full: string): boolean {
  const p = words(part);
  const f = words(full);
  if (p.length === 0) return false;
  if (compact(p) === compact(f)) return true;
  let j = 0;
  for (const w of p) {
    let found = false;
    while (j < f.length && !found) {
      // Try one word, then runs of up to three words glued together.
      for (let len = 1; len <= 3 && j + len <= f.length; len++) {
        if (compact(f.slice(j, j + len)) === w) {
          j += len;
          found = true;
          break;
        }
      }
      if (!found) j++;
    }
    if (!found) return false;
  }
  return true;
}

export function isKnownSpelling(person: KbPerson, written: string): boolean {
  // The same people are written the same few ways in many mentions: remember per person, within bounds.
  let known = spellingsOf.get(person);
  if (known === undefined) spellingsOf.set(person, (known = new Map()));
  let verdict = known.get(written);
  if (verdict === undefined) {
    if (known.size > 1_000) known.clear();
    known.set(detached(written), (verdict = isPartOf(written, person.name) || person.aliases.some((n) => isPartOf(written, n))));
  }
  return verdict;
}

const spellingsOf = new WeakMap<KbPerson, Map<string, boolean>>();

export const nameVariant: Rule = {
  code: 'name-variant',
  defaultSeverity: 'information',
  description: 'A known person whose name is spelt in a form that is neither the canonical name nor a listed alias.',
  check(ctx) {
    const uri = ctx.analysis.article.uri;
    const out: Finding[] = [];
    for (const m of officialMentions(ctx)) {
      if (m.resolvedBy !== 'kb' || !m.name.trim()) continue;
      const person = personById(ctx.kb, m.entity);
      if (!person || isKnownSpelling(person, m.name)) continue;
      // "Fomine" is a surname: the fix gives the canonical surname, not the whole name.
      const canonical = person.name.split(/\s+/);
      const written = m.name.trim().split(/\s+/).length;
      const fixText = written < canonical.length ? canonical.slice(-written).join(' ') : person.name;
      out.push(
        finding(
          uri,
          m.nameSpan,
          this.code,
          this.defaultSeverity,
          `"${m.name}" is not how the KB spells ${person.name} (nor one of its aliases); canonical spelling: ${person.name}.`,
          kbRelated(person.loc, `KB entry of ${person.name}`),
          [replaceFix(uri, m.nameSpan, fixText, `Write "${fixText}"`)],
        ),
      );
    }
    return out;
  },
};
