// Scale benchmark: cold workspace index over LSP (time, peak RSS), edit re-analysis, hover latency,
// and CLI `check` wall time, on generated corpora. Usage (after `npm run build`):
//   node bench/scale.mjs [--sizes 1000,10000] [--runs 3] [--cli N]   (add 100000 for the full archive case:
//   its corpus, /tmp/na-scale-100000, takes ~650 MB of disk and a minute to generate the first time)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { generate } from './corpus.mjs';
import { median, percentile, summarise, table } from './stats.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { TestClient, uriOf, positionOf } = require(path.join(root, 'out/test/server/lspClient.js'));
const { AnnotatorService } = require(path.join(root, 'out/server/src/engine/workspace/service.js'));

const args = process.argv.slice(2);
const opt = (name, dflt) => {
  const i = args.indexOf(name);
  return i >= 0 ? args[i + 1] : dflt;
};
const sizes = opt('--sizes', '1000,10000').split(',').map(Number);
const runs = Number(opt('--runs', '3'));
const SETTINGS = { articles: { globs: ['**/*.txt'], maxSizeKB: 2048 } };

function corpus(n) {
  const dir = path.join(os.tmpdir(), `na-scale-${n}`);
  if (!fs.existsSync(path.join(dir, 'manifest.json'))) generate(n, dir);
  return dir;
}

function peakRss(pid) {
  try {
    const m = /VmHWM:\s+(\d+) kB/.exec(fs.readFileSync(`/proc/${pid}/status`, 'utf8'));
    return m ? Number(m[1]) * 1024 : NaN;
  } catch {
    return NaN;
  }
}

async function coldIndex(dir, n) {
  const t0 = performance.now();
  const client = await TestClient.start({ root: dir, settings: SETTINGS });
  // Hover latency on a document opened while the index is being built (one request every 20 ms)...
  const file = path.join(dir, 'a000000.txt');
  const text = fs.readFileSync(file, 'utf8');
  const needle = ['Fomin', 'Munir', 'Asif', 'Bajwa'].find((w) => text.includes(w));
  const position = needle ? positionOf(text, needle) : undefined;
  // Done when the indexing progress ends (an index-changed notification may come earlier: the open document's).
  const indexed = client.until('the end of indexing', () => client.progress.find((p) => p.value.kind === 'end'), 60 * 60 * 1000);
  let done = false;
  void indexed.then(() => (done = true), () => (done = true));
  const uri = client.open(file);
  const during = [];
  while (position && !done) {
    const h0 = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position });
    during.push(performance.now() - h0);
    await new Promise((r) => setTimeout(r, 20));
  }
  await indexed;
  const ms = performance.now() - t0;
  const rss = peakRss(client.child.pid);
  // ...and once the index is warm.
  const diagnostics = await client.diagnosticsFor(uri, () => true, 60000);
  const hovers = [];
  if (position) {
    for (let i = 0; i < 200; i++) {
      const h0 = performance.now();
      await client.request('textDocument/hover', { textDocument: { uri }, position });
      hovers.push(performance.now() - h0);
    }
  }
  // Code actions (quick fixes) where the article has a finding: a000000.txt carries a planted one.
  const actions = [];
  const target = diagnostics.find((d) => d.source === 'news-annotator') ?? diagnostics[0];
  if (target) {
    for (let i = 0; i < 200; i++) {
      const a0 = performance.now();
      await client.request('textDocument/codeAction', { textDocument: { uri }, range: target.range, context: { diagnostics: [target] } });
      actions.push(performance.now() - a0);
    }
  }
  // The views' requests on the warm index: the entities tree, and the timeline tree (built in slices) with
  // hovers sent while it is built.
  const e0 = performance.now();
  await client.request('newsAnnotator/entities', {});
  const entitiesMs = performance.now() - e0;
  const t1 = performance.now();
  let built = false;
  const timeline = client.request('newsAnnotator/timeline', { maxSources: 100 }).then(() => (built = true));
  const duringTimeline = [];
  while (position && !built) {
    const h0 = performance.now();
    await client.request('textDocument/hover', { textDocument: { uri }, position });
    duringTimeline.push(performance.now() - h0);
    await new Promise((r) => setTimeout(r, 20));
  }
  await timeline;
  const timelineMs = performance.now() - t1;
  await client.stop();
  return { ms, rss, hovers, actions, during, n, entitiesMs, timelineMs, duringTimeline };
}

function editLatency(dir) {
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const service = new AnnotatorService(starterKb());
  for (const f of files) service.updateArticle(path.join(dir, f), fs.readFileSync(path.join(dir, f), 'utf8'), false);
  // A ~5 KB article.
  const target = files.map((f) => path.join(dir, f)).find((f) => Math.abs(fs.statSync(f).size - 5000) < 600) ?? path.join(dir, files[0]);
  let text = fs.readFileSync(target, 'utf8');
  const times = [];
  for (let i = 0; i < 200; i++) {
    const at = 100 + ((i * 37) % (text.length - 200));
    text = text.slice(0, at) + (i % 2 ? 'a' : 'e') + text.slice(at + 1);
    const t0 = performance.now();
    const result = service.updateArticle(target, text, true);
    service.findings(result);
    times.push(performance.now() - t0);
  }
  return times;
}

