// Locates the starter KB that ships with the extension. Works from out/ (tsc) and dist/ (esbuild),
// whose depths differ, by walking up to the folder that holds server/kb/.
import * as fs from 'fs';
import * as path from 'path';

export const STARTER_KB_URI_SCHEME_PATH = path.join('server', 'kb', 'starter.kb.yaml');

export function findStarterKbPath(from = __dirname): string | undefined {
  let dir = from;
  for (let i = 0; i < 6; i++) {
    const candidate = path.join(dir, STARTER_KB_URI_SCHEME_PATH);
    if (fs.existsSync(candidate)) return candidate;
    const parent = path.dirname(dir);
    if (parent === dir) break;
    dir = parent;
  }
  return undefined;
}
