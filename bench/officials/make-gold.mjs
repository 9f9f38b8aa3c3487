// Turns a hand annotation into JSONL {file,start,end,text} with UTF-16 offsets:
//   node make-gold.mjs           gold.src.txt    + dev/     → gold.jsonl
//   node make-gold.mjs heldout   heldout.src.txt + heldout/ → heldout.jsonl
// Each line's text is looked up left to right after the previous mention of the same file, so the
// order of the source lines decides which occurrence is meant.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const here = path.dirname(fileURLToPath(import.meta.url));
const set = process.argv[2] === 'heldout' ? { src: 'heldout.src.txt', dir: 'heldout', out: 'heldout.jsonl' } : { src: 'gold.src.txt', dir: 'dev', out: 'gold.jsonl' };
const src = fs.readFileSync(path.join(here, set.src), 'utf8');
const cursor = new Map();
const out = [];
for (const [n, line] of src.split('\n').entries()) {
  if (!line.trim() || line.startsWith('#')) continue;
  const bar = line.indexOf(' | ');
  const file = line.slice(0, bar).trim();
  const text = line.slice(bar + 3);
  const body = fs.readFileSync(path.join(here, set.dir, file), 'utf8');
  const start = body.indexOf(text, cursor.get(file) ?? 0);
  if (start < 0) throw new Error(`line ${n + 1}: "${text}" not found in ${file} after offset ${cursor.get(file) ?? 0}`);
  cursor.set(file, start + text.length);
  out.push(JSON.stringify({ file, start, end: start + text.length, text }));
}
fs.writeFileSync(path.join(here, set.out), out.join('\n') + '\n');
console.log(`${out.length} gold mentions`);
