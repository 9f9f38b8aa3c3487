// "Fix all": the preferred fix of every finding (of one code, or all), without overlapping edits, so an
// editor can apply them in one go. Edits that overlap an edit already taken are left for a second pass.
import { Finding, TextEdit } from '../types';

export function fixAll(findings: Finding[], code?: string): TextEdit[] {
  const edits: TextEdit[] = [];
  for (const f of findings) {
    if (code && f.code !== code) continue;
    const fix = f.fixes.find((x) => x.isPreferred) ?? (f.fixes.length === 1 ? f.fixes[0] : undefined);
    if (!fix) continue;
    const clash = fix.edits.some((e) => edits.some((t) => t.uri === e.uri && e.start < Math.max(t.end, t.start + 1) && t.start < Math.max(e.end, e.start + 1)));
    if (!clash) edits.push(...fix.edits);
  }
  return edits.sort((a, b) => (a.uri < b.uri ? -1 : a.uri > b.uri ? 1 : a.start - b.start));
}
