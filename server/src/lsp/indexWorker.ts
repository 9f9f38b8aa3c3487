// Index worker thread: reads and analyses a share of the workspace's closed articles, batch by batch, and
// posts back for each its index entry, its findings except the cross-article ones (which need the merged
// index: the main thread adds them), its line table and fact signature. The worker keeps no article text,
// analysis or entry once a batch is posted.
import * as fs from 'fs';
import * as os from 'os';
import { fileURLToPath } from 'url';
import { parentPort, workerData } from 'worker_threads';
import { analyseText, toIndexEntry } from '../engine/analyse';
import { RuleSeverities } from '../engine/checks';
import { Finding, KnowledgeBase } from '../engine/types';
import { IndexedArticle, packedMentionsFromWire, packedMentionsJson, packedMentionsToWire, PackedMentionsWire } from '../engine/workspace/index';
import { StringPool } from '../engine/workspace/stringPool';
import { AnnotatorService, KbFile } from '../engine/workspace/service';
import { sentencesJson, signatureOfJson } from './factSignature';
import { LineTable, LineTableWire } from './positions';

export interface IndexWorkerInit {
  /** The main thread's KB files (for fixes that edit them) and the KB it loaded from them: workers do not parse YAML again. */
  kbFiles: KbFile[];
  kb: KnowledgeBase;
  workspaceKbUri?: string;
}

/** Per-resource settings that change analysis and checks (the same for a whole batch). */
export interface BatchOptions {
  dateOverride?: string;
  severities?: RuleSeverities;
  maxSizeKB: number;
}

export interface AnalyseBatch {
  batch: number;
  files: string[];
  options: BatchOptions;
}

export type AnalysedFile =
  | { uri: string; kind: 'text'; entry: IndexedArticle; findings: Finding[]; lines: LineTableWire; signature: string }
  | { uri: string; kind: 'too-large' | 'binary' | 'missing' }
  | { uri: string; kind: 'error'; message: string };

export interface AnalysedBatch {
  batch: number;
  /** One JSON text per file (see fileToJson). */
  results: string[];
}

/**
 * Each file's result travels as one JSON text: posting strings is a copy, where the structured clone of
 * findings and entries cost the worker 5-10 % of its time; and JSON.parse builds tighter objects than the
 * structured-clone deserialiser (about 15 % less heap per entry in the main thread, which keeps every entry).
 * The main thread parses one file at a time, between requests.
 */
export function fileToJson(file: AnalysedFile): string {
  if (file.kind !== 'text') return JSON.stringify(file);
  const { starts, ends, length } = file.lines;
  return JSON.stringify({
    ...file,
    entry: { ...file.entry, mentions: packedMentionsToWire(file.entry.mentions), sentences: file.entry.sentences },
    lines: { starts: Array.from(starts), ends: Array.from(ends), length },
  });
}

/** `pool`: shares recurring strings (KB ids, names, labels) between the entries the main thread keeps. */
export function fileFromJson(json: string, pool?: StringPool): AnalysedFile {
  const file = JSON.parse(json) as AnalysedFile;
  if (file.kind === 'text') {
    const { entry } = file;
    entry.mentions = packedMentionsFromWire(entry.mentions as unknown as PackedMentionsWire, pool?.share);
    pool?.shareFactStrings(entry);
    // Maps across the server key this article by its uri: one copy of it, not one per map.
    if (file.uri === entry.uri) file.uri = entry.uri;
    const lines = file.lines as unknown as { starts: number[]; ends: number[]; length: number };
    file.lines = { starts: Uint32Array.from(lines.starts), ends: Uint32Array.from(lines.ends), length: lines.length };
  }
  return file;
}

/** Read buffer reused across files (grown on demand): one allocation per worker rather than per file. */
let readBuffer = Buffer.allocUnsafe(64 * 1024);

/**
 * As readArticleFile (workspaceFiles.ts), synchronously: a worker has nothing else to do meanwhile. Size
 * from the open file (no second path lookup), bytes into the reused buffer.
 */
function read(uri: string, maxSizeKB: number): { kind: 'text'; text: string } | { kind: 'too-large' | 'binary' | 'missing' } {
  let fd: number | undefined;
  try {
    fd = fs.openSync(fileURLToPath(uri), 'r');
    const size = fs.fstatSync(fd).size;
    if (size > maxSizeKB * 1024) return { kind: 'too-large' };
    // One byte more than the size, so that a full read reaches end of file in the same call.
    if (readBuffer.length < size + 1) readBuffer = Buffer.allocUnsafe(size + 1);
    let length = 0;
    for (;;) {
      // The file may have grown since fstat: read to its end, as readFileSync does.
      if (length === readBuffer.length) readBuffer = Buffer.concat([readBuffer], readBuffer.length * 2);
      const n = fs.readSync(fd, readBuffer, length, readBuffer.length - length, null);
      if (n === 0) break;
      length += n;
    }
    if (readBuffer.subarray(0, Math.min(length, 8192)).includes(0)) return { kind: 'binary' };
    return { kind: 'text', text: readBuffer.toString('utf8', 0, length) };
  } catch {
    return { kind: 'missing' };
  } finally {
    if (fd !== undefined) fs.closeSync(fd);
  }
}

