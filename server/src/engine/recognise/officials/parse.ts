// The pattern reader of the officials recogniser. At each token it tries, in a bounded number of
// steps, the shapes English news uses for officials:
//   [then|former] [demonym…] [title [of …]] [,] [retired] [rank [(Retd)]] [Mr] NAME [, title [of …]]
// A name is a KB name (or generated variant), a surname the article already introduced, or — when a
// title or rank vouches for it — an unknown run of capitalised words. Every step looks a fixed
// number of tokens ahead, so the whole pass is linear in the text.
import { OfficialMention, Span } from '../../types';
import { Gazetteer, GazetteerMatch } from '../../text/gazetteer';
import { Token } from '../../text/tokens';
import { WordIdSet, tokenIds } from '../../text/vocabulary';
import {
  HONORIFIC_IDS, IS_HONORIFIC, IS_PAST_MARKER, IS_RETIRED_BEFORE, OfficialsIndex, PAST_MARKER_IDS, RETIRED_BEFORE_IDS, STARTS_DEMONYM, STARTS_NAME, STARTS_RANK, STARTS_TITLE, TitlePayload, titleKeyWord,
} from './kbIndex';
import {
  DEMONYMS, EXTENSION_CONNECTORS, EXTENSION_WORDS, NAME_PARTICLES, NOT_NAME_WORDS, RETIRED_AFTER,
  STATE_NOUNS, WEAK_RANKS,
} from './lexicon';
import { NameRegistry, RegistryEntry } from './registry';
import { commaGap, dottedGap, gapCore, hasDigit, isAllCaps, isApostrophe, isUpperInitial, spaceGap, wordGap } from './words';

export const MAX_NAME_WORDS = 6;
/** Bits of OfficialsReader.flags, one byte per token. */
const CAP = 1;
const NAME_WORD_KNOWN = 2;
const NAME_WORD = 4;
const FIRST_NAME_WORD_KNOWN = 8;
const FIRST_NAME_WORD = 16;
const NO_TITLE = 32;
const COMMA_AFTER = 64;
const RETIRED_AFTER_IDS = new WordIdSet(RETIRED_AFTER);
const NOT_NAME_WORD_IDS = new WordIdSet(NOT_NAME_WORDS);
const NAME_PARTICLE_IDS = new WordIdSet(NAME_PARTICLES);
const EXTENSION_WORD_IDS = new WordIdSet(EXTENSION_WORDS);
const EXTENSION_CONNECTOR_IDS = new WordIdSet(EXTENSION_CONNECTORS);
// DEMONYMS asked by id: reading a plain object with a token's fresh string makes V8 look the string up
// in its table of internalised strings, at every capitalised word.
const DEMONYM_WORD_IDS = new WordIdSet(Object.keys(DEMONYMS).filter((k) => !k.includes(' ')));
/** DEMONYMS words that qualify a title without naming a country ("acting", "new"). */
const QUALIFIER_IDS = new WordIdSet(Object.keys(DEMONYMS).filter((k) => DEMONYMS[k] === ''));

const MAX_TITLE_EXTENSION = 10;
/** A mention found so far, with the title words later descriptions are matched against. */
export interface Found {
  mention: OfficialMention;
  titleKey?: string;
}

export interface Candidate extends Span {
  lastToken: number;
  name: string;
  nameSpan: Span;
  /** Normalised name words, the key for later re-mentions. */
  nameKeys: string[];
  title?: { span: Span; payload: TitlePayload | null; key: string };
  rank?: { span: Span; canonical: string };
  retired: boolean;
  past: boolean;
  country?: string;
  /** KB ids the name itself points to (KB name or variant), or the surname's ids. */
  kbIds: string[];
  nameSource: 'kb' | 'surname' | 'unknown' | 'registry';
  registryHit?: RegistryEntry;
}

interface TitleRead {
  span: Span;
  last: number;
  payload: TitlePayload | null;
  key: string;
  /** Country named inside the title ("Deputy Defence Minister of Russia"). */
  country?: string;
  /** The title ran on with "of …"/an organisation name, not ending with a country ("chairman of the Cuban American National"). */
  openEnded?: boolean;
}

export class OfficialsReader {
  /** Names of the people this article already mentioned. */
  readonly registry = new NameRegistry();

