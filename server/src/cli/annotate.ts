// `news-annotator annotate`: the mentions recognised in each article.
import { LineTable } from '../engine/text/lines';
import { Mention } from '../engine/types';
import { CliArgs } from './args';
import { displayPath, loadWorkspace, Sources } from './load';

export interface JsonMention {
  kind: Mention['kind'];
  start: number;
  end: number;
  line: number;
  character: number;
  text: string;
  entity: string | null;
  value?: string | null;
  title?: string;
  edition?: number | null;
}

export interface JsonArticle {
  file: string;
  articleDate: string | null;
  mentions: JsonMention[];
}

/** The mentions of every article, read and analysed once each. */
export function annotate(args: CliArgs, sources: Sources): { articles: JsonArticle[]; skipped: string[] } {
  const articles: JsonArticle[] = [];
  const { skipped } = loadWorkspace(args, sources, (file, text, result) => {
    const lines = LineTable.of(text);
    articles.push({ file: displayPath(file), articleDate: result.article.date, mentions: result.mentions.map((m) => toJson(m, lines)) });
  });
  return { articles, skipped };
}

function toJson(m: Mention, lines: LineTable): JsonMention {
  const { line, character } = lines.positionAt(m.start);
  const base: JsonMention = { kind: m.kind, start: m.start, end: m.end, line, character, text: m.text, entity: m.entity };
  if (m.kind === 'date') base.value = m.value;
  if (m.kind === 'official' && m.title) base.title = m.title;
  if (m.kind === 'exercise') base.edition = m.edition;
  return base;
}

export function formatAnnotateText(articles: JsonArticle[]): string {
  const rows: string[] = [];
  for (const a of articles) {
    rows.push(`${a.file} (${a.articleDate ? `dated ${a.articleDate}` : 'no publication date'})`);
    for (const m of a.mentions) {
      const detail =
        m.kind === 'date'
          ? (m.value ?? 'unresolved')
          : m.kind === 'exercise'
            ? `${m.entity ?? 'unknown exercise'}${m.edition ? ` edition ${m.edition}` : ''}`
            : (m.entity ?? `unknown ${m.kind}`);
      rows.push(`  ${m.line + 1}:${m.character + 1}\t${m.kind.padEnd(12)} ${JSON.stringify(m.text)} → ${detail}`);
    }
  }
  return rows.join('\n');
}
