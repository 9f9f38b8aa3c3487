import * as assert from 'assert';
import { runChecks, rules } from './index';
import { isSuppressed, parseSuppressions } from './suppression';
import { analysis, article, context, KHAWAJA_ASIF, kbWith, official } from './testing';
import { Finding } from '../types';

const kb = kbWith({ people: [KHAWAJA_ASIF] });

/** Two paragraphs, each with a wrong title (role-mismatch) for March 2018. */
function twoParagraphs(header: string, between = '') {
  const text = ` date 2018-03-03 ${header}Defence Minister Khawaja Asif went to Moscow.\n${between}\nDefence Minister Khawaja Asif returned.\n`;
  const ms = [0, 1].map((i) => official(text, 'Defence Minister Khawaja Asif', 'khawaja-asif', { name: 'Khawaja Asif', title: 'Defence Minister', occurrence: i }));
  return { text, run: (sev = {}) => runChecks(context(analysis('file:///a.txt', text, ms), kb), sev).filter((f) => f.code === 'role-mismatch') };
}

describe('suppression comments', () => {
  it('without comments both paragraphs are reported', () => {
    assert.strictEqual(twoParagraphs('').run().length, 2);
  });

  it('[news-annotator ignore CODE] on its own line suppresses that code in the next paragraph only', () => {
    const { text, run } = twoParagraphs('', '[news-annotator ignore role-mismatch, rank-mismatch]');
    const left = run();
    assert.strictEqual(left.length, 1);
    assert.ok(left[0].start < text.indexOf('[news-annotator'));
  });

  it('does not suppress other codes', () => {
    const { run } = twoParagraphs('', '[news-annotator ignore rank-mismatch]');
    assert.strictEqual(run().length, 2);
  });

  it('[news-annotator ignore] without codes suppresses every code in the next paragraph', () => {
    assert.strictEqual(twoParagraphs('', '[news-annotator ignore]').run().length, 1);
  });

  it('[news-annotator ignore-article] anywhere suppresses the whole article, with or without codes', () => {
    assert.strictEqual(twoParagraphs('', '[news-annotator ignore-article]').run().length, 0);
    assert.strictEqual(twoParagraphs('', '[news-annotator ignore-article ROLE-MISMATCH]').run().length, 0);
    assert.strictEqual(twoParagraphs('', '[news-annotator ignore-article anachronism]').run().length, 2);
  });

  it('a comment inside a paragraph governs that paragraph', () => {
    const { text, run } = twoParagraphs('[news-annotator ignore role-mismatch] ');
    const left = run();
    assert.strictEqual(left.length, 1);
    assert.ok(left[0].start > text.indexOf('returned') - 40);
  });

  it('reports unknown codes in comments', () => {
    const text = ' date 2018-03-03 Body.\n[news-annotator ignore rol-mismatch]\nMore.';
    const found = runChecks(context(analysis('file:///a.txt', text), kb));
    const f = found.find((x) => x.code === 'suppression-unknown-code')!;
    assert.ok(f);
    assert.match(f.message, /rol-mismatch/);
    assert.strictEqual(text.slice(f.start, f.end), '[news-annotator ignore rol-mismatch]');
  });

  it('parses without backtracking on a long line of brackets', () => {
    const text = '[news-annotator ignore '.repeat(20000) + 'x';
    assert.strictEqual(parseSuppressions(article('file:///a.txt', text)).length, 0);
  });

  it('isSuppressed matches case-insensitively within the span', () => {
    const f = { start: 5, end: 6, code: 'Role-Mismatch' } as Finding;
    assert.ok(isSuppressed(f, [{ start: 0, end: 10, codes: ['role-mismatch'], comment: { start: 0, end: 0 } }]));
    assert.ok(!isSuppressed(f, [{ start: 6, end: 10, codes: [], comment: { start: 0, end: 0 } }]));
  });
});

describe('runChecks settings', () => {
  it('turns a rule off or changes its severity', () => {
    const { run } = twoParagraphs('');
    assert.strictEqual(run({ 'role-mismatch': 'off' }).length, 0);
    assert.ok(run({ 'role-mismatch': 'error' }).every((f) => f.severity === 'error'));
  });

  it('has unique codes and a description for every rule', () => {
    const codes = rules.map((r) => r.code);
    assert.strictEqual(new Set(codes).size, codes.length);
    for (const r of rules) assert.ok(r.description.length > 10, r.code);
  });
});
