// unknown-official: a titled official the KB does not know (resolvedBy 'unknown'). A hint, with a fix that
// adds a person entry to the workspace KB: name, the title as a role, the country when known, and where
// and when the person was first seen (in notes: the schema has no first-seen field, and the article date
// is not the start of the role).
import { addEntryEdit } from '../kb/edit';
import { findById } from '../kb/query';
import { Finding, Fix, OfficialMention } from '../types';
import { officialMentions } from './officials';
import { CheckContext, Rule } from './rule';
import { finding, shortName } from './support/findings';
import { canonicalRank } from './support/ranks';
import { DEMONYMS } from '../recognise/officials/lexicon';

function slug(name: string): string {
  return name
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '') || 'person';
}

function freeId(ctx: CheckContext, name: string): string {
  const base = slug(name);
  let id = base;
  for (let n = 2; findById(ctx.kb, id); n++) id = `${base}-${n}`;
  return id;
}

function addPersonFix(ctx: CheckContext, m: OfficialMention): Fix[] {
  const uri = ctx.workspaceKbUri;
  if (!uri) return [];
  const { article } = ctx.analysis;
  const role: Record<string, string> = { title: withoutDemonym(m.title!) };
  if (m.country) role.country = m.country;
  const entry: Record<string, unknown> = { id: freeId(ctx, m.name), name: m.name.trim(), aliases: [] };
  if (m.country) entry.country = m.country;
  entry.ranks = m.rank ? [{ rank: m.rankCanonical ?? canonicalRank(m.rank) }] : [];
  entry.roles = [role];
  entry.notes = `First seen as "${m.text}" in ${shortName(article.uri)}${article.date ? ` (${article.date})` : ''}; role dates not checked.`;
  // An absent file is created by the edit (the adapter creates it when the uri does not exist).
  const existing = ctx.kbText(uri);
  const edits = addEntryEdit(uri, existing ?? '', 'people', entry);
  const title = existing === undefined ? `Create the workspace KB ${shortName(uri)} with ${m.name.trim()}` : `Add ${m.name.trim()} to the workspace KB (${shortName(uri)})`;
  return edits.length ? [{ title, edits, isPreferred: true }] : [];
}

export const unknownOfficial: Rule = {
  code: 'unknown-official',
  defaultSeverity: 'hint',
  description: 'A titled official who is not in the KB; the fix adds an entry to the workspace KB.',
  check(ctx) {
    const { uri } = ctx.analysis.article;
    const out: Finding[] = [];
    const seen = new Set<string>();
    for (const m of officialMentions(ctx)) {
      if (m.resolvedBy !== 'unknown' || !m.title || !m.name.trim()) continue;
      const key = m.name.trim().toLowerCase();
      // Once per person per article: the entry is added once.
      if (seen.has(key)) continue;
      seen.add(key);
      out.push(finding(uri, m.nameSpan, this.code, this.defaultSeverity, `${m.title} ${m.name.trim()} is not in the knowledge base.`, [], addPersonFix(ctx, m)));
    }
    return out;
  },
};

/** "Chinese Defence Minister" → "Defence Minister": the nationality goes to `country`, not into the title. */
function withoutDemonym(title: string): string {
  const first = /^(\S+)\s+(.+)$/.exec(title.trim());
  return first && DEMONYMS[first[1].toLowerCase()] ? first[2] : title.trim();
}
