// Small builders for findings: the related-information entries and one-edit fixes every rule uses.
import { Finding, Fix, KbLocation, RelatedInformation, Severity, Span } from '../../types';

export function finding(uri: string, span: Span, code: string, severity: Severity, message: string, related: RelatedInformation[] = [], fixes: Fix[] = []): Finding {
  return { uri, start: span.start, end: span.end, code, severity, message, related, fixes };
}

/** Related information pointing at a KB entry, when the loader recorded where it is. */
export function kbRelated(loc: KbLocation | undefined, message: string): RelatedInformation[] {
  return loc ? [{ uri: loc.uri, start: loc.start, end: loc.end, message }] : [];
}

export function replaceFix(uri: string, span: Span, newText: string, title: string, isPreferred = true): Fix {
  return { title, edits: [{ uri, start: span.start, end: span.end, newText }], isPreferred };
}

/** Quote a stretch of text for a message, shortened to keep messages one line. */
export function quote(text: string, max = 120): string {
  const t = text.replace(/\s+/g, ' ').trim();
  return `"${t.length > max ? `${t.slice(0, max - 1)}…` : t}"`;
}

/** Short name of an article for messages: its file name. */
export function shortName(uri: string): string {
  const tail = uri.split(/[\\/]/).pop() ?? uri;
  try {
    return decodeURIComponent(tail);
  } catch {
    return tail;
  }
}
