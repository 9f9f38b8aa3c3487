// The engine's one entry point for adapters (language server, CLI): it owns the KB, the per-article
// analyses and the cross-article index, and answers "what are the findings for this article?".
import { analyseText, AnalysisResult, toIndexEntry } from '../analyse';
import { runChecks, RuleSeverities } from '../checks';
import { loadKnowledgeBase } from '../kb';
import { Finding, KnowledgeBase, Problem } from '../types';
import { WorkspaceIndex } from './index';

export interface KbFile {
  uri: string;
  text: string;
}

export interface ServiceOptions {
  /** Publication date for articles that state none (YYYY-MM-DD). */
  dateOverride?: string;
  severities?: RuleSeverities;
  /** KB file new entries are added to by quick fixes. */
  workspaceKbUri?: string;
  /** Articles longer than this (UTF-16 units) get one information finding instead of analysis. */
  maxArticleLength?: number;
}

export const DEFAULT_MAX_ARTICLE_LENGTH = 2 * 1024 * 1024;

export class AnnotatorService {
  readonly index = new WorkspaceIndex();
  private kbFiles: KbFile[] = [];
  private currentKb: KnowledgeBase;
  private readonly analyses = new Map<string, AnalysisResult>();
  private readonly lastGoodKb = new Map<string, string>();

  constructor(
    kbFiles: KbFile[] = [],
    private options: ServiceOptions = {},
  ) {
    this.currentKb = loadKnowledgeBase([]);
    this.setKbFiles(kbFiles);
  }

  /**
   * A service on a KB another service has loaded (the main thread's, for an index worker): the KB arrives as
   * plain data, so no YAML is parsed and no schema compiled again. `kbFiles` are that service's KB files.
   */
  static withLoadedKb(kbFiles: KbFile[], kb: KnowledgeBase, options: ServiceOptions = {}): AnnotatorService {
    const service = new AnnotatorService([], options);
    service.kbFiles = kbFiles;
    service.currentKb = kb;
    return service;
  }

  get kb(): KnowledgeBase {
    return this.currentKb;
  }

  setOptions(options: ServiceOptions): void {
    this.options = options;
  }

  get settings(): ServiceOptions {
    return this.options;
  }

  /** Replace the KB files (starter first, workspace files after). Articles must be re-analysed after. */
  setKbFiles(files: KbFile[]): Problem[] {
    this.kbFiles = files;
    const all = loadKnowledgeBase(files);
    const broken = new Set(all.problems.filter((p) => p.code === 'kb-yaml').map((p) => p.uri));
    if (broken.size === 0 || files.every((f) => !broken.has(f.uri) || !this.lastGoodKb.has(f.uri))) {
      // The common case: every file parses (or a broken one has no earlier version to fall back on).
      for (const f of files) if (!broken.has(f.uri)) this.lastGoodKb.set(f.uri, f.text);
      this.currentKb = all;
      return all.problems;
    }
    // A file that no longer parses keeps its last good version in force, and its YAML error is shown.
    const effective: KbFile[] = [];
    const parseErrors: Problem[] = [];
    for (const file of files) {
      const errors = loadKnowledgeBase([file]).problems.filter((p) => p.code === 'kb-yaml');
      const good = this.lastGoodKb.get(file.uri);
      if (errors.length > 0 && good !== undefined) {
        parseErrors.push(...errors.map((e) => ({ ...e, message: `${e.message} (the last valid version of this file stays in force)` })));
        effective.push({ uri: file.uri, text: good });
      } else {
        if (errors.length === 0) this.lastGoodKb.set(file.uri, file.text);
        effective.push(file);
      }
    }
    const kb = loadKnowledgeBase(effective);
    const stale = new Set(parseErrors.map((p) => p.uri));
    kb.problems = [...kb.problems.filter((p) => !stale.has(p.uri)), ...parseErrors];
    this.currentKb = kb;
    return kb.problems;
  }

  kbText(uri: string): string | undefined {
    return this.kbFiles.find((f) => f.uri === uri)?.text;
  }

  kbUris(): string[] {
    return this.kbFiles.map((f) => f.uri);
  }

  /** Analyse an article and update the index; keeps the full analysis only if `keep` (open documents). */
  updateArticle(uri: string, text: string, keep = true): AnalysisResult {
    const max = this.options.maxArticleLength ?? DEFAULT_MAX_ARTICLE_LENGTH;
    const result = text.length > max ? tooLarge(uri, text, max) : analyseText(uri, text, this.currentKb, { dateOverride: this.options.dateOverride });
    this.index.set(toIndexEntry(result));
    if (keep) this.analyses.set(uri, result);
    else this.analyses.delete(uri);
    return result;
  }

  /** Forget the full analysis of a closed document but keep its facts in the index. */
  release(uri: string): void {
    this.analyses.delete(uri);
  }

  removeArticle(uri: string): void {
    this.analyses.delete(uri);
    this.index.remove(uri);
  }

  analysis(uri: string): AnalysisResult | undefined {
    return this.analyses.get(uri);
  }

  /** Findings for an analysed article (rules + the article's own problems). */
  findings(result: AnalysisResult): Finding[] {
    const problems: Finding[] = result.problems.map((p) => ({ ...p, related: [], fixes: [] }));
    if (result.problems.some((p) => p.code === 'article-too-large')) return problems;
    const findings = runChecks(
      {
        analysis: result,
        index: this.index,
        kb: this.currentKb,
        kbText: (uri) => this.kbText(uri),
        workspaceKbUri: this.options.workspaceKbUri,
      },
      this.options.severities,
    );
    return [...problems, ...findings].sort((a, b) => a.start - b.start);
  }
}

/** A placeholder analysis for an article over the size cap: no mentions, one located explanation. */
function tooLarge(uri: string, text: string, max: number): AnalysisResult {
  const firstLineEnd = Math.min(text.length, Math.max(1, text.search(/[\r\n]/) === -1 ? 80 : text.search(/[\r\n]/)));
  const article = { uri, text, date: null, dateSource: null, bodyStart: 0, paragraphs: [], sentences: [], quotes: [] };
  const kb = (n: number) => `${Math.round(n / 1024)} KB`;
  return {
    article,
    mentions: [],
    facts: [],
    problems: [
      {
        uri,
        start: 0,
        end: firstLineEnd,
        code: 'article-too-large',
        severity: 'information',
        message: `Not analysed: the article is ${kb(text.length)}, over the ${kb(max)} limit (setting newsAnnotator.articles.maxSizeKB).`,
      },
    ],
  };
}
