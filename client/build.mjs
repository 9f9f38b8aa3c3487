// Bundles the extension client and the language server into dist/ (CommonJS for Node; `vscode` stays
// external because the editor provides it). Usage: node client/build.mjs [--watch] [--minify]
import * as esbuild from 'esbuild';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const watch = process.argv.includes('--watch');
const minify = process.argv.includes('--minify');

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  platform: 'node',
  format: 'cjs',
  target: 'node20',
  external: ['vscode'],
  sourcemap: true,
  minify,
  logLevel: 'info',
  absWorkingDir: root,
};

const builds = [
  { ...common, entryPoints: ['client/src/extension.ts'], outfile: 'dist/client.js' },
  { ...common, entryPoints: ['server/src/server.ts'], outfile: 'dist/server.js' },
  // Worker threads of the workspace index; the server finds it beside itself (path.join(__dirname, ...)).
  { ...common, entryPoints: ['server/src/lsp/indexWorker.ts'], outfile: 'dist/indexWorker.js' },
];

if (watch) {
  for (const options of builds) await (await esbuild.context(options)).watch();
} else {
  const results = await Promise.allSettled(builds.map((options) => esbuild.build(options)));
  const failed = results.filter((r) => r.status === 'rejected');
  for (const f of failed) console.error(f.reason?.message ?? f.reason);
  if (failed.length) process.exit(1);
}
