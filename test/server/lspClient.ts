// A minimal LSP client for protocol tests: starts the real server (`out/server/src/server.js --stdio`)
// and talks JSON-RPC over its stdio, answering the requests a real client would (configuration,
// progress creation, registrations, refreshes) and recording diagnostics and progress.
import { ChildProcess, spawn } from 'child_process';
import * as fs from 'fs';
import * as path from 'path';
import { pathToFileURL } from 'url';
import { createMessageConnection, MessageConnection, StreamMessageReader, StreamMessageWriter } from 'vscode-jsonrpc/node';
import type { Diagnostic, InitializeResult, Position } from 'vscode-languageserver-protocol';

export const REPO = path.resolve(__dirname, '../../..');
// NEWS_ANNOTATOR_SERVER lets a run point at another build of the server (e.g. a bundled dist/server.js).
export const SERVER = process.env.NEWS_ANNOTATOR_SERVER ?? path.join(REPO, 'out/server/src/server.js');
export const EXAMPLES = path.join(REPO, 'examples/pakistan-russia');
export const STARTER_KB = path.join(REPO, 'server/kb/starter.kb.yaml');

export const uriOf = (file: string) => pathToFileURL(file).toString();

export interface StartOptions {
  root: string;
  settings?: Record<string, unknown>;
  starterKbPath?: string | null;
}

export class TestClient {
  readonly diagnostics = new Map<string, Diagnostic[]>();
  readonly notifications: { method: string; params: unknown }[] = [];
  readonly progressTokens: unknown[] = [];
  readonly progress: { token: unknown; value: { kind: string; percentage?: number; cancellable?: boolean } }[] = [];
  readonly stderr: string[] = [];
  private readonly waiters: (() => void)[] = [];
  private versions = new Map<string, number>();
  initializeResult!: InitializeResult;

  private constructor(
    readonly child: ChildProcess,
    readonly connection: MessageConnection,
    readonly settings: Record<string, unknown>,
  ) {}

  static async start(options: StartOptions): Promise<TestClient> {
    // NA_SERVER_NODE_ARGS: extra node flags for the server (e.g. --cpu-prof when profiling a benchmark).
    const nodeArgs = process.env.NA_SERVER_NODE_ARGS?.split(' ').filter(Boolean) ?? [];
    const child = spawn(process.execPath, [...nodeArgs, SERVER, '--stdio'], { cwd: REPO, stdio: ['pipe', 'pipe', 'pipe'] });
    const connection = createMessageConnection(new StreamMessageReader(child.stdout!), new StreamMessageWriter(child.stdin!));
    const settings = options.settings ?? {};
    const client = new TestClient(child, connection, settings);
    child.stderr!.on('data', (d) => client.stderr.push(String(d)));
    child.on('exit', () => client.wake());
    // A server that dies during initialize would otherwise leave the request pending forever.
    const died = new Promise<never>((_, reject) =>
      child.on('exit', (code) => reject(new Error(`server exited (${code}) during initialize:\n${client.stderr.join('')}`))),
    );
    died.catch(() => undefined);
    connection.onNotification('textDocument/publishDiagnostics', (p: { uri: string; diagnostics: Diagnostic[] }) => {
      client.diagnostics.set(p.uri, p.diagnostics);
      client.wake();
    });
    connection.onNotification((method, params) => {
      client.notifications.push({ method, params });
      client.wake();
    });
    // jsonrpc routes `$/progress` to per-token handlers; tokens the server created arrive here.
    connection.onUnhandledProgress((p) => {
      client.progress.push(p as TestClient['progress'][number]);
      client.wake();
    });
    connection.onRequest('workspace/configuration', (p: { items: { section?: string }[] }) => p.items.map(() => settings));
    connection.onRequest('window/workDoneProgress/create', (p: { token: unknown }) => {
      client.progressTokens.push(p.token);
      return null;
    });
    connection.onRequest('client/registerCapability', () => null);
    connection.onRequest('workspace/inlayHint/refresh', () => null);
    connection.onRequest('workspace/semanticTokens/refresh', () => null);
    connection.onRequest('workspace/codeLens/refresh', () => null);
    connection.listen();
    const rootUri = uriOf(options.root);
    const starterKbPath = options.starterKbPath === null ? undefined : options.starterKbPath ?? STARTER_KB;
    client.initializeResult = await Promise.race([died, connection.sendRequest<InitializeResult>('initialize', {
      processId: process.pid,
      rootUri,
      workspaceFolders: [{ uri: rootUri, name: path.basename(options.root) }],
      initializationOptions: { settings, starterKbPath },
      capabilities: {
        workspace: {
          configuration: true,
          workspaceFolders: true,
          inlayHint: { refreshSupport: true },
          semanticTokens: { refreshSupport: true },
          didChangeWatchedFiles: { dynamicRegistration: true },
        },
        window: { workDoneProgress: true },
        textDocument: {
          publishDiagnostics: { relatedInformation: true },
          hover: { contentFormat: ['markdown', 'plaintext'] },
          codeAction: { codeActionLiteralSupport: { codeActionKind: { valueSet: ['quickfix', 'source.fixAll'] } } },
          documentSymbol: { hierarchicalDocumentSymbolSupport: true },
        },
      },
    })]);
    await connection.sendNotification('initialized', {});
    return client;
  }

