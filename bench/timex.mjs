// Date recogniser on TimeML gold news (TimeBank 1.2, AQUAINT) against chrono-node, with the
// TempEval-3 scorer shipped beside the data.
// Usage: npx tsc -p . && node bench/timex.mjs [--errors N] [--set timebank]
// Reads ../shared/timeml relative to the repo; the gold data is never copied into the repo.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { spawnSync } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { summarise } from './stats.mjs';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const dataDir = path.resolve(root, '..', 'shared', 'timeml');
const scorer = path.join(dataDir, 'timex-score.mjs');
const args = process.argv.slice(2);
const opt = (name) => { const k = args.indexOf(`--${name}`); return k >= 0 ? args[k + 1] : undefined; };

if (!fs.existsSync(scorer)) {
  console.log(`TimeML gold data not found at ${dataDir}: nothing to measure (see bench/README-timex.md).`);
  process.exit(0);
}
const { recogniseDates } = require(path.join(root, 'out/server/src/engine/recognise/dates/index.js'));
const chrono = require('chrono-node');

const tmp = fs.mkdtempSync(path.join(os.tmpdir(), 'na-timex-'));
const run = (cmdArgs) => {
  const r = spawnSync(process.execPath, [scorer, ...cmdArgs], { encoding: 'utf8', maxBuffer: 1 << 28 });
  if (r.status !== 0) { console.error(r.stderr); process.exit(1); }
  return r;
};
const docsFile = path.join(tmp, 'docs.jsonl');
run(['dump', '--out', docsFile, ...(opt('set') ? ['--set', opt('set')] : [])]);
const docs = fs.readFileSync(docsFile, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l));
const sets = [...new Set(docs.map((d) => d.set))];

const anchorOf = (dct) => (/^\d{4}-\d{2}-\d{2}/.test(dct) ? dct.slice(0, 10) : null);

function ours(d) {
  return recogniseDates(d.text, anchorOf(d.dct)).map((m) => ({ start: m.start, end: m.end, value: m.value ?? '', type: m.timexType, text: m.text }));
}

// chrono-node: value at the granularity of the components it knows (day, month or year).
const p2 = (n) => String(n).padStart(2, '0');
function chronoValue(c) {
  const y = c.get('year'), m = c.get('month'), d = c.get('day');
  if (c.isCertain('day') || c.isCertain('weekday') || !c.isCertain('month') && !c.isCertain('year')) return `${y}-${p2(m)}-${p2(d)}`;
  if (c.isCertain('month')) return `${y}-${p2(m)}`;
  return String(y);
}
function viaChrono(d) {
  const ref = anchorOf(d.dct) ? new Date(`${anchorOf(d.dct)}T12:00:00`) : new Date();
  return chrono.parse(d.text, ref).map((r) => ({ start: r.index, end: r.index + r.text.length, value: chronoValue(r.start), text: r.text }));
}

const systems = { ours, 'chrono-node': viaChrono };
const rows = [];
const speed = {};
const bytes = docs.reduce((s, d) => s + Buffer.byteLength(d.text, 'utf8'), 0);
for (const [name, fn] of Object.entries(systems)) {
  const predFile = path.join(tmp, `${name}.jsonl`);
  const lines = [];
  for (const d of docs) for (const p of fn(d)) lines.push(JSON.stringify({ doc: d.doc, ...p }));
  fs.writeFileSync(predFile, lines.join('\n') + '\n');
  // throughput: best of 5 passes over all texts
  let best = Infinity;
  for (let r = 0; r < 5; r++) {
    const t0 = process.hrtime.bigint();
    for (const d of docs) fn(d);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  speed[name] = bytes / 1e6 / best;
  const res = JSON.parse(run(['score', '--pred', predFile, '--json', ...(opt('set') ? ['--set', opt('set')] : [])]).stdout);
  for (const s of [...sets, 'ALL']) {
    const m = s === 'ALL' ? res.all : res.sets[s];
    if (m) rows.push({ set: s, system: name, strict: m.strict.f1, relaxed: m.relaxed.f1, value: m.value.f1 });
  }
  if (name === 'ours' && opt('errors')) {
    const r = spawnSync(process.execPath, [scorer, 'score', '--pred', predFile, '--errors', opt('errors'), ...(opt('set') ? ['--set', opt('set')] : [])], { encoding: 'utf8', maxBuffer: 1 << 28 });
    console.log(r.stderr);
  }
}

const f = (x) => (100 * x).toFixed(1).padStart(7);
console.log(`TimeML TIMEX3, all types (${docs.length} docs, ${(bytes / 1e6).toFixed(2)} MB)`);
console.log('set        system        strict relaxed  value');
for (const r of rows) console.log(`${r.set.padEnd(10)} ${r.system.padEnd(12)} ${f(r.strict)} ${f(r.relaxed)} ${f(r.value)}`);
console.log(`\nthroughput: ours ${speed.ours.toFixed(2)} MB/s, chrono-node ${speed['chrono-node'].toFixed(2)} MB/s, ratio ${(speed.ours / speed['chrono-node']).toFixed(1)}x`);
for (const set of sets) {
  const ours = rows.find((r) => r.set === set && r.system === 'ours');
  const peer = rows.find((r) => r.set === set && r.system === 'chrono-node');
  const scores = (r) => (r ? [r.strict, r.relaxed, r.value].map((x) => (100 * x).toFixed(1)).join(' / ') : '');
  if (ours) summarise(`dates, ${set}: strict / relaxed / value F1`, scores(ours), `chrono-node ${scores(peer)}`, 'strict ≥ 85, value ≥ 80');
}
fs.rmSync(tmp, { recursive: true, force: true });
