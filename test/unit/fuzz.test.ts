// Property tests on hostile input: no exception escapes, every offset lies inside its text, and no
// input shape makes analysis blow up (a generous guard against catastrophic backtracking, not a speed test).
import * as assert from 'assert';
import fc from 'fast-check';
import { loadKnowledgeBase } from '../../server/src/engine/kb';
import { AnnotatorService } from '../../server/src/engine/workspace/service';
import { starterKb } from './starter';

const WORDS = [
  'Gen', 'Lt Gen', 'Col. Gen', '(Retd)', 'Air Chief Marshal', 'Defence Minister', 'the then', 'former', 'Fomin',
  'Alexander V Fomin', 'Asim Munir', 'Khawaja Asif', 'Druzhba', 'VII', '(Friendship)', 'exercise', 'JMCC', '3rd round',
  'on Tuesday', 'last November', 'Oct 29', '2024-10-29', 'February 30, 2024', 'Tuesday, October 30, 2024', 'four', 'Mi-35M',
  '“', '”', '"', '‘', '’', '.', ',', ':', '\n', '\r\n', '\r', ' ', '\t', 'Islamabad', 'ISPR', 'date', '\ud800', '\udc00', '𝐀',
];

const newsish = fc.array(fc.constantFrom(...WORDS), { maxLength: 200 }).map((ws) => ws.join(' '));
const anyUnits = fc.array(fc.integer({ min: 0, max: 0xffff }), { maxLength: 400 }).map((cs) => String.fromCharCode(...cs));
const anyText = fc.oneof(newsish, anyUnits, fc.string({ unit: 'binary', maxLength: 300 }));
const withHeader = fc.tuple(fc.boolean(), anyText).map(([h, t]) => (h ? ` date 2021-09-29 ${t}` : t));

function checkSpans(text: string, spans: { start: number; end: number }[], what: string): void {
  for (const s of spans) {
    assert.ok(Number.isInteger(s.start) && Number.isInteger(s.end), `${what}: integer offsets`);
    assert.ok(s.start >= 0 && s.start <= s.end && s.end <= text.length, `${what}: ${s.start}-${s.end} inside 0-${text.length}`);
  }
}

describe('fuzz: articles', function () {
  this.timeout(120000);
  const service = new AnnotatorService(starterKb());

  it('never throws and keeps every offset inside the text', () => {
    fc.assert(
      fc.property(withHeader, (text) => {
        const result = service.updateArticle('file:///fuzz.txt', text, false);
        checkSpans(text, result.mentions, 'mention');
        for (const m of result.mentions) assert.strictEqual(m.text, text.slice(m.start, m.end));
        checkSpans(text, result.article.sentences, 'sentence');
        checkSpans(text, result.facts, 'fact');
        const findings = service.findings(result);
        checkSpans(text, findings.filter((f) => f.uri === 'file:///fuzz.txt'), 'finding');
        for (const f of findings) for (const fix of f.fixes) checkSpans(text, fix.edits.filter((e) => e.uri === 'file:///fuzz.txt'), 'edit');
      }),
      { numRuns: 300 },
    );
  });

  const hostile: [string, string][] = [
    ['10 000 capitalised words in a row', 'Gen Alexander '.repeat(5000)],
    ['no spaces', 'Fomin'.repeat(20000)],
    ['title words repeated', 'Deputy Defence Minister of '.repeat(4000)],
    ['nested quotes', '“‘"'.repeat(30000)],
    ['numerals', 'Druzhba VII '.repeat(8000)],
    ['one long line of dates', 'on Tuesday, October 30, 2024 and '.repeat(3000)],
    ['CR only', 'Col Gen Fomin.\r'.repeat(7000)],
  ];
  for (const [name, body] of hostile) {
    it(`analyses 100 KB of ${name} within a generous bound`, () => {
      const text = (' date 2024-10-29 ' + body).slice(0, 100_000);
      const t0 = Date.now();
      const result = service.updateArticle('file:///hostile.txt', text, false);
      service.findings(result);
      checkSpans(text, result.mentions, 'mention');
      // 20 s for 100 KB is ~1000× the expected cost: this only catches runaway backtracking.
      assert.ok(Date.now() - t0 < 20000, `took ${Date.now() - t0} ms`);
    });
  }
});

describe('fuzz: knowledge-base YAML', function () {
  this.timeout(120000);
  const scalar = fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.boolean(), fc.constant(null), fc.constantFrom('2021-02-30', '2017-13', 'x'));
  const value: fc.Arbitrary<unknown> = fc.letrec((tie) => ({
    v: fc.oneof({ depthSize: 'small' }, scalar, fc.array(tie('v'), { maxLength: 4 }), fc.dictionary(fc.constantFrom('id', 'name', 'aliases', 'roles', 'ranks', 'from', 'to', 'editions', 'edition', 'people'), tie('v'), { maxKeys: 5 })),
  })).v;
  const yamlText = fc.oneof(
    value.map((v) => JSON.stringify({ people: v, exercises: v })),
    fc.string({ unit: 'binary', maxLength: 200 }),
    fc.constantFrom(
      'people:\n  - &a { id: x, name: X }\n  - *a\n',
      'people:\n  - id: a\n    id: b\n    name: A\n',
      'people: ' + '['.repeat(200),
      'people:\n  - id: big\n    name: ' + 'N'.repeat(100000) + '\n',
      'a: &x [*x]\n',
      '\u0000\u0001binary',
    ),
  );

  it('never throws and locates every problem inside its file', () => {
    fc.assert(
      fc.property(yamlText, (text) => {
        const kb = loadKnowledgeBase([{ uri: 'file:///f.kb.yaml', text }]);
        checkSpans(text, kb.problems, 'problem');
        for (const p of kb.problems) assert.ok(p.message.length > 0);
      }),
      { numRuns: 300 },
    );
  });
});
