// The extension manifest (package.json contributes) agrees with the code: commands, views, settings,
// semantic token legend, grammar, activation, packaging rules.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { Commands, defaultSettings } from '../../server/src/shared/protocol';
import { articleSelector, cleanGlobs } from '../../client/src/selector';

const ROOT = process.cwd();
const pkg = JSON.parse(fs.readFileSync(path.join(ROOT, 'package.json'), 'utf8'));
const contributes = pkg.contributes;
const RULE_CODES = ['role-mismatch', 'rank-mismatch', 'name-variant', 'exercise-edition', 'weekday-mismatch', 'anachronism', 'conflicting-fact', 'unknown-official', 'missing-date'];
const TOKEN_TYPES = ['official', 'date', 'exercise', 'organisation', 'place', 'event'];

describe('extension manifest', () => {
  it('declares every protocol command under the News Annotator category', () => {
    const declared = new Map<string, { category: string }>(contributes.commands.map((c: { command: string; category: string }) => [c.command, c]));
    for (const id of Object.values(Commands)) {
      assert.ok(declared.has(id), `${id} declared`);
      assert.strictEqual(declared.get(id)!.category, 'News Annotator');
    }
    const registered = fs.readFileSync(path.join(ROOT, 'client/src/commands.ts'), 'utf8');
    for (const id of declared.keys()) {
      const key = id.replace('newsAnnotator.', '');
      assert.ok(registered.includes(`Commands.${key}`) || registered.includes(`EXTRA_COMMANDS.${key}`), `${id} registered in commands.ts`);
    }
  });

  it('never activates on "*", and activates on the language, KB files and views', () => {
    const events: string[] = pkg.activationEvents;
    assert.ok(!events.includes('*'));
    assert.ok(events.includes('onLanguage:news-article'));
    assert.ok(events.some((e) => e.startsWith('workspaceContains:') && e.endsWith('.kb.yaml')));
    for (const view of contributes.views.newsAnnotator) assert.ok(events.includes(`onView:${view.id}`));
  });

  it('maps every semantic token type the server sends to a scope, and declares the types', () => {
    // 'event' is one of VS Code's standard token types: declaring it again (superType event) makes a cycle
    // that breaks the workbench's token styling, so only the custom types are declared.
    const STANDARD = ['event'];
    const declared = contributes.semanticTokenTypes.map((t: { id: string; superType?: string }) => {
      assert.notStrictEqual(t.superType, t.id, `${t.id} must not be its own super type`);
      return t.id;
    });
    assert.deepStrictEqual([...declared, ...STANDARD].sort(), [...TOKEN_TYPES].sort());
    const scopes = contributes.semanticTokenScopes[0].scopes;
    for (const t of TOKEN_TYPES) assert.ok(Array.isArray(scopes[t]) && scopes[t].length > 0, t);
    // Distinct first-choice scopes, so themes colour them differently.
    const roots = TOKEN_TYPES.map((t) => scopes[t][1]);
    assert.strictEqual(new Set(roots).size, roots.length);
  });

  it('matches the server legend', () => {
    const server = fs.readFileSync(path.join(ROOT, 'server/src/lsp/semanticTokens.ts'), 'utf8');
    const legend = /TOKEN_TYPES[^=]*=\s*\[([^\]]*)\]/.exec(server)?.[1] ?? '';
    assert.deepStrictEqual(legend.split(',').map((s) => s.trim().replace(/'/g, '')).filter(Boolean), TOKEN_TYPES);
  });

  it('declares each setting the server reads, with its default, and an enum per rule code', () => {
    const props = contributes.configuration.properties;
    assert.deepStrictEqual(props['newsAnnotator.knowledgeBase.globs'].default, defaultSettings.knowledgeBase.globs);
    assert.strictEqual(props['newsAnnotator.knowledgeBase.includeStarter'].default, defaultSettings.knowledgeBase.includeStarter);
    assert.deepStrictEqual(props['newsAnnotator.articles.globs'].default, defaultSettings.articles.globs);
    assert.strictEqual(props['newsAnnotator.articles.maxSizeKB'].default, defaultSettings.articles.maxSizeKB);
    assert.strictEqual(props['newsAnnotator.dateOverride'].default, defaultSettings.dateOverride);
    assert.strictEqual(props['newsAnnotator.inlayHints.enabled'].default, defaultSettings.inlayHints.enabled);
    assert.ok(props['newsAnnotator.trace.server']);
    const rules = props['newsAnnotator.rules'];
    assert.deepStrictEqual(Object.keys(rules.properties).sort(), [...RULE_CODES].sort());
    for (const code of RULE_CODES) assert.deepStrictEqual([...rules.properties[code].enum].sort(), ['default', 'error', 'hint', 'information', 'off', 'warning']);
    for (const [key, p] of Object.entries<{ description?: string; markdownDescription?: string }>(props)) assert.ok(p.description || p.markdownDescription, `${key} described`);
    const dateRe = new RegExp(props['newsAnnotator.dateOverride'].pattern);
    assert.ok(dateRe.test('2024-10-29') && dateRe.test('') && !dateRe.test('29/10/2024'));
  });

  it('recognises the article header with firstLine, and the grammar compiles', () => {
    const lang = contributes.languages.find((l: { id: string }) => l.id === 'news-article');
    assert.deepStrictEqual(lang.extensions, ['.article', '.news']);
    const firstLine = new RegExp(lang.firstLine);
    const header = fs.readFileSync(path.join(ROOT, 'examples/pakistan-russia', fs.readdirSync(path.join(ROOT, 'examples/pakistan-russia')).find((f) => f.startsWith('000'))!), 'utf8').split('\n')[0];
    assert.ok(firstLine.test(header));
    assert.ok(!firstLine.test('Islamabad, Oct 29 (PTI) Pakistan and Russia'));
    const grammar = JSON.parse(fs.readFileSync(path.join(ROOT, contributes.grammars[0].path), 'utf8'));
    assert.strictEqual(grammar.scopeName, contributes.grammars[0].scopeName);
    const sources: string[] = [];
    const walk = (v: unknown): void => {
      if (Array.isArray(v)) v.forEach(walk);
      else if (v && typeof v === 'object')
        for (const [k, x] of Object.entries(v)) {
          if ((k === 'match' || k === 'begin' || k === 'end') && typeof x === 'string') sources.push(x);
          else walk(x);
        }
    };
    walk(grammar.repository);
    assert.ok(sources.length >= 8);
    // Oniguruma's \A has no JS equivalent; everything else must be valid JS regex syntax too.
    for (const s of sources) assert.doesNotThrow(() => new RegExp(s.replace(/\\A/g, '^')), s);
    assert.ok(fs.existsSync(path.join(ROOT, 'client/language-configuration.json')));
  });

  it('points views, icons and packaging at files that exist', () => {
    assert.ok(fs.existsSync(path.join(ROOT, contributes.viewsContainers.activitybar[0].icon)));
    assert.ok(fs.existsSync(path.join(ROOT, pkg.icon)) && pkg.icon.endsWith('.png'));
    assert.strictEqual(pkg.main, './dist/client.js');
    assert.deepStrictEqual(contributes.yamlValidation, [{ fileMatch: '*.kb.yaml', url: './schemas/knowledge-base.schema.json' }]);
    assert.strictEqual(pkg.capabilities.untrustedWorkspaces.supported, 'limited');
    for (const s of pkg.capabilities.untrustedWorkspaces.restrictedConfigurations) assert.ok(contributes.configuration.properties[s], s);
    const ignore = fs.readFileSync(path.join(ROOT, '.vscodeignore'), 'utf8');
    assert.match(ignore, /^\*\*$/m);
    assert.match(ignore, /^!dist\/server\.js$/m);
  });
});

describe('client document selector', () => {
  it('serves the news-article language everywhere, matching files on disk and KB files', () => {
    assert.deepStrictEqual(articleSelector([], []), [{ language: 'news-article' }]);
    assert.deepStrictEqual(articleSelector([]), [{ language: 'news-article' }, { scheme: 'file', pattern: '**/*.kb.yaml' }], 'KB files by default');
    assert.deepStrictEqual(articleSelector(['**/*.txt', ' **/*.txt ', '', 'news/**'], []), [
      { language: 'news-article' },
      { scheme: 'file', pattern: '**/*.txt' },
      { scheme: 'file', pattern: 'news/**' },
    ]);
    assert.deepStrictEqual(cleanGlobs('**/*.txt'), []);
    assert.deepStrictEqual(cleanGlobs([3, null, 'a']), ['a']);
  });
});
