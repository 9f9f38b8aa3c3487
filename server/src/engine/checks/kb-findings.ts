// KB problems (kb-schema, kb-duplicate-id, kb-overlapping-roles...) found by the loader, as findings, so the
// language server and the CLI show them like any other.
import { Finding, KnowledgeBase, Problem } from '../types';

export function problemToFinding(p: Problem): Finding {
  return { uri: p.uri, start: p.start, end: p.end, code: p.code, severity: p.severity, message: p.message, related: [], fixes: [] };
}

export function kbFindings(kb: KnowledgeBase): Finding[] {
  return kb.problems.map(problemToFinding);
}
