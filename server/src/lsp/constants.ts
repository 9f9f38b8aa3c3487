// Constants shared by the feature files (kept apart from context.ts so pure helpers need not load the engine).
export const SOURCE = 'news-annotator';
export const ARTICLE_LANGUAGE_ID = 'news-article';
export const BUILTIN_ARTICLE_GLOBS = ['**/*.article', '**/*.news'];