  /**
   * Per token: CAP when it starts with a capital, COMMA_AFTER when a comma follows it (both computed
   * once), NO_TITLE when titleAt found none, and nameWord's answers. nameWord and titleAt are pure
   * functions of the token that the pre-tests, parseAt and readName ask again and again for the same
   * tokens, so they are remembered here (a byte per token instead of a Map).
   */
  private readonly flags: Uint8Array;
  /** Word ids of the tokens (see vocabulary.ts), fetched once: fixed word lists and gazetteers are asked by id. */
  readonly ids: Int32Array;

  constructor(
    readonly text: string,
    readonly tokens: Token[],
    readonly idx: OfficialsIndex,
  ) {
    const flags = new Uint8Array(tokens.length);
    for (let k = 0; k < tokens.length; k++) {
      const tok = tokens[k];
      flags[k] = (isUpperInitial(text, tok) ? CAP : 0) | (text.charCodeAt(tok.end) === 44 ? COMMA_AFTER : 0);
    }
    this.flags = flags;
    // After officialsIndexFor built the KB's gazetteers: the ids are right for all of their words.
    this.ids = tokenIds(tokens);
  }

  norm(i: number): string {
    return this.tokens[i]?.norm ?? '';
  }

  cap(i: number): boolean {
    return (this.flags[i] & CAP) !== 0;
  }

  /**
   * The longest phrase of gazetteer `g` at token i. The first word is tested by id here, where it inlines:
   * nearly every call fails on it, and the reader asks several gazetteers at most capitalised words.
   */
  phraseAt<T>(g: Gazetteer<T>, i: number): GazetteerMatch<T> | undefined {
    return g.startsWith(this.ids[i]) ? g.longestAt(this.tokens, i, this.text, this.ids) : undefined;
  }

  /** Longest capitalised rank at i ("Lt. Gen.", "Colonel-General"). */
  rankAt(i: number): GazetteerMatch<string> | undefined {
    if (i >= this.tokens.length || !this.cap(i)) return undefined;
    return this.phraseAt(this.idx.ranks, i);
  }

  /** The longest title at i. Failures are remembered: a title's first word ("defence", "military") is asked again and again. */
  titleAt(i: number): GazetteerMatch<TitlePayload> | undefined {
    if (i >= this.tokens.length || (this.flags[i] & NO_TITLE) !== 0) return undefined;
    // The last title found, too: parseAt reads the title its pre-test just found.
    if (i === this.lastTitleAt) return this.lastTitle;
    const m = this.phraseAt(this.idx.titles, i);
    if (m === undefined) {
      if (i >= 0) this.flags[i] |= NO_TITLE;
    } else {
      this.lastTitleAt = i;
      this.lastTitle = m;
    }
    return m;
  }

  private lastTitleAt = -1;
  private lastTitle: GazetteerMatch<TitlePayload> | undefined;

  /** A demonym run ("Russian", "New Zealand's", "US") at i: its last token and country. */
  demonymsAt(i: number): { last: number; country?: string } | undefined {
    let j = i;
    let country: string | undefined;
    let last = -1;
    for (let n = 0; n < 3 && j < this.tokens.length; n++) {
      if (!this.cap(j) && !(n > 0 && QUALIFIER_IDS.has(this.ids[j]))) break;
      const m = this.phraseAt(this.idx.demonyms, j);
      if (!m) break;
      const c = m.payloads[0];
      if (c) country = c;
      last = m.last;
      j = m.last + 1;
      // Possessive: "New Zealand's Defence Minister", "India's defence minister".
      if (j < this.tokens.length && this.norm(j) === 's' && isApostrophe(gapCore(this.text, this.tokens[j - 1], this.tokens[j]))) {
        last = j;
        j++;
      }
      if (j >= this.tokens.length || !spaceGap(this.text, this.tokens[last], this.tokens[j])) break;
    }
    return last >= i ? { last, country } : undefined;
  }

