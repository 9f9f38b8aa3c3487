// Findings → diagnostics. Articles are re-checked on open/change (debounced), and so are the articles
// that share facts with them, since a cross-article finding lives on both sides.
import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { AnalysisResult } from '../engine/analyse';
import { Finding, Problem, Severity } from '../engine/types';
import { ServerContext, SOURCE } from './context';
import { CROSS_ARTICLE_RULE, crossArticleFindings } from '../engine/workspace/crossArticle';
import { factSignature, factSubjects } from './factSignature';
import { readTextFromDisk } from './positions';
import { yieldToEventLoop } from './timeSlice';

export const DEBOUNCE_MS = 200;

/** What a diagnostic carries for code actions: its fixes, already in LSP coordinates. */
export interface DiagnosticData {
  fixes: WireFix[];
}

export interface WireFix {
  title: string;
  isPreferred?: boolean;
  changes: Record<string, LspTextEdit[]>;
  /** Files the fix creates (a workspace KB that does not exist yet); their edits insert at 0:0. */
  create?: string[];
}

export function toSeverity(s: Severity): DiagnosticSeverity {
  switch (s) {
    case 'error':
      return DiagnosticSeverity.Error;
    case 'warning':
      return DiagnosticSeverity.Warning;
    case 'information':
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Hint;
  }
}

