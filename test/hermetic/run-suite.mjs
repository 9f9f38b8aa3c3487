#!/usr/bin/env node
// Runs the extension-host mocha suite (out/test/vscode/index.js → suite/**/*.test.js) inside the real
// VS Code 1.100 extension host of a private code-server, driven by headless Chromium.
//   node test/hermetic/run-suite.mjs [--folder DIR] [--extension DIR] [--tests FILE] [--timeout SECONDS] [--verbose]
// Exit code: the suite's (0 all passed, 1 failures), 2 when the harness itself failed or timed out.
import fs from 'node:fs';
import path from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot, withWorkbench, workbenchUrl } from './lib/harness.mjs';

const { values: opts } = parseArgs({
  options: {
    folder: { type: 'string', default: path.join(repoRoot, 'examples/pakistan-russia') },
    extension: { type: 'string', default: repoRoot },
    tests: { type: 'string', default: path.join(repoRoot, 'out/test/vscode/index.js') },
    timeout: { type: 'string', default: '300' },
    verbose: { type: 'boolean', default: false },
  },
});

const SUMMARY = /^(\d+) passed, (\d+) failed(?:, (\d+) skipped)?$/;
const started = Date.now();
const seconds = () => ((Date.now() - started) / 1000).toFixed(1);

function preflight() {
  const problems = [];
  if (!fs.existsSync(opts.tests)) problems.push(`test entry ${opts.tests} is missing (run: npx tsc -p .)`);
  const manifestPath = path.join(opts.extension, 'package.json');
  if (!fs.existsSync(manifestPath)) problems.push(`no package.json in ${opts.extension}`);
  else {
    const main = JSON.parse(fs.readFileSync(manifestPath, 'utf8')).main;
    // Not fatal: the suite's own tests will report that the extension does not activate.
    if (main && !fs.existsSync(path.join(opts.extension, main)) && !fs.existsSync(path.join(opts.extension, `${main}.js`))) {
      console.log(`[suite] warning: the extension's main ${main} does not exist yet (run: npm run bundle)`);
    }
  }
  if (problems.length) {
    console.error(`[suite] cannot run: ${problems.join('; ')}`);
    console.log('suite: 0 passed, 1 failed');
    process.exit(2);
  }
}

async function main() {
  preflight();
  let summary = null;
  const result = await withWorkbench({ prefix: 'suite', timeoutMs: Number(opts.timeout) * 1000, verbose: opts.verbose }, async ({ server, page }) => {
    let resolveExit;
    const exited = new Promise((resolve) => { resolveExit = resolve; });
    // The workbench hands the extension host's console to these two hooks when a test run is in the payload.
    await page.exposeFunction('codeAutomationLog', (level, message) => {
      const text = String(message ?? '');
      for (const line of text.split('\n')) {
        const match = SUMMARY.exec(line.trim());
        if (match) summary = { passed: +match[1], failed: +match[2], skipped: +(match[3] ?? 0) };
        if (opts.verbose || !isWorkbenchNoise(level, line)) console.log(`[exthost] ${line}`);
      }
    });
    await page.exposeFunction('codeAutomationExit', (code) => resolveExit(Number(code)));
    page.on('pageerror', (err) => opts.verbose && console.log(`[page error] ${err.message}`));
    const url = workbenchUrl({
      host: server.host, port: server.port, folder: opts.folder,
      extensionDevelopmentPath: opts.extension, extensionTestsPath: opts.tests,
    });
    console.log(`[suite] opening ${url}`);
    await page.goto(url);
    const code = await exited;
    return code;
  }).catch((err) => {
    console.error(`[suite] harness failed after ${seconds()}s: ${err.message}`);
    return 2;
  });

  const counts = summary ?? { passed: 0, failed: result === 0 ? 0 : 1, skipped: 0 };
  console.log(`[suite] finished in ${seconds()}s, exit code ${result}`);
  // The closing line CI reads; a suite that ran nothing is not a pass.
  if (result === 0 && counts.passed === 0) {
    console.log('[suite] no test passed: treating as a failure');
    console.log('suite: 0 passed, 1 failed');
    process.exit(1);
  }
  console.log(`suite: ${counts.passed} passed, ${counts.failed} failed${counts.skipped ? `, ${counts.skipped} skipped` : ''}`);
  process.exit(result);
}

const WORKBENCH_NOISE = [
  /^\[(driver|lifecycle|Service Worker)\]/, /^(Resolving|Resolved) connection token/, /^Creating a socket/,
  /additional builtin extensions/, /^ChatSessionStore:/,
];

/** The workbench's own info/trace chatter; extension host console lines and errors are kept. */
function isWorkbenchNoise(level, line) {
  if (level === 'error' || level === 'warn') return false;
  return line.trim() === '' || WORKBENCH_NOISE.some((pattern) => pattern.test(line));
}

main();
