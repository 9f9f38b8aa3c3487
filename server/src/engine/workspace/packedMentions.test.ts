import * as assert from 'assert';
import { IndexedMention, mentionList, packedMentionsFromWire, packedMentionsJson, packedMentionsToWire, packMentions } from './packedMentions';
import { StringPool } from './stringPool';

const place = (start: number, entity: string): IndexedMention => ({ kind: 'place', start, end: start + 5, entity, text: entity });

const mentions: IndexedMention[] = [
  { kind: 'official', start: 1, end: 9, entity: 'asim-munir', text: 'Gen Munir', name: 'Munir' },
  { kind: 'official', start: 12, end: 30, entity: null, name: '' },
  { kind: 'exercise', start: 40, end: 55, entity: 'druzhba', text: 'Druzhba VII', edition: 7 },
  { kind: 'exercise', start: 60, end: 67, entity: 'druzhba', text: 'Druzhba', edition: null },
  { kind: 'exercise', start: 68, end: 69, entity: 'druzhba', text: 'Druzhba', edition: 0 },
  { kind: 'date', start: 70, end: 80, entity: null },
  { kind: 'organisation', start: 81, end: 84, entity: 'isi', text: 'ISI' },
  { kind: 'event', start: 90, end: 99, entity: null },
  place(100, 'russia'),
];

describe('workspace/packedMentions', () => {
  it('packs mentions and unpacks them unchanged', () => {
    assert.deepStrictEqual(mentionList(packMentions(mentions)), mentions);
    assert.deepStrictEqual(mentionList(packMentions([])), []);
  });

  it('lists each distinct string once per entry', () => {
    const packed = packMentions([place(0, 'russia'), place(10, 'russia'), place(20, 'pakistan')]);
    assert.deepStrictEqual(packed.strings, ['russia', 'pakistan']);
    assert.strictEqual(packed.fields.length, 15);
  });

  it('survives JSON through its wire form, and entries from JSON share one copy of each string through a pool', () => {
    const json = JSON.stringify(packedMentionsToWire(packMentions(mentions)));
    assert.strictEqual(packedMentionsJson(packMentions(mentions)), json, 'the direct writer gives the same text');
    assert.deepStrictEqual(mentionList(packedMentionsFromWire(JSON.parse(json))), mentions);
    const pool = new StringPool();
    // Built at run time, so that the two copies are distinct strings, as JSON.parse makes them.
    const a = packedMentionsFromWire(JSON.parse(json.replace('"russia"', `"${['rus', 'sia'].join('')}"`)), pool.share);
    const b = packedMentionsFromWire(JSON.parse(json), pool.share);
    assert.ok(a.strings.every((s, i) => s === b.strings[i]));
    assert.strictEqual(pool.size, a.strings.length);
  });

  it('refuses an edition it cannot store rather than keeping a wrong one', () => {
    const exercise = (edition: number): IndexedMention => ({ kind: 'exercise', start: 0, end: 1, entity: null, edition });
    assert.throws(() => packMentions([exercise(-1)]), RangeError);
    assert.throws(() => packMentions([exercise(1.5)]), RangeError);
  });
});
