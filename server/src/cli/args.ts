// Command-line parsing for `news-annotator`: small and strict, with usage errors as values.

export type Command = 'annotate' | 'check' | 'timeline';

export interface CliArgs {
  command: Command;
  paths: string[];
  kb: string[];
  format: string;
  starter: boolean;
  dateOverride?: string;
  jobs?: number;
}

export const USAGE = `Usage:
  news-annotator annotate [--kb FILE]... [--format text|json] PATH...
  news-annotator check    [--kb FILE]... [--format text|json|sarif] [--jobs N] PATH...
  news-annotator timeline [--kb FILE]... [--format md|csv|json] PATH...
Options:
  --kb FILE            load a knowledge-base YAML file (repeatable; *.kb.yaml under PATH folders load too)
  --no-starter         do not load the starter knowledge base
  --date YYYY-MM-DD    publication date for articles that state none
  --jobs N             worker threads for check (default: cores, for large folders)
PATH is an article (.txt, .article, .news) or a folder searched recursively.`;

const FORMATS: Record<Command, string[]> = {
  annotate: ['text', 'json'],
  check: ['text', 'json', 'sarif'],
  timeline: ['md', 'csv', 'json'],
};

export function parseArgs(argv: string[]): CliArgs | { error: string } {
  const [command, ...rest] = argv;
  if (command !== 'annotate' && command !== 'check' && command !== 'timeline') {
    return { error: command ? `unknown command '${command}'` : 'missing command' };
  }
  const args: CliArgs = { command, paths: [], kb: [], format: FORMATS[command][0], starter: true };
  for (let i = 0; i < rest.length; i++) {
    const a = rest[i];
    const value = (): string | undefined => (i + 1 < rest.length ? rest[++i] : undefined);
    if (a === '--kb') {
      const v = value();
      if (!v) return { error: '--kb needs a file' };
      args.kb.push(v);
    } else if (a === '--format') {
      const v = value();
      if (!v || !FORMATS[command].includes(v)) return { error: `--format must be one of ${FORMATS[command].join(', ')}` };
      args.format = v;
    } else if (a === '--no-starter') {
      args.starter = false;
    } else if (a === '--date') {
      const v = value();
      if (!v || !/^\d{4}-\d{2}-\d{2}$/.test(v)) return { error: '--date needs YYYY-MM-DD' };
      args.dateOverride = v;
    } else if (a === '--jobs') {
      const v = Number(value());
      if (!Number.isInteger(v) || v < 1) return { error: '--jobs needs a positive whole number' };
      args.jobs = v;
    } else if (a.startsWith('--')) {
      return { error: `unknown option '${a}'` };
    } else {
      args.paths.push(a);
    }
  }
  if (args.paths.length === 0) return { error: 'no PATH given' };
  return args;
}
