// Shared plumbing for the hermetic runners: a private code-server on a free loopback port, a headless
// Debian Chromium driven by playwright-core, the workbench URL, and cleanup that always runs.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const hermeticDir = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
export const repoRoot = path.resolve(hermeticDir, '../..');
const codeServerEntry = path.join(hermeticDir, 'node_modules/code-server/out/node/entry.js');
export const chromiumPath = process.env.CHROMIUM_PATH || '/usr/bin/chromium';
const HOST = '127.0.0.1';

const log = (...args) => console.log('[harness]', ...args);

/** Fails early, with the fix, when setup.sh has not been run. */
export function checkInstalled() {
  const missing = [];
  if (!fs.existsSync(codeServerEntry)) missing.push('code-server (test/hermetic/node_modules)');
  if (!fs.existsSync(path.join(hermeticDir, 'node_modules/code-server/lib/vscode/node_modules'))) missing.push('code-server lib/vscode modules');
  if (!fs.existsSync(path.join(hermeticDir, 'node_modules/playwright-core'))) missing.push('playwright-core');
  if (!fs.existsSync(chromiumPath)) missing.push(`chromium (${chromiumPath})`);
  if (missing.length) {
    throw new Error(`not set up: missing ${missing.join(', ')}. Run: bash test/hermetic/setup.sh`);
  }
}

export function freePort() {
  return new Promise((resolve, reject) => {
    const server = net.createServer();
    server.unref();
    server.on('error', reject);
    server.listen(0, HOST, () => {
      const { port } = server.address();
      server.close(() => resolve(port));
    });
  });
}

/** A scratch directory removed by cleanup(); keeps user data, extensions and config out of $HOME. */
export function scratchDir(prefix) {
  return fs.mkdtempSync(path.join(os.tmpdir(), `news-annotator-${prefix}-`));
}

/**
 * Starts code-server in its own process group (it forks a server and extension hosts: killing the
 * group ends them all). Resolves once it answers HTTP.
 */
export async function startCodeServer({ scratch, port, verbose = false, settings = {} }) {
  const configPath = path.join(scratch, 'config.yaml');
  fs.writeFileSync(configPath, 'auth: none\ncert: false\n');
  // Keep the workbench quiet and off the network: no marketplace, updates, tips or welcome page.
  const userDir = path.join(scratch, 'code-server-user', 'User');
  fs.mkdirSync(userDir, { recursive: true });
  fs.writeFileSync(path.join(userDir, 'settings.json'), JSON.stringify({
    'workbench.startupEditor': 'none',
    'workbench.enableExperiments': false,
    'workbench.tips.enabled': false,
    'extensions.autoCheckUpdates': false,
    'extensions.autoUpdate': false,
    'extensions.ignoreRecommendations': true,
    'update.mode': 'none',
    'telemetry.telemetryLevel': 'off',
    'security.workspace.trust.enabled': false,
    'chat.disableAIFeatures': true,
    'files.autoSave': 'off', // edits stay in the editor (a dirty tab), never written by the tests
    'remote.autoForwardPorts': false,
    ...settings,
  }, null, 2));
  const args = [
    codeServerEntry,
    '--auth', 'none',
    '--bind-addr', `${HOST}:${port}`,
    '--config', configPath,
    '--user-data-dir', path.join(scratch, 'code-server-user'),
    '--extensions-dir', path.join(scratch, 'code-server-extensions'),
    '--disable-workspace-trust',
    '--disable-telemetry',
    '--disable-update-check',
    '--disable-getting-started-override',
    '--ignore-last-opened',
  ];
  const child = spawn(process.execPath, args, {
    cwd: repoRoot,
    detached: true,
    stdio: ['ignore', 'pipe', 'pipe'],
    // EXTENSIONS_GALLERY={} turns the extension marketplace off (it would look up open-vsx.org).
    env: { ...process.env, EXTENSIONS_GALLERY: '{}', XDG_DATA_HOME: path.join(scratch, 'xdg-data'), XDG_CONFIG_HOME: path.join(scratch, 'xdg-config') },
  });
  const output = [];
  const keep = (chunk) => {
    const text = chunk.toString();
    output.push(text);
    if (verbose) process.stdout.write(text.replace(/^/gm, '[code-server] '));
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let exited = null;
  child.on('exit', (code, signal) => { exited = { code, signal }; });

  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (exited) throw new Error(`code-server exited early (${JSON.stringify(exited)}):\n${output.join('')}`);
    try {
      const response = await fetch(`http://${HOST}:${port}/healthz`);
      if (response.ok) return { child, port, host: HOST, output };
    } catch { /* not listening yet */ }
    await new Promise((resolve) => setTimeout(resolve, 250));
  }
  killGroup(child);
  throw new Error(`code-server did not answer on ${HOST}:${port} within 60s:\n${output.join('')}`);
}

