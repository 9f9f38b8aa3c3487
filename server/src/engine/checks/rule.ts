// A rule: a stable code, a default severity, and a check over one article in its workspace.
import { Analysis, Finding, KnowledgeBase, Severity } from '../types';
import { WorkspaceIndex } from '../workspace';

export interface CheckContext {
  analysis: Analysis;
  index: WorkspaceIndex;
  kb: KnowledgeBase;
  /** Text of a KB file by uri, for fixes that edit the KB (undefined when not available). */
  kbText(uri: string): string | undefined;
  /** The workspace KB file new entries go to (unknown-official fix), if any. */
  workspaceKbUri?: string;
}

export interface Rule {
  /** Stable, public code (diagnostic code, CLI JSON `code`). Never rename without a note. */
  code: string;
  defaultSeverity: Severity;
  /** One line for the README and settings description. */
  description: string;
  check(ctx: CheckContext): Finding[];
}
