import * as assert from 'assert';
import { KnowledgeBase, Problem } from '../types';
import { loadKnowledgeBase, MAX_KB_FILE_CHARS } from './load';
import { kbFieldSpan } from './yaml-nodes';

const load = (text: string, uri = 'file:///a.kb.yaml') => loadKnowledgeBase([{ uri, text }]);
const at = (text: string, p: Problem) => text.slice(p.start, p.end);
const codes = (kb: KnowledgeBase) => kb.problems.map((p) => p.code);
const only = (kb: KnowledgeBase, code: string) => kb.problems.filter((p) => p.code === code);

const person = (id: string, name: string, extra = '') => `  - id: ${id}\n    name: ${name}\n${extra}`;

describe('kb loader', () => {
  it('loads entities with locations of their map nodes', () => {
    const text = `# header\npeople:\n${person('a-b', 'A B', '    aliases: [AB]\n')}places:\n  - { id: moscow, name: Moscow, aliases: [] }\n`;
    const kb = load(text);
    assert.deepStrictEqual(kb.problems, []);
    assert.strictEqual(kb.people[0].loc?.uri, 'file:///a.kb.yaml');
    assert.strictEqual(at(text, { ...kb.people[0].loc!, uri: '', code: '', severity: 'error', message: '' }), 'id: a-b\n    name: A B\n    aliases: [AB]');
    assert.strictEqual(text.slice(kb.places[0].loc!.start, kb.places[0].loc!.end), '{ id: moscow, name: Moscow, aliases: [] }');
    assert.deepStrictEqual(kb.people[0].ranks, []);
    assert.deepStrictEqual(kb.people[0].roles, []);
  });

  it('reads dates as strings: unquoted years and full dates alike', () => {
    const kb = load(`people:\n${person('a', 'A', '    roles:\n      - { title: T, from: 2004, to: 2021-09-28 }\n')}`);
    assert.deepStrictEqual(kb.problems, []);
    assert.strictEqual(kb.people[0].roles[0].from, '2004');
    assert.strictEqual(kb.people[0].roles[0].to, '2021-09-28');
  });

  it('treats an empty or comment-only file as an empty KB', () => {
    assert.deepStrictEqual(load('').problems, []);
    assert.deepStrictEqual(load('# nothing yet\n').problems, []);
    assert.deepStrictEqual(load('people:\n').problems, []);
  });

  it('reports malformed YAML as kb-yaml errors at the error, and keeps going', () => {
    const text = 'people:\n  - id: a\n    name: [A\nplaces:\n  - id: b\n';
    const kb = load(text);
    const yaml = only(kb, 'kb-yaml');
    assert.ok(yaml.length >= 1);
    assert.ok(yaml.every((p) => p.severity === 'error'));
    assert.ok(yaml[0].start >= text.indexOf('[A') && yaml[0].start <= text.length, `error at ${yaml[0].start}`);
    assert.ok(!codes(kb).includes('kb-schema'), 'no schema echo of a syntax error');
  });

  it('reports a duplicate key as kb-yaml on the second key', () => {
    const text = 'people:\n  - id: a\n    name: A\n    name: B\n';
    const p = only(load(text), 'kb-yaml')[0];
    assert.ok(p);
    assert.strictEqual(p.start, text.lastIndexOf('name'));
  });

  it('locates schema errors on the offending node', () => {
    const text = `people:\n${person('a', 'A', '    aliases: [A1, 42]\n    titel: x\n    roles:\n      - title: T\n        from: March 2018\n')}events:\n  - id: Bad_Id\n    name: E\n    kind: summit\n`;
    const kb = load(text);
    const schema = only(kb, 'kb-schema');
    const byText = new Map(schema.map((p) => [at(text, p), p]));
    assert.ok(byText.has('42'), 'alias that is not a string');
    assert.ok(byText.has('titel'), 'unknown field on its key');
    assert.match(byText.get('titel')!.message, /unknown field "titel"/);
    assert.ok(byText.has('March 2018'));
    assert.match(byText.get('March 2018')!.message, /people › a › roles\[0\] › from must be a start date/);
    assert.ok(byText.has('Bad_Id'));
    assert.match(byText.get('Bad_Id')!.message, /kebab-case/);
    assert.ok(byText.has('summit'));
    assert.ok(schema.every((p) => p.severity === 'error'));
    assert.strictEqual(schema.length, 5, schema.map((p) => p.message).join('\n'));
  });

  it('reports a missing required field on the first line of the entry', () => {
    const text = 'places:\n  - id: x\n    country: Pakistan\n';
    const [p] = only(load(text), 'kb-schema');
    assert.match(p.message, /lacks the required field "name"/);
    assert.strictEqual(at(text, p), 'id: x');
    assert.strictEqual(load(text).places.length, 0, 'an entry without a name is not loaded');
  });

  it('lets later files override earlier ones by id, keeping the other entries', () => {
    const starter = `people:\n${person('a', 'Old A')}${person('b', 'B')}`;
    const workspace = `people:\n${person('a', 'New A')}${person('c', 'C')}`;
    const kb = loadKnowledgeBase([
      { uri: 'starter', text: starter },
      { uri: 'ws', text: workspace },
    ]);
    assert.deepStrictEqual(kb.problems, []);
    assert.deepStrictEqual(kb.people.map((p) => [p.id, p.name, p.loc?.uri]), [
      ['a', 'New A', 'ws'],
      ['b', 'B', 'starter'],
      ['c', 'C', 'ws'],
    ]);
  });

  it('kb-duplicate-id: warns on the second id in one file, not across files', () => {
    const text = `people:\n${person('a', 'A')}${person('a', 'A again')}`;
    const kb = load(text);
    const [p] = only(kb, 'kb-duplicate-id');
    assert.strictEqual(p.severity, 'warning');
    assert.strictEqual(p.start, text.lastIndexOf('a\n    name: A again'));
    assert.match(p.message, /line 2/);
    assert.strictEqual(kb.people[0].name, 'A again');
    const across = loadKnowledgeBase([
      { uri: '1', text: `people:\n${person('a', 'A')}` },
      { uri: '2', text: `people:\n${person('a', 'A2')}` },
    ]);
    assert.deepStrictEqual(codes(across), []);
    assert.match(only(load(`people:\n${person('a', 'A')}places:\n${person('a', 'Place A')}`), 'kb-duplicate-id')[0].message, /unique across sections/);
  });

  it('kb-shared-alias: warns when two people share a name or alias (case and dots aside)', () => {
    const text = `people:\n${person('a', 'Sergei Ivanov', '    aliases: [S. Ivanov]\n')}${person('b', 'Sergei Petrov', '    aliases: [Sergei Petrov Jr, s ivanov]\n')}`;
    const kb = load(text);
    const [p] = only(kb, 'kb-shared-alias');
    assert.strictEqual(p.severity, 'warning');
    assert.strictEqual(at(text, p), 's ivanov');
    assert.match(p.message, /Sergei Petrov \(b\) and Sergei Ivanov \(a\)/);
    const fine = load(`people:\n${person('a', 'Sergei Ivanov', '    aliases: [Sergei Ivanov, S Ivanov]\n')}${person('b', 'Sergei Petrov')}`);
    assert.deepStrictEqual(codes(fine), []);
  });

  it('kb-shared-alias: also across files, located in the later file', () => {
    const kb = loadKnowledgeBase([
      { uri: 'starter', text: `people:\n${person('a', 'Muhammad Ali')}` },
      { uri: 'ws', text: `people:\n${person('b', 'Muhammad Ali Khan', '    aliases: [Muhammad Ali]\n')}` },
    ]);
    const [p] = only(kb, 'kb-shared-alias');
    assert.strictEqual(p.uri, 'ws');
  });

  it('kb-overlapping-roles: same title overlapping, or a role ending before it starts', () => {
    const roles = (r: string) => load(`people:\n${person('a', 'A', `    roles:\n${r}`)}`);
    const overlap = roles('      - { title: Minister of Defence, from: 2013-11, to: 2017-07 }\n      - { title: minister of defence, from: 2017-07 }\n');
    const [p] = only(overlap, 'kb-overlapping-roles');
    assert.strictEqual(p.severity, 'warning');
    assert.match(p.message, /2017-07 → present/);
    assert.match(p.message, /2013-11 → 2017-07/);
    const reversed = roles('      - { title: T, from: 2018-05, to: 2018-04-30 }\n');
    assert.match(only(reversed, 'kb-overlapping-roles')[0].message, /ends \(2018-04-30\) before it starts \(2018-05\)/);
    // Consecutive terms and different titles at once are fine.
    const fine = roles('      - { title: Minister of Defence, from: 2013-11, to: 2017-07 }\n      - { title: Minister of Defence, from: 2017-08 }\n      - { title: Minister for Water and Power, from: 2013-06 }\n');
    assert.deepStrictEqual(codes(fine), []);
  });

  it('kb-overlapping-roles: also a reversed rank or edition period', () => {
    const rank = load(`people:\n${person('a', 'A', '    ranks:\n      - { rank: General, from: 2020, to: 2019 }\n')}`);
    assert.deepStrictEqual(codes(rank), ['kb-overlapping-roles']);
    const edition = load('exercises:\n  - id: d\n    name: D\n    editions:\n      - { edition: 1, from: 2021-10-09, to: 2021-09-28 }\n');
    assert.deepStrictEqual(codes(edition), ['kb-overlapping-roles']);
  });

  it('kb-impossible-date: errors on calendar-impossible dates, located on the value', () => {
    const text = `people:\n${person('a', 'A', '    roles:\n      - { title: T, from: 2021-02-30, to: 2021-13 }\n')}events:\n  - { id: e, name: E, date: 2024-02-29 }\n`;
    const kb = load(text);
    const problems = only(kb, 'kb-impossible-date');
    assert.deepStrictEqual(problems.map((p) => at(text, p)), ['2021-02-30', '2021-13']);
    assert.ok(problems.every((p) => p.severity === 'error'));
    assert.match(problems[0].message, /no day 30/);
    assert.ok(!codes(kb).includes('kb-schema'), 'not also a schema error');
    assert.strictEqual(kb.people[0].roles[0].from, undefined, 'the impossible date is not loaded');
    assert.strictEqual(kb.events[0].date, '2024-02-29');
  });

  it('refuses binary and huge input with a clear problem, without throwing', () => {
    const binary = load('people:\u0000\u0001\u0002');
    assert.deepStrictEqual(codes(binary), ['kb-yaml']);
    assert.match(binary.problems[0].message, /binary/);
    const huge = load('#'.repeat(MAX_KB_FILE_CHARS + 1));
    assert.deepStrictEqual(codes(huge), ['kb-yaml']);
    assert.match(huge.problems[0].message, /too large/);
  });

  it('never throws on odd input', () => {
    for (const text of ['[1, 2]', '42', '- a\n- b', 'people: 3', 'people: [1, "x", null, {id: 1}]', 'a: &x [*x]', '---\na: 1\n---\nb: 2\n', ':\n:', '\t\tpeople:', '{{{{']) {
      const kb = load(text);
      assert.ok(Array.isArray(kb.problems), text);
      assert.ok(kb.problems.length > 0, `expected a problem for ${JSON.stringify(text)}`);
    }
    assert.doesNotThrow(() => loadKnowledgeBase([{ uri: 'x', text: undefined as unknown as string }]));
  });
});

