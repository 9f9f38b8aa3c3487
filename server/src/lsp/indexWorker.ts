// Index worker thread: reads and analyses a share of the workspace's closed articles, batch by batch, and
// posts back for each its index entry, its findings except the cross-article ones (which need the merged
// index: the main thread adds them), its line table and fact signature. The worker keeps no article text,
// analysis or entry once a batch is posted.
import * as fs from 'fs';
import * as os from 'os';
import { fileURLToPath } from 'url';
import { parentPort, workerData } from 'worker_threads';
import { toIndexEntry } from '../engine/analyse';
import { RuleSeverities } from '../engine/checks';
import { Finding, KnowledgeBase } from '../engine/types';
import { IndexedArticle } from '../engine/workspace/index';
import { AnnotatorService, KbFile } from '../engine/workspace/service';
import { factSignature } from './factSignature';
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
    entry: { ...file.entry, sentences: [...file.entry.sentences] },
    lines: { starts: Array.from(starts), ends: Array.from(ends), length },
  });
}

export function fileFromJson(json: string): AnalysedFile {
  const file = JSON.parse(json) as AnalysedFile;
  if (file.kind === 'text') {
    const sentences = file.entry.sentences as unknown as [number, string][];
    file.entry.sentences = new Map(sentences);
    const lines = file.lines as unknown as { starts: number[]; ends: number[]; length: number };
    file.lines = { starts: Uint32Array.from(lines.starts), ends: Uint32Array.from(lines.ends), length: lines.length };
  }
  return file;
}

/** As readArticleFile (workspaceFiles.ts), synchronously: a worker has nothing else to do meanwhile. */
function read(uri: string, maxSizeKB: number): { kind: 'text'; text: string } | { kind: 'too-large' | 'binary' | 'missing' } {
  try {
    const file = fileURLToPath(uri);
    if (fs.statSync(file).size > maxSizeKB * 1024) return { kind: 'too-large' };
    const buffer = fs.readFileSync(file);
    if (buffer.subarray(0, 8192).includes(0)) return { kind: 'binary' };
    return { kind: 'text', text: buffer.toString('utf8') };
  } catch {
    return { kind: 'missing' };
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
      const analysis = service.updateArticle(uri, file.text, true);
      // The worker's index holds this article alone: the findings lack only the cross-article ones.
      const findings = service.findings(analysis).map((f) => ({ ...f, uri: f.uri || uri }));
      // updateArticle built the entry for the worker's own index: post that one, do not build it twice.
      const entry = service.index.get(uri) ?? toIndexEntry(analysis);
      service.removeArticle(uri);
      results.push(fileToJson({ uri, kind: 'text', entry, findings, lines: LineTable.of(file.text).toWire(), signature: factSignature(entry) }));
    } catch (err) {
      results.push(fileToJson({ uri, kind: 'error', message: err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : String(err) }));
    }
  }
  return { batch: input.batch, results };
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
