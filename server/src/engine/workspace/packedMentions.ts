// An index entry's mentions, packed. The index holds every article of the workspace, so a mention costs five
// 32-bit numbers here, and each distinct string is listed once per entry (and shared between entries when
// they come through a StringPool). A column per field, of numbers and of strings of their own, cost about
// three times as much (~6 KB per article: 0.6 GB at 100k articles).
import { MentionKind, Span } from '../types';

interface IndexedMentionBase extends Span {
  kind: MentionKind;
  entity: string | null;
  /** The text as written; kept for KB-entity mentions (the entities view lists it), not for the others. */
  text?: string;
}

/**
 * What the index keeps of a mention: only what cross-article views read (references, code lenses, hover
 * counts, the entities view, the timeline, the entity under the cursor in a closed article). Full mentions
 * (spans of names, titles, ranks...) are kept for open documents only, in their analyses. A full Mention is
 * assignable to this type.
 */
export interface IndexedOfficialMention extends IndexedMentionBase {
  kind: 'official';
  /** The personal-name part as written: names a timeline participant who is not in the KB. */
  name: string;
}

export interface IndexedExerciseMention extends IndexedMentionBase {
  kind: 'exercise';
  edition: number | null;
}

export interface IndexedOtherMention extends IndexedMentionBase {
  kind: 'date' | 'event' | 'organisation' | 'place';
}

export type IndexedMention = IndexedOfficialMention | IndexedExerciseMention | IndexedOtherMention;

/** Numbers per mention in PackedMentions.fields, and their order. */
const FIELDS = 5;
const START = 0;
const END = 1;
const ENTITY = 2;
const TEXT = 3;
/** An official's name (a string index) or an exercise's edition (the number itself). */
const EXTRA = 4;
/** No string, no edition. */
const NONE = -1;

/**
 * An article's indexed mentions. Build it with MentionPacker (or packMentions), read it with mentionList /
 * mentionAtIndex; it crosses threads by structured clone, or as JSON through packedMentionsToWire.
 */
export interface PackedMentions {
  /** One letter per mention: its kind (KIND_LETTERS). */
  kinds: string;
  /** FIELDS numbers per mention: start, end, entity, text, extra; strings as indices into `strings`. */
  fields: Int32Array;
  /** The distinct strings of this entry's mentions. */
  strings: string[];
}

/** PackedMentions as JSON carries it (a typed array would become an object keyed by index). */
export interface PackedMentionsWire {
  kinds: string;
  fields: number[];
  strings: string[];
}

export const KIND_LETTERS: Record<MentionKind, string> = { official: 'o', date: 'd', exercise: 'x', event: 'e', organisation: 'g', place: 'p' };
/** Kinds by the char code of their letter (an array read: views unpack a million mentions at 100k articles). */
const KIND_OF_CODE: MentionKind[] = [];
for (const [kind, letter] of Object.entries(KIND_LETTERS)) KIND_OF_CODE[letter.charCodeAt(0)] = kind as MentionKind;

/** Packs mentions one at a time, in text order. */
export class MentionPacker {
  private readonly kinds: string[] = [];
  private readonly fields: number[] = [];
  private readonly strings: string[] = [];
  private readonly stringIndex = new Map<string, number>();

  add(kind: MentionKind, start: number, end: number, entity: string | null, text: string | null, extra: string | number | null): void {
    this.kinds.push(KIND_LETTERS[kind]);
    const extraField = typeof extra === 'string' ? this.ref(extra) : extra === null ? NONE : editionField(extra);
    this.fields.push(start, end, this.ref(entity), this.ref(text), extraField);
  }

  done(): PackedMentions {
    return { kinds: this.kinds.join(''), fields: new Int32Array(this.fields), strings: this.strings };
  }

  private ref(s: string | null): number {
    if (s === null) return NONE;
    let i = this.stringIndex.get(s);
    if (i === undefined) {
      i = this.strings.length;
      this.strings.push(s);
      this.stringIndex.set(s, i);
    }
    return i;
  }
}

/** Editions are ordinals ("VII", "2nd"): a negative or fractional one would be a recogniser bug, not data to keep. */
function editionField(edition: number): number {
  if (!Number.isInteger(edition) || edition < 0 || edition > 0x7fffffff) throw new RangeError(`edition out of range: ${edition}`);
  return edition;
}

export function packMentions(mentions: readonly IndexedMention[]): PackedMentions {
  const packer = new MentionPacker();
  for (const m of mentions) {
    const extra = m.kind === 'official' ? m.name : m.kind === 'exercise' ? m.edition : null;
    packer.add(m.kind, m.start, m.end, m.entity, m.text ?? null, extra);
  }
  return packer.done();
}

export function mentionCount(packed: PackedMentions): number {
  return packed.kinds.length;
}

/** The KB entity of the i-th mention, or null. */
export function entityAtIndex(packed: PackedMentions, i: number): string | null {
  const ref = entityRefAtIndex(packed, i);
  return ref === NONE ? null : packed.strings[ref];
}

/** Where the i-th mention's KB entity is in packed.strings, or -1 when it has none. */
export function entityRefAtIndex(packed: PackedMentions, i: number): number {
  return packed.fields[i * FIELDS + ENTITY];
}

/** The i-th mention, as a fresh object. */
export function mentionAtIndex(packed: PackedMentions, i: number): IndexedMention {
  const kind = KIND_OF_CODE[packed.kinds.charCodeAt(i)];
  const { fields, strings } = packed;
  const at = i * FIELDS;
  const start = fields[at + START];
  const end = fields[at + END];
  const entity = entityAtIndex(packed, i);
  const textRef = fields[at + TEXT];
  const extra = fields[at + EXTRA];
  const base = textRef === NONE ? { start, end, entity } : { start, end, entity, text: strings[textRef] };
  if (kind === 'official') return { kind, ...base, name: extra === NONE ? '' : strings[extra] };
  if (kind === 'exercise') return { kind, ...base, edition: extra === NONE ? null : extra };
  return { kind, ...base };
}

/** Every mention, in text order, as fresh objects. */
export function mentionList(packed: PackedMentions): IndexedMention[] {
  const out: IndexedMention[] = [];
  for (let i = 0; i < mentionCount(packed); i++) out.push(mentionAtIndex(packed, i));
  return out;
}

/**
 * The KB entities an article mentions, each once, in order of first mention. An article names the same few
 * entities many times: one step in the workspace-wide maps per entity, not per mention.
 */
export function distinctEntities(packed: PackedMentions): Set<string> {
  const seen = new Set<string>();
  for (let i = 0; i < mentionCount(packed); i++) {
    const entity = entityAtIndex(packed, i);
    if (entity !== null) seen.add(entity);
  }
  return seen;
}

export function packedMentionsToWire(packed: PackedMentions): PackedMentionsWire {
  return { kinds: packed.kinds, fields: Array.from(packed.fields), strings: packed.strings };
}

/** JSON.stringify(packedMentionsToWire(packed)), without the intermediate array (index workers write one per article). */
export function packedMentionsJson(packed: PackedMentions): string {
  return `{"kinds":${JSON.stringify(packed.kinds)},"fields":[${packed.fields.join(',')}],"strings":${JSON.stringify(packed.strings)}}`;
}

/** `share`: gives the copy of each string to keep (a StringPool's, so that entries share their names). */
export function packedMentionsFromWire(wire: PackedMentionsWire, share: (s: string) => string = (s) => s): PackedMentions {
  return { kinds: wire.kinds, fields: new Int32Array(wire.fields), strings: wire.strings.map(share) };
}
