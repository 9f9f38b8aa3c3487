// Finding articles and KB files under the paths given on the command line.
import * as fs from 'fs';
import * as path from 'path';

export const ARTICLE_EXTENSIONS = ['.txt', '.article', '.news'];
export const KB_SUFFIX = '.kb.yaml';
const SKIP_DIRS = new Set(['node_modules', '.git', 'out', 'dist']);

export interface Inputs {
  articles: string[];
  kbFiles: string[];
}

export class InputError extends Error {}

export function collectInputs(paths: string[]): Inputs {
  const articles: string[] = [];
  const kbFiles: string[] = [];
  for (const p of paths) {
    let stat: fs.Stats;
    try {
      stat = fs.statSync(p);
    } catch {
      throw new InputError(`${p}: no such file or folder`);
    }
    if (stat.isDirectory()) walk(p, articles, kbFiles);
    else if (p.endsWith(KB_SUFFIX)) kbFiles.push(p);
    else articles.push(p);
  }
  articles.sort();
  kbFiles.sort();
  return { articles, kbFiles };
}

function walk(dir: string, articles: string[], kbFiles: string[]): void {
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) {
      if (!SKIP_DIRS.has(entry.name) && !entry.name.startsWith('.')) walk(full, articles, kbFiles);
    } else if (entry.name.endsWith(KB_SUFFIX)) {
      kbFiles.push(full);
    } else if (ARTICLE_EXTENSIONS.includes(path.extname(entry.name).toLowerCase())) {
      articles.push(full);
    }
  }
}

/** Read a text file; binary files (NUL bytes) are reported, not analysed. */
export function readText(file: string): string {
  let buf: Buffer;
  try {
    buf = fs.readFileSync(file);
  } catch (e) {
    throw new InputError(`${file}: cannot read (${(e as NodeJS.ErrnoException).code ?? 'error'})`);
  }
  if (buf.subarray(0, 8000).includes(0)) throw new InputError(`${file}: binary file, not an article`);
  return buf.toString('utf8');
}