describe('kbFieldSpan', () => {
  const text = `people:\n${person('khawaja-asif', 'Khawaja Asif', '    aliases: [Kh Asif, Asif Khawaja]\n    roles:\n      - title: Minister of Defence\n        from: 2013-11-27\n')}`;

  it('finds the span of an alias, a role title, or the whole entity', () => {
    const alias = kbFieldSpan(text, 'khawaja-asif', ['aliases', 1])!;
    assert.strictEqual(text.slice(alias.start, alias.end), 'Asif Khawaja');
    const title = kbFieldSpan(text, 'khawaja-asif', ['roles', 0, 'title'])!;
    assert.strictEqual(text.slice(title.start, title.end), 'Minister of Defence');
    const whole = kbFieldSpan(text, 'khawaja-asif')!;
    assert.ok(text.slice(whole.start, whole.end).startsWith('id: khawaja-asif'));
  });

  it('returns null for a missing entity or field', () => {
    assert.strictEqual(kbFieldSpan(text, 'nobody', ['aliases']), null);
    assert.strictEqual(kbFieldSpan(text, 'khawaja-asif', ['aliases', 5]), null);
    assert.strictEqual(kbFieldSpan(text, 'khawaja-asif', ['ranks']), null);
  });
});

describe('kb schema messages', () => {
  it('says what a wrongly-typed value must be', () => {
    const root = loadKnowledgeBase([{ uri: 'x', text: '- a\n- b\n' }]);
    assert.match(root.problems[0].message, /the file must be a YAML map with people/);
    const text = 'people: {id: a}\n';
    const [p] = loadKnowledgeBase([{ uri: 'x', text }]).problems;
    assert.match(p.message, /people must be a list or empty/);
    assert.strictEqual(text.slice(p.start, p.end), '{id: a}');
  });
});
