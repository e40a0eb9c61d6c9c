'use strict';
// Loads the bundled command line (dist/bin/, scripts/bundle-cli.mjs) as Node's CommonJS loader
// would, but with V8's code cache for each file, which the build makes by running the command line
// once: most of a short run is compiling code, and Node 20 has no compile cache of its own (Node 22's
// module.enableCompileCache does the same). A cache that V8 rejects, such as one made by another
// Node version, is ignored and the file is compiled as usual.
const { readFileSync } = require('node:fs');
const { createRequire } = require('node:module');
const { join } = require('node:path');
const { Script } = require('node:vm');

/**
 * The exports of dist/bin/govcheck.cjs under `dir`. `onScript` sees each file's compiled script (the
 * build saves their caches with it).
 */
function loadBundle(dir, onScript) {
  const modules = new Map();
  const load = (file) => {
    const known = modules.get(file);
    if (known) return known.exports;
    const module = { exports: {} };
    modules.set(file, module);
    let cachedData;
    try {
      cachedData = readFileSync(`${file}.cache`);
    } catch {
      // No cache: compiled as usual.
    }
    const script = new Script(`(function (exports, require, module, __filename, __dirname) {${readFileSync(file, 'utf8')}\n})`, { filename: file, cachedData });
    if (onScript) onScript(file, script);
    const outside = createRequire(file);
    // The files of the bundle name each other ./name.cjs; node: modules and packages are required as usual.
    const require = (id) => (/^\.\/[\w.-]+\.cjs$/.test(id) ? load(join(dir, id.slice(2))) : outside(id));
    script.runInThisContext().call(module.exports, module.exports, require, module, file, dir);
    return module.exports;
  };
  return load(join(dir, 'govcheck.cjs'));
}

module.exports = { loadBundle };
