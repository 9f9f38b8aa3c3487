// Markdown building for hovers. Every KB or article string goes through `text()`, which escapes all
// Markdown and HTML syntax, so a KB name such as `[x](command:...)` or `<img onerror=...>` shows as text.
// Links are only made by `commandLink`, for allow-listed commands with arguments we build ourselves.
import { Commands } from '../shared/protocol';

const ALLOWED_COMMANDS = new Set<string>([Commands.showTimeline, Commands.openKbEntry]);

/**
 * Escape untrusted text for inline Markdown (callers never start a line with it, so `-`, `.` and digits
 * cannot start a list): backslash the inline syntax characters, break `://` auto-links, entity-encode < > &.
 */
export function text(value: unknown): string {
  return String(value ?? '')
    .replace(/[\r\n\t]+/g, ' ')
    .replace(/[\\`*_{}[\]()#+!|~:]/g, '\\$&')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

/** A command link; refuses commands outside the allow-list (returns the escaped label). */
export function commandLink(label: string, command: string, args: unknown[]): string {
  if (!ALLOWED_COMMANDS.has(command)) return text(label);
  // encodeURIComponent leaves ( ) ' ! * alone; parentheses would end the link target early.
  const encoded = encodeURIComponent(JSON.stringify(args)).replace(/[()'!*]/g, (c) => '%' + c.charCodeAt(0).toString(16).toUpperCase());
  // `label` is escaped too: link text is still Markdown.
  return `[${text(label)}](command:${command}?${encoded})`;
}

export function bold(value: unknown): string {
  return `**${text(value)}**`;
}

export function table(headers: string[], rows: string[][]): string {
  const line = (cells: string[]) => `| ${cells.join(' | ')} |`;
  return [line(headers.map(text)), line(headers.map(() => '---')), ...rows.map(line)].join('\n');
}