  private wake(): void {
    for (const w of this.waiters.splice(0)) w();
  }

  /** Resolve when `check` returns a value (re-evaluated on every notification), or fail after `ms`. */
  async until<T>(what: string, check: () => T | undefined | false, ms = 15000): Promise<T> {
    const deadline = Date.now() + ms;
    for (;;) {
      const value = check();
      if (value) return value;
      if (this.child.exitCode !== null) throw new Error(`server exited while waiting for ${what}:\n${this.stderr.join('')}`);
      const left = deadline - Date.now();
      if (left <= 0) throw new Error(`Timed out waiting for ${what}`);
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, Math.min(left, 500));
        this.waiters.push(() => {
          clearTimeout(timer);
          resolve();
        });
      });
    }
  }

  /** Wait until the server has announced an index change (indexing done). */
  indexed(ms = 30000): Promise<unknown> {
    return this.until('newsAnnotator/indexChanged', () => this.notifications.find((n) => n.method === 'newsAnnotator/indexChanged'), ms);
  }

  open(file: string, languageId = 'news-article', text?: string): string {
    const uri = uriOf(file);
    this.versions.set(uri, 1);
    this.diagnostics.delete(uri);
    void this.connection.sendNotification('textDocument/didOpen', {
      textDocument: { uri, languageId, version: 1, text: text ?? fs.readFileSync(file, 'utf8') },
    });
    return uri;
  }

  /** Replace the whole text of an open document. */
  change(uri: string, text: string): void {
    const version = (this.versions.get(uri) ?? 1) + 1;
    this.versions.set(uri, version);
    void this.connection.sendNotification('textDocument/didChange', { textDocument: { uri, version }, contentChanges: [{ text }] });
  }

  close(uri: string): void {
    void this.connection.sendNotification('textDocument/didClose', { textDocument: { uri } });
  }

  /** Diagnostics for `uri` once published (and matching `predicate`, if given). */
  diagnosticsFor(uri: string, predicate: (d: Diagnostic[]) => boolean = () => true, ms = 15000): Promise<Diagnostic[]> {
    return this.until(`diagnostics for ${path.basename(uri)}`, () => {
      const d = this.diagnostics.get(uri);
      return d && predicate(d) ? d : undefined;
    }, ms);
  }

  request<R>(method: string, params: unknown): Promise<R> {
    return this.connection.sendRequest(method, params) as Promise<R>;
  }

  async stop(): Promise<void> {
    try {
      await Promise.race([this.connection.sendRequest('shutdown'), new Promise((r) => setTimeout(r, 2000))]);
      await this.connection.sendNotification('exit');
    } catch {
      // the server may already be gone
    }
    this.connection.dispose();
    await new Promise<void>((resolve) => {
      if (this.child.exitCode !== null) return resolve();
      const timer = setTimeout(() => {
        this.child.kill();
        resolve();
      }, 2000);
      this.child.once('exit', () => {
        clearTimeout(timer);
        resolve();
      });
    });
  }
}

/** The position of the `occurrence`-th (0-based) occurrence of `needle` in `text`, plus `delta` characters. */
export function positionOf(text: string, needle: string, occurrence = 0, delta = 0): Position {
  let index = -1;
  for (let i = 0; i <= occurrence; i++) {
    index = text.indexOf(needle, index + 1);
    if (index < 0) throw new Error(`"${needle}" #${occurrence} not found`);
  }
  const offset = index + delta;
  const before = text.slice(0, offset);
  const line = before.split(/\r\n|\r|\n/).length - 1;
  const lineStart = Math.max(before.lastIndexOf('\n'), before.lastIndexOf('\r')) + 1;
  return { line, character: offset - lineStart };
}

/** Offset of an LSP position in `text` (for applying returned edits). */
export function offsetOf(text: string, p: Position): number {
  const lines = text.split(/(?<=\r\n|\r(?!\n)|\n)/);
  let offset = 0;
  for (let i = 0; i < p.line && i < lines.length; i++) offset += lines[i].length;
  return offset + p.character;
}

export function applyEdits(text: string, edits: { range: { start: Position; end: Position }; newText: string }[]): string {
  const sorted = [...edits].sort((a, b) => offsetOf(text, b.range.start) - offsetOf(text, a.range.start));
  let out = text;
  for (const e of sorted) out = out.slice(0, offsetOf(text, e.range.start)) + e.newText + out.slice(offsetOf(text, e.range.end));
  return out;
}
