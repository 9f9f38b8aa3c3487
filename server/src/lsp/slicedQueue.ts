// Main-thread work in short slices: items are processed in arrival order until a time budget is spent,
// then the queue yields to the event loop (setImmediate) so hovers and edits queued meanwhile are answered
// before it goes on. Used for merging the index workers' results, which arrive in bursts of a batch.

export class SlicedQueue<T> {
  private readonly items: T[] = [];
  private head = 0;
  private scheduled = false;
  private stopped = false;
  private waiters: (() => void)[] = [];

  constructor(
    private readonly budgetMs: number,
    private readonly process: (item: T) => void,
    private readonly onError: (err: unknown) => void = () => undefined,
  ) {}

  /** Most items ever waiting at once: shows whether the main thread keeps up. */
  peak = 0;

  push(items: Iterable<T>): void {
    if (this.stopped) return;
    for (const item of items) this.items.push(item);
    this.peak = Math.max(this.peak, this.pending);
    this.schedule();
  }

  get pending(): number {
    return this.items.length - this.head;
  }

  /** Resolves once every item pushed so far is processed (or the queue is stopped). */
  drained(): Promise<void> {
    if (this.pending === 0 || this.stopped) return Promise.resolve();
    return new Promise<void>((resolve) => this.waiters.push(resolve));
  }

  /** Drop what is left (a cancelled run): pending items are never processed. */
  stop(): void {
    this.stopped = true;
    this.items.length = 0;
    this.head = 0;
    this.wake();
  }

  private schedule(): void {
    if (this.scheduled || this.pending === 0) return;
    this.scheduled = true;
    setImmediate(() => this.slice());
  }

  private slice(): void {
    this.scheduled = false;
    const started = performance.now();
    while (!this.stopped && this.head < this.items.length) {
      const item = this.items[this.head];
      // Release the slot at once: processed items (whole worker results) should not stay reachable.
      this.items[this.head++] = undefined as T;
      try {
        this.process(item);
      } catch (err) {
        this.onError(err);
      }
      if (performance.now() - started >= this.budgetMs) break;
    }
    if (this.head === this.items.length) {
      this.items.length = 0;
      this.head = 0;
      this.wake();
    } else this.schedule();
  }

  private wake(): void {
    const waiters = this.waiters;
    this.waiters = [];
    for (const w of waiters) w();
  }
}
