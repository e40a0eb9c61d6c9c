'use strict';
// Loads CommonJS files as Node's loader would, but with V8's code cache for each, which the build
// makes by running the command line once (scripts/bundle-cli.mjs): most of a short run is compiling
// code, and Node 20 has no compile cache of its own (Node 22's module.enableCompileCache does the
// same). Used for the bundled command line (dist/bin/), the precompiled schema validator and
// templates, and Handlebars' runtime. A cache that V8 rejects, such as one made by another Node
// version, is ignored and the file is compiled as usual.
const { readFileSync, writeFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { dirname, join } = require('node:path');
const { Script } = require('node:vm');

/** Every file compiled here, for the build to save the caches of (saveCodeCaches). */
const compiled = new Map();

/** Compiles `file` with its cache, if it has one, and runs it into `module`. */
function runCommonJs(file, module, require) {
  let cachedData;
  try {
    cachedData = readFileSync(`${file}.cache`);
  } catch {
    // No cache: compiled as usual.
  }
  const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
  compiled.set(file, script);
  script.runInThisContext().call(module.exports, module.exports, require, module, file, dirname(file));
  return script;
}

/** The exports of one CommonJS file, which requires what it needs as usual. */
function loadCommonJs(file) {
  const module = { exports: {} };
  runCommonJs(file, module, createRequire(file));
  return module.exports;
}

/**
 * The exports of dist/bin/govcheck.cjs under `dir`. `onScript` sees each file's compiled script.
 */
function loadBundle(dir, onScript) {
  const modules = new Map();
  const load = (file) => {
    const known = modules.get(file);
    if (known) return known.exports;
    const module = { exports: {} };
    modules.set(file, module);
    const outside = createRequire(file);
    // The files of the bundle name each other ./name.cjs; node: modules and packages are required as usual.
    const require = (id) => (/^\.\/[\w.-]+\.cjs$/.test(id) ? load(join(dir, id.slice(2))) : outside(id));
    const script = runCommonJs(file, module, require);
    if (onScript) onScript(file, script);
    return module.exports;
  };
  return load(join(dir, 'govcheck.cjs'));
}

/** Writes V8's cache of every file compiled so far beside it (`file.cache`). */
function saveCodeCaches() {
  for (const [file, script] of compiled) writeFileSync(`${file}.cache`, script.createCachedData());
}

module.exports = { loadBundle, loadCommonJs, saveCodeCaches, compiledScripts: compiled };
