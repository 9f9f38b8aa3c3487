// Officials recogniser vs compromise's people() on the hand-annotated dev set (dev/*.txt, gold.jsonl)
// and on a held-out set annotated before the recogniser ever ran on it (heldout/*.txt, heldout.jsonl).
// Usage (after `npx tsc -p .`): node bench/officials/score.mjs [--errors] [--boundaries] [--empty-kb] [--runs N]
// Scoring: a prediction and a gold span match when they overlap (one-to-one, left to right); a
// "strict" match needs the same start and end. Definite descriptions without a name ("the air chief
// marshal") are not in the gold and are left out of our predictions here.
// Then: time on adversarial inputs at 1×, 2× and 4× size (linear time means the ms roughly double).
// The starter KB is used when present (server/kb/starter.kb.yaml), else an empty KB.
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';
import { summarise } from '../stats.mjs';

const require = createRequire(import.meta.url);
const here = path.dirname(fileURLToPath(import.meta.url));
const root = path.resolve(here, '../..');
const out = (p) => require(path.join(root, 'out/server/src/engine', p));
const { parseArticle } = out('article');
const { tokenise } = out('text/tokens');
const { recogniseOfficials } = out('recognise/officials');
const nlp = require('compromise');

const args = process.argv.slice(2);
const showErrors = args.includes('--errors');
const emptyKb = args.includes('--empty-kb');
const showBoundaries = args.includes('--boundaries');
const runs = Number(args[args.indexOf('--runs') + 1]) || 20;

function loadKb() {
  const kbPath = path.join(root, 'server/kb/starter.kb.yaml');
  const empty = { people: [], exercises: [], events: [], organisations: [], places: [], problems: [] };
  if (emptyKb || !fs.existsSync(kbPath)) return { kb: empty, label: 'empty KB' };
  try {
    const { loadKnowledgeBase } = out('kb');
    return { kb: loadKnowledgeBase([{ uri: kbPath, text: fs.readFileSync(kbPath, 'utf8') }]), label: 'starter KB' };
  } catch {
    return { kb: empty, label: 'empty KB (starter KB failed to load)' };
  }
}

const { kb, label } = loadKb();
function loadSet(dir, goldFile) {
  const files = fs.readdirSync(path.join(here, dir)).filter((f) => f.endsWith('.txt')).sort();
  return {
    texts: files.map((f) => ({ file: f, text: fs.readFileSync(path.join(here, dir, f), 'utf8') })),
    gold: fs.readFileSync(path.join(here, goldFile), 'utf8').split('\n').filter(Boolean).map((l) => JSON.parse(l)),
  };
}

function ours(text) {
  const { article } = parseArticle('bench:dev', text);
  return recogniseOfficials({ article, kb, tokens: tokenise(text, article.bodyStart), dates: [] })
    .filter((m) => m.name !== '')
    .map((m) => ({ start: m.start, end: m.end }));
}

