// Extension entry: starts the language client, registers views and commands. The returned API is used by
// the in-editor tests (and nothing else).
import * as vscode from 'vscode';
import { registerArticleLanguage } from './articleLanguage';
import { NewsClient } from './client';
import { registerCommands } from './commands';
import { EntitiesProvider, registerEntitiesView } from './entitiesView';
import { registerTimelineView, TimelineProvider } from './timelineView';

export interface NewsAnnotatorApi {
  client: NewsClient;
  timeline: TimelineProvider;
  entities: EntitiesProvider;
}

let client: NewsClient | undefined;

export async function activate(context: vscode.ExtensionContext): Promise<NewsAnnotatorApi> {
  client = new NewsClient(context);
  const timeline = registerTimelineView(context, client);
  const entities = registerEntitiesView(context, client);
  registerCommands(context, client, timeline, entities);
  registerArticleLanguage(context);
  await client.start();
  return { client, timeline, entities };
}

export async function deactivate(): Promise<void> {
  await client?.dispose();
  client = undefined;
}