export function analyseBatch(service: AnnotatorService, input: AnalyseBatch): AnalysedBatch {
  const { options } = input;
  service.setOptions({
    ...service.settings,
    dateOverride: options.dateOverride || undefined,
    severities: options.severities,
    maxArticleLength: options.maxSizeKB * 1024,
  });
  const results: string[] = [];
  for (const uri of input.files) {
    try {
      const file = read(uri, options.maxSizeKB);
      if (file.kind !== 'text') {
        results.push(fileToJson({ uri, kind: file.kind }));
        continue;
      }
      results.push(analysedTextJson(service, uri, file.text));
    } catch (err) {
      results.push(fileToJson({ uri, kind: 'error', message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) }));
    }
  }
  return { batch: input.batch, results };
}

/**
 * One article's result as fileToJson would write it. The analysis, entry and findings are dropped once
 * posted, so the entry keeps its strings as slices of the text (no copies), and the facts and sentences are
 * serialised once, for both the message and the fact signature.
 */
function analysedTextJson(service: AnnotatorService, uri: string, text: string): string {
  const { settings } = service;
  // read() refused files over the size limit, so the whole text is analysed here.
  const analysis = analyseText(uri, text, service.kb, { dateOverride: settings.dateOverride });
  const entry = toIndexEntry(analysis, { sharesText: true });
  // The worker's index holds this article alone: the findings lack only the cross-article ones.
  service.index.set(entry);
  let findings: Finding[];
  try {
    findings = service.findings(analysis).map((f) => ({ ...f, uri: f.uri || uri }));
  } finally {
    service.index.remove(uri);
  }
  return textFileJson(uri, entry, findings, lineTableJson(text));
}

/**
 * fileToJson of a 'text' file, built from parts: the same text (keys in the same order), with the facts and
 * sentences serialised once for the message and the signature.
 */
export function textFileJson(uri: string, entry: IndexedArticle, findings: Finding[], linesJson: string): string {
  const dateJson = JSON.stringify(entry.date);
  const factsJson = JSON.stringify(entry.facts);
  const sentences = sentencesJson(entry.sentences);
  const signature = signatureOfJson(dateJson, factsJson, sentences);
  const entryJson = `{"uri":${JSON.stringify(entry.uri)},"date":${dateJson},"mentions":${packedMentionsJson(entry.mentions)},"facts":${factsJson},"sentences":${sentences}}`;
  return `{"uri":${JSON.stringify(uri)},"kind":"text","entry":${entryJson},"findings":${JSON.stringify(findings)},"lines":${linesJson},"signature":${JSON.stringify(signature)}}`;
}

/** The JSON of LineTable.of(text).toWire() as fileToJson writes it (typed arrays join without a copy). */
export function lineTableJson(text: string): string {
  const { starts, ends, length } = LineTable.of(text).toWire();
  return `{"starts":[${starts.join(',')}],"ends":[${ends.join(',')}],"length":${length}}`;
}

/**
 * Lower this thread's scheduling priority (Linux: a thread is a task with its own id, which setpriority
 * accepts), so the main thread, which answers hovers and edits, wins the CPU whenever it has work.
 */
function yieldPriorityToMainThread(): void {
  try {
    const tid = Number(/task\/(\d+)$/.exec(fs.readlinkSync('/proc/thread-self'))?.[1]);
    if (tid > 0) os.setPriority(tid, 10);
  } catch {
    // Not Linux, or not allowed: the workers simply compete as equals.
  }
}

if (parentPort && workerData && (workerData as { indexWorker?: IndexWorkerInit }).indexWorker) {
  yieldPriorityToMainThread();
  const port = parentPort;
  const init = (workerData as { indexWorker: IndexWorkerInit }).indexWorker;
  const service = serviceFor(init);
  port.on('message', (input: AnalyseBatch) => port.postMessage(analyseBatch(service, input) satisfies AnalysedBatch));
}

/** A service with the main thread's KB, as loaded there (with any fallback to a file's last good version). */
function serviceFor(init: IndexWorkerInit): AnnotatorService {
  return AnnotatorService.withLoadedKb(init.kbFiles, init.kb, { workspaceKbUri: init.workspaceKbUri });
}
