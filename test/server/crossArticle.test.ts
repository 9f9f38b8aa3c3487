// Cross-article findings: editing one article so that it contradicts another republishes both.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type { CodeAction, Diagnostic } from 'vscode-languageserver-protocol';
import YAML from 'yaml';
import { applyEdits, EXAMPLES, TestClient, uriOf } from './lspClient';

const file = (prefix: string) => path.join(EXAMPLES, fs.readdirSync(EXAMPLES).find((f) => f.startsWith(prefix))!);
const conflicts = (ds: Diagnostic[]) => ds.filter((d) => d.code === 'conflicting-fact');

// The starter KB dates the 2014 agreement, and a fact the KB holds is checked against the KB only; without
// the starter KB the two articles are compared with each other.
describe('language server: cross-article conflicts', function () {
  this.timeout(60000);
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({
      root: EXAMPLES,
      settings: { articles: { globs: ['**/*.txt'] }, knowledgeBase: { globs: ['**/*.kb.yaml'], includeStarter: false } },
    });
    await client.indexed();
  });

  after(async () => {
    await client?.stop();
  });

  it('reports a conflicting-fact finding in both articles when 004 dates the 2014 agreement differently', async () => {
    const uri003 = client.open(file('003'));
    const text004 = fs.readFileSync(file('004'), 'utf8');
    const uri004 = client.open(file('004'), 'news-article', text004);
    const before003 = await client.diagnosticsFor(uri003);
    const before004 = await client.diagnosticsFor(uri004);
    assert.deepStrictEqual(conflicts(before003), [], 'the examples agree on November 2014');
    assert.deepStrictEqual(conflicts(before004), []);

    assert.ok(text004.includes('in Nov 2014 signed'));
    client.change(uri004, text004.replace('in Nov 2014 signed', 'in Oct 2014 signed'));
    const in004 = conflicts(await client.diagnosticsFor(uri004, (ds) => conflicts(ds).length > 0));
    const in003 = conflicts(await client.diagnosticsFor(uri003, (ds) => conflicts(ds).length > 0));
    // Each side points at the other.
    assert.ok(in004.some((d) => d.relatedInformation?.some((r) => r.location.uri === uri003)), '004 cites 003');
    assert.ok(in003.some((d) => d.relatedInformation?.some((r) => r.location.uri === uri004)), '003 cites 004');

    client.change(uri004, text004);
    await client.diagnosticsFor(uri004, (ds) => conflicts(ds).length === 0);
    await client.diagnosticsFor(uri003, (ds) => conflicts(ds).length === 0);
  });

  it('offers to add an unknown official to the workspace KB file, but not in fix-all', async () => {
    const text004 = fs.readFileSync(file('004'), 'utf8');
    const uri004 = client.open(file('004'), 'news-article', text004);
    const ds = await client.diagnosticsFor(uri004, (d) => d.some((x) => x.code === 'unknown-official' && /Tasnim Aslam/.test(x.message)));
    const unknown = ds.find((x) => x.code === 'unknown-official' && /Tasnim Aslam/.test(x.message))!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri004 },
      range: unknown.range,
      context: { diagnostics: [unknown], only: ['quickfix'] },
    });
    const kbFile = path.join(EXAMPLES, 'pakistan-russia.kb.yaml');
    const add = actions.find((a) => a.edit?.changes?.[uriOf(kbFile)]);
    assert.ok(add, 'a fix editing the workspace KB');
    const kbAfter = applyEdits(fs.readFileSync(kbFile, 'utf8'), add.edit!.changes![uriOf(kbFile)]);
    const people = (YAML.parse(kbAfter) as { people: { id: string; name: string }[] }).people;
    assert.ok(people.some((p) => p.name === 'Tasnim Aslam'));
    const all = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri: uri004 },
      range: unknown.range,
      context: { diagnostics: [], only: ['source.fixAll.newsAnnotator'] },
    });
    for (const a of all) assert.deepStrictEqual(Object.keys(a.edit?.changes ?? {}), [uri004], 'fix-all edits only the article');
    client.close(uri004);
  });
});

describe('language server: conflicts with the starter KB', function () {
  this.timeout(60000);
  let client: TestClient;

  before(async () => {
    client = await TestClient.start({ root: EXAMPLES, settings: { articles: { globs: ['**/*.txt'] } } });
    await client.indexed();
  });

  after(async () => {
    await client?.stop();
  });

  it('reports the edited article against the KB entry, and leaves the other article alone', async () => {
    const uri003 = client.open(file('003'));
    const text004 = fs.readFileSync(file('004'), 'utf8');
    const uri004 = client.open(file('004'), 'news-article', text004);
    await client.diagnosticsFor(uri003);
    await client.diagnosticsFor(uri004);
    client.change(uri004, text004.replace('in Nov 2014 signed', 'in Oct 2014 signed'));
    const [conflict] = conflicts(await client.diagnosticsFor(uri004, (ds) => conflicts(ds).length > 0));
    assert.match(conflict.message, /KB: 2014-11/);
    assert.ok(conflict.relatedInformation?.some((r) => r.location.uri.endsWith('/server/kb/starter.kb.yaml')), 'cites the KB entry');
    assert.deepStrictEqual(conflicts(client.diagnostics.get(uri003) ?? []), []);
  });
});
