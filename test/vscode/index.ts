// The extension-host test entry: VS Code (desktop via @vscode/test-electron, or code-server via
// test/hermetic/run-suite.mjs) loads this module as `extensionTestsPath` and awaits `run()`.
// It runs every compiled suite file under ./suite with mocha, inside the real extension host.
import * as fs from 'fs';
import * as path from 'path';
import * as util from 'util';
import Mocha from 'mocha';

/** Every `*.test.js` below `dir`, sorted so the run order is stable. */
function findTestFiles(dir: string): string[] {
  if (!fs.existsSync(dir)) return [];
  const found: string[] = [];
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    const full = path.join(dir, entry.name);
    if (entry.isDirectory()) found.push(...findTestFiles(full));
    else if (entry.isFile() && entry.name.endsWith('.test.js')) found.push(full);
  }
  return found.sort();
}

export function run(): Promise<void> {
  // The extension host relays console.log arguments without printf formatting, so format here:
  // otherwise the reporter's lines arrive as "%s (%dms),title,12".
  Mocha.reporters.Base.consoleLog = (...args: unknown[]) => console.log(util.format(...args));
  const mocha = new Mocha({
    ui: 'bdd',
    // No colours: the output is relayed through the extension host console into logs.
    color: false,
    // Opening editors and activating the extension is slow on a cold 2-core machine.
    timeout: Number(process.env.NEWS_ANNOTATOR_TEST_TIMEOUT ?? 60000),
    grep: process.env.NEWS_ANNOTATOR_TEST_GREP || undefined,
  });
  const suiteDir = path.resolve(__dirname, 'suite');
  const files = findTestFiles(suiteDir);
  for (const file of files) mocha.addFile(file);

  return new Promise<void>((resolve, reject) => {
    if (files.length === 0) {
      // A run that executes nothing must not look green.
      console.log(`0 passed, 1 failed`);
      reject(new Error(`no *.test.js files under ${suiteDir} (did you run tsc?)`));
      return;
    }
    try {
      const runner = mocha.run((failures) => {
        const stats = runner.stats;
        const passed = stats?.passes ?? 0;
        const failed = stats?.failures ?? failures;
        const pending = stats?.pending ?? 0;
        // The closing line CI and the hermetic runner read.
        console.log(`${passed} passed, ${failed} failed${pending ? `, ${pending} skipped` : ''}`);
        if (failures > 0) reject(new Error(`${failures} test(s) failed.`));
        else resolve();
      });
    } catch (err) {
      console.error(err);
      console.log(`0 passed, 1 failed`);
      reject(err instanceof Error ? err : new Error(String(err)));
    }
  });
}
