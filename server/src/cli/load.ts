// Builds an AnnotatorService from CLI inputs: starter KB, KB files, then every article indexed.
import * as path from 'path';
import * as fs from 'fs';
import { AnalysisResult } from '../engine/analyse';
import { AnnotatorService, KbFile } from '../engine/workspace/service';
import { findStarterKbPath } from '../starterKb';
import { CliArgs } from './args';
import { collectInputs, InputError, readText } from './files';

export interface Loaded {
  service: AnnotatorService;
  articles: string[];
  /** Files skipped, with why (binary...). */
  skipped: string[];
}

export interface Sources {
  articles: string[];
  kbFiles: KbFile[];
  /** The KB file new entries go to (the first workspace KB file). */
  workspaceKbUri?: string;
}

/** Find the inputs and read the KB files (starter first, then workspace files, then --kb files). */
export function findSources(args: CliArgs): Sources {
  const inputs = collectInputs(args.paths);
  const kbFiles: KbFile[] = [];
  if (args.starter) {
    const starter = findStarterKbPath();
    if (starter) kbFiles.push({ uri: starter, text: fs.readFileSync(starter, 'utf8') });
  }
  for (const file of [...inputs.kbFiles, ...args.kb]) kbFiles.push({ uri: file, text: readText(file) });
  return { articles: inputs.articles, kbFiles, workspaceKbUri: [...inputs.kbFiles, ...args.kb][0] };
}

/**
 * Read and analyse every article once, indexing its facts. `visit` sees each analysis as it is made, with the
 * index built so far: annotate needs nothing more, check runs the rules there (see check.ts).
 */
export function loadWorkspace(args: CliArgs, sources = findSources(args), visit?: (file: string, text: string, result: AnalysisResult, service: AnnotatorService) => void): Loaded {
  const inputs = sources;
  const service = new AnnotatorService(sources.kbFiles, { dateOverride: args.dateOverride, workspaceKbUri: sources.workspaceKbUri });
  const articles: string[] = [];
  const skipped: string[] = [];
  for (const file of inputs.articles) {
    let text: string;
    try {
      text = readText(file);
    } catch (e) {
      if (e instanceof InputError && /binary/.test(e.message)) {
        skipped.push(e.message);
        continue;
      }
      throw e;
    }
    const result = service.updateArticle(file, text, false);
    visit?.(file, text, result, service);
    articles.push(file);
  }
  return { service, articles, skipped };
}

export function displayPath(file: string): string {
  const rel = path.relative(process.cwd(), file);
  return rel && !rel.startsWith('..') ? rel : file;
}
