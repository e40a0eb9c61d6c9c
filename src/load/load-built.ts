import { createRequire } from 'node:module';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);

/**
 * The exports of a CommonJS file the build wrote to dist/ (the schema validator, the precompiled
 * templates, Handlebars' runtime), loaded with the V8 code cache the build made for it
 * (bin/load-bundle.cjs). `relative` is resolved against `from` (a caller's import.meta.url); the
 * callers sit two folders down, in dist/<dir>/ or in the bundle's dist/bin/, as this file does.
 * Throws when the file is not there (running from the sources).
 */
export function loadBuilt(relative: string, from: string): unknown {
  const { loadCommonJs } = require('../../bin/load-bundle.cjs') as { loadCommonJs: (file: string) => unknown };
  return loadCommonJs(fileURLToPath(new URL(relative, from)));
}
