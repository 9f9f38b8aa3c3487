import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { parseDocument } from 'yaml';
import { addEntryEdit, addListItemEdit, applyEdits, yamlScalar } from './edit';

const fixtures = path.resolve(process.cwd(), 'server/src/engine/kb/fixtures/edit');
const cases = fs.readdirSync(fixtures).filter((f) => f.endsWith('.input.yaml')).map((f) => f.replace('.input.yaml', ''));

describe('kb addEntryEdit (golden files)', () => {
  it('has golden cases', () => assert.ok(cases.length >= 8, `only ${cases.length} cases in ${fixtures}`));

  for (const name of cases) {
    describe(name, () => {
      const input = fs.readFileSync(path.join(fixtures, `${name}.input.yaml`), 'utf8');
      const expected = fs.readFileSync(path.join(fixtures, `${name}.expected.yaml`), 'utf8');
      const { section, entry } = JSON.parse(fs.readFileSync(path.join(fixtures, `${name}.entry.json`), 'utf8'));
      const edits = addEntryEdit('file:///kb.yaml', input, section, entry);
      const output = applyEdits(input, edits);

      it('matches the expected file', () => assert.strictEqual(output, expected));

      it('yields valid YAML whose section ends with the entry (without loc)', () => {
        const doc = parseDocument(output);
        assert.deepStrictEqual(doc.errors, []);
        const list = (doc.toJS() as Record<string, unknown[]>)[section];
        const { loc, ...plain } = entry;
        void loc;
        assert.deepStrictEqual(list[list.length - 1], plain);
      });

      it('keeps every other byte: the input is the output minus the inserted text', () => {
        // Only pure insertions are checked this way; filling `[]`/`null` also deletes that value.
        if (edits.some((e) => e.end > e.start)) return;
        assert.strictEqual(edits.length, 1);
        const e = edits[0];
        assert.strictEqual(output.slice(0, e.start) + output.slice(e.start + e.newText.length), input);
      });
    });
  }

  it('refuses (no edits) to touch a file with YAML errors, a flow root or a non-list section', () => {
    const entry = { id: 'x', name: 'X', aliases: [] };
    assert.deepStrictEqual(addEntryEdit('u', 'people: [\n  - a', 'people', entry), []);
    assert.deepStrictEqual(addEntryEdit('u', '{people: []}', 'people', entry), []);
    assert.deepStrictEqual(addEntryEdit('u', 'people:\n  a: 1\n', 'people', entry), []);
  });

  it('creates the section in an empty file', () => {
    const out = applyEdits('', addEntryEdit('u', '', 'places', { id: 'moscow', name: 'Moscow', aliases: [] }));
    assert.strictEqual(out, 'places:\n  - id: moscow\n    name: Moscow\n    aliases: []\n');
  });
});

describe('kb addListItemEdit', () => {
  const add = (text: string, id: string, field: (string | number)[], value: string) => applyEdits(text, addListItemEdit('u', text, id, field, value));

  it('appends to a flow list, keeping the rest of the line', () => {
    const text = 'people:\n  - id: a\n    name: A\n    aliases: [A1, A2]  # spellings\n';
    assert.strictEqual(add(text, 'a', ['aliases'], 'Alexander V Fomin'), 'people:\n  - id: a\n    name: A\n    aliases: [A1, A2, Alexander V Fomin]  # spellings\n');
    assert.strictEqual(add('people:\n  - { id: a, name: A, aliases: [] }\n', 'a', ['aliases'], 'X'), 'people:\n  - { id: a, name: A, aliases: [X] }\n');
  });

  it('appends to a block list at its indentation', () => {
    const text = 'people:\n  - id: a\n    name: A\n    aliases:\n      - A1 # first\n    roles: []\n';
    assert.strictEqual(add(text, 'a', ['aliases'], 'A2'), 'people:\n  - id: a\n    name: A\n    aliases:\n      - A1 # first\n      - A2\n    roles: []\n');
  });

  it("creates the field after `name`, or inside a flow map, or fills an empty one", () => {
    const text = 'people:\n  - id: a\n    name: A\n    roles: []\n';
    assert.strictEqual(add(text, 'a', ['aliases'], 'A1'), 'people:\n  - id: a\n    name: A\n    aliases: [A1]\n    roles: []\n');
    assert.strictEqual(add('places: [{ id: m, name: M }]\n', 'm', ['aliases'], 'Moskva'), 'places: [{ id: m, name: M, aliases: [Moskva] }]\n');
    assert.strictEqual(add('people:\n  - id: a\n    name: A\n    aliases:\n', 'a', ['aliases'], 'A1'), 'people:\n  - id: a\n    name: A\n    aliases: [A1]\n');
  });

  it('adds a title alias to a given role', () => {
    const text = 'people:\n  - id: a\n    name: A\n    roles:\n      - title: Chief of Army Staff\n        from: 2016-11-29\n';
    const out = add(text, 'a', ['roles', 0, 'titleAliases'], 'Army Chief');
    assert.deepStrictEqual((parseDocument(out).toJS() as any).people[0].roles[0].titleAliases, ['Army Chief']);
    assert.ok(out.startsWith(text.slice(0, text.indexOf('\n        from'))));
  });

  it('quotes values that YAML would read otherwise', () => {
    for (const v of ['Smith, John', '2017', 'yes', 'a: b', '[x]', '#tag', ' padded', 'Ali "the" Khan', "O'Brien", '- dash', 'null']) {
      const out = add('people:\n  - { id: a, name: A, aliases: [] }\n', 'a', ['aliases'], v);
      assert.deepStrictEqual((parseDocument(out).toJS() as any).people[0].aliases, [v], `${v} → ${out}`);
      const block = add('people:\n  - id: a\n    name: A\n    aliases:\n      - x\n', 'a', ['aliases'], v);
      assert.deepStrictEqual((parseDocument(block).toJS() as any).people[0].aliases, ['x', v], `${v} → ${block}`);
    }
    assert.strictEqual(yamlScalar('Alexander V. Fomin'), 'Alexander V. Fomin');
  });

  it('returns no edit for an unknown entity, a missing parent or broken YAML', () => {
    assert.deepStrictEqual(addListItemEdit('u', 'people:\n  - { id: a, name: A }\n', 'b', ['aliases'], 'x'), []);
    assert.deepStrictEqual(addListItemEdit('u', 'people:\n  - { id: a, name: A }\n', 'a', ['roles', 3, 'titleAliases'], 'x'), []);
    assert.deepStrictEqual(addListItemEdit('u', 'people: [', 'a', ['aliases'], 'x'), []);
  });
});
