// Protocol tests over stdio against the real server, with examples/pakistan-russia as the workspace.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import type {
  CodeAction,
  CodeLens,
  DocumentSymbol,
  Hover,
  InlayHint,
  Location,
  MarkupContent,
  SemanticTokens,
  SymbolInformation,
} from 'vscode-languageserver-protocol';
import { EntitiesResult, TimelineResult } from '../../server/src/shared/protocol';
import { applyEdits, EXAMPLES, positionOf, STARTER_KB, TestClient, uriOf } from './lspClient';

const file = (prefix: string) => path.join(EXAMPLES, fs.readdirSync(EXAMPLES).find((f) => f.startsWith(prefix))!);
const A000 = file('000');
const A002 = file('002');
const A003 = file('003');
const A004 = file('004');
const text = (f: string) => fs.readFileSync(f, 'utf8');
const hoverText = (h: Hover | null) => (h ? (h.contents as MarkupContent).value : '');
const TOKEN_TYPES = ['official', 'date', 'exercise', 'organisation', 'place', 'event'];

interface DecodedToken {
  line: number;
  start: number;
  length: number;
  type: string;
}

function decode(tokens: SemanticTokens, legend: string[]): DecodedToken[] {
  const out: DecodedToken[] = [];
  let line = 0;
  let start = 0;
  for (let i = 0; i < tokens.data.length; i += 5) {
    const [dl, ds, length, type] = tokens.data.slice(i, i + 4);
    line += dl;
    start = dl === 0 ? start + ds : ds;
    out.push({ line, start, length, type: legend[type] });
  }
  return out;
}

