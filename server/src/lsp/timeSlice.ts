// Long main-thread loops (scanning 100k files, batching them, the cross-article pass) give the event loop
// a turn every few milliseconds, so hovers and edits on open documents are answered meanwhile. Awaiting a
// resolved promise is no such turn: microtasks run before any I/O.

export const yieldToEventLoop = (): Promise<void> => new Promise<void>((resolve) => setImmediate(resolve));

/**
 * Main-thread work between two turns of the event loop. A request takes several turns to be read, handled
 * and answered (vscode-jsonrpc queues each step), each behind one slice: hovers during a 100k-article
 * timeline build measured p50 13 ms with 3 ms slices, 7 ms with 1 ms, for the same total time.
 */
export const SLICE_MS = 1;

export class TimeSlice {
  private started = performance.now();

  constructor(private readonly budgetMs = SLICE_MS) {}

  /** Whether this slice's budget is spent: then `await next()` before going on. */
  get spent(): boolean {
    return performance.now() - this.started >= this.budgetMs;
  }

  /** Yields to the event loop and starts a new slice. */
  async next(): Promise<void> {
    await yieldToEventLoop();
    this.started = performance.now();
  }
}
