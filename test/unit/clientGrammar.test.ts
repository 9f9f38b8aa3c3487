// The TextMate grammar (syntaxes/news-article.tmLanguage.json) tokenised with VS Code's own engine
// (vscode-textmate + oniguruma). Those come with the hermetic code-server install
// (test/hermetic/setup.sh); without it the suite is skipped, not passed.
import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';

const ROOT = process.cwd();
const VSCODE_MODULES = path.join(ROOT, 'test/hermetic/node_modules/code-server/lib/vscode/node_modules');
const GRAMMAR = path.join(ROOT, 'syntaxes/news-article.tmLanguage.json');

interface Token {
  text: string;
  scopes: string[];
}
type Tokenise = (text: string) => Token[][];

/* eslint-disable @typescript-eslint/no-require-imports */
async function loadTokeniser(): Promise<Tokenise | undefined> {
  const tm = path.join(VSCODE_MODULES, 'vscode-textmate');
  const onig = path.join(VSCODE_MODULES, 'vscode-oniguruma');
  if (!fs.existsSync(tm) || !fs.existsSync(onig)) return undefined;
  const vsctm = require(tm);
  const oniguruma = require(onig);
  const wasm = fs.readFileSync(path.join(onig, 'release/onig.wasm'));
  await oniguruma.loadWASM(wasm.buffer.slice(wasm.byteOffset, wasm.byteOffset + wasm.byteLength));
  const registry = new vsctm.Registry({
    onigLib: Promise.resolve({
      createOnigScanner: (patterns: string[]) => new oniguruma.OnigScanner(patterns),
      createOnigString: (s: string) => new oniguruma.OnigString(s),
    }),
    loadGrammar: async (scope: string) => (scope === 'text.news-article' ? vsctm.parseRawGrammar(fs.readFileSync(GRAMMAR, 'utf8'), GRAMMAR) : null),
  });
  const grammar = await registry.loadGrammar('text.news-article');
  return (text: string) => {
    let stack = vsctm.INITIAL;
    return text.split('\n').map((line) => {
      const r = grammar.tokenizeLine(line, stack);
      stack = r.ruleStack;
      return r.tokens.map((t: { startIndex: number; endIndex: number; scopes: string[] }) => ({ text: line.slice(t.startIndex, t.endIndex), scopes: t.scopes }));
    });
  };
}

describe('news-article TextMate grammar', function () {
  let tokenise: Tokenise;

  before(async function () {
    const t = await loadTokeniser();
    if (!t) this.skip();
    tokenise = t!;
  });

  const scopeOf = (lines: Token[][], text: string) => lines.flat().find((t) => t.text === text)?.scopes.join(' ') ?? '(no token)';

  it('scopes the date header, dateline and agency of a PTI article', () => {
    const lines = tokenise(' date 2024-10-29 Islamabad, Oct 29 (PTI) Pakistan and Russia on Tuesday pledged to bolster ties.');
    assert.match(scopeOf(lines, 'date'), /keyword\.other\.date-header\.news-article/);
    assert.match(scopeOf(lines, '2024-10-29'), /constant\.numeric\.date\.publication/);
    assert.match(scopeOf(lines, 'Islamabad'), /entity\.name\.section\.dateline/);
    assert.match(scopeOf(lines, 'Oct 29'), /constant\.numeric\.date/);
    assert.match(scopeOf(lines, 'PTI'), /entity\.name\.tag\.agency/);
    assert.match(scopeOf(lines, 'Tuesday'), /constant\.language\.weekday/);
  });

  it('only treats "date" as a header at the start of the document', () => {
    const lines = tokenise('First line.\n date 2024-10-29 not a header');
    assert.doesNotMatch(scopeOf(lines, 'date'), /date-header/);
  });

  it('scopes quoted speech (straight and curly), with dates and numbers inside', () => {
    const lines = tokenise('The two sides “addressed the regional security environment” and said "10 drills in 2021".');
    const quoted = lines.flat().filter((t) => t.scopes.some((s) => s.startsWith('string.quoted.double.speech')));
    assert.ok(quoted.some((t) => t.text.includes('regional security')));
    assert.ok(quoted.some((t) => t.text.includes('drills')));
    assert.match(scopeOf(lines, '10'), /string\.quoted.*constant\.numeric/);
    assert.doesNotMatch(scopeOf(lines, ' and said '), /string\.quoted/, 'text between quotes is not quoted');
  });

  it('ends an unclosed quote at the end of the line', () => {
    const lines = tokenise('He said "this never closes\nNext paragraph 2021.');
    assert.ok(!lines[1].some((t) => t.scopes.some((s) => s.startsWith('string.quoted'))));
  });

  it('scopes agency sign-offs with editors\' initials, even glued to the last sentence', () => {
    const a = tokenise('to identify problems in logistics. PTI SH ZH ZH');
    assert.match(scopeOf(a, 'PTI'), /agency/);
    assert.match(scopeOf(a, ' SH ZH ZH'), /comment\.line\.sign-off/);
    const b = tokenise('finalised a gas pipeline project.PTI SH MRJ AKJ MRJ');
    assert.match(scopeOf(b, ' SH MRJ AKJ MRJ'), /sign-off/);
    assert.doesNotMatch(scopeOf(tokenise('The PTI party won.'), ' party won.'), /sign-off/);
  });

  it('scopes dates in the forms the articles use, and numerals', () => {
    const lines = tokenise('In November 2014, on 29 October 2024, on Sept 28, 2021 and in 2022, 1,200 troops and 4 Mi-35M.');
    for (const d of ['November 2014', '29 October 2024', 'Sept 28, 2021']) assert.match(scopeOf(lines, d), /constant\.numeric\.date/, d);
    assert.match(scopeOf(lines, '2022'), /constant\.numeric\.date\.year/);
    assert.match(scopeOf(lines, '1,200'), /constant\.numeric\.news-article/);
  });

  it('tokenises hostile lines (no spaces, endless capitalised words, open quotes) without failing', () => {
    const hostile = ['A'.repeat(200_000), 'Word '.repeat(10_000), '“'.repeat(5_000), '(PTI) '.repeat(5_000), 'Islamabad, '.repeat(5_000)].join('\n');
    const lines = tokenise(hostile);
    assert.strictEqual(lines.length, 5);
    for (const l of lines) assert.ok(l.length >= 1);
  });
});
