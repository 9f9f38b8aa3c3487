// Language server entry: a thin LSP adapter over the engine (server/src/engine). Launched by the client
// over stdio or IPC (transport chosen by the command line, see vscode-languageserver's createConnection).
// Feature logic lives in ./lsp, one file per feature; this file only wires handlers.
import {
  CodeActionKind,
  createConnection,
  DidChangeWatchedFilesNotification,
  InitializeParams,
  InitializeResult,
  ProposedFeatures,
  TextDocuments,
  TextDocumentSyncKind,
} from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { EntitiesRequestMethod, EntityAtParams, EntityAtRequestMethod, TimelineParams, TimelineRequestMethod } from './shared/protocol';
import { findStarterKbPath } from './starterKb';
import { codeActions, FIX_ALL_KIND } from './lsp/codeActions';
import { codeLenses } from './lsp/codeLens';
import { ServerContext } from './lsp/context';
import { entities, entityAtPosition, timeline } from './lsp/customRequests';
import { hover } from './lsp/hover';
import { inlayHints } from './lsp/inlayHints';
import { definition, references } from './lsp/navigation';
import { safe } from './lsp/safe';
import { legend, semanticTokens } from './lsp/semanticTokens';
import { SettingsStore } from './lsp/settings';
import { documentSymbols, workspaceSymbols } from './lsp/symbols';
import { WorkspaceSync } from './lsp/workspaceSync';

const connection = createConnection(ProposedFeatures.all);
const documents = new TextDocuments(TextDocument);

let ctx: ServerContext | undefined;
let sync: WorkspaceSync | undefined;
let client = { watchers: false, workspaceFolders: false };
const getCtx = () => ctx;

// Never let a stray exception or rejection end the process: log it and carry on.
process.on('uncaughtException', (err) => (ctx ? ctx.error('Uncaught exception', err) : console.error(err)));
process.on('unhandledRejection', (err) => (ctx ? ctx.error('Unhandled rejection', err) : console.error(err)));

connection.onInitialize((params: InitializeParams): InitializeResult => {
  const init = (params.initializationOptions ?? {}) as { settings?: unknown; starterKbPath?: unknown };
  const caps = params.capabilities;
  const folders = params.workspaceFolders?.map((f) => f.uri) ?? (params.rootUri ? [params.rootUri] : []);
  const settings = new SettingsStore(connection, init.settings, !!caps.workspace?.configuration);
  ctx = new ServerContext(connection, documents, settings, {
    starterKbPath: typeof init.starterKbPath === 'string' && init.starterKbPath ? init.starterKbPath : findStarterKbPath(),
    folders,
  });
  sync = new WorkspaceSync(ctx, connection, {
    inlayHintRefresh: !!caps.workspace?.inlayHint?.refreshSupport,
    semanticTokensRefresh: !!caps.workspace?.semanticTokens?.refreshSupport,
    codeLensRefresh: !!caps.workspace?.codeLens?.refreshSupport,
  });
  client = {
    watchers: !!caps.workspace?.didChangeWatchedFiles?.dynamicRegistration,
    workspaceFolders: !!caps.workspace?.workspaceFolders,
  };
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
  if (client.watchers) {
    void connection.client
      .register(DidChangeWatchedFilesNotification.type, {
        watchers: [{ globPattern: '**/*.kb.yaml' }, { globPattern: '**/*.{article,news,txt}' }],
      })
      .catch(() => undefined);
  }
  if (client.workspaceFolders) {
    connection.workspace.onDidChangeWorkspaceFolders((e) =>
      sync?.onDidChangeWorkspaceFolders(
        e.added.map((f) => f.uri),
        e.removed.map((f) => f.uri),
      ),
    );
  }
  sync?.reindex();
});

// ───────────── documents, files, settings ─────────────

documents.onDidOpen(safe(getCtx, 'didOpen', undefined, (e) => sync?.onDidOpen(e)));
documents.onDidChangeContent(safe(getCtx, 'didChange', undefined, (e) => sync?.onDidChangeContent(e)));
documents.onDidClose(safe(getCtx, 'didClose', undefined, (e) => sync?.onDidClose(e)));
connection.onDidChangeWatchedFiles(safe(getCtx, 'didChangeWatchedFiles', undefined, (p) => sync?.onDidChangeWatchedFiles(p)));
connection.onDidChangeConfiguration(safe(getCtx, 'didChangeConfiguration', undefined, (p) => sync?.onDidChangeConfiguration(p)));

// ───────────── requests ─────────────

connection.onHover(safe(getCtx, 'hover', null, (p) => (ctx ? hover(ctx, p) : null)));
connection.onDefinition(safe(getCtx, 'definition', null, (p) => (ctx ? definition(ctx, p) : null)));
connection.onReferences(safe(getCtx, 'references', [], (p) => (ctx ? references(ctx, p) : [])));
connection.onDocumentSymbol(safe(getCtx, 'documentSymbol', [], (p) => (ctx ? documentSymbols(ctx, p) : [])));
connection.onWorkspaceSymbol(safe(getCtx, 'workspaceSymbol', [], (p) => (ctx ? workspaceSymbols(ctx, p) : [])));
connection.onCodeAction(safe(getCtx, 'codeAction', [], (p) => (ctx && sync ? codeActions(ctx, p, (u) => sync!.diagnostics.current(u)) : [])));
connection.onCodeLens(safe(getCtx, 'codeLens', [], (p) => (ctx ? codeLenses(ctx, p) : [])));
connection.languages.inlayHint.on(safe(getCtx, 'inlayHint', [], (p) => (ctx ? inlayHints(ctx, p) : [])));
connection.languages.semanticTokens.on(safe(getCtx, 'semanticTokens', { data: [] }, (p) => (ctx ? semanticTokens(ctx, p) : { data: [] })));
// The views' requests wait for indexing to finish, so a tree never shows a half-built workspace.
connection.onRequest(
  TimelineRequestMethod,
  safe(getCtx, 'timeline', { events: [] }, async (p: TimelineParams | undefined) => {
    await sync?.indexer.idle();
    return ctx ? await timeline(ctx, p) : { events: [] };
  }),
);
connection.onRequest(
  EntitiesRequestMethod,
  safe(getCtx, 'entities', { entities: [] }, async () => {
    await sync?.indexer.idle();
    return ctx ? entities(ctx) : { entities: [] };
  }),
);
// Answers at once: the open document's analysis, or the index as far as it is built.
connection.onRequest(EntityAtRequestMethod, safe(getCtx, 'entityAt', null, (p: EntityAtParams | undefined) => (ctx ? entityAtPosition(ctx, p) : null)));

connection.onShutdown(() => sync?.dispose());

documents.listen(connection);
connection.listen();