export function toDiagnostic(ctx: ServerContext, finding: Finding): Diagnostic | undefined {
  const range = ctx.positions.range(finding.uri, finding);
  if (!range) return undefined;
  const related: DiagnosticRelatedInformation[] = [];
  for (const r of finding.related ?? []) {
    const relRange = ctx.positions.range(r.uri, r);
    if (relRange) related.push({ location: { uri: r.uri, range: relRange }, message: r.message });
  }
  const fixes: WireFix[] = [];
  for (const fix of finding.fixes ?? []) {
    const changes: Record<string, LspTextEdit[]> = {};
    const create: string[] = [];
    let ok = true;
    for (const edit of fix.edits) {
      let editRange = ctx.positions.range(edit.uri, edit);
      if (!editRange && edit.start === 0 && edit.end === 0 && !ctx.service.kbText(edit.uri)) {
        // An insertion into a file nobody has: the fix creates it (see codeActions).
        editRange = { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
        if (!create.includes(edit.uri)) create.push(edit.uri);
      }
      if (!editRange) {
        ok = false;
        break;
      }
      (changes[edit.uri] ??= []).push({ range: editRange, newText: edit.newText });
    }
    if (ok) fixes.push({ title: fix.title, isPreferred: fix.isPreferred, changes, ...(create.length ? { create } : {}) });
  }
  const diagnostic: Diagnostic = {
    range,
    severity: toSeverity(finding.severity),
    code: finding.code,
    source: SOURCE,
    message: finding.message,
  };
  if (related.length) diagnostic.relatedInformation = related;
  if (fixes.length) diagnostic.data = { fixes } satisfies DiagnosticData;
  return diagnostic;
}

interface CheckedState {
  signature: string;
  subjects: string[];
}

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /**
   * What each article's facts looked like when it was last checked (a hash) and their subjects: an edit that
   * changes them re-checks the articles sharing the old or new subjects. Small per article, so a 100k-article
   * workspace does not keep a neighbour list per article.
   */
  private readonly checked = new Map<string, CheckedState>();
  /** Bumped per article on each refresh, so a newer edit stops an older neighbour re-check. */
  private readonly generations = new Map<string, number>();
  /** Closed articles' diagnostics from rules other than the cross-article one, for cheap re-checks. */
  private readonly closedFindings = new Map<string, { length: number; own: Diagnostic[] }>();
  /** Last diagnostics sent per uri (fix-all reads them). */
  private readonly last = new Map<string, Diagnostic[]>();

  constructor(
    private readonly ctx: ServerContext,
    private readonly onIndexChanged: () => void,
  ) {}

  current(uri: string): Diagnostic[] {
    return this.last.get(uri) ?? [];
  }

  /** Debounced re-check after an edit. */
  schedule(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.set(
      uri,
      setTimeout(() => {
        this.timers.delete(uri);
        void this.refreshArticle(uri);
      }, DEBOUNCE_MS),
    );
  }

  private record(uri: string): CheckedState {
    const entry = this.ctx.service.index.get(uri);
    const state = { signature: factSignature(entry), subjects: factSubjects(entry) };
    this.checked.set(uri, state);
    return state;
  }

  /** For the indexer, which gets the signature from a worker. */
  recordChecked(uri: string, signature: string): void {
    this.checked.set(uri, { signature, subjects: factSubjects(this.ctx.service.index.get(uri)) });
  }

  /** Articles (other than `uri`) stating facts about any of `subjects`. */
  private articlesAbout(uri: string, subjects: Iterable<string>): string[] {
    const index = this.ctx.service.index;
    const out = new Set<string>();
    for (const s of subjects) for (const f of index.factsAbout(s)) if (f.uri !== uri) out.add(f.uri);
    return [...out];
  }

  cancel(uri: string): void {
    clearTimeout(this.timers.get(uri));
    this.timers.delete(uri);
  }

  dispose(): void {
    for (const t of this.timers.values()) clearTimeout(t);
    this.timers.clear();
  }

  /** Re-analyse one article (open text, else disk), publish its diagnostics and its neighbours'. */
  async refreshArticle(uri: string): Promise<void> {
    const ctx = this.ctx;
    try {
      const doc = ctx.documents.get(uri);
      const text = doc?.getText() ?? readTextFromDisk(uri);
      if (text === undefined) {
        this.removeArticle(uri);
        return;
      }
      // Over-size articles come back from the service as one `article-too-large` information finding.
      ctx.tooLarge.delete(uri);
      const generation = (this.generations.get(uri) ?? 0) + 1;
      this.generations.set(uri, generation);
      await this.applyOptions(uri);
      // An open document may already have been analysed at this version (a hover or tokens request).
      const result = (doc && ctx.currentAnalysis(uri)) || ctx.analyse(uri, text, doc?.version);
      const previous = this.checked.get(uri);
      const now = this.record(uri);
      this.publishFindings(uri, result);
      this.onIndexChanged();
      // Cross-article findings read only other articles' facts (and their offsets, for related
      // information): when those did not change since the last check, neither did the neighbours' findings.
      if (previous && previous.signature === now.signature) return;
      for (const other of this.articlesAbout(uri, new Set([...(previous?.subjects ?? []), ...now.subjects]))) {
        await yieldToEventLoop();
        if (this.generations.get(uri) !== generation) return; // a newer edit re-checks them
        await this.recheck(other);
      }
    } catch (err) {
      ctx.error(`Checking ${uri} failed`, err);
    }
  }

  /** Re-check an article whose own text did not change (a neighbour did). */
  async recheck(uri: string): Promise<void> {
    const ctx = this.ctx;
    try {
      const doc = ctx.documents.get(uri);
      let result: AnalysisResult | undefined;
      await this.applyOptions(uri);
      if (doc) result = ctx.currentAnalysis(uri);
      else {
        const text = readTextFromDisk(uri);
        if (text === undefined) {
          this.removeArticle(uri);
          return;
        }
        // Unchanged text, unchanged own analysis: only the cross-article findings can differ.
        const kept = this.closedFindings.get(uri);
        if (kept && kept.length === text.length && ctx.service.index.get(uri)) {
          this.publishClosed(uri, kept.own, crossArticleFindings(ctx.service, uri, text));
          return;
        }
        result = ctx.analyse(uri, text);
      }
      if (result) {
        this.record(uri);
        this.publishFindings(uri, result);
      }
    } catch (err) {
      ctx.error(`Re-checking ${uri} failed`, err);
    }
  }

  /** Per-resource settings that change analysis and checks, pushed into the service before using it. */
  async applyOptions(uri: string): Promise<void> {
    const settings = await this.ctx.settingsFor(uri);
    const service = this.ctx.service;
    service.setOptions({
      ...service.settings,
      dateOverride: settings.dateOverride || undefined,
      severities: settings.rules,
      maxArticleLength: settings.articles.maxSizeKB * 1024,
    });
  }

  publishFindings(uri: string, result: AnalysisResult): void {
    const findings = this.ctx.service.findings(result);
    const diagnostics: Diagnostic[] = [];
    for (const f of findings) {
      const d = toDiagnostic(this.ctx, { ...f, uri: f.uri || uri });
      if (d) diagnostics.push(d);
    }
    if (this.ctx.documents.get(uri)) this.closedFindings.delete(uri);
    else this.closedFindings.set(uri, { length: result.article.text.length, own: diagnostics.filter((d) => d.code !== CROSS_ARTICLE_RULE) });
    this.publish(uri, diagnostics);
  }

  /**
   * A closed article's diagnostics: its own findings, already as diagnostics (those of the cross-article rule
   * among them are not kept for re-checks, which run that rule in full), plus the cross-article rule's findings.
   * `length` is the text's, to notice a file that changed behind our back.
   */
  publishClosed(uri: string, own: Diagnostic[], cross: Finding[], length?: number): void {
    const diagnostics = [...own];
    for (const f of cross) {
      const d = toDiagnostic(this.ctx, f);
      if (d) diagnostics.push(d);
    }
    diagnostics.sort((a, b) => a.range.start.line - b.range.start.line || a.range.start.character - b.range.start.character);
    const previous = this.closedFindings.get(uri);
    this.closedFindings.set(uri, { length: length ?? previous?.length ?? -1, own: own.filter((d) => d.code !== CROSS_ARTICLE_RULE) });
    this.publish(uri, diagnostics);
  }

  /** KB problems, grouped by file; files that no longer have problems are cleared. */
  publishKbProblems(problems: Problem[], kbUris: string[]): void {
    const byUri = new Map<string, Diagnostic[]>();
    for (const uri of kbUris) byUri.set(uri, []);
    for (const p of problems) {
      const range = this.ctx.positions.range(p.uri, p) ?? { start: { line: 0, character: 0 }, end: { line: 0, character: 0 } };
      const list = byUri.get(p.uri) ?? [];
      list.push({ range, severity: toSeverity(p.severity), code: p.code, source: SOURCE, message: p.message });
      byUri.set(p.uri, list);
    }
    for (const [uri, diagnostics] of byUri) this.publish(uri, diagnostics);
  }

  removeArticle(uri: string): void {
    this.checked.delete(uri);
    this.closedFindings.delete(uri);
    this.ctx.service.removeArticle(uri);
    this.ctx.positions.forget(uri);
    this.publish(uri, []);
  }

  /**
   * Sends an open document's diagnostics even when empty, so a client waiting on it hears that it is clean. A
   * closed file with nothing to show and nothing shown before needs no message: the client holds nothing for
   * it (most of a cold index's articles: 75,000 messages fewer at 100,000 articles).
   */
  publish(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length) this.last.set(uri, diagnostics);
    else if (!this.last.delete(uri) && !this.ctx.documents.get(uri)) return;
    this.lastSent = this.ctx.connection.sendDiagnostics({ uri, diagnostics }).catch(() => undefined);
  }

  private lastSent: Promise<void> = Promise.resolve();

  /**
   * Resolves once everything published so far is written out. Bulk publishers wait on it, so answers to
   * requests never queue behind thousands of notifications in the one stream to the client.
   */
  written(): Promise<void> {
    return this.lastSent;
  }
}
