// The worker-thread index must publish exactly what the main-thread index publishes: same diagnostics, same
// cross-article findings (which need the merged index), for every article of a workspace large enough to
// use the workers. Runs the real server twice over the same files, with and without workers.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import type { Diagnostic } from 'vscode-languageserver-protocol';
import { EXAMPLES, TestClient } from '../../../test/server/lspClient';
import { WORKER_THRESHOLD } from './indexPool';

const COPIES = Math.ceil((WORKER_THRESHOLD + 40) / 5);

/** Copies of the five examples; every third copy of 004 dates the 2014 agreement a month earlier. */
function workspace(): string {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'news-annotator-workers-'));
  const examples = fs.readdirSync(EXAMPLES).filter((f) => f.endsWith('.txt')).sort();
  for (let i = 0; i < COPIES; i++) {
    for (const f of examples) {
      let text = fs.readFileSync(path.join(EXAMPLES, f), 'utf8');
      if (f.startsWith('004') && i % 3 === 0) text = text.replace('in Nov 2014 signed', 'in Oct 2014 signed');
      fs.writeFileSync(path.join(dir, `${String(i).padStart(3, '0')}-${f}`), text);
    }
  }
  return dir;
}

/**
 * A cross-article message names a sample of the disagreeing articles, in index order; the main-thread index
 * re-inserts each article as it re-checks it, so its order (not the set, nor the count) differs from the scan
 * order the workers' index keeps. Compare the count of disagreeing articles and of related locations instead.
 */
function comparable(d: Diagnostic): string {
  const m = /^(.* disagrees with other articles on [^:]*): (.*)\.$/s.exec(d.message);
  if (!m) return JSON.stringify(d);
  const named = m[2].split('; ');
  const more = /^and (\d+) more$/.exec(named[named.length - 1]);
  const total = more ? named.length - 1 + Number(more[1]) : named.length;
  return JSON.stringify({ ...d, message: `${m[1]}: ${total} articles`, relatedInformation: d.relatedInformation?.length });
}

function normalise(all: Map<string, Diagnostic[]>): Record<string, string[]> {
  const out: Record<string, string[]> = {};
  for (const [uri, ds] of all) out[uri] = ds.map(comparable).sort();
  return out;
}

async function indexWith(dir: string, workers: string, settings: Record<string, unknown>): Promise<{ diagnostics: Record<string, string[]>; log: string[] }> {
  const saved = process.env.NEWS_ANNOTATOR_INDEX_WORKERS;
  process.env.NEWS_ANNOTATOR_INDEX_WORKERS = workers;
  let client: TestClient | undefined;
  try {
    client = await TestClient.start({ root: dir, settings });
    await client.indexed(60000);
    const log = client.notifications.filter((n) => n.method === 'window/logMessage').map((n) => (n.params as { message: string }).message);
    return { diagnostics: normalise(client.diagnostics), log };
  } finally {
    if (saved === undefined) delete process.env.NEWS_ANNOTATOR_INDEX_WORKERS;
    else process.env.NEWS_ANNOTATOR_INDEX_WORKERS = saved;
    await client?.stop();
  }
}

describe('language server: indexing in worker threads', function () {
  this.timeout(120000);
  let dir: string;

  before(() => {
    dir = workspace();
  });

  after(() => {
    fs.rmSync(dir, { recursive: true, force: true });
  });

  for (const [label, settings] of [
    ['across articles (no starter KB)', { articles: { globs: ['**/*.txt'] }, knowledgeBase: { includeStarter: false } }],
    ['with the starter KB', { articles: { globs: ['**/*.txt'] } }],
  ] as const) {
    it(`publishes the same diagnostics as the main-thread index, ${label}`, async () => {
      const main = await indexWith(dir, '0', settings);
      const workers = await indexWith(dir, '2', settings);
      assert.ok(workers.log.some((m) => /worker threads/.test(m)), `the workers ran: ${workers.log.join(' | ')}`);
      assert.ok(!main.log.some((m) => /worker threads/.test(m)), 'the reference run used none');
      // Closed articles without findings get no message at all (nothing to clear): compare those that have some.
      assert.ok(Object.keys(workers.diagnostics).filter((u) => u.endsWith('.txt')).length >= COPIES, 'articles with findings got diagnostics');
      assert.deepStrictEqual(workers.diagnostics, main.diagnostics);
      const all = Object.values(workers.diagnostics).flat();
      if (label.startsWith('across')) {
        const crossArticle = all.filter((d) => d.includes('conflicting-fact') && d.includes('disagrees with other articles'));
        assert.ok(crossArticle.length >= COPIES, `cross-article conflicts found (${crossArticle.length})`);
      }
    });
  }

  it('re-checks closed neighbours from the index after an edit, keeping their own findings', async () => {
    const saved = process.env.NEWS_ANNOTATOR_INDEX_WORKERS;
    process.env.NEWS_ANNOTATOR_INDEX_WORKERS = '2';
    const client = await TestClient.start({ root: dir, settings: { articles: { globs: ['**/*.txt'] }, knowledgeBase: { includeStarter: false } } });
    try {
      await client.indexed(60000);
      const name = (prefix: string, example: string) => fs.readdirSync(dir).find((f) => f.startsWith(`${prefix}-${example}`))!;
      const neighbour = [...client.diagnostics.keys()].find((u) => u.endsWith(name('001', '003')))!;
      const total = (ds: Diagnostic[]) => {
        const d = ds.find((x) => x.code === 'conflicting-fact');
        const m = d && /and (\d+) more\.$/.exec(d.message);
        return m ? Number(m[1]) + 5 : d ? d.relatedInformation?.length ?? 0 : 0;
      };
      const before = client.diagnostics.get(neighbour)!;
      const disagreeing = total(before);
      assert.ok(disagreeing > 1, `001-003 disagrees with the Oct copies of 004 (${disagreeing})`);
      // 000-004 says Oct 2014: put it back to Nov 2014, and 001-003 has one article less to disagree with.
      const file = path.join(dir, name('000', '004'));
      const text = fs.readFileSync(file, 'utf8');
      const uri = client.open(file, 'news-article', text);
      await client.diagnosticsFor(uri);
      client.change(uri, text.replace('in Oct 2014 signed', 'in Nov 2014 signed'));
      const after = await client.diagnosticsFor(neighbour, (ds) => total(ds) === disagreeing - 1, 30000);
      const others = (ds: Diagnostic[]) => ds.filter((x) => x.code !== 'conflicting-fact').map((x) => JSON.stringify(x)).sort();
      assert.deepStrictEqual(others(after), others(before));
    } finally {
      if (saved === undefined) delete process.env.NEWS_ANNOTATOR_INDEX_WORKERS;
      else process.env.NEWS_ANNOTATOR_INDEX_WORKERS = saved;
      await client.stop();
    }
  });
});
