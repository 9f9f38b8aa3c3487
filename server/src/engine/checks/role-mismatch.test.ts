import * as assert from 'assert';
import { roleMismatch } from './role-mismatch';
import { analysis, context, FOMIN, KHAWAJA_ASIF, kbWith, official } from './testing';

const kb = kbWith({ people: [KHAWAJA_ASIF, FOMIN] });

function run(text: string, mentions: Parameters<typeof analysis>[2]) {
  return roleMismatch.check(context(analysis('file:///a.txt', text, mentions), kb));
}

describe('role-mismatch', () => {
  it('flags "Defence Minister Khawaja Asif" in March 2018 and names the KB evidence', () => {
    const text = ' date 2018-03-03 Defence Minister Khawaja Asif visited Moscow.';
    const [f, ...rest] = run(text, [official(text, 'Defence Minister Khawaja Asif', 'khawaja-asif', { name: 'Khawaja Asif', title: 'Defence Minister' })]);
    assert.strictEqual(rest.length, 0);
    assert.strictEqual(f.code, 'role-mismatch');
    assert.strictEqual(f.severity, 'warning');
    assert.strictEqual(text.slice(f.start, f.end), 'Defence Minister');
    assert.match(f.message, /KB: Minister of Foreign Affairs 2017-08-04 → 2018-04-26/);
    assert.strictEqual(f.fixes[0].edits[0].newText, 'Foreign Minister');
    assert.strictEqual(f.related[0].uri, 'file:///kb.yaml');
  });

  it('accepts the Defence Minister title in 2015 and the Foreign Minister title in 2018 (both right for their dates)', () => {
    const t2015 = ' date 2015-04-16 Pakistan Defence Minister Khawaja Asif met Shoigu.';
    assert.deepStrictEqual(run(t2015, [official(t2015, 'Pakistan Defence Minister Khawaja Asif', 'khawaja-asif', { name: 'Khawaja Asif', title: 'Pakistan Defence Minister' })]), []);
    const t2018 = ' date 2018-03-03 Foreign Minister Khawaja Muhammad Asif visited Moscow.';
    assert.deepStrictEqual(run(t2018, [official(t2018, 'Foreign Minister Khawaja Muhammad Asif', 'khawaja-asif', { name: 'Khawaja Muhammad Asif', title: 'Foreign Minister' })]), []);
  });

  it('accepts a past role introduced by "then" after it ended, but not without "then"', () => {
    const text = ' date 2018-08-08 during the visit of the then foreign minister Khawaja Asif to Moscow.';
    const past = official(text, 'then foreign minister Khawaja Asif', 'khawaja-asif', { name: 'Khawaja Asif', title: 'foreign minister', past: true });
    assert.deepStrictEqual(run(text, [past]), []);
    const notPast = { ...past, past: false };
    // 2018-08-08: no dated role of his covers the day, so the KB cannot say what he was instead: silent.
    assert.deepStrictEqual(run(text, [notPast]), []);
    const later = ' date 2022-06-01 the then foreign minister Khawaja Asif said.';
    const f = run(later, [official(later, 'then foreign minister Khawaja Asif', 'khawaja-asif', { name: 'Khawaja Asif', title: 'foreign minister', past: true })]);
    assert.deepStrictEqual(f, []);
  });

  it('matches titles whatever their word order, case and country words', () => {
    const text = ' date 2021-09-29 Russian side was led by Col Gen Alexander V Fomin, Deputy Defence Minister of Russia.';
    assert.deepStrictEqual(run(text, [official(text, 'Col Gen Alexander V Fomin, Deputy Defence Minister of Russia', 'alexander-fomin', { name: 'Alexander V Fomin', title: 'Deputy Defence Minister of Russia' })]), []);
  });

  it('flags the FSMTC title after Fomin moved to the Defence Ministry, with a fix in the written style', () => {
    const text = ' date 2018-08-08 FSMTC director Alexander Fomin led the talks.';
    const [f] = run(text, [official(text, 'FSMTC director Alexander Fomin', 'alexander-fomin', { name: 'Alexander Fomin', title: 'FSMTC director' })]);
    assert.ok(f);
    assert.match(f.message, /Deputy Minister of Defence 2017-01 → 2025-10/);
    assert.strictEqual(f.fixes[0].edits[0].newText, 'Deputy Defence Minister');
  });

  it('gives only a hint for a title the KB does not know while it knows the post held that day', () => {
    const text = ' date 2018-03-03 Deputy Defence Minister of Russia Khawaja Asif spoke.';
    const [f] = run(text, [official(text, 'Deputy Defence Minister of Russia Khawaja Asif', 'khawaja-asif', { name: 'Khawaja Asif', title: 'Deputy Defence Minister of Russia' })]);
    assert.strictEqual(f.severity, 'hint');
    assert.match(f.message, /not among Khawaja Asif's posts/);
  });

  it('stays silent for relational titles, undated articles and unknown people', () => {
    const text = ' date 2018-03-03 his Russian counterpart Khawaja Asif met Dr Foo Bar.';
    assert.deepStrictEqual(run(text, [official(text, 'Russian counterpart Khawaja Asif', 'khawaja-asif', { name: 'Khawaja Asif', title: 'Russian counterpart' })]), []);
    const undated = 'Defence Minister Khawaja Asif visited Moscow.';
    assert.deepStrictEqual(run(undated, [official(undated, 'Defence Minister Khawaja Asif', 'khawaja-asif', { name: 'Khawaja Asif', title: 'Defence Minister' })]), []);
    assert.deepStrictEqual(run(text, [official(text, 'Dr Foo Bar', null, { name: 'Foo Bar', title: 'Dr' })]), []);
  });

  it('allows a week of slack before the article date (news reported a few days later)', () => {
    const text = ' date 2018-04-30 Foreign Minister Khawaja Asif said last week.';
    assert.deepStrictEqual(run(text, [official(text, 'Foreign Minister Khawaja Asif', 'khawaja-asif', { name: 'Khawaja Asif', title: 'Foreign Minister' })]), []);
  });
});
