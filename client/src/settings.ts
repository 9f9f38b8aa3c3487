// Reads `newsAnnotator.*` settings for the client side (the server reads its own per resource).
import * as vscode from 'vscode';
import { cleanGlobs, DEFAULT_KB_GLOBS } from './selector';

export const SECTION = 'newsAnnotator';

/** Settings whose change needs a new client (they shape the document selector). */
export const RESTART_SETTINGS = [`${SECTION}.articles.globs`, `${SECTION}.knowledgeBase.globs`];

export function articleGlobs(): string[] {
  return cleanGlobs(vscode.workspace.getConfiguration(SECTION).get<unknown>('articles.globs'));
}

export function kbGlobs(): string[] {
  const globs = vscode.workspace.getConfiguration(SECTION).get<unknown>('knowledgeBase.globs');
  return Array.isArray(globs) ? cleanGlobs(globs) : DEFAULT_KB_GLOBS;
}

/** Plain JSON copy of the section for `initializationOptions.settings` (the server normalises it). */
export function settingsSnapshot(): unknown {
  return JSON.parse(JSON.stringify(vscode.workspace.getConfiguration(SECTION)));
}
