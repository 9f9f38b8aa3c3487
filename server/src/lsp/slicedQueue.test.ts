import * as assert from 'assert';
import { SlicedQueue } from './slicedQueue';

const busy = (ms: number) => {
  const until = performance.now() + ms;
  while (performance.now() < until) {
    // burn the budget
  }
};

describe('SlicedQueue', () => {
  it('processes every item in arrival order, across pushes', async () => {
    const seen: number[] = [];
    const q = new SlicedQueue<number>(1000, (n) => seen.push(n));
    q.push([1, 2]);
    q.push([3]);
    await q.drained();
    assert.deepStrictEqual(seen, [1, 2, 3]);
    assert.strictEqual(q.pending, 0);
  });

  it('yields to the event loop once its budget is spent, so other callbacks run in between', async () => {
    const log: string[] = [];
    const q = new SlicedQueue<number>(2, (n) => {
      busy(1.5);
      log.push(`item ${n}`);
    });
    q.push([1, 2, 3, 4, 5, 6]);
    setImmediate(() => log.push('other work'));
    await q.drained();
    const other = log.indexOf('other work');
    assert.ok(other > 0 && other < log.length - 1, `other work ran between items: ${log.join(', ')}`);
    assert.deepStrictEqual(
      log.filter((l) => l !== 'other work'),
      [1, 2, 3, 4, 5, 6].map((n) => `item ${n}`),
    );
  });

  it('reports a failing item and goes on with the next', async () => {
    const seen: number[] = [];
    const errors: unknown[] = [];
    const q = new SlicedQueue<number>(
      1000,
      (n) => {
        if (n === 2) throw new Error('bad item');
        seen.push(n);
      },
      (err) => errors.push(err),
    );
    q.push([1, 2, 3]);
    await q.drained();
    assert.deepStrictEqual(seen, [1, 3]);
    assert.strictEqual(errors.length, 1);
  });

  it('drops pending items when stopped and resolves waiters', async () => {
    const seen: number[] = [];
    const q = new SlicedQueue<number>(0, (n) => seen.push(n));
    q.push([1, 2, 3, 4]);
    const drained = q.drained();
    q.stop();
    await drained;
    q.push([5]);
    await q.drained();
    assert.deepStrictEqual(seen, []);
  });
});
