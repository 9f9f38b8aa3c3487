// Every benchmark in one run, each next to its peer measured in the same run:
// dates (TimeML gold, vs chrono-node), officials (dev set, vs compromise), full-analysis throughput
// (vs chrono-node), and scale (LSP index, edits, hovers, CLI). Usage: npm run bench [-- --quick]
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { table } from './stats.mjs';

const here = path.dirname(fileURLToPath(import.meta.url));
const quick = process.argv.includes('--quick');
const steps = [
  ['Dates: TimeML TIMEX3 scores vs chrono-node', ['timex.mjs']],
  ['Officials: dev-set span F1 vs compromise', ['officials/score.mjs']],
  ['Full analysis throughput vs chrono-node', ['throughput.mjs', quick ? '500' : '2000', quick ? '3' : '5']],
  ['Scale', ['scale.mjs', '--sizes', quick ? '1000' : '1000,10000,100000', '--runs', quick ? '1' : '3']],
];
// Each script appends its headline figures here; they are printed together at the end.
const summary = path.join(fs.mkdtempSync(path.join(os.tmpdir(), 'na-bench-summary-')), 'rows.jsonl');
let failed = 0;
for (const [title, [script, ...args]] of steps) {
  console.log(`\n## ${title}\n`);
  const r = spawnSync(process.execPath, [path.join(here, script), ...args], { stdio: 'inherit', env: { ...process.env, BENCH_SUMMARY: summary } });
  if (r.status !== 0) {
    failed++;
    console.log(`(${script} exited ${r.status})`);
  }
}
const rows = fs.existsSync(summary) ? fs.readFileSync(summary, 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)) : [];
console.log(`\n## Summary (${os.cpus().length} cores, ${os.cpus()[0]?.model ?? 'unknown CPU'})\n`);
table(['measure', 'news-annotator', 'peer, same run', 'goal'], rows.map((r) => [r.measure, r.figure, r.peer, r.goal]));
process.exitCode = failed ? 1 : 0;
