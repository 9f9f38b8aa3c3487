// Minimal glob matching for workspace-relative paths: `**`, `*`, `?`, `{a,b}`. No regexes: braces are
// expanded up front, segments are matched with the two-pointer wildcard algorithm (O(n·m)), and `**`
// with a memoised walk over segments, so no pattern or path can make matching blow up.
export type GlobMatcher = (relativePath: string) => boolean;

const MAX_BRACE_EXPANSIONS = 64;

export function compileGlob(glob: string): GlobMatcher {
  const patterns = expandBraces(glob.replace(/\\/g, '/').replace(/^\.\//, '')).map((p) => p.split('/').filter((s, i, all) => s !== '' || i === all.length - 1));
  return (p) => {
    const segments = p.replace(/\\/g, '/').split('/');
    return patterns.some((pattern) => matchSegments(pattern, segments));
  };
}

export function compileGlobs(globs: string[]): GlobMatcher {
  const matchers = globs.filter((g) => g.trim() !== '').map(compileGlob);
  return (p) => matchers.some((m) => m(p));
}

/** `a{b,c}d{e,f}` → abde, abdf, acde, acdf (nested braces are taken literally; capped). */
function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  const close = open < 0 ? -1 : glob.indexOf('}', open);
  if (open < 0 || close < 0) return [glob];
  const head = glob.slice(0, open);
  const options = glob.slice(open + 1, close).split(',');
  const tails = expandBraces(glob.slice(close + 1));
  const out: string[] = [];
  for (const o of options) for (const t of tails) if (out.length < MAX_BRACE_EXPANSIONS) out.push(head + o + t);
  return out;
}

function matchSegments(pattern: string[], segments: string[]): boolean {
  const memo = new Map<number, boolean>();
  const walk = (pi: number, si: number): boolean => {
    const key = pi * (segments.length + 1) + si;
    const known = memo.get(key);
    if (known !== undefined) return known;
    let result: boolean;
    if (pi === pattern.length) result = si === segments.length;
    else if (pattern[pi] === '**') result = walk(pi + 1, si) || (si < segments.length && walk(pi, si + 1));
    else result = si < segments.length && matchSegment(pattern[pi], segments[si]) && walk(pi + 1, si + 1);
    memo.set(key, result);
    return result;
  };
  return walk(0, 0);
}

/** Wildcard match of one path segment: `*` any run, `?` one character. */
export function matchSegment(pattern: string, s: string): boolean {
  let p = 0;
  let i = 0;
  let star = -1;
  let mark = 0;
  while (i < s.length) {
    if (p < pattern.length && (pattern[p] === '?' || pattern[p] === s[i])) {
      p++;
      i++;
    } else if (p < pattern.length && pattern[p] === '*') {
      star = p++;
      mark = i;
    } else if (star >= 0) {
      p = star + 1;
      i = ++mark;
    } else return false;
  }
  while (p < pattern.length && pattern[p] === '*') p++;
  return p === pattern.length;
}
