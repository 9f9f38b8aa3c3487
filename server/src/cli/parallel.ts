// `check` on large folders with worker threads: each worker analyses a share of the articles, the
// index entries are exchanged, then each reports findings for its share against the whole index.
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { loadKnowledgeBase } from '../engine/kb';
import { IndexedArticle } from '../engine/workspace';
import { JsonFinding } from './check';
import { Sources } from './load';
import { WorkerInput, WorkerMessage } from './checkWorker';

/**
 * Below this many articles, starting workers and exchanging their index entries costs more than it saves
 * (measured on 2 cores: 3,000 articles 1.8 s on one thread, 2.3 s on two; 6,000 about even; 10,000 7.9 s / 6.0 s).
 */
export const PARALLEL_THRESHOLD = 5000;

export function defaultJobs(): number {
  return Math.max(1, Math.min(os.cpus().length, 8));
}

export async function checkInWorkers(sources: Sources, jobs: number, dateOverride?: string, kb = loadKnowledgeBase(sources.kbFiles)): Promise<{ findings: JsonFinding[]; skipped: string[] }> {
  const shares: string[][] = Array.from({ length: jobs }, () => []);
  sources.articles.forEach((file, i) => shares[i % jobs].push(file));
  const workers = shares.map((files) => {
    // The KB is loaded once, here: workers receive it as plain data.
    const input: WorkerInput = { files, kbFiles: sources.kbFiles, kb, dateOverride, workspaceKbUri: sources.workspaceKbUri };
    return new Worker(path.join(__dirname, 'checkWorker.js'), { workerData: input });
  });
  try {
    const firsts = await Promise.all(workers.map((w) => nextMessage(w)));
    const skipped: string[] = [];
    const all: IndexedArticle[][] = [];
    for (const m of firsts) {
      if (m.type !== 'entries') throw new Error('worker protocol: expected entries');
      all.push(m.entries);
      skipped.push(...m.skipped);
    }
    const seconds = workers.map((w, i) => {
      const reply = nextMessage(w);
      w.postMessage(all.filter((_, j) => j !== i).flat());
      return reply;
    });
    const findings: JsonFinding[] = [];
    for (const m of await Promise.all(seconds)) {
      if (m.type !== 'findings') throw new Error('worker protocol: expected findings');
      findings.push(...m.findings);
    }
    // Same order as a sequential run: by file, then offset.
    findings.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : a.start - b.start));
    return { findings, skipped };
  } finally {
    await Promise.all(workers.map((w) => w.terminate()));
  }
}

function nextMessage(worker: Worker): Promise<WorkerMessage> {
  return new Promise((resolve, reject) => {
    const onError = (e: Error) => reject(e);
    worker.once('error', onError);
    worker.once('message', (m: WorkerMessage) => {
      worker.off('error', onError);
      resolve(m);
    });
  });
}
