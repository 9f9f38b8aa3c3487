// Workspace indexing: load the KB (starter + workspace files), analyse every article with work-done
// progress, then check them all. Yields to the event loop between files so requests on open documents
// are answered while it runs; a newer run cancels an older one.
import * as fs from 'fs';
import { pathToFileURL } from 'url';
import { CancellationToken } from 'vscode-languageserver/node';
import { KbFile } from '../engine/workspace/service';
import { BUILTIN_ARTICLE_GLOBS, ServerContext } from './context';
import { DiagnosticsPublisher } from './diagnostics';
import { readArticleFile, scanWorkspace } from './workspaceFiles';

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

export interface IndexingStats {
  articles: number;
  kbFiles: number;
  skipped: number;
  cancelled: boolean;
  millis: number;
}

export class WorkspaceIndexer {
  private generation = 0;
  /** Articles found by the last scan (closed or open). */
  private articles: string[] = [];
  lastStats: IndexingStats | undefined;
  private running: Promise<IndexingStats> | undefined;

  constructor(
    private readonly ctx: ServerContext,
    private readonly diagnostics: DiagnosticsPublisher,
    private readonly onIndexChanged: () => void,
  ) {}

  /** Resolves when the current run (if any) is over. */
  async idle(): Promise<void> {
    while (this.running) await this.running.catch(() => undefined);
  }

  run(): Promise<IndexingStats> {
    const generation = ++this.generation;
    const promise = this.index(generation).finally(() => {
      if (this.running === promise) this.running = undefined;
    });
    this.running = promise;
    return promise;
  }

  /** KB files in load order: the starter KB first, then the workspace's (open documents' text wins). */
  async loadKbFiles(kbUris: string[]): Promise<KbFile[]> {
    const ctx = this.ctx;
    const settings = ctx.settings.defaults;
    const files: KbFile[] = [];
    const starter = ctx.options.starterKbPath;
    if (settings.knowledgeBase.includeStarter && starter) {
      try {
        files.push({ uri: pathToFileURL(starter).toString(), text: await fs.promises.readFile(starter, 'utf8') });
      } catch (err) {
        ctx.error(`Cannot read the starter KB ${starter}`, err);
      }
    }
    for (const uri of kbUris) {
      const open = ctx.documents.get(uri);
      if (open) files.push({ uri, text: open.getText() });
      else {
        const read = await readArticleFile(uri, 50 * 1024);
        if (read.kind === 'text') files.push({ uri, text: read.text });
      }
    }
    // Open KB documents outside the scanned globs still count (the user is editing them).
    for (const doc of ctx.documents.all()) {
      if (ctx.isKbUri(doc.uri) && !files.some((f) => f.uri === doc.uri)) files.push({ uri: doc.uri, text: doc.getText() });
    }
    return files;
  }

  /** Replace the KB and publish its problems. */
  applyKb(files: KbFile[]): void {
    const ctx = this.ctx;
    const previous = ctx.service.kbUris();
    for (const f of files) ctx.positions.remember(f.uri, f.text);
    const problems = ctx.service.setKbFiles(files);
    const workspaceKb = files.find((f) => f.uri !== (ctx.options.starterKbPath && pathToFileURL(ctx.options.starterKbPath).toString()));
    ctx.service.setOptions({ ...ctx.service.settings, workspaceKbUri: workspaceKb?.uri });
    this.diagnostics.publishKbProblems(problems, [...new Set([...previous, ...files.map((f) => f.uri)])]);
  }

  private cancelled(generation: number, token?: CancellationToken): boolean {
    return generation !== this.generation || !!token?.isCancellationRequested;
  }

  private async index(generation: number): Promise<IndexingStats> {
    const ctx = this.ctx;
    const started = Date.now();
    const stats: IndexingStats = { articles: 0, kbFiles: 0, skipped: 0, cancelled: false, millis: 0 };
    const settings = await ctx.settings.refreshGlobal();
    const progress = await ctx.connection.window.createWorkDoneProgress().catch(() => undefined);
    try {
      progress?.begin('News Annotator: indexing workspace', 0, 'Scanning files…', true);
      const found = await scanWorkspace(ctx.options.folders, {
        articleGlobs: [...BUILTIN_ARTICLE_GLOBS, ...settings.articles.globs],
        kbGlobs: settings.knowledgeBase.globs,
      });
      if (this.cancelled(generation, progress?.token)) return this.finish(stats, started, true);
      const kbFiles = await this.loadKbFiles(found.kbFiles);
      stats.kbFiles = kbFiles.length;
      this.applyKb(kbFiles);

      // Open articles count even when outside the globs.
      const articles = new Set(found.articles);
      for (const doc of ctx.documents.all()) if (ctx.isArticle(doc.uri, doc.languageId)) articles.add(doc.uri);
      // Articles that disappeared since the last run leave the index.
      for (const uri of ctx.service.index.uris()) if (!articles.has(uri)) this.diagnostics.removeArticle(uri);
      this.articles = [...articles];
      const total = this.articles.length * 2 || 1;
      let done = 0;

      // Pass 1: analyse everything, so the index is complete before cross-article checks.
      for (const uri of this.articles) {
        await yieldToEventLoop();
        if (this.cancelled(generation, progress?.token)) return this.finish(stats, started, true);
        progress?.report(Math.round((100 * done++) / total), `Analysing ${shortName(uri)}`);
        if (await this.analyseOne(uri)) stats.articles++;
        else stats.skipped++;
      }
      // Pass 2: check and publish. Closed articles are re-analysed (their full analysis is not kept).
      for (const uri of this.articles) {
        await yieldToEventLoop();
        if (this.cancelled(generation, progress?.token)) return this.finish(stats, started, true);
        progress?.report(Math.round((100 * done++) / total), `Checking ${shortName(uri)}`);
        if (!ctx.service.index.get(uri)) continue;
        await this.diagnostics.recheck(uri);
      }
      this.onIndexChanged();
      return this.finish(stats, started, false);
    } catch (err) {
      ctx.error('Indexing the workspace failed', err);
      return this.finish(stats, started, false);
    } finally {
      progress?.done();
    }
  }

  private finish(stats: IndexingStats, started: number, cancelled: boolean): IndexingStats {
    stats.cancelled = cancelled;
    stats.millis = Date.now() - started;
    this.lastStats = stats;
    this.ctx.log(
      `Indexed ${stats.articles} articles, ${stats.kbFiles} KB files, skipped ${stats.skipped} in ${stats.millis} ms${cancelled ? ' (cancelled)' : ''}`,
    );
    return stats;
  }

  /** Analyse one article into the index; false when skipped (too large, binary, unreadable). */
  private async analyseOne(uri: string): Promise<boolean> {
    const ctx = this.ctx;
    const settings = await ctx.settingsFor(uri);
    await this.diagnostics.applyOptions(uri);
    const doc = ctx.documents.get(uri);
    if (doc) {
      ctx.tooLarge.delete(uri);
      ctx.analyse(uri, doc.getText(), doc.version);
      return true;
    }
    const read = await readArticleFile(uri, settings.articles.maxSizeKB);
    if (read.kind !== 'text') {
      // Too-large files are explained when opened; binary or vanished ones just leave the index.
      ctx.service.removeArticle(uri);
      if (read.kind === 'too-large') ctx.tooLarge.add(uri);
      return false;
    }
    ctx.tooLarge.delete(uri);
    ctx.analyse(uri, read.text);
    return true;
  }
}

function shortName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
