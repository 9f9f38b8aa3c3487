// Timeline exports (client/src/exportFormat.ts): Markdown, CSV and JSON from a TimelineResult.
import * as assert from 'assert';
import type { TimelineResult } from '../../server/src/shared/protocol';
import { csvField, formatForPath, formatTimeline, md } from '../../client/src/exportFormat';

const A = 'file:///ws/000_a.txt';
const B = 'file:///ws/003_b.txt';
const range = (line: number) => ({ start: { line, character: 0 }, end: { line, character: 4 } });
const result: TimelineResult = {
  filter: { id: 'p:fomin', name: 'Alexander Fomin' },
  events: [
    {
      id: 'e2',
      date: '2024-10-29',
      label: 'Fomin meets Munir',
      kind: 'meeting',
      entity: null,
      participants: [{ id: 'p:fomin', name: 'Alexander Fomin' }, { id: null, name: 'Asim Munir' }],
      sources: [{ uri: A, range: range(2), articleDate: '2024-10-29', sentence: 'They "addressed" security,\nand [links](x).' }],
      sourceCount: 1,
    },
    {
      id: 'e1',
      date: '2021-09',
      label: 'Druzhba 2021',
      kind: 'exercise',
      entity: 'ex:druzhba',
      participants: [],
      sources: [
        { uri: A, range: range(6), articleDate: '2024-10-29', sentence: 'Druzhba in September.' },
        { uri: B, range: range(1), articleDate: null, sentence: '=HYPERLINK("x")' },
      ],
      sourceCount: 2,
    },
  ],
};
const rel = (u: string) => u.replace('file:///ws/', '');

describe('client timeline export', () => {
  it('writes JSON with events in date order, workspace-relative files and 1-based lines', () => {
    const json = JSON.parse(formatTimeline(result, 'json', rel));
    assert.deepStrictEqual(json.filter, { id: 'p:fomin', name: 'Alexander Fomin' });
    assert.deepStrictEqual(json.events.map((e: { date: string }) => e.date), ['2021-09', '2024-10-29']);
    assert.deepStrictEqual(json.events[0].sources[1], { file: '003_b.txt', line: 2, articleDate: null, sentence: '=HYPERLINK("x")' });
  });

  it('writes CSV with one row per source, quoting and formula neutralising', () => {
    const csv = formatTimeline(result, 'csv', rel);
    const lines = csv.split('\r\n');
    assert.strictEqual(lines[0], 'date,event,kind,entity,participants,file,line,article_date,sentence');
    assert.strictEqual(lines[1], '2021-09,Druzhba 2021,exercise,ex:druzhba,,000_a.txt,7,2024-10-29,Druzhba in September.');
    assert.strictEqual(lines[2], `2021-09,Druzhba 2021,exercise,ex:druzhba,,003_b.txt,2,,"'=HYPERLINK(""x"")"`);
    assert.ok(csv.includes('"They ""addressed"" security,\nand [links](x)."'), 'a field with a line break stays one quoted field');
    assert.strictEqual(lines[lines.length - 1], '', 'ends with CRLF');
    assert.strictEqual(csvField('plain'), 'plain');
    assert.strictEqual(csvField('-5'), "'-5");
  });

  it('writes Markdown grouped by year and month, escaping article text', () => {
    const text = formatTimeline(result, 'markdown', rel);
    assert.ok(text.startsWith('# Timeline of Alexander Fomin\n'));
    const order = ['## 2021', '### September 2021', '**2021-09**: Druzhba 2021', '## 2024', '### October 2024', '**2024-10-29**: Fomin meets Munir (with Alexander Fomin, Asim Munir)'].map((s) => text.indexOf(s));
    assert.ok(order.every((i) => i >= 0), text);
    assert.deepStrictEqual([...order].sort((a, b) => a - b), order);
    assert.ok(text.includes('003\\_b.txt, line 2'));
    assert.ok(text.includes('\\[links\\]\\(x\\)'), 'links in sentences are escaped');
    assert.ok(!/security,\n/.test(text), 'sentences are on one line');
  });

  it('says so when there is nothing to export', () => {
    assert.match(formatTimeline({ events: [] }, 'markdown'), /No dated events/);
    assert.strictEqual(formatTimeline({ events: [] }, 'csv').split('\r\n').length, 2);
  });

  it('infers the format from the file name', () => {
    assert.strictEqual(formatForPath('/x/timeline.MD'), 'markdown');
    assert.strictEqual(formatForPath('/x/t.csv'), 'csv');
    assert.strictEqual(formatForPath('/x/t.json'), 'json');
    assert.strictEqual(formatForPath('/x/t'), undefined);
    assert.strictEqual(md('a*b_c'), 'a\\*b\\_c');
  });
});