  /** A title at i, with an "of …"/"for …" extension and a trailing "(ACRONYM)". */
  readTitle(i: number): TitleRead | undefined {
    const m = this.titleAt(i);
    if (!m) return undefined;
    const r = this.rankAt(i);
    // "Air Chief Marshal" is a rank, not the title "Air Chief" followed by "Marshal".
    if (r && r.last >= m.last) return undefined;
    const p = m.payloads[0];
    let last = m.last;
    let ext = this.readExtension(last);
    if (ext === last) ext = this.readOrganisationBeforeRank(last);
    // An organisation's acronym after the title: "DG ISI", "Chairman PTI" (it closes the title, unlike "of …").
    const acronymOnly = ext === last && last + 1 < this.tokens.length && this.isOrgAcronym(last + 1) && spaceGap(this.text, this.tokens[last], this.tokens[last + 1]);
    if (acronymOnly) ext = last + 1;
    if (ext > last) last = ext;
    last = this.skipAcronym(last);
    const start = this.tokens[i].start;
    const endTok = this.tokens[ext > m.last ? ext : m.last];
    let country: string | undefined;
    for (let k = m.first; k <= ext && !country; k++) {
      const d = this.cap(k) ? this.phraseAt(this.idx.demonyms, k) : undefined;
      if (d && d.payloads[0]) country = d.payloads[0];
    }
    // A country's name ends a title ("of Russia"); an adjective ("of the Cuban …") runs on into a noun.
    const lastWord = this.tokens[ext].norm;
    const endsWithCountry =
      ext > m.last && ((DEMONYMS[lastWord] ?? '').toLowerCase() === lastWord || (STATE_NOUNS.has(lastWord) && country !== undefined));
    const openEnded = ext > m.last && !endsWithCountry && !acronymOnly;
    const read: TitleRead = { span: { start, end: endTok.end }, last, payload: p, key: this.titleKeyAt(m.first, m.last) };
    if (country) read.country = country;
    if (openEnded) read.openEnded = openEnded;
    return read;
  }

  /** The norms of tokens first..last. */
  private normsOf(first: number, last: number): string[] {
    const out: string[] = [];
    for (let k = first; k <= last; k++) out.push(this.tokens[k].norm);
    return out;
  }

  /** titleKey of the words of tokens first..last, without the arrays. */
  private titleKeyAt(first: number, last: number): string {
    let key = '';
    for (let k = first; k <= last; k++) {
      key += (k > first ? ' ' : '') + titleKeyWord(this.tokens[k].norm);
    }
    return key;
  }

  /** "of Russia", "of the Russian Federation": returns the last token of the extension, or `last` when none. */
  private readExtension(last: number): number {
    const t = this.tokens;
    const first = last + 1;
    const link = first < t.length ? t[first].norm : '';
    if ((link !== 'of' && link !== 'for' && link !== 'to') || !spaceGap(this.text, t[last], t[first])) return last;
    let best = last;
    for (let j = first + 1; j < t.length && j <= first + MAX_TITLE_EXTENSION; j++) {
      if (!wordGap(this.text, t[j - 1], t[j])) break;
      const n = t[j].norm;
      const id = this.ids[j];
      if (EXTENSION_CONNECTOR_IDS.has(id) && !this.cap(j)) continue;
      if (!this.cap(j)) break;
      // "of the Russian General Staff": a rank word before "Staff" names the staff, not a rank.
      if (this.rankAt(j) && !(j + 1 < t.length && t[j + 1].norm === 'staff')) break;
      const known = EXTENSION_WORD_IDS.has(id) || NOT_NAME_WORD_IDS.has(id) || DEMONYM_WORD_IDS.has(id) || this.phraseAt(this.idx.demonyms, j) || this.phraseAt(this.idx.entities, j);
      if (!known) break;
      best = j;
    }
    return best;
  }

