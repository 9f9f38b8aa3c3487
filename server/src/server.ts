// Language server entry: a thin LSP adapter over the engine (server/src/engine). Launched by the client
// over stdio or IPC (transport chosen by the command line, see vscode-languageserver's createConnection).
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  FileChangeType,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EntitiesRequestMethod, IndexChangedNotificationMethod, TimelineParams, TimelineRequestMethod } from './shared/protocol';
import { findStarterKbPath } from './starterKb';
import { codeActions, FIX_ALL_KIND } from './lsp/codeActions';
import { codeLenses } from './lsp/codeLens';
import { ServerContext } from './lsp/context';
import { entities, timeline } from './lsp/customRequests';
import { DiagnosticsPublisher } from './lsp/diagnostics';
import { hover } from './lsp/hover';
import { WorkspaceIndexer } from './lsp/indexing';
import { inlayHints } from './lsp/inlayHints';
import { definition, references } from './lsp/navigation';
import { safe } from './lsp/safe';
import { legend, semanticTokens } from './lsp/semanticTokens';
import { SettingsStore } from './lsp/settings';
import { documentSymbols, workspaceSymbols } from './lsp/symbols';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let ctx: ServerContext | undefined;
let diagnostics: DiagnosticsPublisher | undefined;
let indexer: WorkspaceIndexer | undefined;
/** What the client can do, from its initialize capabilities. */
let canRefresh = { inlayHints: false, semanticTokens: false, codeLens: false, watchers: false, workspaceFolders: false };
/** Resolves once the first KB load is done, so early opens are not analysed against an empty KB. */
let kbReady: Promise<void> = Promise.resolve();
const getCtx = () => ctx;
const justOpened = new Set<string>();

// Never let a stray exception or rejection end the process: log it and carry on.
process.on('uncaughtException', (err) => (ctx ? ctx.error('Uncaught exception', err) : console.error(err)));
process.on('unhandledRejection', (err) => (ctx ? ctx.error('Unhandled rejection', err) : console.error(err)));

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const init = (params.initializationOptions ?? {}) as { settings?: unknown; starterKbPath?: string };
  const caps = params.capabilities;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const settings = new SettingsStore(connection, init.settings, !!caps.workspace?.configuration);
  ctx = new ServerContext(connection, documents, settings, {
    starterKbPath: typeof init.starterKbPath === 'string' && init.starterKbPath ? init.starterKbPath : findStarterKbPath(),
    folders,
  });
  canRefresh = {
    inlayHints: !!caps.workspace?.inlayHint?.refreshSupport,
    semanticTokens: !!caps.workspace?.semanticTokens?.refreshSupport,
    codeLens: !!caps.workspace?.codeLens?.refreshSupport,
    watchers: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    workspaceFolders: !!caps.workspace?.workspaceFolders,
  };
  diagnostics = new DiagnosticsPublisher(ctx, scheduleIndexChanged);
  indexer = new WorkspaceIndexer(ctx, diagnostics, scheduleIndexChanged);
  return {
    capabilities: {
      textDocumentSync: TextDocumentSyncKind.Incremental,
      hoverProvider: true,
      definitionProvider: true,
      referencesProvider: true,
      documentSymbolProvider: true,
      workspaceSymbolProvider: true,
      codeActionProvider: { codeActionKinds: [CodeActionKind.QuickFix, FIX_ALL_KIND] },
      codeLensProvider: { resolveProvider: false },
      inlayHintProvider: true,
      semanticTokensProvider: { legend, full: true, range: false },
      workspace: { workspaceFolders: { supported: true, changeNotifications: true } },
    },
    serverInfo: { name: 'news-annotator' },
  };
});