describe('language server over stdio (examples/pakistan-russia)', function () {
  this.timeout(60000);
  let client: TestClient;
  const uris: Record<string, string> = {};

  before(async () => {
    client = await TestClient.start({ root: EXAMPLES, settings: { articles: { globs: ['**/*.txt'] } } });
    await client.indexed();
    for (const f of fs.readdirSync(EXAMPLES).filter((n) => n.endsWith('.txt'))) uris[f.slice(0, 3)] = client.open(path.join(EXAMPLES, f));
    await Promise.all(Object.values(uris).map((u) => client.diagnosticsFor(u)));
  });

  after(async () => {
    await client?.stop();
  });

  it('declares its features and the semantic token legend', () => {
    const caps = client.initializeResult.capabilities;
    assert.ok(caps.hoverProvider && caps.definitionProvider && caps.referencesProvider && caps.inlayHintProvider);
    assert.deepStrictEqual(caps.semanticTokensProvider && 'legend' in caps.semanticTokensProvider && caps.semanticTokensProvider.legend.tokenTypes, TOKEN_TYPES);
  });

  it('indexes the workspace with cancellable work-done progress', () => {
    assert.ok(client.progressTokens.length >= 1, 'window/workDoneProgress/create was requested');
    const token = client.progressTokens[0];
    const kinds = client.progress.filter((p) => p.token === token).map((p) => p.value);
    assert.strictEqual(kinds[0]?.kind, 'begin');
    assert.strictEqual(kinds[0]?.cancellable, true);
    assert.ok(kinds.some((k) => k.kind === 'report' && typeof k.percentage === 'number'));
    assert.strictEqual(kinds[kinds.length - 1]?.kind, 'end');
  });

  it('publishes diagnostics with source, rule code and valid ranges', () => {
    for (const [name, uri] of Object.entries(uris)) {
      const lines = text(file(name)).split(/\r\n|\r|\n/);
      for (const d of client.diagnostics.get(uri)!) {
        assert.strictEqual(d.source, 'news-annotator');
        assert.strictEqual(typeof d.code, 'string');
        assert.ok(d.range.start.line < lines.length && d.range.end.character <= lines[d.range.end.line].length, `range inside ${name}`);
      }
    }
  });

  it('hovers on an official with the KB entry, role on the article date and mentions', async () => {
    const h = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uris['000'] },
      position: positionOf(text(A000), 'Col Gen Fomin', 0, 9),
    });
    const value = hoverText(h);
    assert.match(value, /Alexander Fomin/);
    assert.match(value, /Deputy Minister of Defence/);
    // The main office first: concurrent posts follow the KB's (chronological) order.
    assert.match(value, /On 2024-10-29: Colonel General, Deputy Minister of Defence[^\n]*; Member of the Russian delegation/);
    assert.match(value, /Mentioned in [3-9] articles, 2018-08-08 → 2024-10-29/);
    assert.match(value, /\]\(command:newsAnnotator\.openKbEntry\?/);
  });

  it('hovers on a relative date with its value, weekday and what it was resolved against', async () => {
    const t = text(A000);
    const h = await client.request<Hover | null>('textDocument/hover', { textDocument: { uri: uris['000'] }, position: positionOf(t, 'Tuesday', 0, 2) });
    const value = hoverText(h);
    assert.match(value, /2024-10-29/);
    assert.match(value, /Weekday: Tuesday/);
    assert.match(value, /Resolved against the article date 2024-10-29/);
    const undated = await client.request<Hover | null>('textDocument/hover', {
      textDocument: { uri: uris['002'] },
      position: positionOf(text(A002), 'last November', 0, 6),
    });
    assert.match(hoverText(undated), /No article date: unresolved/);
  });

  it('goes to the KB entry of an official', async () => {
    const loc = await client.request<Location | null>('textDocument/definition', {
      textDocument: { uri: uris['000'] },
      position: positionOf(text(A000), 'Col Gen Fomin', 0, 9),
    });
    assert.ok(loc, 'a definition');
    assert.strictEqual(loc.uri, uriOf(STARTER_KB));
    const kbLines = text(STARTER_KB).split(/\r\n|\r|\n/);
    const snippet = kbLines.slice(loc.range.start.line, loc.range.end.line + 1).join('\n');
    assert.match(snippet, /fomin/i);
  });

  it('finds references to an official across articles', async () => {
    const refs = await client.request<Location[]>('textDocument/references', {
      textDocument: { uri: uris['003'] },
      position: positionOf(text(A003), 'Gen Fomin', 0, 5),
      context: { includeDeclaration: false },
    });
    const slice = (r: Location) => {
      const t = text(file(Object.keys(uris).find((k) => uris[k] === r.uri)!));
      const line = t.split(/\r\n|\r|\n/)[r.range.start.line];
      return line.slice(r.range.start.character, r.range.end.line === r.range.start.line ? r.range.end.character : undefined);
    };
    // Every article naming Fomin has a reference whose text names him (others are re-mentions by title).
    for (const name of ['000', '001', '003']) assert.ok(refs.some((r) => r.uri === uris[name] && /Fomin/.test(slice(r))), `"Fomin" in ${name}`);
    assert.ok(refs.every((r) => slice(r).trim().length > 0));
    assert.ok(!refs.some((r) => r.uri === uris['002'] || r.uri === uris['004']), 'not in articles without him');
  });

  it('outlines an article by entity kind', async () => {
    const symbols = await client.request<DocumentSymbol[]>('textDocument/documentSymbol', { textDocument: { uri: uris['000'] } });
    const officials = symbols.find((s) => s.name === 'Officials');
    assert.ok(officials, 'an Officials group');
    assert.ok(officials.children!.some((c) => /Fomin/.test(c.name)));
    assert.ok(officials.children!.some((c) => /Munir/.test(c.name)));
    assert.ok(symbols.some((s) => s.name === 'Dates'));
  });

  it('finds KB entries as workspace symbols', async () => {
    const symbols = await client.request<SymbolInformation[]>('workspace/symbol', { query: 'fomin' });
    const fomin = symbols.find((s) => /Fomin/.test(s.name));
    assert.ok(fomin);
    assert.strictEqual(fomin.location.uri, uriOf(STARTER_KB));
  });

  it('shows resolved values after relative dates as inlay hints', async () => {
    const t = text(A000);
    const lines = t.split(/\r\n|\r|\n/);
    const hints = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: uris['000'] },
      range: { start: { line: 0, character: 0 }, end: { line: lines.length, character: 0 } },
    });
    const afterTuesday = positionOf(t, 'Tuesday', 0, 'Tuesday'.length);
    const hint = hints.find((h) => h.position.line === afterTuesday.line && h.position.character === afterTuesday.character);
    assert.ok(hint, `a hint after "Tuesday" in ${JSON.stringify(hints)}`);
    assert.strictEqual(hint.label, ' ▸ 2024-10-29');
    // The undated article resolves nothing, so it shows no hint after "last November".
    const undated = await client.request<InlayHint[]>('textDocument/inlayHint', {
      textDocument: { uri: uris['002'] },
      range: { start: { line: 0, character: 0 }, end: { line: 1000, character: 0 } },
    });
    assert.ok(!undated.some((h) => String(h.label).includes('2014')));
  });

  it('colours mentions with non-overlapping semantic tokens', async () => {
    const t = text(A000);
    const tokens = decode(await client.request<SemanticTokens>('textDocument/semanticTokens/full', { textDocument: { uri: uris['000'] } }), TOKEN_TYPES);
    for (let i = 1; i < tokens.length; i++) {
      const a = tokens[i - 1];
      const b = tokens[i];
      assert.ok(b.line > a.line || b.start >= a.start + a.length, 'tokens are sorted and do not overlap');
    }
    const covers = (needle: string, delta: number, type: string) => {
      const p = positionOf(t, needle, 0, delta);
      return tokens.some((k) => k.type === type && k.line === p.line && k.start <= p.character && p.character < k.start + k.length);
    };
    assert.ok(covers('Col Gen Fomin', 9, 'official'), 'Fomin is an official token');
    assert.ok(covers('Tuesday', 1, 'date'), 'Tuesday is a date token');
  });

  it('answers the timeline request with ranges into the articles', async () => {
    const result = await client.request<TimelineResult>('newsAnnotator/timeline', {});
    assert.ok(result.events.length > 0, 'some events');
    const agreement = result.events.find((e) => e.date === '2014-11' || e.date.startsWith('2014-11'));
    assert.ok(agreement, 'the November 2014 defence cooperation agreement');
    const sourceUris = new Set(agreement.sources.map((s) => s.uri));
    assert.ok(sourceUris.has(uris['003']) && sourceUris.has(uris['004']), 'reported by 003 and 004');
    for (const s of agreement.sources) assert.ok(s.range.start.line >= 0 && s.range.end.line >= s.range.start.line);
    const fomin = (await client.request<EntitiesResult>('newsAnnotator/entities', {})).entities.find((e) => /Fomin/.test(e.name));
    assert.ok(fomin, 'Fomin is in the KB');
    const filtered = await client.request<TimelineResult>('newsAnnotator/timeline', { entity: fomin.id });
    assert.strictEqual(filtered.filter?.id, fomin.id);
    assert.ok(filtered.events.length > 0 && filtered.events.length < result.events.length, 'a strict, non-empty subset');
  });

  it('lists at most maxSources sources per timeline event, and counts them all', async () => {
    const full = await client.request<TimelineResult>('newsAnnotator/timeline', {});
    const multi = full.events.find((e) => e.sources.length >= 2);
    assert.ok(multi, 'an event reported by several articles');
    assert.strictEqual(multi.sourceCount, multi.sources.length, 'uncut: every source');
    const cut = (await client.request<TimelineResult>('newsAnnotator/timeline', { maxSources: 1 })).events.find((e) => e.id === multi.id);
    assert.ok(cut);
    assert.deepStrictEqual(cut.sources, multi.sources.slice(0, 1), 'the first source, in the same order');
    assert.strictEqual(cut.sourceCount, multi.sources.length);
  });

  it('lists KB entities with their mention and article counts', async () => {
    const result = await client.request<EntitiesResult>('newsAnnotator/entities', {});
    const fomin = result.entities.find((e) => /Fomin/.test(e.name));
    assert.ok(fomin);
    assert.strictEqual(fomin.kind, 'person');
    // The examples have fewer than ENTITY_MENTIONS_LISTED mentions of anyone: all are listed and counted.
    assert.strictEqual(fomin.mentionCount, fomin.mentions.length);
    assert.strictEqual(fomin.articleCount, new Set(fomin.mentions.map((m) => m.uri)).size);
    assert.ok(fomin.articleCount >= 3);
    for (const e of result.entities) assert.strictEqual(e.mentions.length, e.mentionCount, e.id);
  });

  it('names the KB entity mentioned at a position (innermost), and null elsewhere', async () => {
    const t = text(A000);
    const fomin = await client.request<{ id: string; kind: string; name: string } | null>('newsAnnotator/entityAt', { uri: uris['000'], position: positionOf(t, 'Fomin', 0, 2) });
    assert.ok(fomin && /Fomin/.test(fomin.name) && fomin.kind === 'person', JSON.stringify(fomin));
    const nothing = await client.request<unknown>('newsAnnotator/entityAt', { uri: uris['000'], position: { line: 0, character: 0 } });
    assert.strictEqual(nothing, null);
    assert.strictEqual(await client.request<unknown>('newsAnnotator/entityAt', { uri: 'file:///nowhere.txt', position: { line: 0, character: 0 } }), null);
    assert.strictEqual(await client.request<unknown>('newsAnnotator/entityAt', null), null, 'bad parameters');
  });

  it('counts mentions in a code lens on KB entries', async () => {
    const lenses = await client.request<CodeLens[]>('textDocument/codeLens', { textDocument: { uri: uriOf(STARTER_KB) } });
    const titles = lenses.map((l) => l.command?.title ?? '');
    assert.ok(titles.length > 0);
    assert.ok(titles.every((t) => /^\d+ mentions? in \d+ articles?$/.test(t)));
    assert.ok(titles.some((t) => /^([3-9]|\d\d+) mentions in [3-9] articles$/.test(t)), 'Fomin: several mentions in several articles');
  });

  it('offers the quick fix of a wrong weekday, and fix-all', async () => {
    const original = text(A000);
    const edited = original + '\n\nThe delegation will return on Tuesday, October 30, 2024.';
    const uri = uris['000'];
    client.change(uri, edited);
    const at = positionOf(edited, 'Tuesday, October 30', 0, 1);
    const diagnostics = await client.diagnosticsFor(uri, (ds) =>
      ds.some((d) => d.range.start.line === at.line && d.range.start.character <= at.character && at.character <= d.range.end.character),
    );
    const weekday = diagnostics.find((d) => d.range.start.line === at.line && d.range.start.character <= at.character && at.character <= d.range.end.character)!;
    const actions = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: weekday.range,
      context: { diagnostics: [weekday], only: ['quickfix'] },
    });
    const fix = actions.find((a) => a.kind === 'quickfix' && a.edit?.changes?.[uri]);
    assert.ok(fix, 'a quick fix');
    assert.deepStrictEqual(fix.diagnostics, [weekday]);
    assert.match(applyEdits(edited, fix.edit!.changes![uri]), /return on Wednesday, October 30, 2024\./);
    const all = await client.request<CodeAction[]>('textDocument/codeAction', {
      textDocument: { uri },
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } },
      context: { diagnostics: [], only: ['source.fixAll'] },
    });
    assert.strictEqual(all[0]?.kind, 'source.fixAll.newsAnnotator');
    assert.match(applyEdits(edited, all[0].edit!.changes![uri]), /return on Wednesday, October 30, 2024\./);
    client.change(uri, original);
    await client.diagnosticsFor(uri, (ds) => !ds.some((d) => d.range.start.line === at.line));
  });
});
