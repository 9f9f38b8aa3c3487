// Pure pieces of the adapter, tested without a server: line tables, globs, Markdown escaping, overlap.
import * as assert from 'assert';
import fc from 'fast-check';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { overlaps } from '../../server/src/lsp/codeActions';
import { compileGlob } from '../../server/src/lsp/glob';
import { commandLink, text } from '../../server/src/lsp/markdown';
import { LineTable } from '../../server/src/lsp/positions';
import { nonOverlapping } from '../../server/src/lsp/semanticTokens';
import { normaliseSettings } from '../../server/src/lsp/settings';
import { Mention } from '../../server/src/engine/types';

describe('adapter: LineTable', () => {
  it('agrees with TextDocument on every offset, whatever the line breaks', () => {
    fc.assert(
      fc.property(fc.array(fc.constantFrom('a', 'é', '😀', '\n', '\r', '\r\n', ' '), { maxLength: 60 }), (parts) => {
        const t = parts.join('');
        const doc = TextDocument.create('file:///x', 'x', 1, t);
        const table = LineTable.of(t);
        for (let o = 0; o <= t.length; o++) {
          assert.deepStrictEqual(table.positionAt(o), doc.positionAt(o));
          // Offsets inside a \r\n pair have no position of their own.
          if (!(t[o - 1] === '\r' && t[o] === '\n')) assert.strictEqual(table.offsetAt(doc.positionAt(o)), o);
        }
      }),
    );
  });
});

describe('adapter: globs', () => {
  it('matches workspace-relative paths', () => {
    const kb = compileGlob('**/*.kb.yaml');
    assert.ok(kb('a.kb.yaml'));
    assert.ok(kb('x/y/a.kb.yaml'));
    assert.ok(!kb('a.kb.yaml.bak'));
    assert.ok(!kb('akb.yaml'));
    const txt = compileGlob('articles/**/*.{txt,news}');
    assert.ok(txt('articles/a.txt') && txt('articles/2024/b.news'));
    assert.ok(!txt('other/a.txt'));
    assert.ok(compileGlob('*.txt')('a.txt') && !compileGlob('*.txt')('d/a.txt'));
  });

  it('stays fast on long adversarial paths', () => {
    const m = compileGlob('**/*a*a*a*a*b');
    assert.strictEqual(m('a/'.repeat(2000) + 'a'.repeat(5000)), false);
  });
});

describe('adapter: Markdown escaping', () => {
  it('leaves no live link, HTML or emphasis in untrusted text', () => {
    const out = text('[click](command:workbench.action.terminal.new) <img src=x onerror=alert(1)> *b* `c` https://x.y');
    assert.strictEqual(out, '\\[click\\]\\(command\\:workbench.action.terminal.new\\) &lt;img src=x onerror=alert\\(1\\)&gt; \\*b\\* \\`c\\` https\\://x.y');
  });

  it('escapes every Markdown-active character for any input', () => {
    fc.assert(
      fc.property(fc.string(), (s) => {
        const out = text(s);
        assert.ok(!/[<>\n]/.test(out));
        // Every [ ] ( ) ` * _ is preceded by a backslash (which is itself escaped when from the input).
        assert.ok(!/(^|[^\\])(\\\\)*[[\]()`*_]/.test(out));
      }),
    );
  });

  it('links only allow-listed commands, with encoded arguments', () => {
    const link = commandLink('Open (KB)', 'newsAnnotator.openKbEntry', [{ id: 'a)b' }]);
    assert.match(link, /^\[Open \\\(KB\\\)\]\(command:newsAnnotator\.openKbEntry\?[^()\s]+\)$/);
    assert.strictEqual(commandLink('x', 'workbench.action.terminal.new', []), 'x');
  });
});

describe('adapter: ranges and tokens', () => {
  const r = (a: number, b: number, c: number, d: number) => ({ start: { line: a, character: b }, end: { line: c, character: d } });
  it('detects overlapping edits', () => {
    assert.ok(overlaps(r(0, 0, 0, 5), r(0, 4, 0, 8)));
    assert.ok(!overlaps(r(0, 0, 0, 5), r(0, 5, 0, 8)));
    assert.ok(overlaps(r(1, 2, 1, 2), r(1, 2, 1, 2)), 'two inserts at one point');
    assert.ok(overlaps(r(0, 0, 2, 0), r(1, 0, 1, 3)));
  });

  it('keeps semantic tokens from overlapping', () => {
    const m = (start: number, end: number, kind: Mention['kind']) => ({ start, end, kind, text: '', entity: null }) as unknown as Mention;
    const kept = nonOverlapping([m(0, 10, 'event'), m(0, 4, 'date'), m(3, 6, 'official'), m(10, 12, 'place'), m(11, 11, 'place')]);
    assert.deepStrictEqual(kept.map((k) => [k.start, k.end]), [[0, 4], [10, 12]]);
  });
});

describe('adapter: settings', () => {
  it('falls back to defaults field by field', () => {
    const s = normaliseSettings({ articles: { globs: 'nope', maxSizeKB: 5 }, rules: { a: 'error', b: 'loud' }, dateOverride: 'yesterday', inlayHints: { enabled: false } });
    assert.deepStrictEqual(s.articles, { globs: [], maxSizeKB: 5 });
    assert.deepStrictEqual(s.rules, { a: 'error' });
    assert.strictEqual(s.dateOverride, '');
    assert.strictEqual(s.inlayHints.enabled, false);
    assert.deepStrictEqual(normaliseSettings(null).knowledgeBase, { globs: ['**/*.kb.yaml'], includeStarter: true });
  });
});
