// Worker-thread `check` must report exactly what a sequential run reports, cross-article findings included.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs, CliArgs } from '../../server/src/cli/args';
import { check } from '../../server/src/cli/check';
import { findSources, loadWorkspace } from '../../server/src/cli/load';
import { checkInWorkers } from '../../server/src/cli/parallel';

describe('cli check in worker threads', () => {
  it('gives the same findings as a sequential run', async function () {
    this.timeout(60000);
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'na-par-'));
    const examples = path.join(process.cwd(), 'examples', 'pakistan-russia');
    // Copies of the examples, some edited to contradict the others (a date, a count).
    for (let i = 0; i < 6; i++) {
      for (const f of fs.readdirSync(examples).filter((x) => fs.statSync(path.join(examples, x)).isFile())) {
        let text = fs.readFileSync(path.join(examples, f), 'utf8');
        if (i === 3) text = text.replace('Nov 2014', 'Oct 2014').replace('four Mi-35M', 'three Mi-35M');
        fs.writeFileSync(path.join(dir, `${i}-${f}`), text);
      }
    }
    const args = parseArgs(['check', dir]) as CliArgs;
    const sources = findSources(args);
    const sequential = check(loadWorkspace(args, sources)).filter((f) => !f.code.startsWith('kb-'));
    const { findings } = await checkInWorkers(sources, 2);
    const key = (f: { file: string; start: number; code: string; message: string }) => `${f.file}|${f.start}|${f.code}|${f.message}`;
    assert.deepStrictEqual(findings.map(key).sort(), sequential.map(key).sort());
    assert.ok(sequential.length > 0);
  });
});
