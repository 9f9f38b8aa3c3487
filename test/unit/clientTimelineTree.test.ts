// Timeline tree model (client/src/timelineTree.ts): grouping, ordering, labels, reveal targets.
import * as assert from 'assert';
import type { TimelineEvent, TimelineResult, TimelineSource } from '../../server/src/shared/protocol';
import { buildTimelineTree, childrenOf, EventNode, MonthNode, presentNode, revealTarget } from '../../client/src/timelineTree';

const A = 'file:///ws/000_a.txt';
const B = 'file:///ws/003_b.txt';

function source(uri: string, line: number, sentence: string, articleDate: string | null = '2024-10-29'): TimelineSource {
  return { uri, range: { start: { line, character: 2 }, end: { line, character: 9 } }, articleDate, sentence };
}

function event(date: string, label: string, sources: TimelineSource[], extra: Partial<TimelineEvent> = {}): TimelineEvent {
  return { id: `${label}@${date}`, date, label, kind: 'exercise', entity: null, participants: [], sources, sourceCount: sources.length, ...extra };
}

const result: TimelineResult = {
  events: [
    event('2024-10-29', 'Fomin meets Munir', [source(A, 2, 'Fomin met Munir.')], { kind: 'meeting', participants: [{ id: 'p:fomin', name: 'Alexander Fomin' }] }),
    event('2015', 'Agreement signed', [source(B, 4, 'In 2015 an agreement was signed.')], { kind: 'agreement' }),
    event('2021-09', 'Druzhba 2021', [source(A, 6, 'Druzhba in September.'), source(B, 1, 'The fifth Druzhba.', null)]),
    event('2014-11', 'Defence cooperation agreement', [source(B, 3, 'In November 2014 ...')]),
    event('2021-09-28', 'Druzhba opening', [source(A, 7, 'opened on Tuesday')]),
    event('sometime', 'Undatable', [source(A, 9, 'x')]),
  ],
};

describe('client timeline tree', () => {
  const tree = buildTimelineTree(result);

  it('groups events by year in ascending order and skips events without a calendar date', () => {
    assert.deepStrictEqual(tree.map((y) => y.year), ['2014', '2015', '2021', '2024']);
    assert.strictEqual(tree.reduce((n, y) => n + y.eventCount, 0), 5);
  });

  it('puts dated events under their month, year-only events directly under the year', () => {
    const y2015 = tree.find((y) => y.year === '2015')!;
    assert.deepStrictEqual(y2015.children.map((c) => c.type), ['event']);
    const y2021 = tree.find((y) => y.year === '2021')!;
    assert.strictEqual(y2021.children.length, 1);
    const sept = y2021.children[0] as MonthNode;
    assert.strictEqual(sept.type, 'month');
    assert.strictEqual(sept.month, '09');
    // A month-only date sorts before a full date in the same month.
    assert.deepStrictEqual(sept.children.map((e) => e.event.label), ['Druzhba 2021', 'Druzhba opening']);
  });

  it('gives an event with several sources one child per source, and none to a single-source event', () => {
    const sept = tree.find((y) => y.year === '2021')!.children[0] as MonthNode;
    const [multi, single] = sept.children;
    assert.deepStrictEqual(childrenOf(multi, tree).map((n) => (n.type === 'source' ? n.source.uri : '')), [A, B]);
    assert.deepStrictEqual(childrenOf(single, tree), []);
    assert.strictEqual(presentNode(multi).collapsible, 'collapsed');
    assert.strictEqual(presentNode(single).collapsible, 'none');
  });

  it('describes events with date and source count, and uses the sentences as tooltip', () => {
    const sept = tree.find((y) => y.year === '2021')!.children[0] as MonthNode;
    const p = presentNode(sept.children[0]);
    assert.strictEqual(p.label, 'Druzhba 2021');
    assert.strictEqual(p.description, '2021-09 · 2 sources');
    assert.match(p.tooltip!, /Druzhba in September\./);
    assert.match(p.tooltip!, /The fifth Druzhba\./);
    const meeting = presentNode((tree[3].children[0] as MonthNode).children[0]);
    assert.strictEqual(meeting.description, '2024-10-29 · 1 source');
    assert.match(meeting.tooltip!, /With: Alexander Fomin/);
    assert.strictEqual(presentNode(tree[0].children[0]).label, 'November');
    assert.strictEqual(presentNode(tree[0]).description, '1 event');
  });

  it('labels sources by file name and publication date, with the sentence as tooltip', () => {
    const sept = tree.find((y) => y.year === '2021')!.children[0] as MonthNode;
    const [first, second] = (sept.children[0] as EventNode).children;
    assert.deepStrictEqual(presentNode(first), { label: '000_a.txt', description: 'published 2024-10-29', tooltip: 'Druzhba in September.', collapsible: 'none' });
    assert.strictEqual(presentNode(second).description, 'undated article');
  });

  it('reveals an event at its first source and a source at itself; years and months reveal nothing', () => {
    const sept = tree.find((y) => y.year === '2021')!.children[0] as MonthNode;
    const ev = sept.children[0];
    assert.strictEqual(revealTarget(ev), ev.event.sources[0]);
    assert.strictEqual(revealTarget(ev.children[1]), ev.event.sources[1]);
    assert.strictEqual(revealTarget(sept), undefined);
    assert.strictEqual(revealTarget(tree[0]), undefined);
  });

  it('ends the sources the server listed with a node counting the rest, and counts them all', () => {
    const many = Array.from({ length: 8 }, (_, i) => source(i % 2 ? A : B, i, `Report ${i}.`));
    const [year] = buildTimelineTree({ events: [event('2016-09', 'Druzhba I', many.slice(0, 3), { sourceCount: 8 })] });
    const ev = (year.children[0] as MonthNode).children[0];
    assert.deepStrictEqual(ev.children.map((c) => c.type), ['source', 'source', 'source', 'more']);
    const more = ev.children[3];
    assert.strictEqual(presentNode(more).label, '… 5 more sources');
    assert.deepStrictEqual(childrenOf(more, [year]), []);
    assert.strictEqual(revealTarget(more), undefined);
    const p = presentNode(ev);
    assert.strictEqual(p.description, '2016-09 · 8 sources');
    assert.match(p.tooltip!, /… and 3 more sources$/, 'the tooltip quotes five sources at most');
    // One source listed of several: still a child per source, and the rest counted.
    const [y2] = buildTimelineTree({ events: [event('2016', 'One of two', many.slice(0, 1), { sourceCount: 2 })] });
    assert.deepStrictEqual((y2.children[0] as EventNode).children.map((c) => c.type), ['source', 'more']);
  });

  it('copes with an empty or missing result and with invalid months', () => {
    assert.deepStrictEqual(buildTimelineTree(undefined), []);
    assert.deepStrictEqual(buildTimelineTree({ events: [] }), []);
    assert.deepStrictEqual(buildTimelineTree({ events: [event('2021-13', 'Bad month', [])] }), []);
  });
});
