import * as assert from 'assert';
import { TimeSlice } from './timeSlice';

describe('lsp/timeSlice', () => {
  it('is spent once its budget has passed, and lets queued I/O callbacks run on next()', async () => {
    const slice = new TimeSlice(5);
    assert.strictEqual(slice.spent, false);
    const until = performance.now() + 6;
    while (performance.now() < until) {
      // busy: a loop that never yields
    }
    assert.strictEqual(slice.spent, true);
    let ran = false;
    setImmediate(() => (ran = true));
    await Promise.resolve();
    assert.strictEqual(ran, false, 'a microtask is not a turn of the event loop');
    await slice.next();
    assert.strictEqual(ran, true);
    assert.strictEqual(slice.spent, false, 'a new slice starts');
  });
});
