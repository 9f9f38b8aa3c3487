// Code lenses on KB entries: "12 mentions in 5 articles", opening the entity's timeline.
import { CodeLens, CodeLensParams } from 'vscode-languageserver/node';
import { Commands, ShowTimelineArgs } from '../shared/protocol';
import { ServerContext } from './context';
import { allEntries } from './kbLookup';

export function codeLenses(ctx: ServerContext, params: CodeLensParams): CodeLens[] {
  const uri = params.textDocument.uri;
  if (!ctx.isKbUri(uri)) return [];
  const out: CodeLens[] = [];
  for (const e of allEntries(ctx.service.kb)) {
    const loc = e.entry.loc;
    if (!loc || loc.uri !== uri) continue;
    const range = ctx.positions.range(uri, { start: loc.start, end: loc.start });
    if (!range) continue;
    // Counted in place: a common entity has a million mentions in a large workspace.
    const mentions = ctx.service.index.mentionCountOf(e.entry.id);
    const articles = ctx.service.index.articlesMentioning(e.entry.id).size;
    const title = `${mentions} mention${mentions === 1 ? '' : 's'} in ${articles} article${articles === 1 ? '' : 's'}`;
    const args: ShowTimelineArgs = { entity: e.entry.id };
    out.push({ range, command: { title, command: Commands.showTimeline, arguments: [args] } });
  }
  return out;
}
