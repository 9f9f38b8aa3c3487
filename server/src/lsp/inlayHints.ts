// Inlay hints: the resolved value after relative dates ("last November ▸ 2014-11").
import { InlayHint, InlayHintKind, InlayHintParams } from 'vscode-languageserver/node';
import { ServerContext } from './context';

export async function inlayHints(ctx: ServerContext, params: InlayHintParams): Promise<InlayHint[]> {
  const uri = params.textDocument.uri;
  const settings = await ctx.settingsFor(uri);
  if (!settings.inlayHints.enabled) return [];
  const analysis = ctx.currentAnalysis(uri);
  if (!analysis) return [];
  const from = ctx.positions.offset(uri, params.range.start) ?? 0;
  const to = ctx.positions.offset(uri, params.range.end) ?? Number.MAX_SAFE_INTEGER;
  const out: InlayHint[] = [];
  for (const m of analysis.mentions) {
    if (m.kind !== 'date' || !m.relative || !m.value || m.end < from || m.end > to) continue;
    const position = ctx.positions.range(uri, m)?.end;
    if (!position) continue;
    out.push({ position, label: ` ▸ ${m.value}`, kind: InlayHintKind.Type, tooltip: `${m.text} resolved against the article date ${analysis.article.date ?? '(none)'}` });
  }
  return out;
}
