// Worker threads for the cold workspace index (used when there are at least two cores): batches of closed
// articles go to the least busy worker (up to six in flight each, so a worker does not wait for the main thread
// even through its GC pauses, which grow with a 100k-article index), results come back as they are done.
// Stops dispatching as soon as the run is cancelled, and terminates the workers at the end.
import * as os from 'os';
import * as path from 'path';
import { Worker } from 'worker_threads';
import { AnalyseBatch, AnalysedBatch, IndexWorkerInit } from './indexWorker';

/** Below this many closed articles, starting workers costs more than it saves. */
export const WORKER_THRESHOLD = 200;
const IN_FLIGHT_PER_WORKER = 6;
const CANCEL_POLL_MS = 50;

export function workerCount(): number {
  // NEWS_ANNOTATOR_INDEX_WORKERS=0 (or 1) indexes on the main thread: for comparisons and odd hosts.
  const forced = process.env.NEWS_ANNOTATOR_INDEX_WORKERS;
  if (forced !== undefined && forced !== '' && Number.isInteger(Number(forced))) return Math.max(0, Math.min(Number(forced), 16));
  const cores = typeof os.availableParallelism === 'function' ? os.availableParallelism() : os.cpus().length;
  // The main thread only merges results: every core can analyse.
  return Math.max(1, Math.min(cores, 8));
}

/** The worker script sits beside this file both in out/ (tsc) and in dist/ (the esbuild bundle). */
export function workerScript(): string {
  return path.join(__dirname, 'indexWorker.js');
}

/**
 * Analyse `batches` in `count` workers; `onBatch` runs on the main thread for each result. Resolves true when
 * all are done, false when `cancelled()` turned true first. A worker that fails is reported and replaced by none:
 * its unfinished batches go back to the queue for the others.
 */
export async function analyseInWorkers(
  init: IndexWorkerInit,
  batches: AnalyseBatch[],
  count: number,
  onBatch: (result: AnalysedBatch) => void,
  cancelled: () => boolean,
  onError: (message: string, err: unknown) => void,
): Promise<boolean> {
  const queue = [...batches].reverse();
  const workers = Array.from({ length: Math.min(count, batches.length) || 1 }, () => new Worker(workerScript(), { workerData: { indexWorker: init } }));
  const inFlight = new Map<Worker, Map<number, AnalyseBatch>>(workers.map((w) => [w, new Map()]));
  let remaining = batches.length;
  try {
    return await new Promise<boolean>((resolve) => {
      let settled = false;
      const finish = (done: boolean) => {
        if (settled) return;
        settled = true;
        clearInterval(poll);
        resolve(done);
      };
      const feed = (w: Worker) => {
        const mine = inFlight.get(w);
        if (!mine) return;
        while (mine.size < IN_FLIGHT_PER_WORKER && queue.length) {
          const b = queue.pop()!;
          mine.set(b.batch, b);
          w.postMessage(b);
        }
      };
      const poll = setInterval(() => cancelled() && finish(false), CANCEL_POLL_MS);
      for (const w of workers) {
        w.on('message', (result: AnalysedBatch) => {
          if (settled) return;
          inFlight.get(w)?.delete(result.batch);
          if (cancelled()) return finish(false);
          try {
            onBatch(result);
          } catch (err) {
            onError('Merging indexed articles failed', err);
          }
          if (--remaining === 0) return finish(true);
          feed(w);
        });
        w.on('error', (err) => {
          onError('An index worker failed', err);
          const lost = inFlight.get(w);
          inFlight.delete(w);
          for (const b of lost?.values() ?? []) queue.push(b);
          if (inFlight.size === 0) return finish(false);
          for (const other of inFlight.keys()) feed(other);
        });
        feed(w);
      }
    });
  } finally {
    await Promise.all(workers.map((w) => w.terminate().catch(() => undefined)));
  }
}
