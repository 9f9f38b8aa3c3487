// Officials recogniser: people named with a rank and/or a title ("Army Chief General Asim Munir",
// "Sergey Ryabkov, Deputy Foreign Minister of the Russian Federation"), KB people named bare, and
// their re-mentions within the article ("Gen Munir", "Fomin", "the air chief marshal").
// One left-to-right pass over the body tokens; per-KB structures are built once (see kbIndex.ts).
import { OfficialMention, Span } from '../../types';
import { RecogniserContext } from '../context';
import { officialsIndexFor, OfficialsIndex } from './kbIndex';
import { Candidate, Found, OfficialsReader } from './parse';
import { NameRegistry } from './registry';
import { antecedentOf, parseDescription } from './descriptions';

export function recogniseOfficials(ctx: RecogniserContext): OfficialMention[] {
  const tokens = ctx.tokens;
  if (!tokens || tokens.length === 0) return [];
  const text = ctx.article.text;
  const idx = officialsIndexFor(ctx.kb);
  const reader = new OfficialsReader(text, tokens, idx);
  const found: Found[] = [];
  const ids = reader.ids;
  let i = 0;
  while (i < tokens.length) {
    // Most tokens are lower-case words that start nothing: skip them with an array read.
    if (!reader.cap(i) && !idx.lowerStarterIds.has(ids[i])) {
      i++;
      continue;
    }
    const d = parseDescription(reader, i);
    if (d) {
      const ante = antecedentOf(found, idx, d.titleKey, d.rankCanonical, d.country);
      if (ante) {
        const m: OfficialMention = {
          kind: 'official',
          start: d.span.start,
          end: d.span.end,
          text: text.slice(d.span.start, d.span.end),
          entity: ante.mention.entity,
          name: '',
          nameSpan: { start: d.span.end, end: d.span.end },
          resolvedBy: 'coreference',
          antecedent: ante.mention.start,
        };
        // Optional fields assigned in a fixed order (the order of the keys in the output), without spread copies.
        if (d.titleSpan) {
          m.title = text.slice(d.titleSpan.start, d.titleSpan.end);
          m.titleSpan = d.titleSpan;
        }
        if (d.rankSpan && d.rankCanonical) {
          m.rank = text.slice(d.rankSpan.start, d.rankSpan.end);
          m.rankSpan = d.rankSpan;
          m.rankCanonical = d.rankCanonical;
        }
        if (d.past) m.past = true;
        if (ante.mention.country) m.country = ante.mention.country;
        found.push({ mention: m, titleKey: d.titleKey });
        i = d.last + 1;
        continue;
      }
    }
    const c = reader.parseAt(i);
    if (c) {
      const f = toMention(c, text, idx);
      found.push(f);
      remember(reader, c, f.mention);
      i = c.lastToken + 1;
      continue;
    }
    const re = bareRemention(reader, i);
    if (re) {
      const { last, entry } = re;
      const span = { start: tokens[i].start, end: tokens[last].end };
      const m = bareMention(span, text, entry.entity, entry.start, entry.country);
      found.push({ mention: m });
      entry.start = span.start;
      i = last + 1;
      continue;
    }
    i++;
  }
  const all = found.map((f) => f.mention);
  for (const m of cataphora(reader, found, text)) all.push(m);
  // The pass finds mentions in text order, and most articles have no cataphora: sort only when needed
  // (the sort is stable, so an array already in order stays as it is).
  for (let k = 1; k < all.length; k++) {
    if (all[k].start < all[k - 1].start) return all.sort((a, b) => a.start - b.start);
  }
  return all;
}

/**
 * A headline or lead often names someone bare before the text introduces them with a title
 * ("Rajnath Singh holds talks …" … "Defence Minister Rajnath Singh"). A second pass finds full
 * names (two words or more) of people introduced later, in the gaps between the mentions found.
 */
function cataphora(reader: OfficialsReader, found: Found[], text: string): OfficialMention[] {
  const t = reader.tokens;
  const out: OfficialMention[] = [];
  let k = 0;
  let i = 0;
  // A hit needs a name of two words or more whose first mention comes after it.
  const stop = reader.registry.lastMultiWordFirst;
  while (i < t.length) {
    // A name starts with a capital (registryAt): skip the rest without reading their tokens.
    if (!reader.cap(i)) {
      i++;
      continue;
    }
    if (t[i].start >= stop) break;
    while (k < found.length && found[k].mention.end <= t[i].start) k++;
    if (k < found.length && found[k].mention.start <= t[i].start) {
      i++;
      continue;
    }
    const hit = bareRemention(reader, i);
    const limit = k < found.length ? found[k].mention.start : Infinity;
    if (hit && hit.last > i && hit.entry.first > t[i].start && t[hit.last].end <= limit) {
      const span = { start: t[i].start, end: t[hit.last].end };
      out.push(bareMention(span, text, hit.entry.entity, hit.entry.first, hit.entry.country));
      i = hit.last + 1;
      continue;
    }
    i++;
  }
  return out;
}

