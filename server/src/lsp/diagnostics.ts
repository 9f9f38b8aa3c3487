// Findings → diagnostics. Articles are re-checked on open/change (debounced), and so are the articles
// that share facts with them, since a cross-article finding lives on both sides.
import { Diagnostic, DiagnosticRelatedInformation, DiagnosticSeverity, TextEdit as LspTextEdit } from 'vscode-languageserver/node';
import { AnalysisResult } from '../engine/analyse';
import { Finding, Problem, Severity } from '../engine/types';
import { IndexedArticle } from '../engine/workspace/index';
import { ServerContext, SOURCE } from './context';
import { readTextFromDisk } from './positions';

export const DEBOUNCE_MS = 200;

const yieldToEventLoop = () => new Promise<void>((resolve) => setImmediate(resolve));

/** What other articles' checks can see of an article: its date and its facts. */
function factSignature(entry: IndexedArticle | undefined): string {
  if (!entry) return '';
  return JSON.stringify([entry.date, entry.facts, [...entry.sentences]]);
}

/** What a diagnostic carries for code actions: its fixes, already in LSP coordinates. */
export interface DiagnosticData {
  fixes: WireFix[];
}

export interface WireFix {
  title: string;
  isPreferred?: boolean;
  changes: Record<string, LspTextEdit[]>;
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
    let ok = true;
    for (const edit of fix.edits) {
      const editRange = ctx.positions.range(edit.uri, edit);
      if (!editRange) {
        ok = false;
        break;
      }
      (changes[edit.uri] ??= []).push({ range: editRange, newText: edit.newText });
    }
    if (ok) fixes.push({ title: fix.title, isPreferred: fix.isPreferred, changes });
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

export class DiagnosticsPublisher {
  private readonly timers = new Map<string, NodeJS.Timeout>();
  /** What each article's facts looked like when it was last checked, and who shared them. */
  private readonly checked = new Map<string, { signature: string; neighbours: string[] }>();
  /** Bumped per article on each refresh, so a newer edit stops an older neighbour re-check. */
  private readonly generations = new Map<string, number>();
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

  private record(uri: string): { signature: string; neighbours: string[] } {
    const index = this.ctx.service.index;
    const state = { signature: factSignature(index.get(uri)), neighbours: index.articlesSharingFactsWith(uri) };
    this.checked.set(uri, state);
    return state;
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
      for (const other of new Set([...(previous?.neighbours ?? []), ...now.neighbours])) {
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
    this.ctx.service.removeArticle(uri);
    this.ctx.positions.forget(uri);
    this.publish(uri, []);
  }

  /** Always sends, even empty, so a client waiting on a document hears that it is clean. */
  publish(uri: string, diagnostics: Diagnostic[]): void {
    if (diagnostics.length) this.last.set(uri, diagnostics);
    else this.last.delete(uri);
    void this.ctx.connection.sendDiagnostics({ uri, diagnostics });
  }
}
