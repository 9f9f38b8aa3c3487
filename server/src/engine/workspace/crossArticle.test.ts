import * as assert from 'assert';
import * as fs from 'fs';
import * as path from 'path';
import { AnnotatorService } from './service';
import { ConflictScreen, CROSS_ARTICLE_RULE, crossArticleFindings, withCrossArticleFindings } from './crossArticle';

const repo = path.resolve(__dirname, '../../../../..');
const starter = path.join(repo, 'server/kb/starter.kb.yaml');
const examples = path.join(repo, 'examples/pakistan-russia');

const JWG = 'meeting of the Pakistan-Russia Joint Working Group on Counter-Terrorism was held';
const rounds: Record<string, string> = {
  'jwg-a': ` date 2019-03-13 The 7th ${JWG} in Moscow on 12 March 2019.`,
  'jwg-b': ` date 2019-03-21 The 7th ${JWG} in Islamabad on 20 March 2019.`,
  'jwg-c': ` date 2019-09-21 The 8th ${JWG} in Islamabad on 20 September 2019.`,
};

function serviceWith(articles: Record<string, string>): AnnotatorService {
  const service = new AnnotatorService([{ uri: starter, text: fs.readFileSync(starter, 'utf8') }]);
  for (const [uri, text] of Object.entries(articles)) service.updateArticle(uri, text, false);
  return service;
}

function exampleArticles(): Record<string, string> {
  const out: Record<string, string> = {};
  for (const f of fs.readdirSync(examples).filter((x) => x.endsWith('.txt'))) {
    const text = fs.readFileSync(path.join(examples, f), 'utf8');
    out[f] = text;
    // A copy that contradicts the others on a date and a count.
    out[`edited-${f}`] = text.replace('Nov 2014', 'Oct 2014').replace('four Mi-35M', 'three Mi-35M');
  }
  return out;
}

describe('cross-article screen and findings', () => {
  it('lets different rounds of one series on their own dates pass, and flags one round on two dates', () => {
    const calm = serviceWith({ 'jwg-a': rounds['jwg-a'], 'jwg-c': rounds['jwg-c'] });
    const calmScreen = new ConflictScreen(calm);
    for (const uri of ['jwg-a', 'jwg-c']) {
      assert.strictEqual(calmScreen.mayConflict(calm.index.get(uri)!.facts), false, uri);
      assert.deepStrictEqual(crossArticleFindings(calm, uri, rounds[uri]), []);
    }
    const clash = serviceWith(rounds);
    const screen = new ConflictScreen(clash);
    for (const uri of ['jwg-a', 'jwg-b']) {
      assert.strictEqual(screen.mayConflict(clash.index.get(uri)!.facts), true, uri);
      const found = crossArticleFindings(clash, uri, rounds[uri]);
      assert.ok(found.some((f) => /round 7 on/.test(f.message) && f.related.length === 1), found.map((f) => f.message).join('\n'));
    }
  });

  it('never screens out an article the cross-article rule finds a disagreement in', () => {
    const articles = { ...exampleArticles(), ...rounds };
    const service = serviceWith(articles);
    const screen = new ConflictScreen(service);
    let disagreements = 0;
    for (const [uri, text] of Object.entries(articles)) {
      const across = crossArticleFindings(service, uri, text).filter((f) => f.related.some((r) => r.uri !== service.kbUris()[0]));
      disagreements += across.length;
      if (across.length) assert.ok(screen.mayConflict(service.index.get(uri)!.facts), `${uri}: ${across[0].message}`);
    }
    assert.ok(disagreements >= 4, `the edited copies and the rounds disagree (${disagreements})`);
  });

  it('merges findings computed before the index was complete into what a full run against it gives', () => {
    const articles = { ...exampleArticles(), ...rounds };
    // Findings as each article is read (index incomplete), then completed.
    const incremental = new AnnotatorService([{ uri: starter, text: fs.readFileSync(starter, 'utf8') }]);
    const early = new Map(Object.entries(articles).map(([uri, text]) => [uri, incremental.findings(incremental.updateArticle(uri, text, false))]));
    const screen = new ConflictScreen(incremental);
    const full = serviceWith(articles);
    let replaced = 0;
    for (const [uri, text] of Object.entries(articles)) {
      const own = early.get(uri)!;
      const completed = screen.mayConflict(incremental.index.get(uri)!.facts) ? withCrossArticleFindings(own, crossArticleFindings(incremental, uri, text)) : own;
      if (completed !== own) replaced++;
      assert.deepStrictEqual(completed, full.findings(full.updateArticle(uri, text, false)), uri);
    }
    assert.ok(replaced > 0);
    assert.ok([...early.values()].flat().some((f) => f.code === CROSS_ARTICLE_RULE));
  });
});