  /**
   * "Director-General Inter-Services Intelligence (ISI) Lt. General …", "Commander US Naval Forces Central
   * Command Vice Admiral …": a run of organisation words after a title counts only when a rank follows it.
   */
  private readOrganisationBeforeRank(last: number): number {
    const t = this.tokens;
    let k = last + 1;
    let end = last;
    for (let n = 0; n < 6 && k < t.length; n++, k++) {
      if (!wordGap(this.text, t[k - 1], t[k]) || !this.cap(k) || this.rankAt(k)) break;
      const w = t[k].norm;
      const id = this.ids[k];
      const orgWord = EXTENSION_WORD_IDS.has(id) || NOT_NAME_WORD_IDS.has(id) || DEMONYM_WORD_IDS.has(id) || isAllCaps(this.text, t[k]);
      if (!orgWord) break;
      end = k;
    }
    if (end === last) return last;
    const acr = this.skipAcronym(end);
    const next = acr + 1;
    if (next < t.length && this.rankAt(next) && /^\)? $/.test(this.text.slice(t[acr].end, t[next].start))) return end;
    return last;
  }

  /** An all-capitals word of three letters or more that is no rank, title or demonym ("ISI", "ISPR"). */
  isOrgAcronym(i: number): boolean {
    const t = this.tokens[i];
    if (!t || t.end - t.start < 3 || !isAllCaps(this.text, t) || hasDigit(this.text, t)) return false;
    return !this.rankAt(i) && !this.titleAt(i) && !this.phraseAt(this.idx.demonyms, i);
  }

  /** Skip "(COAS)" after a title or name: returns the token index of the acronym, or `last`. */
  private skipAcronym(last: number): number {
    const t = this.tokens;
    const j = last + 1;
    if (j >= t.length) return last;
    if (gapCore(this.text, t[last], t[j]) === '(' && isAllCaps(this.text, t[j]) && this.text[t[j].end] === ')') return j;
    return last;
  }

  /** A run of capitalised name words at i (initials, particles, hyphens); undefined when none or too long. */
  readName(i: number): number | undefined {
    const t = this.tokens;
    if (!this.nameWord(i, true)) return undefined;
    let last = i;
    let j = i + 1;
    while (j < t.length) {
      const prevInitial = t[j - 1].end - t[j - 1].start <= 2 && isAllCaps(this.text, t[j - 1]);
      const gapOk = prevInitial ? dottedGap(this.text, t[j - 1], t[j]) : wordGap(this.text, t[j - 1], t[j]);
      if (!gapOk) break;
      if (NAME_PARTICLE_IDS.has(this.ids[j]) && !this.cap(j) && j + 1 < t.length && this.nameWord(j + 1, false)) {
        j++;
        continue;
      }
      if (!this.nameWord(j, false)) break;
      last = j;
      j++;
      if (last - i + 1 > MAX_NAME_WORDS) return undefined;
    }
    // "Inter-Services": a run that ends inside a hyphenated compound is not a name.
    if (last + 1 < t.length && t[last + 1].start === t[last].end + 1 && '-\u2010\u2011'.includes(this.text[t[last].end]) && !this.nameWord(last + 1, false)) return undefined;
    // An initial cannot end a name ("Mark T").
    if (last > i && t[last].end - t[last].start === 1) last--;
    if (t[last].end - t[last].start === 1) return undefined;
    return last;
  }

  /** One word of a personal name (the first word of one when `first`). */
  nameWord(i: number, first: boolean): boolean {
    if (i < 0 || i >= this.tokens.length) return false;
    const f = this.flags[i];
    const known = first ? FIRST_NAME_WORD_KNOWN : NAME_WORD_KNOWN;
    const yes = first ? FIRST_NAME_WORD : NAME_WORD;
    if ((f & known) !== 0) return (f & yes) !== 0;
    const answer = this.isNameWord(i, first);
    this.flags[i] = f | known | (answer ? yes : 0);
    return answer;
  }

  private isNameWord(i: number, first: boolean): boolean {
    const t = this.tokens[i];
    if (!this.cap(i) || hasDigit(this.text, t)) return false;
    const n = t.norm;
    if (NOT_NAME_WORD_IDS.has(this.ids[i])) return false;
    const len = t.end - t.start;
    // Acronyms ("COAS", "ISPR") are not names; one- or two-letter capitals are initials ("KP", "S").
    if (len > 2 && isAllCaps(this.text, t)) return false;
    if (first && (DEMONYM_WORD_IDS.has(this.ids[i]) || this.phraseAt(this.idx.entities, i))) return false;
    if (this.phraseAt(this.idx.ranks, i) && !WEAK_RANKS.has(n)) return false;
    const title = this.titleAt(i);
    if (title && !(title.payloads[0]?.prefixOnly && title.first === title.last && !isAllCaps(this.text, t))) return false;
    return true;
  }

  /** True when token a is a capitalised name word joined to token b by spaces or a hyphen. */
  continuesName(a: number, b: number): boolean {
    const t = this.tokens;
    return a >= 0 && b < t.length && this.nameWord(a, false) && wordGap(this.text, t[a], t[b]);
  }

  /** The longest run at i (up to 4 words) that names someone this article already mentioned. */
  registryAt(i: number): { last: number; entry: RegistryEntry } | undefined {
    const t = this.tokens;
    if (!this.cap(i)) return undefined;
    // Keys are the words joined by spaces, so a key of n words starts with the word at i.
    const maxWords = this.registry.maxWordsAfter(t[i].norm);
    if (maxWords === 0) return undefined;
    let key = '';
    let found: { last: number; entry: RegistryEntry } | undefined;
    for (let j = i; j < t.length && j < i + 4 && j < i + maxWords; j++) {
      if (j > i && !dottedGap(this.text, t[j - 1], t[j])) break;
      if (!this.cap(j)) break;
      key = key ? `${key} ${t[j].norm}` : t[j].norm;
      const e = this.registry.get(key);
      if (e && !e.ambiguous) found = { last: j, entry: e };
    }
    return found;
  }

  /**
   * A cheap necessary condition for parseAt to find something at i. Most capitalised words (sentence
   * openers, places, months) start no shape, and trying every shape there was most of the recogniser's
   * time. Each test below stands for one way parseAt can succeed; keep them in step with it.
   */
  private mayStartAt(i: number): boolean {
    const kinds = this.kindsAt(i);
    // "former …", "retired Lt Gen …", a title (also lower-case: "defence minister Khawaja Asif").
    if ((kinds & (IS_PAST_MARKER | IS_RETIRED_BEFORE)) !== 0 || ((kinds & STARTS_TITLE) !== 0 && this.titleAt(i) !== undefined)) return true;
    // The other shapes start with a capital: an honorific, a rank, a name (KB or this article's).
    if (!this.cap(i)) return false;
    if ((kinds & (IS_HONORIFIC | STARTS_RANK)) !== 0) return true;
    // An organisation's acronym before a title ("ISI chief Lt Gen …").
    if ((this.kindsAt(i + 1) & STARTS_TITLE) !== 0 && this.titleAt(i + 1) !== undefined) return true;
    if (this.mayNameAt(i)) return true;
    // Demonyms before a title ("New Zealand's Defence Minister"); nothing else starts with them.
    return (kinds & STARTS_DEMONYM) !== 0 && this.titleAfterDemonyms(i);
  }

  /** What the word at i can start (STARTS_* bits of kbIndex.ts). */
  private kindsAt(i: number): number {
    const id = this.ids[i];
    const kinds = this.idx.startKinds;
    return id < kinds.length ? kinds[id] : 0;
  }

  /** Whether the demonym run at i is followed by a title, as parseAt reads them. */
  private titleAfterDemonyms(i: number): boolean {
    const t = this.tokens;
    // mayStartAt found no title at i + 1: the run must go on past i (a longer demonym, "'s", a second one).
    const n = i + 1;
    if (n >= t.length || !(this.idx.demonyms.hasLongerPhrases(this.ids[i]) || t[n].norm === 's' || this.idx.demonyms.startsWith(this.ids[n]))) return false;
    const dem = this.demonymsAt(i);
    const next = dem ? dem.last + 1 : t.length;
    return next < t.length && spaceGap(this.text, t[next - 1], t[next]) && this.titleAt(next) !== undefined;
  }

  /**
   * A cheap necessary condition for readAnyName to find a name at i that parseAt keeps when no title,
   * rank or honorific vouches for it: a KB name, a name this article introduced, or an unknown name of
   * two words or more followed by an apposition (", Deputy Foreign Minister …").
   */
  private mayNameAt(i: number): boolean {
    if (!this.cap(i)) return false;
    const t = this.tokens;
    if ((this.kindsAt(i) & STARTS_NAME) !== 0) return true;
    // The unknown name (readName): the next word continues it, and a comma follows one of its words or its "(ACRONYM)".
    const n = i + 1;
    if (n < t.length && (this.cap(n) || NAME_PARTICLE_IDS.has(this.ids[n])) && dottedGap(this.text, t[i], t[n])) {
      for (let x = n; x < t.length && x <= i + MAX_NAME_WORDS; x++) if ((this.flags[x] & COMMA_AFTER) !== 0) return true;
    }
    return this.registry.maxWordsAfter(t[i].norm) > 0;
  }

  /** Try every shape at token i. */
  parseAt(i: number): Candidate | undefined {
    if (!this.mayStartAt(i)) return undefined;
    const t = this.tokens;
    const text = this.text;
    // Fixed word lists are asked by token id (see vocabulary.ts): these checks run at every capitalised token.
    const ids = this.ids;
    let j = i;
    let past = false;
    let country: string | undefined;
    let title: TitleRead | undefined;
    if (PAST_MARKER_IDS.has(ids[j]) && j + 1 < t.length && (spaceGap(text, t[j], t[j + 1]) || wordGap(text, t[j], t[j + 1]))) {
      past = true;
      j++;
    }
    // An organisation's acronym before a title: "ISI chief Lt Gen Nadeem Anjum", "PAF chief".
    let dem = this.demonymsAt(j);
    if (!dem && t[j].end - t[j].start >= 2 && isAllCaps(text, t[j]) && j + 1 < t.length && spaceGap(text, t[j], t[j + 1]) && this.titleAt(j + 1) && !this.titleAt(j)) {
      dem = { last: j };
    }
    let afterDem = j;
    if (dem && dem.last + 1 < t.length && spaceGap(text, t[dem.last], t[dem.last + 1])) {
      afterDem = dem.last + 1;
    }
    // Titles: after the demonyms when there are some, else at j.
    let at = afterDem;
    let tr = this.readTitle(at);
    if (!tr && afterDem !== j) {
      at = j;
      tr = this.readTitle(at);
    }
    if (tr) {
      if (at === afterDem && dem) country = dem.country;
      country = country ?? tr.country;
      // The title span starts at the demonym ("Russian Deputy Defence Minister").
      tr.span = { start: t[j].start, end: tr.span.end };
      title = tr;
      j = tr.last + 1;
    }
    if (past && !title) return undefined;
    // A second title after "and": "Chinese Defence Minister and State Councilor General Li Shangfu".
    if (title && j + 1 < t.length && t[j].norm === 'and' && spaceGap(text, t[j - 1], t[j]) && spaceGap(text, t[j], t[j + 1]) && this.cap(j + 1)) {
      const second = this.readTitle(j + 1);
      if (second && second.last + 1 < t.length && spaceGap(text, t[second.last], t[second.last + 1]) && (this.rankAt(second.last + 1) || this.nameWord(second.last + 1, true))) {
        second.span = { start: title.span.start, end: second.span.end };
        title = second;
        j = second.last + 1;
      }
    }
    // A second title after a comma: "Chief of the Russian General Staff, First Deputy Defense Minister Army General …".
    if (title && j < t.length && commaGap(text, t[j - 1], t[j]) && this.cap(i) && this.cap(j)) {
      const second = this.readTitle(j);
      if (second && second.last + 1 < t.length && spaceGap(text, t[second.last], t[second.last + 1])) {
        second.span = { start: title.span.start, end: second.span.end };
        title = second;
        j = second.last + 1;
      }
    }
    if (title && !this.titleLinks(title, i, j - 1, j)) return undefined;
    // Honorific between title and rank or name: "Prime Minister Mr. KP Sharma Oli", "The Right Honourable …".
    let honorific = false;
    if (j < t.length && HONORIFIC_IDS.has(ids[j]) && this.cap(j) && j + 1 < t.length && dottedGap(text, t[j], t[j + 1])) {
      honorific = true;
      j++;
    }
    let retired = false;
    if (j < t.length && RETIRED_BEFORE_IDS.has(ids[j]) && j + 1 < t.length && spaceGap(text, t[j], t[j + 1]) && this.rankAt(j + 1)) {
      retired = true;
      j++;
    }
    let rank: Candidate['rank'];
    const rm = j < t.length ? this.rankAt(j) : undefined;
    if (rm && rm.last + 1 < t.length) {
      rank = { span: { start: rm.start, end: rm.end }, canonical: rm.payloads[0] };
      j = rm.last + 1;
      // "(Retd)", "(R)", "Retd" after the rank.
      const core = RETIRED_AFTER_IDS.has(ids[j]) ? gapCore(text, t[j - 1], t[j]) : undefined;
      if (core === '(' || (core === '' && t[j].norm !== 'r')) {
        if (core !== '(' || text[t[j].end] === ')') {
          retired = true;
          rank.span = { start: rank.span.start, end: core === '(' ? t[j].end + 1 : t[j].end };
          j++;
        }
      }
      if (j >= t.length) return undefined;
      if (!dottedGap(text, t[j - 1], t[j]) && !/^[ \u00a0]{1,2}$/.test(text.slice(rank.span.end, t[j].start))) return undefined;
    }
    if (!honorific && j < t.length && HONORIFIC_IDS.has(ids[j]) && this.cap(j) && j + 1 < t.length && dottedGap(text, t[j], t[j + 1])) {
      honorific = true;
      j++;
    }
    if (j >= t.length) return undefined;
    const retdParen = rank !== undefined && rank.span.end > t[j - 1].end;
    if ((title || rank || honorific) && j > i && !retdParen && !(spaceGap(text, t[j - 1], t[j]) || dottedGap(text, t[j - 1], t[j]) || (title && commaGap(text, t[j - 1], t[j])))) {
      return undefined;
    }
    const vouched = title !== undefined || rank !== undefined;
    if (!vouched && !honorific && !this.mayNameAt(j)) return undefined;
    const name = this.readAnyName(j, vouched, rank?.canonical, title?.payload ?? null);
    if (!name) return undefined;
    // A bare re-mention inside a longer name ("Sunita Dwivedi" after "General Dwivedi") is someone else.
    if (!vouched && !honorific && name.source === 'registry' && this.continuesName(j - 1, j)) return undefined;
    let lastToken = name.last;
    const cand: Candidate = {
      start: t[i].start,
      end: t[name.last].end,
      lastToken,
      name: text.slice(t[j].start, t[name.last].end),
      nameSpan: { start: t[j].start, end: t[name.last].end },
      nameKeys: this.normsOf(j, name.last),
      retired,
      past,
      kbIds: name.ids,
      nameSource: name.source,
      registryHit: name.entry,
    };
    if (country) cand.country = country;
    if (rank) cand.rank = rank;
    if (title) cand.title = { span: title.span, payload: title.payload, key: title.key };
    // Apposition after the name: "Sergey Ryabkov, Deputy Foreign Minister of the Russian Federation".
    if (!title || title.payload?.relational) {
      const app = this.readApposition(name.last);
      if (app) {
        cand.title = { span: app.title.span, payload: app.title.payload, key: app.title.key };
        if (app.country && !cand.country) cand.country = app.country;
        cand.end = app.title.span.end;
        lastToken = app.title.last;
        cand.lastToken = lastToken;
      }
    }
    // After "chairman of the Cuban American National" the next capitalised word ends the organisation's
    // name more often than it starts a person's: an unknown name there needs a rank, an honorific or a comma.
    if (cand.nameSource === 'unknown' && title?.openEnded && !rank && !honorific && !commaGap(text, t[title.last], t[j])) return undefined;
    // A lone capitalised word before an apposition is often a sentence adverb ("Similarly, the … minister").
    if (cand.nameSource === 'unknown' && !title && !rank && cand.nameKeys.length < 2) return undefined;
    // Honorific alone ("Mr Singh") names an official only when the article already did.
    if (cand.nameSource === 'unknown' && !cand.title && !cand.rank) return undefined;
    if (cand.title?.payload?.relational && !cand.rank && cand.nameKeys.length < 2 && cand.nameSource === 'unknown') return undefined;
    return cand;
  }

  /** Whether the title ending at token a leads on to token b: spaces, or after its last word ", " (when i is capitalised) or ")". */
  private titleLinks(title: TitleRead, i: number, a: number, b: number): boolean {
    const t = this.tokens;
    const text = this.text;
    return (
      b < t.length &&
      a >= 0 &&
      (spaceGap(text, t[a], t[b]) || (a === title.last && ((commaGap(text, t[a], t[b]) && this.cap(i)) || /^\) ?$/.test(text.slice(t[a].end, t[b].start)))))
    );
  }

  /** ", [the] [demonym] title [of …]" after token `last`, not itself followed by a name (then it is the next person's). */
  private readApposition(last: number): { title: TitleRead; country?: string } | undefined {
    const t = this.tokens;
    let j = last + 1;
    // "General Upendra Dwivedi, Chief of Army Staff (COAS)": skip a parenthesised acronym after the name first.
    j = this.skipAcronym(last) + 1;
    if (j >= t.length || !commaGap(this.text, t[j - 1], t[j])) return undefined;
    const withThe = t[j].norm === 'the';
    if (withThe && j + 1 < t.length) j++;
    const start = j;
    let country: string | undefined;
    const dem = this.demonymsAt(j);
    if (dem && dem.last + 1 < t.length && spaceGap(this.text, t[dem.last], t[dem.last + 1]) && this.titleAt(dem.last + 1)) {
      country = dem.country;
      j = dem.last + 1;
    }
    const tr = this.readTitle(j);
    if (!tr || !tr.payload || tr.payload.prefixOnly || tr.payload.relational) return undefined;
    // Capitalised ("Secretary Defence") or a multi-word lower-case title ("deputy defence minister").
    if (!this.cap(j) && tr.key.indexOf(' ') < 0) return undefined;
    const next = tr.last + 1;
    if (next < t.length && spaceGap(this.text, t[tr.last], t[next]) && (this.rankAt(next) || this.nameWord(next, true))) return undefined;
    // "With Gen Bajwa, the Russian deputy defence minister expressed …": after "the" the apposition must be closed.
    if (withThe && next < t.length && !/^[\s]*[,.;:)\u2014\u2013]/.test(this.text.slice(tr.span.end, tr.span.end + 3))) return undefined;
    tr.span = { start: t[start].start, end: tr.span.end };
    return { title: tr, country: country ?? tr.country };
  }

  /** The name at j: KB name, article re-mention, KB surname (when vouched), or unknown capitalised run (when vouched). */
  private readAnyName(
    j: number,
    vouched: boolean,
    rankCanonical: string | undefined,
    titlePayload: TitlePayload | null,
  ): { last: number; ids: string[]; source: Candidate['nameSource']; entry?: RegistryEntry } | undefined {
    const t = this.tokens;
    if (!this.cap(j)) return undefined;
    const kb = this.phraseAt(this.idx.names, j);
    const run = this.readName(j);
    if (kb && (run === undefined || kb.last >= run || !vouched)) {
      // A KB name inside a longer run of capitals ("Muhammad Ali Jinnah") is someone else unless vouched.
      if (run !== undefined && run > kb.last && !vouched) return undefined;
      return { last: kb.last, ids: kb.payloads.map((p) => p.id), source: 'kb' };
    }
    const reg = this.registryAt(j);
    if (reg && (run === undefined || reg.last >= run)) return { last: reg.last, ids: reg.entry.entity ? [reg.entry.entity] : [], source: 'registry', entry: reg.entry };
    if (!vouched) {
      return run !== undefined ? { last: run, ids: [], source: 'unknown' } : undefined;
    }
    if (run === undefined) return undefined;
    // A single word after a rank or title may be a KB surname ("Gen Munir", "Defence Minister Shoigu").
    if (run === j) {
      const ids = this.idx.surnames.get(t[j].norm);
      if (ids && ids.size >= 1) {
        let pick = [...ids];
        if (pick.length > 1) pick = pick.filter((id) => fits(this.idx, id, rankCanonical, titlePayload));
        if (pick.length === 1) return { last: j, ids: pick, source: 'surname' };
      }
    }
    // A weak rank ("Major", "Captain") needs a two-word name.
    return { last: run, ids: [], source: 'unknown' };
  }
}


/** Whether KB person `id` holds the rank or title written before a bare surname. */
function fits(idx: OfficialsIndex, id: string, rank: string | undefined, title: TitlePayload | null): boolean {
  if (title && title.ids.has(id)) return true;
  if (rank && idx.rankKeysOf.get(id)?.has(rank.toLowerCase())) return true;
  return false;
}