export function killGroup(child) {
  if (!child || child.exitCode !== null || child.signalCode !== null) return;
  try { process.kill(-child.pid, 'SIGKILL'); } catch { /* already gone */ }
}

export async function launchChromium({ scratch, headless = true }) {
  const { chromium } = await import('playwright-core');
  // A persistent context is how playwright takes a fresh --user-data-dir of our choosing.
  const context = await chromium.launchPersistentContext(path.join(scratch, 'chromium-profile'), {
    executablePath: chromiumPath,
    headless,
    viewport: { width: 1400, height: 900 },
    args: [
      '--no-sandbox', '--disable-gpu', '--disable-quic', '--no-first-run',
      '--disable-background-networking', '--disable-component-update', '--disable-sync',
    ],
  });
  const page = context.pages()[0] ?? (await context.newPage());
  return { context, page };
}

/** The workbench URL; paths inside the payload are vscode-remote URIs on this code-server. */
export function workbenchUrl({ host, port, folder, extensionDevelopmentPath, extensionTestsPath }) {
  const remote = (p) => `vscode-remote://${host}:${port}${path.resolve(p)}`;
  const payload = [];
  if (extensionDevelopmentPath) payload.push(['extensionDevelopmentPath', remote(extensionDevelopmentPath)]);
  if (extensionTestsPath) payload.push(['extensionTestsPath', remote(extensionTestsPath)]);
  let url = `http://${host}:${port}/?folder=${encodeURIComponent(path.resolve(folder))}`;
  if (payload.length) url += `&payload=${encodeURIComponent(JSON.stringify(payload))}`;
  return url;
}

/** Runs `fn` with code-server + Chromium up, and always tears both down (also on Ctrl+C / timeout). */
export async function withWorkbench({ prefix, timeoutMs, verbose, settings, keepLogsIn }, fn) {
  checkInstalled();
  const scratch = scratchDir(prefix);
  let server;
  let browser;
  const cleanup = async () => {
    if (browser) await browser.context.close().catch(() => {});
    if (server) killGroup(server.child);
    // code-server's logs (extension host, language server output channels) outlive the scratch dir.
    const logs = path.join(scratch, 'code-server-user', 'logs');
    if (keepLogsIn && fs.existsSync(logs)) fs.cpSync(logs, keepLogsIn, { recursive: true });
    fs.rmSync(scratch, { recursive: true, force: true });
  };
  const onSignal = (signal) => {
    log(`${signal}: cleaning up`);
    cleanup().finally(() => process.exit(130));
  };
  process.once('SIGINT', onSignal);
  process.once('SIGTERM', onSignal);
  let timer;
  const hardTimeout = new Promise((_, reject) => {
    timer = setTimeout(() => reject(new Error(`hard timeout: gave up after ${timeoutMs / 1000}s`)), timeoutMs);
  });
  try {
    const run = (async () => {
      const started = Date.now();
      server = await startCodeServer({ scratch, port: await freePort(), verbose, settings });
      log(`code-server up on ${server.host}:${server.port} in ${((Date.now() - started) / 1000).toFixed(1)}s`);
      browser = await launchChromium({ scratch });
      return fn({ server, ...browser, scratch });
    })();
    run.catch(() => {}); // the race below reports it
    return await Promise.race([run, hardTimeout]);
  } finally {
    clearTimeout(timer);
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
    await cleanup();
  }
}
