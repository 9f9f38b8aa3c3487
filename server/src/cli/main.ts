// `news-annotator` command line: annotate, check and timeline on the same engine as the server.
import { rules } from '../engine/checks';
import { annotate, formatAnnotateText } from './annotate';
import { parseArgs, USAGE } from './args';
import { check, formatCheckText, formatSarif, JsonFinding, kbProblemsToJson } from './check';
import { checkInWorkers, defaultJobs, PARALLEL_THRESHOLD } from './parallel';
import { loadKnowledgeBase } from '../engine/kb';
import { InputError } from './files';
import { findSources, loadWorkspace } from './load';
import { timeline } from './timeline';

type Write = (s: string) => void;
const stdout: Write = (s) => void process.stdout.write(s);
const stderr: Write = (s) => void process.stderr.write(s);

export async function main(argv: string[], out: Write = stdout, err: Write = stderr): Promise<number> {
  if (argv.length === 0 || argv[0] === '--help' || argv[0] === '-h') {
    out(USAGE + '\n');
    return argv.length === 0 ? 2 : 0;
  }
  const args = parseArgs(argv);
  if ('error' in args) {
    err(`news-annotator: ${args.error}\n${USAGE}\n`);
    return 2;
  }
  try {
    const sources = findSources(args);
    const jobs = args.jobs ?? defaultJobs();
    if (args.command === 'check' && jobs > 1 && sources.articles.length >= PARALLEL_THRESHOLD) {
      const kb = loadKnowledgeBase(sources.kbFiles);
      const { findings, skipped } = await checkInWorkers(sources, jobs, args.dateOverride, kb);
      for (const s of skipped) err(`news-annotator: skipped ${s}\n`);
      // KB problems are reported once, by the main thread.
      const kbProblems = kbProblemsToJson(kb.problems);
      return report([...findings, ...kbProblems], args.format, out);
    }
    if (args.command === 'annotate') {
      const { articles, skipped } = annotate(args, sources);
      for (const s of skipped) err(`news-annotator: skipped ${s}\n`);
      out((args.format === 'json' ? JSON.stringify(articles, null, 2) : formatAnnotateText(articles)) + '\n');
      return 0;
    }
    if (args.command === 'check') {
      const { findings, skipped } = check(args, sources);
      for (const s of skipped) err(`news-annotator: skipped ${s}\n`);
      return report(findings, args.format, out);
    }
    const loaded = loadWorkspace(args, sources);
    for (const s of loaded.skipped) err(`news-annotator: skipped ${s}\n`);
    out(timeline(loaded, args.format) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof InputError) {
      err(`news-annotator: ${e.message}\n`);
      return 2;
    }
    throw e;
  }
}

function report(findings: JsonFinding[], format: string, out: Write): number {
  const descriptions = Object.fromEntries(rules.map((r) => [r.code, r.description]));
  if (format === 'json') out(JSON.stringify(findings, null, 2) + '\n');
  else if (format === 'sarif') out(JSON.stringify(formatSarif(findings, descriptions), null, 2) + '\n');
  else if (findings.length) out(formatCheckText(findings) + '\n');
  return findings.some((f) => f.severity === 'error') ? 1 : 0;
}

if (require.main === module) {
  void main(process.argv.slice(2)).then((code) => (process.exitCode = code));
}
