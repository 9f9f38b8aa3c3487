// `check` analyses each article once and re-runs only the cross-article rule where the complete index may
// disagree; with or without worker threads it must report exactly what a full re-analysis of every article
// against the complete index reports, cross-article findings and their order included.
import * as assert from 'assert';
import * as fs from 'fs';
import * as os from 'os';
import * as path from 'path';
import { parseArgs, CliArgs } from '../../server/src/cli/args';
import { check, findingsToJson, JsonFinding } from '../../server/src/cli/check';
import { readText } from '../../server/src/cli/files';
import { findSources, loadWorkspace } from '../../server/src/cli/load';
import { checkInWorkers } from '../../server/src/cli/parallel';

describe('cli check in worker threads', () => {
  it('reports what a full re-analysis against the complete index reports, sequentially and in workers', async function () {
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
    const reference = fullReanalysis(args, sources);
    const sequential = check(args, sources).findings.filter((f) => !f.code.startsWith('kb-'));
    assert.deepStrictEqual(sequential, reference);
    assert.ok(reference.some((f) => f.code === 'conflicting-fact' && f.related.length > 0), 'the edited copies contradict the others');
    const { findings } = await checkInWorkers(sources, 2);
    const key = (f: JsonFinding) => JSON.stringify(f);
    // Workers report by file (sorted), each file's findings in the same order.
    assert.deepStrictEqual(findings.map(key).sort(), reference.map(key).sort());
    for (const file of new Set(reference.map((f) => f.file))) {
      assert.deepStrictEqual(findings.filter((f) => f.file === file), reference.filter((f) => f.file === file));
    }
  });
});

/** The straightforward way: index everything, then analyse every article again and run every rule. */
function fullReanalysis(args: CliArgs, sources: ReturnType<typeof findSources>): JsonFinding[] {
  const loaded = loadWorkspace(args, sources);
  const out: JsonFinding[] = [];
  for (const file of loaded.articles) out.push(...findingsToJson(loaded.service.findings(loaded.service.updateArticle(file, readText(file), false))));
  return out;
}
