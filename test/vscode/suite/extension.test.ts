// In-editor tests of the client against the real language server, with examples/pakistan-russia open:
// language mode, diagnostics, hover, quick fix, timeline and entities views, commands and export.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import * as vscode from 'vscode';
import type { NewsAnnotatorApi } from '../../../client/src/extension';
import type { MonthNode, YearNode } from '../../../client/src/timelineTree';
import { type GroupNode } from '../../../client/src/entitiesTree';

const EXTENSION_ID = 'news-annotator.news-annotator';
const SOURCE = 'news-annotator';

async function waitFor<T>(what: string, probe: () => T | undefined | false | Promise<T | undefined | false>, timeoutMs = 30_000): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await probe();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`timed out after ${timeoutMs / 1000}s waiting for ${what}`);
    await new Promise((r) => setTimeout(r, 150));
  }
}

function exampleUri(extensionPath: string, prefix: string): vscode.Uri {
  const dir = path.join(extensionPath, 'examples', 'pakistan-russia');
  const name = fs.readdirSync(dir).find((f) => f.startsWith(prefix) && f.endsWith('.txt'));
  assert.ok(name, `no ${prefix}*.txt in ${dir}`);
  return vscode.Uri.file(path.join(dir, name));
}

function hoverText(hovers: vscode.Hover[]): string {
  return hovers.flatMap((h) => h.contents.map((c) => (typeof c === 'string' ? c : c.value))).join('\n');
}

function years(tree: YearNode[]): string[] {
  return tree.map((y) => y.year);
}

function allEvents(tree: YearNode[]) {
  return tree.flatMap((y) => y.children.flatMap((c) => (c.type === 'month' ? (c as MonthNode).children : [c])));
}

