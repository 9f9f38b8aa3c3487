// Writes a synthetic but realistic corpus of N articles (1–8 KB) built from the real example articles'
// sentences, with planted inconsistencies whose count and places are recorded in manifest.json.
// Usage: node bench/corpus.mjs N [outDir]   (after `npm run build`)
import fs from 'node:fs';
import path from 'node:path';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const { parseArticle } = require(path.join(root, 'out/server/src/engine/article/index.js'));

/** Deterministic PRNG (mulberry32) so a corpus is the same on every machine. */
function rng(seed) {
  return () => {
    seed |= 0;
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Sentences that contradict the starter KB on the base article's date, one rule each.
export const PLANTS = [
  { base: '2018-03-03', code: 'role-mismatch', sentence: 'Defence Minister Khawaja Asif also met the Russian delegation.' },
  { base: '2024-10-29', code: 'rank-mismatch', sentence: 'Lt Gen Alexander Fomin also met the naval chief.' },
  { base: '2024-10-29', code: 'weekday-mismatch', sentence: 'The delegation left Islamabad on Friday, October 31, 2024 after the talks.' },
  { base: '2024-10-29', code: 'exercise-edition', sentence: 'The visit coincided with the opening ceremony of exercise Druzhba VI.' },
];

export function loadBases() {
  const dir = path.join(root, 'examples', 'pakistan-russia');
  const bases = [];
  for (const f of fs.readdirSync(dir).filter((x) => x.endsWith('.txt')).sort()) {
    const text = fs.readFileSync(path.join(dir, f), 'utf8');
    const { article } = parseArticle(f, text);
    if (!article.date) continue;
    const sentences = article.sentences.map((s) => text.slice(s.start, s.end)).filter((s) => s.length > 40);
    bases.push({ date: article.date, sentences });
  }
  return bases;
}

export function generate(n, outDir, seed = 42) {
  const rand = rng(seed);
  const bases = loadBases();
  fs.mkdirSync(outDir, { recursive: true });
  const planted = [];
  let bytes = 0;
  for (let i = 0; i < n; i++) {
    const base = bases[i % bases.length];
    const target = 1024 + Math.floor(rand() * 7168);
    const paragraphs = [];
    let size = 0;
    let k = Math.floor(rand() * base.sentences.length);
    while (size < target) {
      const count = 1 + Math.floor(rand() * 3);
      const para = [];
      for (let j = 0; j < count; j++) para.push(base.sentences[k++ % base.sentences.length]);
      const p = para.join(' ');
      paragraphs.push(p);
      size += p.length + 2;
    }
    const candidates = PLANTS.filter((p) => p.base === base.date);
    const file = `a${String(i).padStart(6, '0')}.txt`;
    if (i % 10 === 0 && candidates.length > 0) {
      const plant = candidates[Math.floor(rand() * candidates.length)];
      const at = 1 + Math.floor(rand() * (paragraphs.length - 1));
      paragraphs.splice(at, 0, plant.sentence);
      planted.push({ file, code: plant.code, text: plant.sentence });
    }
    const text = ` date ${base.date} ` + paragraphs.join('\n\n') + '\n';
    bytes += Buffer.byteLength(text);
    fs.writeFileSync(path.join(outDir, file), text);
  }
  fs.writeFileSync(path.join(outDir, 'manifest.json'), JSON.stringify({ articles: n, bytes, seed, planted }, null, 1));
  return { articles: n, bytes, planted };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const n = Number(process.argv[2] ?? 1000);
  const out = process.argv[3] ?? path.join(root, 'bench', '.corpus', String(n));
  const r = generate(n, out);
  console.log(`wrote ${r.articles} articles, ${(r.bytes / 1e6).toFixed(1)} MB, ${r.planted.length} planted findings → ${out}`);
}