function theirs(text) {
  return nlp(text)
    .people()
    .json({ offset: true })
    .map((p) => {
      let end = p.offset.start + p.offset.length;
      while (end > p.offset.start && /[\s.,;:!?"'’”)]/.test(text[end - 1])) end--;
      return { start: p.offset.start, end };
    });
}

function score(system, { texts, gold }) {
  let tp = 0, strict = 0, npred = 0, ngold = 0;
  const errors = [];
  for (const { file, text } of texts) {
    const g = gold.filter((x) => x.file === file).sort((a, b) => a.start - b.start);
    const p = system(text).sort((a, b) => a.start - b.start);
    npred += p.length;
    ngold += g.length;
    const used = new Set();
    for (const x of g) {
      const k = p.findIndex((y, n) => !used.has(n) && y.start < x.end && x.start < y.end);
      if (k < 0) {
        errors.push(`${file}  MISS  "${x.text}"`);
        continue;
      }
      used.add(k);
      tp++;
      if (p[k].start === x.start && p[k].end === x.end) strict++;
      else if (showBoundaries) errors.push(`${file}  SPAN  gold "${x.text}"  ours "${text.slice(p[k].start, p[k].end)}"`);
    }
    p.forEach((y, n) => {
      if (!used.has(n)) errors.push(`${file}  FP    "${text.slice(y.start, y.end)}"`);
    });
  }
  const prf = (t) => {
    const P = npred ? t / npred : 0, R = ngold ? t / ngold : 0;
    return [P, R, P + R ? (2 * P * R) / (P + R) : 0];
  };
  return { overlap: prf(tp), strict: prf(strict), errors, npred, ngold };
}

function throughput(system, { texts }) {
  // The fastest of `runs` passes: the machine is shared, and the minimum is the least disturbed figure.
  const chars = texts.reduce((s, t) => s + t.text.length, 0);
  for (const { text } of texts) system(text);
  let best = Infinity;
  for (let r = 0; r < runs; r++) {
    const t0 = process.hrtime.bigint();
    for (const { text } of texts) system(text);
    best = Math.min(best, Number(process.hrtime.bigint() - t0) / 1e9);
  }
  return { perSec: texts.length / best, mbPerSec: chars / best / 1e6 };
}

const pct = (x) => (100 * x).toFixed(1).padStart(5);
const rows = [
  ['officials recogniser', ours],
  ['compromise people()', theirs],
];
for (const [setName, dir, goldFile] of [['dev', 'dev', 'gold.jsonl'], ['held-out', 'heldout', 'heldout.jsonl']]) {
  const set = loadSet(dir, goldFile);
  console.log(`${setName} set: ${set.texts.length} articles, ${set.gold.length} gold mentions; our recogniser with the ${label}`);
  console.log('system                 pred |  P     R     F1  (overlap) |  P     R     F1  (strict) | articles/s   MB/s');
  const results = new Map();
  for (const [name, sys] of rows) {
    const s = score(sys, set);
    const tput = throughput(sys, set);
    console.log(
      `${name.padEnd(22)} ${String(s.npred).padStart(4)} | ${s.overlap.map(pct).join(' ')}           | ${s.strict.map(pct).join(' ')}          | ${tput.perSec.toFixed(0).padStart(10)} ${tput.mbPerSec.toFixed(2).padStart(6)}`,
    );
    if (showErrors || showBoundaries) for (const e of s.errors) console.log('    ' + e);
    results.set(name, s);
  }
  const f1 = (s) => (s ? s.overlap.map((x) => (100 * x).toFixed(1)).join(' / ') : '');
  summarise(`officials, ${setName} set: P / R / F1`, f1(results.get('officials recogniser')), `compromise ${f1(results.get('compromise people()'))}`, 'F1 ≥ 95');
  console.log('');
}

// Adversarial inputs: the time should grow linearly with the size.
const adversarial = {
  'capitalised words': (n) => Array.from({ length: n }, (_, k) => `Word${String.fromCharCode(65 + (k % 26))}x`).join(' '),
  'no spaces': (n) => 'General'.repeat(n),
  'repeated titles': (n) => Array(n).fill('Defence Minister').join(' '),
  'titles + "of" chains': (n) => Array(n).fill('the Deputy Defence Minister of the Russian Federation, Col Gen').join(' '),
  're-mentions': (n) => Array(n).fill('Gen Munir, the army chief').join(' '),
};
function timeOnce(text) {
  const { article } = parseArticle('bench:adv', text);
  const tokens = tokenise(text, article.bodyStart);
  const t0 = process.hrtime.bigint();
  recogniseOfficials({ article, kb, tokens, dates: [] });
  return Number(process.hrtime.bigint() - t0) / 1e6;
}
console.log('adversarial input (recogniser only, ms at 10k / 20k / 40k repetitions)');
for (const [name, gen] of Object.entries(adversarial)) {
  timeOnce(gen(1000));
  const ms = [10_000, 20_000, 40_000].map((n) => Math.min(timeOnce(gen(n)), timeOnce(gen(n))));
  console.log(`  ${name.padEnd(22)} ${ms.map((x) => x.toFixed(0).padStart(6)).join(' /')}   (${(gen(40_000).length / 1e6).toFixed(1)} MB at 40k)`);
}
