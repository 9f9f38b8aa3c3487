// Small helpers shared by the benchmark scripts.
import fs from 'node:fs';

export function median(xs) {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
}

export function percentile(xs, p) {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor((p / 100) * s.length))];
}

export function table(header, rows) {
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => String(r[i]).length)));
  const line = (cells) => '| ' + cells.map((c, i) => String(c).padEnd(widths[i])).join(' | ') + ' |';
  console.log(line(header));
  console.log('|' + widths.map((w) => '-'.repeat(w + 2)).join('|') + '|');
  for (const r of rows) console.log(line(r));
}

/**
 * One row of the summary `npm run bench` prints at the end: when run from bench/run.mjs (BENCH_SUMMARY names
 * a file), each script appends its headline figures there, next to the peer's and the goal.
 */
export function summarise(measure, figure, peer = '', goal = '') {
  const file = process.env.BENCH_SUMMARY;
  if (file) fs.appendFileSync(file, JSON.stringify({ measure, figure, peer, goal }) + '\n');
}
