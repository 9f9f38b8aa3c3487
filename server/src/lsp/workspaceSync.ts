// Keeps the engine in step with the editor and the disk: document open/change/close, watched-file events,
// settings and folder changes. Owns the re-index trigger, the KB reload debounce and the index-changed
// notification (itself debounced, so a burst of edits refreshes the client's views once).
import { Connection, DidChangeConfigurationParams, DidChangeWatchedFilesParams, FileChangeType, TextDocumentChangeEvent } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { IndexChangedNotificationMethod } from '../shared/protocol';
import { ServerContext } from './context';
import { DiagnosticsPublisher } from './diagnostics';
import { WorkspaceIndexer } from './indexing';

const KB_RELOAD_DELAY_MS = 300;
const INDEX_CHANGED_DELAY_MS = 100;

export interface ClientAbilities {
  inlayHintRefresh: boolean;
  semanticTokensRefresh: boolean;
  codeLensRefresh: boolean;
}

export class WorkspaceSync {
  readonly diagnostics: DiagnosticsPublisher;
  readonly indexer: WorkspaceIndexer;
  /** Resolves once the latest KB load is done, so early opens are not analysed against an empty KB. */
  private kbReady: Promise<void> = Promise.resolve();
  /** TextDocuments fires a change right after each open: the open handler already covers it. */
  private readonly justOpened = new Set<string>();
  private kbTimer: NodeJS.Timeout | undefined;
  private indexChangedTimer: NodeJS.Timeout | undefined;

  constructor(
    private readonly ctx: ServerContext,
    private readonly connection: Connection,
    private readonly abilities: ClientAbilities,
  ) {
    this.diagnostics = new DiagnosticsPublisher(ctx, () => this.scheduleIndexChanged());
    this.indexer = new WorkspaceIndexer(ctx, this.diagnostics, () => this.scheduleIndexChanged());
  }

  /** Full re-index (start, KB change, settings or folder change). */
  reindex(): void {
    const run = this.indexer.run();
    // An article opened during a long index is checked as soon as the KB is loaded; cross-article findings
    // against the index built so far are brought up to date by the index's last pass, which re-checks it.
    this.kbReady = this.indexer.kbLoaded;
    void run.then(() => this.refreshViews());
  }

  dispose(): void {
    this.diagnostics.dispose();
    clearTimeout(this.kbTimer);
    clearTimeout(this.indexChangedTimer);
  }

  private refreshViews(): void {
    const languages = this.connection.languages;
    if (this.abilities.inlayHintRefresh) void languages.inlayHint.refresh().catch(() => undefined);
    if (this.abilities.semanticTokensRefresh) languages.semanticTokens.refresh();
    if (this.abilities.codeLensRefresh) void this.connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
  }

  scheduleIndexChanged(): void {
    clearTimeout(this.indexChangedTimer);
    this.indexChangedTimer = setTimeout(() => {
      void this.connection.sendNotification(IndexChangedNotificationMethod, { revision: this.ctx.service.index.revision });
    }, INDEX_CHANGED_DELAY_MS);
  }

  private scheduleKbReload(): void {
    clearTimeout(this.kbTimer);
    this.kbTimer = setTimeout(() => this.reindex(), KB_RELOAD_DELAY_MS);
  }

  /** Does the KB file's current text (editor, else disk) differ from what the KB was built from? */
  private kbTextChanged(uri: string): boolean {
    return this.ctx.service.kbText(uri) !== this.ctx.textOf(uri);
  }

  async onDidOpen(e: TextDocumentChangeEvent<TextDocument>): Promise<void> {
    const { ctx } = this;
    const { uri, languageId } = e.document;
    this.justOpened.add(uri);
    if (ctx.isKbUri(uri)) {
      // A KB file the last load did not see (new, or outside the globs), or whose editor text differs.
      await this.kbReady;
      if (this.kbTextChanged(uri)) this.scheduleKbReload();
      return;
    }
    if (!ctx.isArticle(uri, languageId)) return;
    await this.kbReady;
    await this.diagnostics.refreshArticle(uri);
  }

  onDidChangeContent(e: TextDocumentChangeEvent<TextDocument>): void {
    const { uri, languageId } = e.document;
    if (this.justOpened.delete(uri)) return;
    if (this.ctx.isKbUri(uri)) {
      if (this.kbTextChanged(uri)) this.scheduleKbReload();
      return;
    }
    if (this.ctx.isArticle(uri, languageId)) this.diagnostics.schedule(uri);
  }

  async onDidClose(e: TextDocumentChangeEvent<TextDocument>): Promise<void> {
    const { ctx, diagnostics } = this;
    const uri = e.document.uri;
    this.justOpened.delete(uri);
    diagnostics.cancel(uri);
    ctx.forgetVersion(uri);
    ctx.positions.forget(uri);
    if (ctx.isKbUri(uri)) {
      // Closing without saving puts the file's text back in force.
      if (this.kbTextChanged(uri)) this.scheduleKbReload();
      return;
    }
    ctx.service.release(uri);
    // A workspace article keeps its (on-disk) findings; anything else leaves the index.
    const onDisk = ctx.textOf(uri) !== undefined && ctx.folderOf(uri) !== undefined;
    if (onDisk && ctx.service.index.get(uri)) await diagnostics.refreshArticle(uri);
    else await this.remove(uri);
  }

  /** An article leaves the index: clear its diagnostics and re-check the articles it shared facts with. */
  private async remove(uri: string): Promise<void> {
    const neighbours = this.ctx.service.index.articlesSharingFactsWith(uri);
    this.diagnostics.removeArticle(uri);
    this.ctx.tooLarge.delete(uri);
    for (const n of neighbours) await this.diagnostics.recheck(n);
    this.scheduleIndexChanged();
  }

  async onDidChangeWatchedFiles(params: DidChangeWatchedFilesParams): Promise<void> {
    const { ctx } = this;
    let kbChanged = false;
    for (const change of params.changes) {
      if (ctx.isKbUri(change.uri)) {
        if (change.type !== FileChangeType.Changed || this.kbTextChanged(change.uri)) kbChanged = true;
        continue;
      }
      if (ctx.documents.get(change.uri)) continue; // the editor's text wins while open
      ctx.positions.forget(change.uri);
      if (change.type === FileChangeType.Deleted) {
        if (ctx.service.index.get(change.uri)) await this.remove(change.uri);
      } else if (ctx.folderOf(change.uri) !== undefined && (ctx.service.index.get(change.uri) || ctx.isArticle(change.uri))) {
        await this.diagnostics.refreshArticle(change.uri);
      }
    }
    if (kbChanged) this.scheduleKbReload();
  }

  onDidChangeConfiguration(params: DidChangeConfigurationParams): void {
    this.ctx.settings.reset(params.settings);
    this.reindex();
  }

  onDidChangeWorkspaceFolders(added: string[], removed: string[]): void {
    const gone = new Set(removed);
    this.ctx.options.folders = [...this.ctx.options.folders.filter((f) => !gone.has(f)), ...added];
    this.reindex();
  }
}
