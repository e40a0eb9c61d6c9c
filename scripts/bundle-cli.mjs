// Build step: bundles the command line (dist/cli/run.js and what it imports, commander, js-yaml and
// chalk included) into a few CommonJS files in dist/bin/, which bin/govcheck.js loads. Node 20 spends
// 1–1.5 ms on each ES module it loads, and has no compile cache; the unbundled command line is 62 of
// them. The commands stay in chunks of their own, loaded when they run. Then it runs a few commands
// in this process and saves V8's code cache for each file it compiled through bin/load-bundle.cjs:
// the bundle's, the schema validator's, the precompiled templates' and Handlebars' runtime's. The
// library (dist/index.js) is not bundled. See docs/performance.md.
import { build } from 'rolldown';
import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));

/**
 * commander requires child_process when it loads, for subcommands that are programs of their own,
 * which govcheck has none of; Node then loads a dozen internal modules. This stands in for it and
 * loads it on first use.
 */
const lazyChildProcess = {
  name: 'lazy-child-process',
  resolveId(id, importer) {
    if ((id === 'node:child_process' || id === 'child_process') && importer?.includes('/node_modules/commander/')) return '\0lazy-child-process';
    return null;
  },
  load(id) {
    if (id !== '\0lazy-child-process') return null;
    return "module.exports = new Proxy({}, { get: (_, key) => require('node:child_process')[key] });";
  },
};

await build({
  cwd: root,
  input: { govcheck: 'dist/cli/run.js' },
  platform: 'node',
  // Loaded only by the commands or the cases that need them (chalk, for colour, is a chunk of its own).
  external: [/^node:(?!child_process$)/, 'yaml', 'ajv', 'ajv-formats', 'handlebars', /structure-validator\.cjs$/],
  plugins: [lazyChildProcess],
  logLevel: 'warn',
  output: {
    // Two levels down, like dist/cli/, so that paths such as ../../package.json resolve the same.
    dir: 'dist/bin',
    format: 'cjs',
    entryFileNames: '[name].cjs',
    chunkFileNames: '[name].cjs',
    // A one-byte (ASCII) source is read and compiled faster than a two-byte one: no æøå in comments.
    charset: 'ascii',
    comments: false,
    // Old files go, and their caches with them: V8 checks a cache against the length of the source only.
    cleanDir: true,
  },
});

// The code caches, of the bundle and of the files it loads with them: what validate, render and
// diff compile on a run, as a user runs them.
const { loadBundle, saveCodeCaches } = createRequire(import.meta.url)('../bin/load-bundle.cjs');
const { main } = loadBundle(`${root}dist/bin`);
const io = { stdout: () => {}, stderr: () => {}, env: {}, stdoutIsTTY: false, cwd: root };
for (const argv of [
  ['validate', 'examples'],
  ['validate', '--format', 'json', 'examples/6-by-2007.yaml'],
  ['render', 'examples/6-by-2007.yaml'],
  ['render', '--format', 'html', 'examples/6-by-2007.yaml'],
  ['diff', 'examples/hovedstaden-kommuneklynger-2015.yaml', 'examples/hovedstaden-sundhedsklynger-2022.yaml'],
]) {
  await main(argv, io);
}
saveCodeCaches();