describe('News Annotator in the editor (examples/pakistan-russia)', function () {
  this.timeout(120_000);
  let api: NewsAnnotatorApi;
  let extension: vscode.Extension<NewsAnnotatorApi>;
  let article000: vscode.TextDocument;
  const config = () => vscode.workspace.getConfiguration('newsAnnotator');
  let previousGlobs: string[] | undefined;

  before(async () => {
    extension = vscode.extensions.getExtension<NewsAnnotatorApi>(EXTENSION_ID)!;
    assert.ok(extension, `${EXTENSION_ID} is installed`);
    // The examples are .txt files: serve them through the articles.globs setting (user level, so the
    // repository's example folder is not modified).
    previousGlobs = config().inspect<string[]>('articles.globs')?.globalValue;
    await config().update('articles.globs', ['**/*.txt'], vscode.ConfigurationTarget.Global);
    api = await extension.activate();
    await waitFor('the language server', () => api.client.running);
  });

  after(async () => {
    await config().update('articles.globs', previousGlobs, vscode.ConfigurationTarget.Global);
    await vscode.commands.executeCommand('workbench.action.closeAllEditors');
  });

  it('opens an example article in the News Article language', async () => {
    const uri = exampleUri(extension.extensionPath, '000');
    await vscode.window.showTextDocument(await vscode.workspace.openTextDocument(uri));
    article000 = await waitFor('000 to switch to news-article', () =>
      vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'news-article'),
    );
    assert.strictEqual(article000.languageId, 'news-article');
  });

  it('shows diagnostics from the server for the example articles', async () => {
    for (const prefix of ['001', '002', '003', '004']) await vscode.workspace.openTextDocument(exampleUri(extension.extensionPath, prefix));
    const ours = await waitFor('news-annotator diagnostics', () => {
      const found = vscode.languages.getDiagnostics().filter(([u, ds]) => u.path.includes('pakistan-russia') && ds.some((d) => d.source === SOURCE));
      return found.length ? found : undefined;
    }, 60_000);
    for (const [uri, ds] of ours) {
      const doc = await vscode.workspace.openTextDocument(uri);
      for (const d of ds.filter((x) => x.source === SOURCE)) {
        assert.ok(typeof d.code === 'string' || typeof d.code === 'object', 'a rule code');
        assert.ok(doc.validateRange(d.range).isEqual(d.range), `range inside ${uri.path}`);
      }
    }
  });

  it('hovers "Fomin" with the KB profile of Alexander Fomin and timeline links', async () => {
    const offset = article000.getText().indexOf('Fomin');
    assert.ok(offset >= 0);
    const position = article000.positionAt(offset + 2);
    const text = await waitFor('a hover on Fomin', async () => {
      const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article000.uri, position);
      const t = hoverText(hovers ?? []);
      return t.includes('Fomin') ? t : undefined;
    });
    assert.match(text, /Alexander (V\.? |Vasilyevich )?Fomin/);
    assert.ok(text.includes('command:newsAnnotator.showTimeline'), 'links to the timeline');
  });

  it('opens the KB entry from the hover link at the entry', async () => {
    const position = article000.positionAt(article000.getText().indexOf('Fomin') + 2);
    const hovers = await vscode.commands.executeCommand<vscode.Hover[]>('vscode.executeHoverProvider', article000.uri, position);
    const link = /\(command:newsAnnotator\.openKbEntry\?([^)\s]+)\)/.exec(hoverText(hovers ?? []));
    assert.ok(link, 'an "Open KB entry" link');
    const args = JSON.parse(decodeURIComponent(link[1]));
    const editor = (await vscode.commands.executeCommand<vscode.TextEditor>('newsAnnotator.openKbEntry', ...(Array.isArray(args) ? args : [args])))!;
    assert.match(editor.document.uri.path, /\.kb\.yaml$/);
    assert.match(editor.document.lineAt(editor.selection.start.line).text + editor.document.lineAt(Math.min(editor.selection.start.line + 1, editor.document.lineCount - 1)).text, /fomin/i);
    await vscode.window.showTextDocument(article000);
  });

  it('applies a rank-mismatch quick fix in a temporary article and undoes it', async () => {
    const content = ' date 2021-09-20 Moscow, Sep 20 (PTI) Russian Deputy Defence Minister Lt Gen Alexander Fomin met Pakistan\'s defence secretary on Monday.\n';
    const doc = await vscode.workspace.openTextDocument({ language: 'news-article', content });
    await vscode.window.showTextDocument(doc);
    const diagnostic = await waitFor('a rank-mismatch diagnostic', () =>
      vscode.languages.getDiagnostics(doc.uri).find((d) => d.source === SOURCE && String(typeof d.code === 'object' ? d.code.value : d.code) === 'rank-mismatch'),
    );
    assert.match(doc.getText(diagnostic.range), /Lt Gen|Fomin/, 'the diagnostic sits on the rank or the name');
    const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, diagnostic.range, vscode.CodeActionKind.QuickFix.value);
    // Actions come back for the diagnostic's range only; the fix is the one that edits this document.
    const fix = (actions ?? []).find((a) => a.edit?.get(doc.uri).length);
    assert.ok(fix?.edit, `a quick fix among: ${(actions ?? []).map((a) => a.title).join(' | ')}`);
    assert.ok(await vscode.workspace.applyEdit(fix.edit));
    // The KB rank is Colonel General; the fix may keep the article's abbreviated style ("Col Gen").
    assert.match(doc.getText(), /\b(Colonel General|Col\.? Gen\.?) Alexander Fomin\b/, doc.getText());
    assert.ok(!doc.getText().includes('Lt Gen'));
    await vscode.window.showTextDocument(doc);
    await vscode.commands.executeCommand('undo');
    assert.strictEqual(doc.getText(), content);
    await vscode.commands.executeCommand('workbench.action.revertAndCloseActiveEditor');
  });

  it('colours recognised mentions with the declared semantic token types', async () => {
    const legend = await vscode.commands.executeCommand<vscode.SemanticTokensLegend>('vscode.provideDocumentSemanticTokensLegend', article000.uri);
    const declared = (extension.packageJSON.contributes.semanticTokenTypes as { id: string }[]).map((t) => t.id);
    assert.ok(legend, 'a legend');
    // 'event' is a standard VS Code token type, so the manifest does not declare it again.
    assert.deepStrictEqual([...legend.tokenTypes].sort(), [...declared, 'event'].sort());
    const tokens = await waitFor('semantic tokens for 000', async () => {
      const t = await vscode.commands.executeCommand<vscode.SemanticTokens>('vscode.provideDocumentSemanticTokens', article000.uri);
      return t && t.data.length ? t : undefined;
    });
    // Decode (line delta, start delta, length, type, modifiers) and find the token covering "Fomin".
    const fominAt = article000.positionAt(article000.getText().indexOf('Fomin'));
    let line = 0;
    let start = 0;
    const types = new Set<string>();
    let fominType: string | undefined;
    for (let i = 0; i < tokens.data.length; i += 5) {
      const [dl, ds, length, type] = tokens.data.slice(i, i + 4);
      line += dl;
      start = dl === 0 ? start + ds : ds;
      types.add(legend.tokenTypes[type]);
      if (line === fominAt.line && start <= fominAt.character && fominAt.character < start + length) fominType = legend.tokenTypes[type];
    }
    assert.strictEqual(fominType, 'official');
    for (const t of ['official', 'date', 'place']) assert.ok(types.has(t), `a ${t} token in 000 (got ${[...types].join(', ')})`);
  });

  it('highlights the article header, dateline, quotes and sign-off with the TextMate grammar', async function () {
    // Internal command VS Code's own colorizer tests use; skip (not fail) if this build lacks it.
    const captured = await vscode.commands.executeCommand<{ c: string; t: string }[]>('_workbench.captureSyntaxTokens', article000.uri).then(
      (r) => r,
      () => undefined,
    );
    if (!captured || !captured.length) return this.skip();
    const scopeOf = (text: string) => captured.find((tok) => tok.c.trim() === text)?.t ?? '';
    assert.match(scopeOf('date'), /keyword\.other\.date-header\.news-article/);
    assert.match(scopeOf('2024-10-29'), /constant\.numeric\.date/);
    assert.match(scopeOf('Islamabad'), /dateline/);
    assert.match(scopeOf('PTI'), /agency/);
    assert.ok(captured.some((tok) => /string\.quoted\.double\.speech/.test(tok.t)), 'quoted speech');
    assert.ok(captured.some((tok) => /comment\.line\.sign-off/.test(tok.t)), 'sign-off initials');
  });

  it('builds the timeline tree by year, month and event, with sources in the example articles', async () => {
    const tree = (await vscode.commands.executeCommand<YearNode[]>('newsAnnotator.refreshTimeline'))!;
    const ys = years(tree);
    assert.deepStrictEqual([...ys].sort(), ys, 'years ascend');
    for (const y of ['2014', '2015', '2018', '2021', '2024']) assert.ok(ys.includes(y), `year ${y} in ${ys.join(', ')}`);
    const events = allEvents(tree);
    assert.ok(events.length >= 5, `${events.length} events`);
    for (const e of events) {
      assert.ok(e.event.sources.length > 0);
      for (const s of e.event.sources) assert.ok(vscode.Uri.parse(s.uri).path.includes('pakistan-russia'), s.uri);
    }
    // Same tree through the view's data provider (what the Timeline view renders).
    const roots = await api.timeline.getChildren();
    assert.deepStrictEqual(roots.map((r) => (r.type === 'year' ? r.year : '')), ys);
    const multi = events.find((e) => e.event.sources.length > 1);
    assert.ok(multi, 'an event reported by several articles');
    const children = await api.timeline.getChildren(multi);
    assert.strictEqual(children.length, multi.event.sources.length);
    assert.strictEqual(api.timeline.getTreeItem(multi).collapsibleState, vscode.TreeItemCollapsibleState.Collapsed);
    assert.strictEqual(api.timeline.getTreeItem(children[1]).tooltip, multi.event.sources[1].sentence.trim());
    const item = api.timeline.getTreeItem(events[0]);
    assert.match(String(item.description), /^\d{4}(-\d{2}){0,2} · \d+ sources?$/);
    assert.strictEqual(item.command?.command, 'newsAnnotator.revealMention');
  });

  it('reveals the reporting sentence when a timeline event is clicked', async () => {
    const events = allEvents(await api.timeline.load());
    const item = api.timeline.getTreeItem(events[events.length - 1]);
    const editor = (await vscode.commands.executeCommand<vscode.TextEditor>(item.command!.command, ...(item.command!.arguments ?? [])))!;
    const source = events[events.length - 1].event.sources[0];
    assert.strictEqual(editor.document.uri.toString(), vscode.Uri.parse(source.uri).toString());
    assert.strictEqual(editor.selection.start.line, source.range.start.line);
  });

  it('lists people with mention counts in the Entities view', async () => {
    const groups = (await vscode.commands.executeCommand<GroupNode[]>('newsAnnotator.refreshEntities'))!;
    const people = groups.find((g) => g.kind === 'person');
    assert.ok(people, `groups: ${groups.map((g) => g.label).join(', ')}`);
    const fomin = people.children.find((e) => /Fomin/.test(e.entity.name));
    assert.ok(fomin, 'Fomin is listed');
    assert.ok(fomin.children.length >= 2, 'mentioned in more than one place');
    assert.match(String(api.entities.getTreeItem(fomin).description), /^\d+ mentions? in \d+ articles?$/);
  });

  it('filters the timeline by entity, clears the filter, and exports it', async () => {
    const all = allEvents(await api.timeline.load());
    const fomin = api.entities.lastResult.entities.find((e) => /Fomin/.test(e.name) && e.kind === 'person');
    assert.ok(fomin);
    const filter = await vscode.commands.executeCommand<{ id: string }>('newsAnnotator.showTimeline', { entity: fomin.id });
    assert.strictEqual(filter?.id, fomin.id);
    assert.strictEqual(api.timeline.filter?.id, fomin.id);
    const filtered = allEvents(await api.timeline.load());
    assert.ok(filtered.length >= 1 && filtered.length <= all.length, `${filtered.length} of ${all.length}`);

    const target = vscode.Uri.file(path.join(os.tmpdir(), `news-annotator-timeline-${process.pid}.json`));
    await vscode.commands.executeCommand('newsAnnotator.exportTimeline', { format: 'json', target });
    const exported = JSON.parse(fs.readFileSync(target.fsPath, 'utf8'));
    assert.strictEqual(exported.filter.id, fomin.id);
    assert.strictEqual(exported.events.length, filtered.length);
    fs.rmSync(target.fsPath, { force: true });

    await vscode.commands.executeCommand('newsAnnotator.clearTimelineFilter');
    assert.strictEqual(api.timeline.filter, undefined);
    assert.strictEqual(allEvents(await api.timeline.load()).length, all.length);
  });

  it('filters the timeline on the mention under the cursor (editor context menu)', async () => {
    const editor = await vscode.window.showTextDocument(article000);
    const offset = article000.getText().indexOf('Fomin');
    const pos = article000.positionAt(offset + 1);
    editor.selection = new vscode.Selection(pos, pos);
    // Without a known mention there the command would ask with a quick pick (and wait for a person).
    const expected = await api.client.entityAt(article000.uri.toString(), { line: pos.line, character: pos.character });
    assert.ok(expected, 'the server reports a mention at "Fomin"');
    const filter = await vscode.commands.executeCommand<{ id: string; name: string }>('newsAnnotator.showTimeline', article000.uri);
    assert.strictEqual(filter?.id, expected.id);
    assert.match(filter.name, /Fomin/);
    await vscode.commands.executeCommand('newsAnnotator.clearTimelineFilter');
  });

  it('asks with a quick pick from the palette; "All events" clears the filter', async () => {
    const fomin = api.entities.lastResult.entities.find((e) => /Fomin/.test(e.name) && e.kind === 'person')!;
    await vscode.commands.executeCommand('newsAnnotator.showTimeline', { entity: fomin.id });
    assert.strictEqual(api.timeline.filter?.id, fomin.id);
    const running = vscode.commands.executeCommand('newsAnnotator.showTimeline');
    // The first item is "All events"; give the quick pick time to open, then accept it.
    await new Promise((r) => setTimeout(r, 800));
    await vscode.commands.executeCommand('workbench.action.acceptSelectedQuickOpenItem');
    const result = await running;
    assert.strictEqual(result, undefined);
    assert.strictEqual(api.timeline.filter, undefined);
  });

  it('exports the unfiltered timeline as Markdown and CSV, the format following the file name', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-export-'));
    try {
      const events = allEvents(await api.timeline.load());
      await vscode.commands.executeCommand('newsAnnotator.exportTimeline', { target: vscode.Uri.file(path.join(dir, 't.md')) });
      const md = fs.readFileSync(path.join(dir, 't.md'), 'utf8');
      assert.ok(md.startsWith('# Timeline\n'));
      for (const y of years(await api.timeline.load())) assert.ok(md.includes(`## ${y}`), y);
      await vscode.commands.executeCommand('newsAnnotator.exportTimeline', { target: vscode.Uri.file(path.join(dir, 't.csv')) });
      const csv = fs.readFileSync(path.join(dir, 't.csv'), 'utf8');
      const sources = events.reduce((n, e) => n + e.event.sources.length, 0);
      // Header + one row per source (sentences may hold quoted line breaks, so count record starts).
      assert.strictEqual(csv.split('\r\n').filter((l) => /^\d{4}(-\d{2}){0,2},/.test(l)).length, sources);
    } finally {
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('checks the workspace: counts the findings and shows the Problems panel', async () => {
    const count = await vscode.commands.executeCommand<number>('newsAnnotator.checkWorkspace');
    const expected = vscode.languages.getDiagnostics().reduce((n, [, ds]) => n + ds.filter((d) => d.source === SOURCE).length, 0);
    assert.ok(typeof count === 'number' && count > 0);
    assert.strictEqual(count, expected);
  });

  it('restarts the language server and keeps serving', async () => {
    await vscode.commands.executeCommand('newsAnnotator.restartServer');
    await waitFor('the restarted server', () => api.client.running);
    const tree = await api.timeline.load();
    assert.ok(tree.length > 0);
  });
});
