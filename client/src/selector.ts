// Pure: which documents the language client serves. The `news-article` language everywhere (files,
// untitled), files on disk matching `newsAnnotator.articles.globs` whatever their language, and the
// knowledge-base files (so the server sees unsaved KB edits and can put code lenses on entries).
export interface ArticleDocumentFilter {
  language?: string;
  scheme?: string;
  pattern?: string;
}

export const ARTICLE_LANGUAGE = 'news-article';

export const DEFAULT_KB_GLOBS = ['**/*.kb.yaml'];

export function articleSelector(articleGlobs: readonly string[], kbGlobs: readonly string[] = DEFAULT_KB_GLOBS): ArticleDocumentFilter[] {
  const out: ArticleDocumentFilter[] = [{ language: ARTICLE_LANGUAGE }];
  for (const g of cleanGlobs([...articleGlobs, ...kbGlobs])) out.push({ scheme: 'file', pattern: g });
  return out;
}

/** Non-empty unique trimmed strings; anything else in the setting is ignored. */
export function cleanGlobs(globs: unknown): string[] {
  if (!Array.isArray(globs)) return [];
  const out = new Set<string>();
  for (const g of globs) if (typeof g === 'string' && g.trim()) out.add(g.trim());
  return [...out];
}
