// Worker side of a parallel `check`: analyse a share of the articles, hand their index entries to the
// main thread, take every other worker's entries back, then report findings for its share.
import { parentPort, workerData } from 'worker_threads';
import { toIndexEntry } from '../engine/analyse';
import { IndexedArticle } from '../engine/workspace';
import { AnnotatorService, KbFile } from '../engine/workspace/service';
import { readText } from './files';
import { findingsToJson } from './check';

export interface WorkerInput {
  files: string[];
  kbFiles: KbFile[];
  dateOverride?: string;
  workspaceKbUri?: string;
}

export type WorkerMessage =
  | { type: 'entries'; entries: IndexedArticle[]; skipped: string[] }
  | { type: 'findings'; findings: ReturnType<typeof findingsToJson> };

if (parentPort) {
  const port = parentPort;
  const input = workerData as WorkerInput;
  const service = new AnnotatorService(input.kbFiles, { dateOverride: input.dateOverride, workspaceKbUri: input.workspaceKbUri });
  const mine: string[] = [];
  const skipped: string[] = [];
  const entries: IndexedArticle[] = [];
  for (const file of input.files) {
    try {
      const analysis = service.updateArticle(file, readText(file), true);
      // updateArticle indexed it already: send that entry rather than building it twice.
      entries.push(service.index.get(file) ?? toIndexEntry(analysis));
      mine.push(file);
    } catch (e) {
      skipped.push((e as Error).message);
    }
  }
  port.postMessage({ type: 'entries', entries, skipped } satisfies WorkerMessage);
  port.once('message', (others: IndexedArticle[]) => {
    for (const entry of others) service.index.set(entry);
    const findings = [];
    for (const file of mine) {
      const analysis = service.analysis(file);
      if (analysis) findings.push(...service.findings(analysis));
    }
    port.postMessage({ type: 'findings', findings: findingsToJson(findings) } satisfies WorkerMessage);
  });
}
