// Worker side of a parallel `check`: analyse a share of the articles, hand their index entries to the
// main thread, take every other worker's entries back, then report findings for its share.
import { parentPort, workerData } from 'worker_threads';
import { IndexedArticle, packMentions } from '../engine/workspace';
import { AnnotatorService, KbFile } from '../engine/workspace/service';
import { readText } from './files';
import { completeFindings, findingsToJson, Lines } from './check';
import { Finding, KnowledgeBase } from '../engine/types';
import { ConflictScreen } from '../engine/workspace/crossArticle';

export interface WorkerInput {
  files: string[];
  kbFiles: KbFile[];
  /** The KB loaded from kbFiles by the main thread. */
  kb: KnowledgeBase;
  dateOverride?: string;
  workspaceKbUri?: string;
}

export type WorkerMessage =
  | { type: 'entries'; entries: IndexedArticle[]; skipped: string[] }
  | { type: 'findings'; findings: ReturnType<typeof findingsToJson> };

const NO_MENTIONS = packMentions([]);

if (parentPort) {
  const port = parentPort;
  const input = workerData as WorkerInput;
  const service = AnnotatorService.withLoadedKb(input.kbFiles, input.kb, { dateOverride: input.dateOverride, workspaceKbUri: input.workspaceKbUri });
  const mine = new Map<string, Finding[]>();
  const lines = new Lines();
  const skipped: string[] = [];
  const entries: IndexedArticle[] = [];
  for (const file of input.files) {
    try {
      // Rules run now, against this worker's share; full analyses are not kept (see completeFindings).
      const text = readText(file);
      const analysis = service.updateArticle(file, text, false);
      const found = service.findings(analysis);
      mine.set(file, found);
      if (found.length) lines.remember(file, text);
      // updateArticle indexed it already: send that entry rather than building it twice. Other workers read
      // only its facts, date and sentences (the cross-article rule), so its mentions stay here.
      entries.push({ ...service.index.get(file)!, mentions: NO_MENTIONS });
    } catch (e) {
      skipped.push((e as Error).message);
    }
  }
  port.postMessage({ type: 'entries', entries, skipped } satisfies WorkerMessage);
  port.once('message', (others: IndexedArticle[]) => {
    for (const entry of others) service.index.set(entry);
    const screen = new ConflictScreen(service);
    const findings = [];
    for (const [file, own] of mine) findings.push(...completeFindings(service, screen, file, own, lines));
    port.postMessage({ type: 'findings', findings: findingsToJson(findings, lines) } satisfies WorkerMessage);
  });
}
