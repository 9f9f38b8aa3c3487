// Workspace indexing: load the KB (starter + workspace files), analyse every article with work-done
// progress, then check them all. Yields to the event loop between files so requests on open documents
// are answered while it runs; a newer run cancels an older one.
import * as fs from 'fs';
import { pathToFileURL } from 'url';
import { CancellationToken, Diagnostic, WorkDoneProgressServerReporter } from 'vscode-languageserver/node';
import { Finding } from '../engine/types';
import { StringPool } from '../engine/workspace/stringPool';
import { KbFile } from '../engine/workspace/service';
import { BUILTIN_ARTICLE_GLOBS, ServerContext } from './context';
import { ConflictScreen, CROSS_ARTICLE_RULE, crossArticleFindings, hasCrossFacts } from '../engine/workspace/crossArticle';
import { DiagnosticsPublisher, toDiagnostic } from './diagnostics';
import { analyseInWorkers, WORKER_THRESHOLD, workerCount } from './indexPool';
import { AnalyseBatch, AnalysedBatch, BatchOptions, fileFromJson, IndexWorkerInit } from './indexWorker';
import { SlicedQueue } from './slicedQueue';
import { LineTable, readTextFromDisk } from './positions';
import { readArticleFile, scanWorkspace } from './workspaceFiles';
import { TimeSlice, yieldToEventLoop } from './timeSlice';

