// The starter KB as the engine loads it, for tests that need real KB data.
import * as fs from 'fs';
import * as path from 'path';
import { KbFile } from '../../server/src/engine/workspace/service';

export function starterKb(): KbFile[] {
  const uri = path.join(process.cwd(), 'server', 'kb', 'starter.kb.yaml');
  return fs.existsSync(uri) ? [{ uri, text: fs.readFileSync(uri, 'utf8') }] : [];
}

export function exampleKbFiles(): KbFile[] {
  const dir = path.join(process.cwd(), 'examples', 'pakistan-russia');
  const ws = fs.readdirSync(dir).filter((f) => f.endsWith('.kb.yaml')).map((f) => path.join(dir, f));
  return [...starterKb(), ...ws.map((uri) => ({ uri, text: fs.readFileSync(uri, 'utf8') }))];
}