connection.onInitialized(() => {
  if (canRefresh.watchers) {
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.kb.yaml' }, { globPattern: '**/*.{article,news,txt}' }],
      })
      .catch(() => undefined);
  }
  if (canRefresh.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) => {
      if (!ctx) return;
      const removed = new Set(e.removed.map((f) => f.uri));
      ctx.options.folders = [...ctx.options.folders.filter((f) => !removed.has(f)), ...e.added.map((f) => f.uri)];
      reindex();
    });
  }
  reindex();
});

/** Full re-index (start, KB change, settings change); waits for the KB before open documents are analysed. */
function reindex(): void {
  if (!indexer) return;
  const run = indexer.run();
  kbReady = run.then(
    () => undefined,
    () => undefined,
  );
  void run.then(() => refreshViews());
}

function refreshViews(): void {
  if (canRefresh.inlayHints) void connection.languages.inlayHint.refresh().catch(() => undefined);
  if (canRefresh.semanticTokens) connection.languages.semanticTokens.refresh();
  if (canRefresh.codeLens) void connection.sendRequest('workspace/codeLens/refresh').catch(() => undefined);
}

let indexChangedTimer: NodeJS.Timeout | undefined;
function scheduleIndexChanged(): void {
  clearTimeout(indexChangedTimer);
  indexChangedTimer = setTimeout(() => {
    if (ctx) void connection.sendNotification(IndexChangedNotificationMethod, { revision: ctx.service.index.revision });
  }, 100);
}

let kbTimer: NodeJS.Timeout | undefined;
function scheduleKbReload(): void {
  clearTimeout(kbTimer);
  kbTimer = setTimeout(reindex, 300);
}

// ───────────── documents ─────────────

documents.onDidOpen(
  safe(getCtx, 'didOpen', undefined, async (e) => {
    if (!ctx || !diagnostics) return;
    const { uri, languageId } = e.document;
    justOpened.add(uri);
    if (ctx.isKbUri(uri)) return;
    if (!ctx.isArticle(uri, languageId)) return;
    await kbReady;
    await diagnostics.refreshArticle(uri);
  }),
);

documents.onDidChangeContent((e) => {
  if (!ctx || !diagnostics) return;
  const { uri, languageId } = e.document;
  // TextDocuments fires a change right after each open: the open handler already covers it.
  if (justOpened.delete(uri)) return;
  if (ctx.isKbUri(uri)) {
    // Opening fires a change too; only reload when the text differs from what the KB was built from.
    if (ctx.service.kbText(uri) !== e.document.getText()) scheduleKbReload();
    return;
  }
  if (ctx.isArticle(uri, languageId)) diagnostics.schedule(uri);
});

documents.onDidClose(
  safe(getCtx, 'didClose', undefined, async (e) => {
    if (!ctx || !diagnostics) return;
    const uri = e.document.uri;
    diagnostics.cancel(uri);
    ctx.forgetVersion(uri);
    ctx.positions.forget(uri);
    if (ctx.isKbUri(uri)) {
      scheduleKbReload();
      return;
    }
    ctx.service.release(uri);
    // A workspace article keeps its (on-disk) findings; anything else leaves the index.
    const onDisk = ctx.textOf(uri) !== undefined && ctx.folderOf(uri) !== undefined;
    if (onDisk && ctx.service.index.get(uri)) await diagnostics.refreshArticle(uri);
    else {
      const neighbours = ctx.service.index.articlesSharingFactsWith(uri);
      diagnostics.removeArticle(uri);
      ctx.tooLarge.delete(uri);
      for (const n of neighbours) await diagnostics.recheck(n);
      scheduleIndexChanged();
    }
  }),
);

connection.onDidChangeWatchedFiles(
  safe(getCtx, 'didChangeWatchedFiles', undefined, async (params) => {
    if (!ctx || !diagnostics) return;
    let kbChanged = false;
    for (const change of params.changes) {
      if (ctx.isKbUri(change.uri)) {
        kbChanged = true;
        continue;
      }
      if (ctx.documents.get(change.uri)) continue; // the editor's text wins while open
      ctx.positions.forget(change.uri);
      if (change.type === FileChangeType.Deleted) {
        if (ctx.service.index.get(change.uri)) {
          const neighbours = ctx.service.index.articlesSharingFactsWith(change.uri);
          diagnostics.removeArticle(change.uri);
          for (const n of neighbours) await diagnostics.recheck(n);
        }
      } else if (ctx.service.index.get(change.uri) || change.type === FileChangeType.Created) {
        const rel = ctx.relativePath(change.uri);
        if (rel !== undefined && ctx.isArticle(change.uri)) await diagnostics.refreshArticle(change.uri);
      }
    }
    if (kbChanged) scheduleKbReload();
    else scheduleIndexChanged();
  }),
);

connection.onDidChangeConfiguration(
  safe(getCtx, 'didChangeConfiguration', undefined, (params) => {
    if (!ctx) return;
    ctx.settings.reset(params.settings);
    reindex();
  }),
);

// ───────────── requests ─────────────

connection.onHover(safe(getCtx, 'hover', null, (p) => (ctx ? hover(ctx, p) : null)));
connection.onDefinition(safe(getCtx, 'definition', null, (p) => (ctx ? definition(ctx, p) : null)));
connection.onReferences(safe(getCtx, 'references', [], (p) => (ctx ? references(ctx, p) : [])));
connection.onDocumentSymbol(safe(getCtx, 'documentSymbol', [], (p) => (ctx ? documentSymbols(ctx, p) : [])));
connection.onWorkspaceSymbol(safe(getCtx, 'workspaceSymbol', [], (p) => (ctx ? workspaceSymbols(ctx, p) : [])));
connection.onCodeAction(safe(getCtx, 'codeAction', [], (p) => (ctx && diagnostics ? codeActions(ctx, p, (u) => diagnostics!.current(u)) : [])));
connection.onCodeLens(safe(getCtx, 'codeLens', [], (p) => (ctx ? codeLenses(ctx, p) : [])));
connection.languages.inlayHint.on(safe(getCtx, 'inlayHint', [], (p) => (ctx ? inlayHints(ctx, p) : [])));
connection.languages.semanticTokens.on(safe(getCtx, 'semanticTokens', { data: [] }, (p) => (ctx ? semanticTokens(ctx, p) : { data: [] })));
connection.onRequest(
  TimelineRequestMethod,
  safe(getCtx, 'timeline', { events: [] }, async (p: TimelineParams | undefined) => {
    await indexer?.idle();
    return ctx ? timeline(ctx, p) : { events: [] };
  }),
);
connection.onRequest(
  EntitiesRequestMethod,
  safe(getCtx, 'entities', { entities: [] }, async () => {
    await indexer?.idle();
    return ctx ? entities(ctx) : { entities: [] };
  }),
);

connection.onShutdown(() => {
  diagnostics?.dispose();
  clearTimeout(kbTimer);
  clearTimeout(indexChangedTimer);
});

documents.listen(connection);
connection.listen();