/** The workspace KB file created by the first "add to the KB" fix when the workspace has none. */
export const NEW_KB_FILE = 'news-annotator.kb.yaml';

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

  /** Resolves once the latest run has loaded the KB (or ended): documents opened meanwhile wait for it only. */
  kbLoaded: Promise<void> = Promise.resolve();
  private markKbLoaded: () => void = () => undefined;

  run(): Promise<IndexingStats> {
    const generation = ++this.generation;
    this.ctx.indexing = true;
    this.kbLoaded = new Promise<void>((resolve) => (this.markKbLoaded = resolve));
    const kbLoaded = this.markKbLoaded;
    const promise = this.index(generation).finally(() => {
      kbLoaded();
      if (this.running === promise) {
        this.running = undefined;
        this.ctx.indexing = false;
      }
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
    // With no workspace KB yet, the unknown-official fix creates one at the root of the first folder.
    const newKb = ctx.options.folders[0] ? `${ctx.options.folders[0].replace(/\/$/, '')}/${NEW_KB_FILE}` : undefined;
    ctx.service.setOptions({ ...ctx.service.settings, workspaceKbUri: workspaceKb?.uri ?? newKb });
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
      if (generation === this.generation) this.markKbLoaded();

      // Open articles count even when outside the globs.
      const articles = new Set(found.articles);
      for (const doc of ctx.documents.all()) if (ctx.isArticle(doc.uri, doc.languageId)) articles.add(doc.uri);
      // Articles that disappeared since the last run leave the index.
      for (const uri of ctx.service.index.uris()) if (!articles.has(uri)) this.diagnostics.removeArticle(uri);
      this.articles = [...articles];
      const closed = this.articles.filter((uri) => !ctx.documents.get(uri));
      const useWorkers = closed.length >= WORKER_THRESHOLD && workerCount() > 1;
      const progressOf = useWorkers ? new ProgressReporter(progress, this.articles.length * 2) : undefined;
      let pending = this.articles;
      const checkedByWorkers = new Map<string, OwnDiagnostics>();
      if (useWorkers && progressOf) {
        const merged = await this.indexInWorkers(closed, stats, progressOf, checkedByWorkers, () => this.cancelled(generation, progress?.token));
        if (this.cancelled(generation, progress?.token)) return this.finish(stats, started, true);
        // What the workers did not cover (open documents, or everything if they failed) runs here.
        pending = this.articles.filter((uri) => !merged.has(uri));
      }
      const total = pending.length * 2 || 1;
      let done = 0;

      // Pass 1: analyse everything, so the index is complete before cross-article checks.
      for (const uri of pending) {
        await yieldToEventLoop();
        if (this.cancelled(generation, progress?.token)) return this.finish(stats, started, true);
        if (progressOf) progressOf.step(() => `Analysing ${shortName(uri)}`);
        else progress?.report(Math.round((100 * done++) / total), `Analysing ${shortName(uri)}`);
        if (await this.analyseOne(uri)) stats.articles++;
        else stats.skipped++;
      }
      // Pass 2: check and publish. Closed articles are re-analysed (their full analysis is not kept); those
      // the workers analysed only need their cross-article findings.
      if (checkedByWorkers.size) {
        // Articles without facts another article could contradict were published in the first pass.
        progressOf?.step(() => 'Checking across articles', closed.length - checkedByWorkers.size);
        const crossStarted = Date.now();
        const finished = await this.crossCheck(checkedByWorkers, progressOf, () => this.cancelled(generation, progress?.token));
        if (!finished) return this.finish(stats, started, true);
        ctx.log(`Cross-article pass over the workers' articles: ${Date.now() - crossStarted} ms`);
      }
      for (const uri of pending) {
        await yieldToEventLoop();
        if (this.cancelled(generation, progress?.token)) return this.finish(stats, started, true);
        if (progressOf) progressOf.step(() => `Checking ${shortName(uri)}`);
        else progress?.report(Math.round((100 * done++) / total), `Checking ${shortName(uri)}`);
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

  /**
   * Closed articles analysed in worker threads, batch by batch; each batch is merged here as it arrives (index
   * entries, line tables, findings). Articles that may have cross-article findings are left in `toCrossCheck`
   * with their other findings; the rest are published at once. Returns the uris merged.
   */
  private async indexInWorkers(
    closed: string[],
    stats: IndexingStats,
    progress: ProgressReporter,
    toCrossCheck: Map<string, OwnDiagnostics>,
    cancelled: () => boolean,
  ): Promise<Set<string>> {
    const ctx = this.ctx;
    const merged = new Set<string>();
    const batches: AnalyseBatch[] = [];
    let current: AnalyseBatch | undefined;
    const slice = new TimeSlice();
    for (const uri of closed) {
      if (slice.spent) await slice.next();
      const s = await ctx.settingsFor(uri);
      const options: BatchOptions = { dateOverride: s.dateOverride || undefined, severities: s.rules, maxSizeKB: s.articles.maxSizeKB };
      if (!current || current.files.length >= BATCH_SIZE || !sameOptions(current.options, options)) {
        batches.push((current = { batch: batches.length, files: [], options }));
      }
      current.files.push(uri);
    }
    const init: IndexWorkerInit = {
      kbFiles: ctx.service.kbUris().map((uri) => ({ uri, text: ctx.service.kbText(uri) ?? '' })),
      kb: ctx.service.kb,
      workspaceKbUri: ctx.service.settings.workspaceKbUri,
    };
    // Entries parsed from JSON hold fresh copies of their strings: one shared copy of each recurring one.
    const pool = new StringPool();
    const early = new Map<number, AnalysedBatch>();
    let next = 0;
    const mergeOne = (json: string): void => {
      const r = fileFromJson(json, pool);
      progress.step(() => `Analysing ${shortName(r.uri)}`);
      merged.add(r.uri);
      if (ctx.documents.get(r.uri)) {
        merged.delete(r.uri); // opened meanwhile: its editor text is analysed here instead
        return;
      }
      if (r.kind === 'error') {
        ctx.error(`Indexing ${r.uri} failed`, r.message);
        stats.skipped++;
        return;
      }
      if (r.kind !== 'text') {
        ctx.service.removeArticle(r.uri);
        if (r.kind === 'too-large') ctx.tooLarge.add(r.uri);
        stats.skipped++;
        return;
      }
      ctx.tooLarge.delete(r.uri);
      ctx.service.release(r.uri);
      ctx.service.index.set(r.entry);
      ctx.positions.rememberTable(r.uri, LineTable.fromWire(r.lines));
      this.diagnostics.recordChecked(r.uri, r.signature);
      const diagnostics: Diagnostic[] = [];
      for (const f of r.findings) {
        const d = toDiagnostic(ctx, f);
        if (d) diagnostics.push(d);
      }
      stats.articles++;
      if (hasCrossFacts(r.entry.facts)) {
        toCrossCheck.set(r.uri, { diagnostics, length: r.lines.length });
      } else {
        this.diagnostics.publishClosed(r.uri, diagnostics, [], r.lines.length);
      }
    };
    // A batch arrives as one message; merging it article by article in short slices keeps the main thread
    // free for requests on open documents (a whole batch at once blocked hovers for 5-15 ms).
    const merger = new SlicedQueue<string>(MERGE_SLICE_MS, mergeOne, (err) => ctx.error('Merging indexed articles failed', err));
    const count = workerCount();
    ctx.log(`Indexing ${closed.length} closed articles in ${count} worker threads`);
    const workersStarted = Date.now();
    const completed = await analyseInWorkers(
      init,
      batches,
      count,
      (arrived) => {
        // Merge in scan order, as the main-thread index does: the order of the index is the order in which
        // cross-article messages name other articles.
        early.set(arrived.batch, arrived);
        for (let result = early.get(next); result; result = early.get(next)) {
          early.delete(next++);
          merger.push(result.results);
        }
      },
      cancelled,
      (message, err) => ctx.error(message, err),
    );
    if (cancelled()) merger.stop();
    await merger.drained();
    if (!completed && !cancelled()) ctx.log('Index workers did not finish: analysing the rest on the main thread');
    else {
      const heapMB = Math.round(process.memoryUsage().heapUsed / 2 ** 20);
      ctx.log(`Index workers done: ${merged.size} articles in ${Date.now() - workersStarted} ms (main heap ${heapMB} MB, at most ${merger.peak} results waiting to merge)`);
    }
    return merged;
  }

  /** Pass 2 for worker-analysed articles: add cross-article findings where the index has conflicting statements. */
  private async crossCheck(waiting: Map<string, OwnDiagnostics>, progress: ProgressReporter | undefined, cancelled: () => boolean): Promise<boolean> {
    const ctx = this.ctx;
    // Screened once the index is complete: a fact group is "hot" only with two different statements.
    const screen = new ConflictScreen(ctx.service);
    const slice = new TimeSlice();
    for (const [uri, own] of waiting) {
      if (slice.spent) {
        await this.diagnostics.written();
        await slice.next();
        if (cancelled()) return false;
      }
      progress?.step(() => `Checking ${shortName(uri)}`);
      const entry = ctx.service.index.get(uri);
      if (!entry || ctx.documents.get(uri)) continue;
      // The workers' findings already hold the cross-article rule's KB comparisons; when the index may
      // disagree with this article, the rule runs again in full and replaces them.
      let cross: Finding[] | undefined;
      if (screen.mayConflict(entry.facts)) {
        await this.diagnostics.applyOptions(uri);
        const text = readTextFromDisk(uri);
        if (text === undefined || text.length !== own.length) {
          // Changed or gone since the worker read it: analyse it again (or drop it) the ordinary way.
          await this.diagnostics.recheck(uri);
          continue;
        }
        cross = crossArticleFindings(ctx.service, uri, text);
      }
      const kept = cross ? own.diagnostics.filter((d) => d.code !== CROSS_ARTICLE_RULE) : own.diagnostics;
      this.diagnostics.publishClosed(uri, kept, cross ?? [], own.length);
    }
    return true;
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

// Files per message to a worker: enough to amortise the message, few enough that six in flight per worker
// keep it busy through a main-thread GC without a large backlog to merge (results merge one by one).
const BATCH_SIZE = 16;

/** Findings of a closed article, other than cross-article ones, waiting for the cross-article pass. */
interface OwnDiagnostics {
  diagnostics: Diagnostic[];
  /** Length of the text they were computed from. */
  length: number;
}
/** Main-thread work between two yields when merging the workers' results (one article takes ~0.1 ms). */
const MERGE_SLICE_MS = 2;

function sameOptions(a: BatchOptions, b: BatchOptions): boolean {
  return a.dateOverride === b.dateOverride && a.maxSizeKB === b.maxSizeKB && a.severities === b.severities;
}

/** Work-done progress over a known number of steps, reported at most every 1 %. */
class ProgressReporter {
  private done = 0;
  private lastPercent = -1;

  constructor(
    private readonly progress: WorkDoneProgressServerReporter | undefined,
    private readonly total: number,
  ) {}

  /** `message` is asked for only when the percentage moves (once per article at 100k articles it was not). */
  step(message: () => string, n = 1): void {
    this.done += n;
    const percent = Math.min(100, Math.round((100 * this.done) / (this.total || 1)));
    if (percent === this.lastPercent) return;
    this.lastPercent = percent;
    this.progress?.report(percent, message());
  }
}

function shortName(uri: string): string {
  return decodeURIComponent(uri.slice(uri.lastIndexOf('/') + 1));
}