function starterKb() {
  const p = path.join(root, 'server/kb/starter.kb.yaml');
  return [{ uri: p, text: fs.readFileSync(p, 'utf8') }];
}

function cliCheck(dir, jobs) {
  const t0 = performance.now();
  const r = spawnSync(process.execPath, [path.join(root, 'server/bin/news-annotator.js'), 'check', '--format', 'json', '--jobs', String(jobs), dir], {
    maxBuffer: 1 << 30,
    encoding: 'utf8',
  });
  if (r.status !== 0 && r.status !== 1) throw new Error(`check failed: ${r.stderr}`);
  return { ms: performance.now() - t0, findings: JSON.parse(r.stdout).length };
}

const rows = [];
for (const n of sizes) {
  const dir = corpus(n);
  const results = [];
  for (let i = 0; i < runs; i++) results.push(await coldIndex(dir, n));
  const ms = median(results.map((r) => r.ms));
  const rss = median(results.map((r) => r.rss));
  const hovers = results.flatMap((r) => r.hovers);
  const during = results.flatMap((r) => r.during);
  rows.push([`cold index over LSP, ${n} articles`, `${(ms / 1000).toFixed(2)} s`, `${(rss / 2 ** 20).toFixed(0)} MB peak RSS`, `${(n / (ms / 1000)).toFixed(0)} articles/s`]);
  if (during.length) rows.push([`hover latency over LSP while indexing ${n} articles`, `p50 ${percentile(during, 50).toFixed(2)} ms`, `p95 ${percentile(during, 95).toFixed(2)} ms`, `${during.length} requests`]);
  if (hovers.length) rows.push([`hover latency over LSP (${n}-article index)`, `p50 ${percentile(hovers, 50).toFixed(2)} ms`, `p95 ${percentile(hovers, 95).toFixed(2)} ms`, `${hovers.length} requests`]);
  const actions = results.flatMap((r) => r.actions);
  if (actions.length) rows.push([`code-action latency over LSP (${n}-article index)`, `p50 ${percentile(actions, 50).toFixed(2)} ms`, `p95 ${percentile(actions, 95).toFixed(2)} ms`, `${actions.length} requests`]);
  rows.push([`entities view request (${n}-article index)`, `${median(results.map((r) => r.entitiesMs)).toFixed(0)} ms`, '', '']);
  const duringTimeline = results.flatMap((r) => r.duringTimeline);
  const hoversMeanwhile = duringTimeline.length ? `hovers meanwhile p95 ${percentile(duringTimeline, 95).toFixed(2)} ms` : '';
  rows.push([`timeline view request, 100 sources per event (${n}-article index)`, `${median(results.map((r) => r.timelineMs)).toFixed(0)} ms`, hoversMeanwhile, '']);
}
const editDir = corpus(Math.max(...sizes) >= 10000 ? 10000 : Math.max(...sizes));
const edits = editLatency(editDir);
rows.push([`re-analysis after a 1-char edit (5 KB article, all rules incl. cross-article)`, `p50 ${percentile(edits, 50).toFixed(2)} ms`, `p95 ${percentile(edits, 95).toFixed(2)} ms`, `${edits.length} edits`]);
// The CLI runs on the 10 000-article corpus (or the largest smaller one asked for; --cli N to choose): a 100 000-article
// sequential check alone takes minutes.
const cliN = Number(opt('--cli', String(Math.max(...sizes) >= 10000 ? 10000 : Math.max(...sizes))));
const cliDir = corpus(cliN);
const seq = [];
const par = [];
let findings = 0;
for (let i = 0; i < runs; i++) {
  seq.push(cliCheck(cliDir, 1).ms);
  const p = cliCheck(cliDir, os.cpus().length);
  par.push(p.ms);
  findings = p.findings;
}
rows.push([`CLI check, ${cliN} articles, 1 thread`, `${(median(seq) / 1000).toFixed(2)} s`, '', '']);
rows.push([`CLI check, ${cliN} articles, ${os.cpus().length} worker threads`, `${(median(par) / 1000).toFixed(2)} s`, `speed-up ${(median(seq) / median(par)).toFixed(2)}×`, `${findings} findings`]);
console.log(`scale benchmark: median of ${runs} runs; ${os.cpus().length} cores`);
table(['measure', 'figure', '', ''], rows);
const GOALS = [
  [/^cold index over LSP, 100000/, '≤ 15 s, ≤ 1.5 GB'],
  [/^hover latency over LSP \(/, 'p95 ≤ 2 ms'],
  [/^hover latency over LSP while/, 'p95 ≤ 2 ms'],
  [/^code-action latency/, 'p95 ≤ 2 ms'],
  [/^re-analysis after/, 'p95 ≤ 5 ms'],
];
for (const [measure, ...figures] of rows) summarise(measure, figures.filter(Boolean).join(', '), '', GOALS.find(([re]) => re.test(measure))?.[1] ?? '');
