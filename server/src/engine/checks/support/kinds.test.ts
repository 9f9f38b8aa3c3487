import * as assert from 'assert';
import { Mention } from '../../types';
import { mentionsByKind } from './kinds';

describe('checks/support/kinds', () => {
  it('sorts mentions into officials, events with exercises (in text order) and dates, once per list', () => {
    const mentions = [
      { kind: 'exercise', start: 0, end: 5, text: 'Druzhba', entity: 'druzhba', name: 'Druzhba', edition: null },
      { kind: 'place', start: 6, end: 9, text: 'Tarbela', entity: null },
      { kind: 'event', start: 10, end: 15, text: 'talks', entity: null },
      { kind: 'date', start: 16, end: 20, text: '2024', entity: null, timexType: 'DATE', value: '2024', relative: false },
      { kind: 'official', start: 21, end: 30, text: 'Gen Munir', entity: 'asim-munir', name: 'Munir', nameSpan: { start: 25, end: 30 }, resolvedBy: 'kb' },
    ] as Mention[];
    const sorted = mentionsByKind(mentions);
    assert.deepStrictEqual(sorted.eventsAndExercises.map((m) => m.start), [0, 10]);
    assert.deepStrictEqual(sorted.dates.map((m) => m.start), [16]);
    assert.deepStrictEqual(sorted.officials.map((m) => m.start), [21]);
    assert.strictEqual(mentionsByKind(mentions), sorted, 'remembered for the same list');
  });
});
