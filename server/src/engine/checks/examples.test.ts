// Integration: the real pipeline on the example articles with the starter and example KBs. The five articles
// must stay quiet except for 002's missing date; mutated copies must trigger each rule.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { AnnotatorService } from '../workspace/service';
import { buildTimeline } from '../timeline';
import { Finding } from '../types';

const root = path.resolve(__dirname, '../../../../..');
const examples = path.join(root, 'examples/pakistan-russia');
const kbFiles = [
  { uri: 'file:///starter.kb.yaml', text: fs.readFileSync(path.join(root, 'server/kb/starter.kb.yaml'), 'utf8') },
  { uri: 'file:///ws.kb.yaml', text: fs.readFileSync(path.join(examples, 'pakistan-russia.kb.yaml'), 'utf8') },
];
const articles = fs.readdirSync(examples).filter((f) => f.endsWith('.txt')).sort();
const textOf = (prefix: string) => fs.readFileSync(path.join(examples, articles.find((f) => f.startsWith(prefix))!), 'utf8');

function check(replace: Record<string, [string, string][]> = {}) {
  const service = new AnnotatorService(kbFiles, { workspaceKbUri: 'file:///ws.kb.yaml' });
  const results = articles.map((f) => {
    let text = fs.readFileSync(path.join(examples, f), 'utf8');
    for (const [from, to] of replace[f.slice(0, 3)] ?? []) {
      assert.ok(text.includes(from), `${f} has "${from}"`);
      text = text.replace(from, to);
    }
    return service.updateArticle(`file:///${f}`, text);
  });
  const findings = new Map<string, Finding[]>();
  for (const r of results) findings.set(r.article.uri.slice(8, 11), service.findings(r).filter((x) => x.code !== 'article-date'));
  return { service, findings, codes: (p: string) => findings.get(p)!.map((f) => f.code) };
}

describe('checks on the example articles', function () {
  this.timeout(20000);

  it('finds nothing in the five articles but 002 having no date', () => {
    const { findings } = check();
    const all = [...findings.values()].flat();
    assert.deepStrictEqual(all.map((f) => f.code), ['missing-date'], all.map((f) => f.message).join('\n'));
  });

  it('flags mutated copies: wrong edition, weekday, rank, title, date and count', () => {
    const { codes, findings } = check({
      '000': [["'Druzhba (Friendship) VII'", "'Druzhba (Friendship) VI'"], ['on Tuesday pledged', 'on Tuesday, October 30, 2024 pledged']],
      '001': [['exercise Druzhba VI ', 'exercise Druzhba VII '], ['Col. Gen Alexander V Fomin', 'Lt Gen Alexander V Fomin']],
      '003': [['pact in November 2014', 'pact in October 2014'], ['four Mi-35M', 'three Mi-35M']],
      '004': [['Foreign Minister Khawaja Muhammad Asif', 'Defence Minister Khawaja Muhammad Asif']],
    });
    assert.deepStrictEqual(codes('000').sort(), ['exercise-edition', 'weekday-mismatch']);
    assert.deepStrictEqual(codes('001').sort(), ['exercise-edition', 'rank-mismatch']);
    assert.deepStrictEqual(codes('003').sort(), ['conflicting-fact', 'conflicting-fact']);
    assert.deepStrictEqual(codes('004'), ['role-mismatch']);
    assert.match(findings.get('004')![0].message, /Minister of Foreign Affairs 2017-08-04 → 2018-04-26/);
  });

  it('002 with a date override: "Pakistan Defence Minister Khawaja Asif" is right in April 2015 and wrong in March 2018', () => {
    const text = textOf('002');
    const codesOn = (date: string) => {
      const service = new AnnotatorService(kbFiles, { dateOverride: date });
      return service.findings(service.updateArticle('file:///002.txt', text)).filter((f) => f.code === 'role-mismatch').map((f) => text.slice(f.start, f.end));
    };
    assert.deepStrictEqual(codesOn('2015-04-16'), []);
    assert.deepStrictEqual(codesOn('2018-03-05'), ['Pakistan Defence Minister']);
  });

  it('reports a spelling the KB does not list as a name variant ("Alexandr Fomin")', () => {
    const { findings } = check({ '001': [['Col. Gen Alexander V Fomin', 'Col. Gen Alexandr Fomin']] });
    const found = findings.get('001')!;
    assert.deepStrictEqual(found.map((f) => f.code), ['name-variant']);
    assert.strictEqual(found[0].fixes[0].edits[0].newText, 'Alexander Fomin');
  });

  it('a suppression comment silences the finding it names', () => {
    const { codes } = check({ '004': [['Foreign Minister Khawaja Muhammad Asif', 'Defence Minister Khawaja Muhammad Asif'], ['It merits mentioning', '[news-annotator ignore role-mismatch]\nIt merits mentioning']] });
    assert.deepStrictEqual(codes('004'), []);
  });

  it('builds a timeline with the 2014 agreement reported by 003 and 004 as one event', () => {
    const { service } = check();
    const events = buildTimeline(service.index, service.kb);
    const dca = events.find((e) => e.id === 'defence-cooperation-agreement-2014')!;
    assert.strictEqual(dca.date, '2014-11-20');
    const uris = dca.sources.map((s) => s.uri.slice(8, 11));
    assert.ok(uris.includes('003') && uris.includes('004'), uris.join());
    const jmcc3 = events.find((e) => e.id === 'jmcc-3')!;
    assert.ok(jmcc3.participants.some((p) => p.id === 'alexander-fomin'));
    assert.ok(buildTimeline(service.index, service.kb, 'druzhba').every((e) => e.entity === 'druzhba'));
    assert.ok(textOf('001').includes('3rd round'));
  });
});
