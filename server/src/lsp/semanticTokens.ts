// Semantic tokens: one token type per mention kind, non-overlapping (the innermost/earliest wins), one
// token per line for mentions that wrap.
import { SemanticTokens, SemanticTokensBuilder, SemanticTokensLegend, SemanticTokensParams } from 'vscode-languageserver/node';
import { Mention, MentionKind } from '../engine/types';
import { ServerContext } from './context';

export const TOKEN_TYPES: MentionKind[] = ['official', 'date', 'exercise', 'organisation', 'place', 'event'];
export const TOKEN_MODIFIERS = ['unknown'];

export const legend: SemanticTokensLegend = { tokenTypes: TOKEN_TYPES, tokenModifiers: TOKEN_MODIFIERS };

/** Mentions with no overlaps: sorted by start, a mention overlapping an already kept one is dropped. */
export function nonOverlapping(mentions: Mention[]): Mention[] {
  // Prefer the shorter of two mentions that start together (a date inside an event name stays a date).
  const sorted = [...mentions].filter((m) => m.end > m.start).sort((a, b) => a.start - b.start || a.end - b.end);
  const out: Mention[] = [];
  let lastEnd = -1;
  for (const m of sorted) {
    if (m.start < lastEnd) continue;
    out.push(m);
    lastEnd = m.end;
  }
  return out;
}

export function semanticTokens(ctx: ServerContext, params: SemanticTokensParams): SemanticTokens {
  const uri = params.textDocument.uri;
  const analysis = ctx.currentAnalysis(uri);
  if (!analysis) return { data: [] };
  const builder = new SemanticTokensBuilder();
  const text = analysis.article.text;
  for (const m of nonOverlapping(analysis.mentions)) {
    const type = TOKEN_TYPES.indexOf(m.kind);
    if (type < 0) continue;
    const modifiers = m.kind !== 'date' && !m.entity ? 1 : 0;
    // Split at line breaks: clients may not support multi-line tokens.
    let start = m.start;
    for (let i = m.start; i <= m.end; i++) {
      const c = i < m.end ? text.charCodeAt(i) : -1;
      if (c === 10 || c === 13 || i === m.end) {
        if (i > start) {
          const pos = ctx.positions.range(uri, { start, end: i });
          if (pos) builder.push(pos.start.line, pos.start.character, i - start, type, modifiers);
        }
        start = i + 1;
      }
    }
  }
  return builder.build();
}
