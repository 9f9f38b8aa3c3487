// Loads KB YAML files into one KnowledgeBase. Later files override earlier ones by id (starter first,
// then workspace files). Never throws: every defect in the input becomes a located Problem.
import { Document, isMap, isNode, isSeq, parseDocument } from 'yaml';
import { KbEvent, KbExercise, KbPerson, KnowledgeBase, Problem } from '../types';
import { duplicateIdProblems, impossibleDateProblems, locate, Origin, reversedPeriodProblems, roleProblems, sharedAliasProblems } from './checks';
import { toEvent, toExercise, toOrganisation, toPerson, toPlace } from './coerce';
import { emptyKnowledgeBase, KB_SECTIONS, KbEntity, KbSection } from './query';
import { validateKbData } from './validate';
import { nodeSpan } from './yaml-nodes';

export interface KbFile {
  uri: string;
  text: string;
}

/** Larger files are refused: a KB is hand-written, a 5 MB one is a wrong file, and parsing it would stall the server. */
export const MAX_KB_FILE_CHARS = 5_000_000;

const coercers: Record<KbSection, (raw: unknown) => KbEntity | undefined> = {
  people: toPerson,
  exercises: toExercise,
  events: toEvent,
  organisations: toOrganisation,
  places: toPlace,
};

interface LoadedEntry {
  section: KbSection;
  entity: KbEntity;
  origin: Origin;
}

function fileProblem(uri: string, message: string, end = 0): Problem {
  return { uri, code: 'kb-yaml', severity: 'error', message: `KB: ${message}`, start: 0, end };
}

function firstLineEnd(text: string): number {
  const nl = text.indexOf('\n');
  return Math.min(nl === -1 ? text.length : nl, 200);
}

/** The yaml parser may place an "unexpected end" error one past the last character. */
function clampToText(p: Problem, length: number): Problem {
  const start = Math.min(Math.max(0, p.start), length);
  return { ...p, start, end: Math.min(Math.max(start, p.end), length) };
}

/** Reads one file: its entries (in file order) and its own problems. */
function readFile(file: KbFile): { entries: LoadedEntry[]; problems: Problem[] } {
  const { uri, text } = file;
  if (typeof text !== 'string') return { entries: [], problems: [fileProblem(uri, 'file has no text.')] };
  if (text.length > MAX_KB_FILE_CHARS) {
    return { entries: [], problems: [fileProblem(uri, `file is too large to be a knowledge base (${(text.length / 1e6).toFixed(1)} M characters; limit ${MAX_KB_FILE_CHARS / 1e6} M). It was not loaded.`, firstLineEnd(text))] };
  }
  const nul = text.indexOf('\u0000');
  if (nul !== -1) {
    return { entries: [], problems: [fileProblem(uri, `file looks binary (NUL character at offset ${nul}), not YAML. It was not loaded.`, firstLineEnd(text))] };
  }

  const problems: Problem[] = [];
  const doc: Document = parseDocument(text, { prettyErrors: false, uniqueKeys: true, logLevel: 'error' });
  for (const e of doc.errors) problems.push({ uri, code: 'kb-yaml', severity: 'error', message: `KB: YAML error: ${e.message}`, start: e.pos[0], end: Math.max(e.pos[1], e.pos[0]) });
  for (const w of doc.warnings) problems.push({ uri, code: 'kb-yaml-warning', severity: 'warning', message: `KB: YAML warning: ${w.message}`, start: w.pos[0], end: Math.max(w.pos[1], w.pos[0]) });

  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (err) {
    // e.g. an alias bomb: report, load nothing from this file.
    problems.push(fileProblem(uri, `file could not be read: ${(err as Error).message}`, firstLineEnd(text)));
    return { entries: [], problems };
  }
  // Schema errors on top of a syntax error would mostly be echoes of it: validate only clean YAML.
  if (doc.errors.length === 0 && data != null) problems.push(...validateKbData(uri, text, doc, data));
  problems.push(...impossibleDateProblems(uri, text, doc, data));

  const entries: LoadedEntry[] = [];
  const root = doc.contents;
  if (!isMap(root) || data === null || typeof data !== 'object' || Array.isArray(data)) return { entries, problems };
  const sections = data as Record<string, unknown>;
  for (const section of KB_SECTIONS) {
    const rawList = sections[section];
    if (!Array.isArray(rawList)) continue;
    const seqNode = root.get(section, true);
    rawList.forEach((raw, index) => {
      const entity = coercers[section](raw);
      if (!entity) return;
      const origin: Origin = { uri, text, doc, path: [section, index] };
      const item = isSeq(seqNode) ? seqNode.items[index] : undefined;
      entity.loc = { uri, ...(isNode(item) ? nodeSpan(item, text) : locate(origin)) };
      entries.push({ section, entity, origin });
      const rawObject = raw as Record<string, unknown>;
      if (section === 'people') {
        problems.push(...roleProblems(entity as KbPerson, origin, rawObject.roles));
        problems.push(...reversedPeriodProblems(origin, (entity as KbPerson).name, 'ranks', rawObject.ranks));
      } else if (section === 'exercises') {
        problems.push(...reversedPeriodProblems(origin, (entity as KbExercise).name, 'editions', rawObject.editions));
      }
    });
  }
  problems.push(...duplicateIdProblems(entries.map((e) => ({ id: e.entity.id, section: e.section, origin: e.origin }))));
  return { entries, problems };
}

/**
 * Loads and merges KB files in order. An entry whose id was already loaded (from an earlier file, or earlier
 * in the same file) replaces it, keeping the earlier entry's position in its section.
 */
export function loadKnowledgeBase(files: KbFile[]): KnowledgeBase {
  const kb = emptyKnowledgeBase();
  const merged: Record<KbSection, Map<string, LoadedEntry>> = {
    people: new Map(),
    exercises: new Map(),
    events: new Map(),
    organisations: new Map(),
    places: new Map(),
  };
  for (const file of files) {
    let read: ReturnType<typeof readFile>;
    try {
      read = readFile(file);
    } catch (err) {
      // Last line of defence: a bug here must not take the language server down with it.
      kb.problems.push(fileProblem(file?.uri ?? '', `file could not be loaded: ${(err as Error).message}`));
      continue;
    }
    const length = typeof file.text === 'string' ? file.text.length : 0;
    kb.problems.push(...read.problems.map((p) => clampToText(p, length)));
    for (const entry of read.entries) merged[entry.section].set(entry.entity.id, entry);
  }
  for (const section of KB_SECTIONS) (kb[section] as KbEntity[]) = [...merged[section].values()].map((e) => e.entity);
  kb.problems.push(...sharedAliasProblems([...merged.people.values()].map((e) => ({ person: e.entity as KbPerson, origin: e.origin }))));
  return kb;
}

/** The events of a series (e.g. every JMCC round), ordered by round. */
export function eventsOfSeries(kb: KnowledgeBase, series: string): KbEvent[] {
  return kb.events.filter((e) => e.series === series).sort((a, b) => (a.round ?? 0) - (b.round ?? 0));
}
