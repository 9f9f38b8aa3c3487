// Schema validation of one parsed KB file with ajv, each error located on the YAML node it is about.
import Ajv, { ErrorObject, ValidateFunction } from 'ajv';
import { Document } from 'yaml';
import { Problem, Span } from '../types';
import { knowledgeBaseSchema } from './schema';
import { nodeAtPath, nodeSpan, YamlPath } from './yaml-nodes';

let compiled: ValidateFunction | undefined;

function validator(): ValidateFunction {
  // Compiled once: ajv code generation is the slow part.
  compiled ??= new Ajv({ allErrors: true, strict: false, verbose: true }).compile(knowledgeBaseSchema);
  return compiled;
}

/** Most problems a single file reports, so a badly broken file does not drown the Problems view. */
export const MAX_SCHEMA_PROBLEMS = 100;

function pathOf(instancePath: string): YamlPath {
  if (!instancePath) return [];
  return instancePath
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

/** "people › khawaja-asif › roles[1] › from": readable location, with the entity id when there is one. */
function label(data: unknown, path: YamlPath): string {
  const parts: string[] = [];
  let value: unknown = data;
  path.forEach((seg, i) => {
    value = value != null && typeof value === 'object' ? (value as Record<string | number, unknown>)[seg] : undefined;
    const id = value != null && typeof value === 'object' ? (value as { id?: unknown }).id : undefined;
    if (typeof seg === 'number') {
      if (i === 1 && typeof id === 'string') parts.push(id);
      else if (parts.length) parts[parts.length - 1] += `[${seg}]`;
      else parts.push(`[${seg}]`);
    } else parts.push(seg);
  });
  return parts.length ? parts.join(' › ') : 'the file';
}

function describe(e: ErrorObject): string {
  const title = (e.parentSchema as { title?: string } | undefined)?.title;
  switch (e.keyword) {
    case 'anyOf':
      return title ? `must be a ${title}` : 'has the wrong form';
    case 'additionalProperties':
      return `has an unknown field "${(e.params as { additionalProperty: string }).additionalProperty}"`;
    case 'required':
      return `lacks the required field "${(e.params as { missingProperty: string }).missingProperty}"`;
    case 'pattern':
      return (e.params as { pattern: string }).pattern.includes('a-z0-9')
        ? `must be a kebab-case id (lowercase letters, digits and single hyphens), not ${JSON.stringify(e.data)}`
        : `must match ${(e.params as { pattern: string }).pattern}`;
    case 'type': {
      if (e.instancePath === '') return 'must be a YAML map with people, exercises, events, organisations and/or places lists';
      const t = (e.params as { type: string | string[] }).type;
      const names: Record<string, string> = { array: 'a list', object: 'a map', string: 'text', integer: 'a whole number', number: 'a number', null: 'empty' };
      return `must be ${(Array.isArray(t) ? t : String(t).split(',')).map((x) => names[x] ?? x).join(' or ')}`;
    }
    case 'enum':
      return `must be one of ${(e.params as { allowedValues: unknown[] }).allowedValues.join(', ')}`;
    default:
      return e.message ?? 'is invalid';
  }
}

/** Keeps one error per instance path when an anyOf failed there: its branch errors only add noise. */
function simplify(errors: ErrorObject[]): ErrorObject[] {
  const outerAnyOf = new Map<string, ErrorObject>();
  for (const e of errors) if (e.keyword === 'anyOf') outerAnyOf.set(e.instancePath, e); // outer ones come last
  const out: ErrorObject[] = [];
  const seen = new Set<string>();
  for (const e of errors) {
    const chosen = outerAnyOf.get(e.instancePath) ?? e;
    const key = `${chosen.instancePath}|${chosen.schemaPath}|${JSON.stringify(chosen.params)}`;
    if (!seen.has(key)) {
      seen.add(key);
      out.push(chosen);
    }
  }
  return out;
}

function lineEnd(text: string, from: number): number {
  const nl = text.indexOf('\n', from);
  return nl === -1 ? text.length : nl;
}

function spanFor(doc: Document, text: string, e: ErrorObject, path: YamlPath): Span {
  if (e.keyword === 'additionalProperties') {
    const found = nodeAtPath(doc, doc.contents, [...path, (e.params as { additionalProperty: string }).additionalProperty]);
    if (found?.key) return nodeSpan(found.key, text);
  }
  const found = nodeAtPath(doc, doc.contents, path);
  if (!found) return { start: 0, end: Math.min(text.length, lineEnd(text, 0)) };
  const span = nodeSpan(found.node, text);
  // A missing field is reported on the first line of the object, not on the whole (possibly long) entry.
  if (e.keyword === 'required' || (e.keyword === 'type' && span.end - span.start > 200)) return { start: span.start, end: Math.min(span.end, lineEnd(text, span.start)) };
  return span;
}

/** Validates the plain data of a parsed document; problems are located in `text`. */
export function validateKbData(uri: string, text: string, doc: Document, data: unknown): Problem[] {
  const validate = validator();
  if (validate(data)) return [];
  const problems: Problem[] = [];
  for (const e of simplify(validate.errors ?? []).slice(0, MAX_SCHEMA_PROBLEMS)) {
    const path = pathOf(e.instancePath);
    problems.push({ uri, code: 'kb-schema', severity: 'error', message: `KB: ${label(data, path)} ${describe(e)}.`, ...spanFor(doc, text, e, path) });
  }
  return problems;
}
