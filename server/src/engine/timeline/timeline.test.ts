import * as assert from 'assert';
import { buildTimeline, timelineToCsv, timelineToJson, timelineToMarkdown } from './index';
import { toIndexEntry } from '../analyse';
import { WorkspaceIndex } from '../workspace';
import { analysis, DRUZHBA, event, exercise, fact, FOMIN, kbWith, official } from '../checks/testing';
import { KbEvent } from '../types';

const DCA: KbEvent = { id: 'dca-2014', name: 'Defence Cooperation Agreement', aliases: [], kind: 'agreement', date: '2014-11-20', participants: ['khawaja-asif'] };
const JMCC3: KbEvent = { id: 'jmcc-3', name: '3rd JMCC', aliases: [], kind: 'meeting', series: 'jmcc', round: 3, date: '2021-09-29' };
const kb = kbWith({ people: [FOMIN], events: [DCA, JMCC3], exercises: [DRUZHBA] });

function workspace() {
  const a = ' date 2018-03-03 Pakistan and Russia in Nov 2014 signed a defence cooperation agreement.';
  const b = ' date 2018-08-08 They signed the defence cooperation pact in November 2014. Nothing else.';
  const c = ' date 2021-09-29 The 3rd round of the JMCC was held with Col Gen Alexander Fomin. It coincided with Druzhba VI.';
  const d = ' date 2017-05-01 The naval accord was signed in May 2016.';
  const A = analysis('file:///a.txt', a, [event(a, 'defence cooperation agreement', 'dca-2014')], [fact(a, 'file:///a.txt', 'dca-2014', 'date', '2014-11', 'defence cooperation agreement', 'Nov 2014')]);
  const B = analysis('file:///b.txt', b, [event(b, 'defence cooperation pact', 'dca-2014')], [fact(b, 'file:///b.txt', 'dca-2014', 'date', '2014-11', 'defence cooperation pact', 'November 2014')]);
  const C = analysis(
    'file:///c.txt',
    c,
    [event(c, '3rd round of the JMCC', 'jmcc-3', 3), official(c, 'Col Gen Alexander Fomin', 'alexander-fomin', { name: 'Alexander Fomin', rank: 'Col Gen' }), exercise(c, 'Druzhba VI', 'druzhba', 'Druzhba', 6, 'VI')],
    [
      fact(c, 'file:///c.txt', 'jmcc', 'round', '3', '3rd round of the JMCC', '3rd', { date: '2021-09-29', dateBasis: 'article', subjectLabel: 'JMCC' }),
      fact(c, 'file:///c.txt', 'druzhba', 'edition-date', '6', 'Druzhba VI', 'VI', { date: '2021-09-29', dateBasis: 'article' }),
    ],
  );
  const D = analysis('file:///d.txt', d, [], [fact(d, 'file:///d.txt', 'event:naval accord', 'date', '2016-05', 'naval accord', 'May 2016', { subjectLabel: 'naval accord' })]);
  const index = new WorkspaceIndex();
  for (const x of [A, B, C, D]) index.set(toIndexEntry(x));
  return index;
}

describe('timeline', () => {
  it('merges the same event reported by several articles into one event with several sources', () => {
    const events = buildTimeline(workspace(), kb);
    const dca = events.filter((e) => e.id === 'dca-2014');
    assert.strictEqual(dca.length, 1);
    assert.strictEqual(dca[0].date, '2014-11-20', 'the KB date wins');
    assert.strictEqual(dca[0].kind, 'agreement');
    assert.deepStrictEqual(dca[0].sources.map((s) => [s.uri, s.articleDate]), [['file:///a.txt', '2018-03-03'], ['file:///b.txt', '2018-08-08']]);
    assert.match(dca[0].sources[1].sentence, /defence cooperation pact in November 2014/);
  });

  it('builds events from rounds and exercise editions, with participants from the same sentence, sorted by date', () => {
    const events = buildTimeline(workspace(), kb);
    assert.deepStrictEqual(events.map((e) => e.date), [...events.map((e) => e.date)].sort());
    const jmcc = events.find((e) => e.id === 'jmcc-3')!;
    assert.strictEqual(jmcc.kind, 'meeting');
    assert.deepStrictEqual(jmcc.participants, [{ id: 'alexander-fomin', name: 'Alexander Fomin' }]);
    const druzhba = events.find((e) => e.id === 'druzhba#6')!;
    assert.deepStrictEqual([druzhba.kind, druzhba.label, druzhba.date, druzhba.entity], ['exercise', 'Druzhba VI', '2021-09-28', 'druzhba']);
  });

  it('keeps events the KB lacks, dated from the text', () => {
    const naval = buildTimeline(workspace(), kb).find((e) => e.label === 'naval accord')!;
    assert.deepStrictEqual([naval.date, naval.kind, naval.entity], ['2016-05', 'agreement', null]);
  });

  it('labels an event dated after every report of it as planned', () => {
    const index = workspace();
    const t = ' date 2021-09-29 They agreed to hold the 4th round of the JMCC in Russia in 2022.';
    const f = fact(t, 'file:///e.txt', 'jmcc', 'round', '4', '4th round of the JMCC', '4th', { date: '2022', dateBasis: 'stated', subjectLabel: 'JMCC' });
    index.set(toIndexEntry(analysis('file:///e.txt', t, [], [f])));
    const planned = buildTimeline(index, kb).find((e) => e.id === 'jmcc#4')!;
    assert.deepStrictEqual([planned.date, planned.label], ['2022', 'JMCC, round 4 (planned)']);
  });

  it('filters by entity: participant, event, exercise or series', () => {
    const ids = (f: string) => buildTimeline(workspace(), kb, f).map((e) => e.id);
    assert.deepStrictEqual(ids('alexander-fomin'), ['jmcc-3']);
    assert.deepStrictEqual(ids('druzhba'), ['druzhba#6']);
    assert.deepStrictEqual(ids('jmcc'), ['jmcc-3']);
    assert.deepStrictEqual(ids('khawaja-asif'), ['dca-2014'], 'KB participants count');
    assert.deepStrictEqual(ids('nobody'), []);
  });

  it('exports Markdown, CSV and JSON', () => {
    const events = buildTimeline(workspace(), kb);
    const md = timelineToMarkdown(events);
    assert.ok(md.startsWith('| Date | Event | Kind | Participants | Sources |'));
    assert.strictEqual(md.trim().split('\n').length, events.length + 2);
    const csv = timelineToCsv([{ ...events[0], label: 'A "quoted", label' }]);
    assert.match(csv, /"A ""quoted"", label"/);
    assert.deepStrictEqual(JSON.parse(timelineToJson(events)), events);
  });
});
