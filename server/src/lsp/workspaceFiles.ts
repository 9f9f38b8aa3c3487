// Finds articles and KB files under the workspace folders with plain fs, skipping dependency and VCS
// folders. Binary and over-size files are reported separately so the caller can explain them.
import * as fs from 'fs';
import * as path from 'path';
import { fileURLToPath, pathToFileURL } from 'url';
import { compileGlobs } from './glob';
import { TimeSlice } from './timeSlice';

const SKIPPED_FOLDERS = new Set(['node_modules', '.git', '.hg', '.svn', 'out', 'dist', '.vscode-test']);

export interface WorkspaceFiles {
  articles: string[];
  kbFiles: string[];
}

export interface ScanOptions {
  articleGlobs: string[];
  kbGlobs: string[];
  /** Stop walking after this many files seen (guards against scanning a home folder). */
  maxFiles?: number;
}

export async function scanWorkspace(folders: string[], options: ScanOptions): Promise<WorkspaceFiles> {
  const isArticle = compileGlobs(options.articleGlobs);
  const isKb = compileGlobs(options.kbGlobs);
  const out: WorkspaceFiles = { articles: [], kbFiles: [] };
  const maxFiles = options.maxFiles ?? 200_000;
  let seen = 0;
  // A folder of 100k articles is one readdir: its entries are matched in slices between requests.
  const slice = new TimeSlice();
  for (const folderUri of folders) {
    let root: string;
    try {
      root = fileURLToPath(folderUri);
    } catch {
      continue;
    }
    const stack = [root];
    while (stack.length && seen < maxFiles) {
      const dir = stack.pop()!;
      let entries: fs.Dirent[];
      try {
        entries = await fs.promises.readdir(dir, { withFileTypes: true });
      } catch {
        continue;
      }
      entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
      for (const e of entries) {
        if (slice.spent) await slice.next();
        const full = path.join(dir, e.name);
        if (e.isDirectory()) {
          if (!SKIPPED_FOLDERS.has(e.name)) stack.push(full);
          continue;
        }
        if (!e.isFile()) continue;
        seen++;
        const rel = path.relative(root, full).split(path.sep).join('/');
        if (isKb(rel)) out.kbFiles.push(pathToFileURL(full).toString());
        else if (isArticle(rel)) out.articles.push(pathToFileURL(full).toString());
      }
    }
  }
  out.articles.sort();
  out.kbFiles.sort();
  return out;
}

export type ReadResult = { kind: 'text'; text: string } | { kind: 'too-large'; size: number } | { kind: 'binary' } | { kind: 'missing' };

/** Reads an article unless it is over the size limit or binary (a NUL byte in its first 8 KB). */
export async function readArticleFile(uri: string, maxSizeKB: number): Promise<ReadResult> {
  try {
    const file = fileURLToPath(uri);
    const stat = await fs.promises.stat(file);
    if (stat.size > maxSizeKB * 1024) return { kind: 'too-large', size: stat.size };
    const buffer = await fs.promises.readFile(file);
    if (buffer.subarray(0, 8192).includes(0)) return { kind: 'binary' };
    return { kind: 'text', text: buffer.toString('utf8') };
  } catch {
    return { kind: 'missing' };
  }
}
