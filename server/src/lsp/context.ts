// The language server's state, shared by the feature files: connection, open documents, the engine
// service, line tables, settings and workspace folders. Features read it; only diagnostics/indexing mutate.
import * as path from 'path';
import { fileURLToPath } from 'url';
import { Connection, TextDocuments } from 'vscode-languageserver/node';
import { TextDocument } from 'vscode-languageserver-textdocument';
import { AnalysisResult } from '../engine/analyse';
import { AnnotatorService } from '../engine/workspace/service';
import { Span } from '../engine/types';
import { IndexedMention, mentionList } from '../engine/workspace/index';
import { NewsAnnotatorSettings } from '../shared/protocol';
import { compileGlobs, GlobMatcher } from './glob';
import { Positions, readTextFromDisk } from './positions';
import { SettingsStore } from './settings';

import { ARTICLE_LANGUAGE_ID } from './constants';

export { SOURCE, ARTICLE_LANGUAGE_ID, BUILTIN_ARTICLE_GLOBS } from './constants';

export interface ServerOptions {
  starterKbPath?: string;
  folders: string[];
}

export class ServerContext {
  readonly service = new AnnotatorService();
  readonly positions: Positions;
  /** Document versions the open documents' kept analyses were made from. */
  private readonly analysedVersions = new Map<string, number>();
  /** True while a workspace index run is under way (views may then answer from slightly older aggregates). */
  indexing = false;
  /** Closed articles skipped by indexing for their size (explained by a diagnostic once opened). */
  readonly tooLarge = new Set<string>();

  constructor(
    readonly connection: Connection,
    readonly documents: TextDocuments<TextDocument>,
    readonly settings: SettingsStore,
    readonly options: ServerOptions,
  ) {
    this.positions = new Positions(documents);
  }

  log(message: string): void {
    this.connection.console.log(message);
  }

  error(message: string, err?: unknown): void {
    const detail = err instanceof Error ? `${err.message}\n${err.stack ?? ''}` : err === undefined ? '' : String(err);
    this.connection.console.error(`${message}${detail ? `: ${detail}` : ''}`);
  }

  isKbUri(uri: string): boolean {
    return /\.kb\.ya?ml$/i.test(uri) || this.service.kbUris().includes(uri);
  }

  /** Is this document an article? By language id, by built-in extension or by the article globs. */
  isArticle(uri: string, languageId?: string): boolean {
    if (this.isKbUri(uri)) return false;
    if (languageId === ARTICLE_LANGUAGE_ID) return true;
    if (/\.(article|news)$/i.test(uri)) return true;
    if (this.service.index.get(uri)) return true;
    const rel = this.relativePath(uri);
    if (rel !== undefined && this.articleGlobs()(rel)) return true;
    // Plain .txt articles the client chose to send us (its document selector decides).
    return languageId === 'plaintext' && /\.txt$/i.test(uri);
  }

  private globCache: { globs: string[]; matcher: GlobMatcher } | undefined;

  private articleGlobs(): GlobMatcher {
    const globs = this.settings.defaults.articles.globs;
    if (this.globCache?.globs !== globs) this.globCache = { globs, matcher: compileGlobs(globs) };
    return this.globCache.matcher;
  }

  /** The workspace folder holding `uri` (the settings scope), or undefined. */
  folderOf(uri: string): string | undefined {
    let best: string | undefined;
    for (const f of this.options.folders) {
      const prefix = f.endsWith('/') ? f : f + '/';
      if (uri.startsWith(prefix) && (!best || f.length > best.length)) best = f;
    }
    return best;
  }

  relativePath(uri: string): string | undefined {
    const folder = this.folderOf(uri);
    if (!folder) return undefined;
    try {
      return path.relative(fileURLToPath(folder), fileURLToPath(uri)).split(path.sep).join('/');
    } catch {
      return undefined;
    }
  }

  settingsFor(uri: string): Promise<NewsAnnotatorSettings> {
    return this.settings.get(this.folderOf(uri) ?? uri);
  }

  /** Current text of an article: the open document's, else the file's. */
  textOf(uri: string): string | undefined {
    return this.documents.get(uri)?.getText() ?? readTextFromDisk(uri);
  }

  /**
   * The analysis of an open article, brought up to date with the document if edits are still waiting for
   * the debounce (so hovers never answer from stale offsets). Undefined for closed or non-article documents.
   */
  currentAnalysis(uri: string): AnalysisResult | undefined {
    const doc = this.documents.get(uri);
    if (!doc || !this.isArticle(uri, doc.languageId)) return undefined;
    const kept = this.service.analysis(uri);
    if (kept && this.analysedVersions.get(uri) === doc.version) return kept;
    return this.analyse(uri, doc.getText(), doc.version);
  }

  /** Analyse an article's text and update the index; keeps the analysis only for open documents. */
  analyse(uri: string, text: string, version?: number): AnalysisResult {
    const open = version !== undefined;
    const result = this.service.updateArticle(uri, text, open);
    this.positions.remember(uri, text);
    if (open) this.analysedVersions.set(uri, version);
    else this.analysedVersions.delete(uri);
    return result;
  }

  /** Mentions of an article: from the open analysis, else from the index (closed articles). */
  mentionsOf(uri: string): IndexedMention[] {
    const open = this.currentAnalysis(uri);
    if (open) return open.mentions;
    const entry = this.service.index.get(uri);
    return entry ? mentionList(entry.mentions) : [];
  }

  forgetVersion(uri: string): void {
    this.analysedVersions.delete(uri);
  }
}

/** The innermost mention at an offset; a cursor just after a mention's last character still counts. */
export function mentionAt<M extends Span>(mentions: M[], offset: number): M | undefined {
  let inside: M | undefined;
  let touching: M | undefined;
  for (const m of mentions) {
    if (m.start <= offset && offset < m.end) {
      if (!inside || m.end - m.start < inside.end - inside.start) inside = m;
    } else if (m.end === offset && m.end > m.start) {
      if (!touching || m.end - m.start < touching.end - touching.start) touching = m;
    }
  }
  return inside ?? touching;
}
