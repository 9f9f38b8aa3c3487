// Owns the LanguageClient lifecycle: start, stop, restart (on command or when the selector changes), and
// typed access to the custom requests and the index-changed notification.
import * as vscode from 'vscode';
import { DocumentSelector, LanguageClient, LanguageClientOptions, ServerOptions, State, TransportKind } from 'vscode-languageclient/node';
import {
  Commands,
  EntitiesRequestMethod,
  EntitiesResult,
  EntityAtParams,
  EntityAtRequestMethod,
  EntityAtResult,
  IndexChangedNotificationMethod,
  TimelineParams,
  TimelineRequestMethod,
  TimelineResult,
  WirePosition,
} from '../../server/src/shared/protocol';
import { articleSelector } from './selector';
import { articleGlobs, kbGlobs, RESTART_SETTINGS, SECTION, settingsSnapshot } from './settings';

export const CLIENT_ID = 'newsAnnotator';

function selectorKey(): string {
  return JSON.stringify(articleSelector(articleGlobs(), kbGlobs()));
}

export class NewsClient implements vscode.Disposable {
  private client: LanguageClient | undefined;
  private readonly output: vscode.LogOutputChannel;
  private readonly indexChanged = new vscode.EventEmitter<void>();
  /** Fires after every index change on the server, and after each (re)start. */
  readonly onIndexChanged = this.indexChanged.event;
  private readonly disposables: vscode.Disposable[] = [];
  private starting: Promise<void> | undefined;
  private startedWith: string | undefined;

  constructor(private readonly context: vscode.ExtensionContext) {
    this.output = vscode.window.createOutputChannel('News Annotator', { log: true });
    this.disposables.push(
      this.output,
      this.indexChanged,
      vscode.workspace.onDidChangeConfiguration((e) => {
        // Only a different selector needs a new client (the server follows other settings itself).
        if (RESTART_SETTINGS.some((s) => e.affectsConfiguration(s)) && selectorKey() !== this.startedWith) void this.restart();
      }),
    );
  }

  get languageClient(): LanguageClient | undefined {
    return this.client;
  }

  get running(): boolean {
    return this.client?.state === State.Running;
  }

  start(): Promise<void> {
    if (!this.starting) this.starting = this.doStart().finally(() => (this.starting = undefined));
    return this.starting;
  }

  private async doStart(): Promise<void> {
    const module = this.context.asAbsolutePath('dist/server.js');
    const serverOptions: ServerOptions = {
      run: { module, transport: TransportKind.ipc },
      debug: { module, transport: TransportKind.ipc, options: { execArgv: ['--nolazy', '--inspect=6029'] } },
    };
    this.startedWith = selectorKey();
    const clientOptions: LanguageClientOptions = {
      documentSelector: JSON.parse(this.startedWith) as DocumentSelector,
      synchronize: { configurationSection: SECTION },
      initializationOptions: {
        settings: settingsSnapshot(),
        starterKbPath: this.context.asAbsolutePath('server/kb/starter.kb.yaml'),
      },
      outputChannel: this.output,
      // Hovers carry command links; only our two view commands may run from them.
      markdown: { isTrusted: { enabledCommands: [Commands.showTimeline, Commands.openKbEntry] }, supportHtml: false },
    };
    const client = new LanguageClient(CLIENT_ID, 'News Annotator', serverOptions, clientOptions);
    this.client = client;
    client.onNotification(IndexChangedNotificationMethod, () => this.indexChanged.fire());
    try {
      await client.start();
    } catch (err) {
      this.output.error(`The language server failed to start: ${String(err)}`);
      void vscode.window.showErrorMessage('News Annotator: the language server failed to start. See the "News Annotator" output.');
      return;
    }
    this.indexChanged.fire();
  }

  async stop(): Promise<void> {
    const client = this.client;
    this.client = undefined;
    if (client) await client.stop().catch(() => undefined);
  }

  async restart(): Promise<void> {
    await this.starting;
    await this.stop();
    await this.start();
  }

  async timeline(params: TimelineParams): Promise<TimelineResult> {
    const client = await this.ready();
    if (!client) return { events: [] };
    return client.sendRequest<TimelineResult>(TimelineRequestMethod, params);
  }

  async entities(): Promise<EntitiesResult> {
    const client = await this.ready();
    if (!client) return { entities: [] };
    return client.sendRequest<EntitiesResult>(EntitiesRequestMethod, {});
  }

  /** The KB entity mentioned at a position of a document, or null. */
  async entityAt(uri: string, position: WirePosition): Promise<EntityAtResult> {
    const client = await this.ready();
    if (!client) return null;
    return client.sendRequest<EntityAtResult>(EntityAtRequestMethod, { uri, position } satisfies EntityAtParams);
  }

  private async ready(): Promise<LanguageClient | undefined> {
    await this.starting;
    return this.running ? this.client : undefined;
  }

  async dispose(): Promise<void> {
    for (const d of this.disposables) d.dispose();
    await this.stop();
  }
}