/** A re-mention by name alone ("Fomin"), resolved to the person of the antecedent. */
function bareMention(span: Span, text: string, entity: string | null, antecedent: number, country: string | undefined): OfficialMention {
  const name = text.slice(span.start, span.end);
  const m: OfficialMention = {
    kind: 'official',
    start: span.start,
    end: span.end,
    text: name,
    entity,
    name,
    nameSpan: span,
    resolvedBy: 'coreference',
    antecedent,
  };
  if (country) m.country = country;
  return m;
}

/** A name the article already introduced, standing alone ("Fomin", "Asif", "Dong") and not part of a longer name. */
function bareRemention(reader: OfficialsReader, i: number) {
  const t = reader.tokens;
  const hit = reader.registryAt(i);
  if (!hit) return undefined;
  // Not the end of a longer name ("Sunita Dwivedi"), unless that word opens a sentence ("Later Fomin said").
  if (i > 0 && reader.cap(i - 1) && reader.nameWord(i - 1, false) && /^[ \u00a0-]{1,3}$/.test(reader.text.slice(t[i - 1].end, t[i].start))) {
    if (!opensSentence(reader.text, t[i - 1].start) || reader.phraseAt(reader.idx.names, i - 1)) return undefined;
  }
  const n = hit.last + 1;
  if (n < t.length && reader.nameWord(n, false) && /^[ \u00a0-]{1,3}$/.test(reader.text.slice(t[hit.last].end, t[n].start))) return undefined;
  return hit;
}

/** True when the word at `start` is the first of its sentence (after ". ", a line break or a quote mark). */
function opensSentence(text: string, start: number): boolean {
  let k = start - 1;
  while (k >= 0 && k > start - 4 && (text[k] === ' ' || text[k] === '\u00a0')) k--;
  if (k < 0) return true;
  return '.!?\n"“‘\''.includes(text[k]);
}

function toMention(c: Candidate, text: string, idx: OfficialsIndex): Found {
  let entity: string | null = null;
  let resolvedBy: OfficialMention['resolvedBy'] = 'unknown';
  let antecedent: number | undefined;
  if (c.nameSource === 'registry' && c.registryHit) {
    entity = c.registryHit.entity;
    resolvedBy = 'coreference';
    antecedent = c.registryHit.start;
  } else if (c.kbIds.length > 0) {
    let ids = c.kbIds;
    if (ids.length > 1) {
      const narrowed = ids.filter((id) => (c.title?.payload?.ids.has(id) ?? false) || (c.rank ? idx.rankKeysOf.get(id)?.has(c.rank.canonical.toLowerCase()) : false));
      ids = narrowed.length > 0 ? narrowed : ids;
    }
    if (ids.length === 1) {
      entity = ids[0];
      resolvedBy = 'kb';
    }
  }
  const country = (entity ? idx.countryOf.get(entity) : undefined) ?? c.country ?? c.registryHit?.country;
  // "his Russian counterpart Sergei Shoigu": "counterpart" vouches for the name but is no title.
  const relational = c.title?.payload?.relational === true && c.title.span.start <= c.nameSpan.start;
  const start = relational ? (c.rank && c.rank.span.start > c.title!.span.end ? c.rank.span.start : c.nameSpan.start) : c.start;
  const title = relational ? undefined : c.title;
  const m: OfficialMention = {
    kind: 'official',
    start,
    end: c.end,
    text: text.slice(start, c.end),
    entity,
    name: c.name,
    nameSpan: c.nameSpan,
    resolvedBy,
  };
  // Optional fields assigned in a fixed order (the order of the keys in the output), without spread copies.
  if (antecedent !== undefined) m.antecedent = antecedent;
  if (title) {
    m.title = text.slice(title.span.start, title.span.end);
    m.titleSpan = title.span;
  }
  if (c.rank) {
    m.rank = text.slice(c.rank.span.start, c.rank.span.end);
    m.rankSpan = c.rank.span;
    m.rankCanonical = c.rank.canonical;
  }
  if (c.retired) m.retired = true;
  if (c.past) m.past = true;
  if (country) m.country = country;
  return { mention: m, titleKey: title?.key };
}

/** Record the mention's name words so that later bare re-mentions resolve to it. */
function remember(reader: OfficialsReader, c: Candidate, m: OfficialMention): void {
  if (c.nameSource === 'registry' && c.registryHit) {
    c.registryHit.start = m.start;
    return;
  }
  const who = m.entity ?? `name:${c.nameKeys.join(' ')}`;
  reader.registry.register(NameRegistry.keysOf(c.nameKeys), { entity: m.entity, who, start: m.start, country: m.country });
}
