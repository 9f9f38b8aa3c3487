// Suppression comments in plain-text articles, in the style of Vale / cSpell / Harper:
//
//   [news-annotator ignore role-mismatch, rank-mismatch]
//       On a line of its own: no findings with these codes in the paragraph (non-blank line) that follows.
//       Inside a paragraph's text: applies to that paragraph.
//   [news-annotator ignore]
//       As above, for every code.
//   [news-annotator ignore-article]
//       Anywhere in the article: no findings at all in this article.
//   [news-annotator ignore-article role-mismatch anachronism]
//       Anywhere: none with these codes in this article.
//
// Codes are separated by commas and/or spaces; case does not matter. An unknown code is reported
// (`suppression-unknown-code`) so a typo does not silently suppress nothing. Per-rule severity or "off" for
// the whole workspace is a setting (newsAnnotator.rules), not a comment.
import { Article, Finding, Span } from '../types';

export interface Suppression extends Span {
  /** Codes suppressed; empty = all codes. */
  codes: string[];
  /** Where the comment itself is. */
  comment: Span;
}

const DIRECTIVE = /\[news-annotator[ \t]+(ignore-article|ignore)(?=[\] \t])([^\]\r\n]{0,400})\]/gi;

export function parseSuppressions(article: Article): Suppression[] {
  const { text } = article;
  const out: Suppression[] = [];
  if (!text.includes('[news-annotator')) return out;
  DIRECTIVE.lastIndex = 0;
  for (let m = DIRECTIVE.exec(text); m; m = DIRECTIVE.exec(text)) {
    const comment = { start: m.index, end: m.index + m[0].length };
    const codes = m[2].split(/[\s,]+/).map((c) => c.trim().toLowerCase()).filter(Boolean);
    if (m[1].toLowerCase() === 'ignore-article') {
      out.push({ start: 0, end: text.length, codes, comment });
      continue;
    }
    const target = targetParagraph(article, comment);
    if (target) out.push({ start: target.start, end: target.end, codes, comment });
  }
  return out;
}

/** The paragraph a line-level comment governs: the next one if the comment stands alone on its line, else its own. */
function targetParagraph(article: Article, comment: Span): Span | undefined {
  const { text, paragraphs } = article;
  // Paragraphs are sorted and disjoint: the first one ending after the comment starts.
  let lo = 0;
  let hi = paragraphs.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (paragraphs[mid].end <= comment.start) lo = mid + 1;
    else hi = mid;
  }
  const own = paragraphs[lo] && paragraphs[lo].start <= comment.start ? paragraphs[lo] : undefined;
  const alone = !own || text.slice(own.start, own.end).trim() === text.slice(comment.start, comment.end);
  if (!alone) return own;
  return paragraphs.slice(lo, lo + 3).find((p) => p.start >= comment.end);
}

export function isSuppressed(f: Finding, suppressions: Suppression[]): boolean {
  const code = f.code.toLowerCase();
  return suppressions.some((s) => s.start <= f.start && f.start < Math.max(s.end, s.start + 1) && (s.codes.length === 0 || s.codes.includes(code)));
}

/** Findings for codes that no rule has, written in suppression comments. */
export function unknownCodeFindings(article: Article, suppressions: Suppression[], knownCodes: Set<string>): Finding[] {
  const out: Finding[] = [];
  for (const s of suppressions) {
    const bad = s.codes.filter((c) => !knownCodes.has(c) && !c.startsWith('kb-'));
    if (bad.length === 0) continue;
    out.push({
      uri: article.uri,
      start: s.comment.start,
      end: s.comment.end,
      code: 'suppression-unknown-code',
      severity: 'warning',
      message: `Unknown rule code${bad.length > 1 ? 's' : ''} in suppression comment: ${bad.join(', ')}. Known codes: ${[...knownCodes].sort().join(', ')}.`,
      related: [],
      fixes: [],
    });
  }
  return out;
}
