// `news-annotator check`: findings of every rule, as text, JSON or SARIF.
import * as fs from 'fs';
import { LineTable } from '../engine/text/lines';
import { Finding, Problem } from '../engine/types';
import { ConflictScreen, crossArticleFindings, withCrossArticleFindings } from '../engine/workspace/crossArticle';
import { AnnotatorService } from '../engine/workspace/service';
import { CliArgs } from './args';
import { displayPath, loadWorkspace, Sources } from './load';
import { readText } from './files';

export interface JsonFinding {
  file: string;
  start: number;
  end: number;
  line: number;
  character: number;
  code: string;
  severity: Finding['severity'];
  message: string;
  related: { file: string; line: number; character: number; message: string }[];
  fixes: { title: string; edits: { file: string; start: number; end: number; newText: string }[] }[];
}

/** Line tables of the files findings point into (articles, KB files), read once each. */
export class Lines {
  private readonly cache = new Map<string, LineTable>();

  /** The table of a file whose text is at hand (an article with findings, as it is read): no second read. */
  remember(file: string, text: string): void {
    this.cache.set(file, LineTable.of(text));
  }

  get(file: string): LineTable {
    let li = this.cache.get(file);
    if (!li) {
      let text = '';
      try {
        text = fs.readFileSync(file, 'utf8');
      } catch {
        // A finding may point at a file that vanished; positions then fall back to 0:0.
      }
      this.cache.set(file, (li = LineTable.of(text)));
    }
    return li;
  }
}

export function findingsToJson(findings: Finding[], lines = new Lines()): JsonFinding[] {
  const out: JsonFinding[] = [];
  for (const f of findings) {
    const pos = lines.get(f.uri).positionAt(f.start);
    out.push({
      file: displayPath(f.uri),
      start: f.start,
      end: f.end,
      line: pos.line,
      character: pos.character,
      code: f.code,
      severity: f.severity,
      message: f.message,
      related: f.related.map((r) => ({ file: displayPath(r.uri), ...lines.get(r.uri).positionAt(r.start), message: r.message })),
      fixes: f.fixes.map((x) => ({
        title: x.title,
        edits: x.edits.map((e) => ({ file: displayPath(e.uri), start: e.start, end: e.end, newText: e.newText })),
      })),
    });
  }
  return out;
}

/**
 * `check` without workers: each article is analysed once, its rules run as it is read, and the cross-article
 * rule runs again once the index is complete (completeFindings). KB problems come last.
 */
export function check(args: CliArgs, sources: Sources): { findings: JsonFinding[]; skipped: string[] } {
  const own = new Map<string, Finding[]>();
  const lines = new Lines();
  const loaded = loadWorkspace(args, sources, (file, text, result, service) => {
    const found = service.findings(result);
    own.set(file, found);
    if (found.length) lines.remember(file, text);
  });
  const out: JsonFinding[] = [];
  const screen = new ConflictScreen(loaded.service);
  for (const file of loaded.articles) out.push(...findingsToJson(completeFindings(loaded.service, screen, file, own.get(file) ?? [], lines), lines));
  out.push(...kbProblemsToJson(loaded.service.kb.problems, lines));
  return { findings: out, skipped: loaded.skipped };
}

/**
 * An article's findings once every article is indexed, from those computed when it was read. Only the
 * cross-article rule reads other articles, and it can have missed something only where the complete index
 * holds two different statements about one of the article's facts: there it runs again, on the article's
 * facts and text, read again (texts are not kept) but not re-analysed; `lines` keeps that text's line table
 * for the findings' positions.
 */
export function completeFindings(service: AnnotatorService, screen: ConflictScreen, file: string, own: Finding[], lines: Lines): Finding[] {
  const entry = service.index.get(file);
  if (!entry || !screen.mayConflict(entry.facts)) return own;
  const text = readText(file);
  lines.remember(file, text);
  return withCrossArticleFindings(own, crossArticleFindings(service, file, text));
}

export function kbProblemsToJson(problems: Problem[], lines = new Lines()): JsonFinding[] {
  const out: JsonFinding[] = [];
  // KB problems are findings too (schema errors, duplicate ids...).
  for (const p of problems) {
    const pos = lines.get(p.uri).positionAt(p.start);
    out.push({ file: displayPath(p.uri), start: p.start, end: p.end, ...pos, code: p.code, severity: p.severity, message: p.message, related: [], fixes: [] });
  }
  return out;
}

export function formatCheckText(findings: JsonFinding[]): string {
  return findings.map((f) => `${f.file}:${f.line + 1}:${f.character + 1} ${f.severity} ${f.code} ${f.message}`).join('\n');
}

const SARIF_LEVEL: Record<Finding['severity'], string> = { error: 'error', warning: 'warning', information: 'note', hint: 'note' };

export function formatSarif(findings: JsonFinding[], ruleDescriptions: Record<string, string>): object {
  const codes = [...new Set(findings.map((f) => f.code))].sort();
  return {
    version: '2.1.0',
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    runs: [
      {
        tool: {
          driver: {
            name: 'news-annotator',
            rules: codes.map((id) => ({ id, shortDescription: { text: ruleDescriptions[id] ?? id } })),
          },
        },
        results: findings.map((f) => ({
          ruleId: f.code,
          level: SARIF_LEVEL[f.severity],
          message: { text: f.message },
          locations: [
            {
              physicalLocation: {
                artifactLocation: { uri: f.file.split('\\').join('/') },
                region: { startLine: f.line + 1, startColumn: f.character + 1, charOffset: f.start, charLength: f.end - f.start },
              },
            },
          ],
          relatedLocations: f.related.map((r, i) => ({
            id: i,
            message: { text: r.message },
            physicalLocation: { artifactLocation: { uri: r.file.split('\\').join('/') }, region: { startLine: r.line + 1, startColumn: r.character + 1 } },
          })),
        })),
      },
    ],
  };
}
