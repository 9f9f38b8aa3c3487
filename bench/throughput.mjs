// Full analysis throughput (all recognisers + all checks) against chrono-node's parse on the same texts.
// Usage: node bench/throughput.mjs [articles=2000] [runs=5]   (after `npm run build`)
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { generate } from './corpus.mjs';
import { median, summarise, table } from './stats.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { AnnotatorService } = require(path.join(root, 'out/server/src/engine/workspace/service.js'));
const { findStarterKbPath } = require(path.join(root, 'out/server/src/starterKb.js'));
const chrono = require('chrono-node');

export function loadCorpus(n) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-bench-'));
  const { planted } = generate(n, dir);
  const files = fs.readdirSync(dir).filter((f) => f.endsWith('.txt')).sort();
  const texts = files.map((f) => ({ uri: path.join(dir, f), text: fs.readFileSync(path.join(dir, f), 'utf8') }));
  return { dir, texts, planted };
}

export function starterKbFiles() {
  const p = findStarterKbPath(path.join(root, 'out', 'server', 'src'));
  return p ? [{ uri: p, text: fs.readFileSync(p, 'utf8') }] : [];
}

/** One full pass: analyse and index every article, then run every rule on every article. Findings by file. */
export function fullAnalysis(texts, kbFiles) {
  const service = new AnnotatorService(kbFiles);
  // Every article analysed once (all recognisers, facts into the index), then every rule on every article.
  for (const { uri, text } of texts) service.updateArticle(uri, text, true);
  const findings = new Map();
  for (const { uri } of texts) findings.set(uri, service.findings(service.analysis(uri)));
  return findings;
}

function chronoPass(texts) {
  let n = 0;
  for (const { text } of texts) n += chrono.parse(text, new Date('2020-01-01T00:00:00Z')).length;
  return n;
}

function time(fn) {
  const t0 = process.hrtime.bigint();
  const r = fn();
  return { ms: Number(process.hrtime.bigint() - t0) / 1e6, r };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 2000);
  const runs = Number(process.argv[3] ?? 5);
  const { texts, planted } = loadCorpus(n);
  const kb = starterKbFiles();
  const mb = texts.reduce((s, t) => s + Buffer.byteLength(t.text), 0) / 1e6;
  const ours = [];
  const peer = [];
  let findings;
  for (let i = 0; i < runs; i++) {
    const a = time(() => fullAnalysis(texts, kb));
    ours.push(a.ms);
    findings = a.r;
    peer.push(time(() => chronoPass(texts)).ms);
  }
  const o = median(ours);
  const p = median(peer);
  console.log(`corpus: ${n} articles, ${mb.toFixed(1)} MB; median of ${runs} runs`);
  table(
    ['system', 'median ms', 'MB/s', 'articles/s'],
    [
      ['news-annotator full analysis (index + all rules)', o.toFixed(0), (mb / (o / 1000)).toFixed(1), (n / (o / 1000)).toFixed(0)],
      ['chrono-node 2.10.3 parse', p.toFixed(0), (mb / (p / 1000)).toFixed(1), (n / (p / 1000)).toFixed(0)],
    ],
  );
  console.log(`ratio: news-annotator is ${(p / o).toFixed(2)}× chrono-node's throughput (goal ≥ 5×)`);
  const found = planted.filter((pl) => (findings.get(texts.find((t) => t.uri.endsWith(pl.file)).uri) ?? []).some((f) => f.code === pl.code));
  console.log(`planted findings reported: ${found.length} / ${planted.length}`);
  summarise(`full analysis, ${n} articles (${mb.toFixed(1)} MB)`, `${(mb / (o / 1000)).toFixed(1)} MB/s`, `chrono-node parse ${(mb / (p / 1000)).toFixed(1)} MB/s: ${(p / o).toFixed(2)}×`, '≥ 5× chrono-node');
  summarise('planted inconsistencies reported', `${found.length} / ${planted.length}`, '', 'all');
  for (const miss of planted.filter((pl) => !found.includes(pl)).slice(0, 5)) console.log(`  missed ${miss.code} in ${miss.file}: ${miss.text}`);
}
