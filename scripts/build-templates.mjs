// Build step: precompiles the built-in templates and partials (templates/) to
// dist/render/precompiled-md.cjs and precompiled-html.cjs, so that `render` loads Handlebars' runtime without its
// compiler and compiles nothing at start-up (see precompiled() in src/render/render.ts). The same
// options and the same partials per format as compiling at run time; a test compares the output.
// Handlebars' runtime, some twenty files, becomes one (dist/render/handlebars-runtime.cjs); both
// are loaded with the code cache the bundle's build makes (scripts/bundle-cli.mjs).
import Handlebars from 'handlebars';
import { build } from 'rolldown';
import { readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compileOptions, PARTIAL_FILE, TEMPLATES_DIR } from '../dist/render/render.js';
import { toAscii } from './ascii.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const MERMAID = /\bmermaid\b/;
const hbs = (dir) => readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort();

// One file per format, so that a run loads only the templates of the format it renders.
for (const format of ['md', 'html']) {
  const spec = (source) => Handlebars.precompile(source, compileOptions(format));
  // Later files override earlier ones of the same name, as registerPartials does.
  const partials = new Map();
  for (const file of hbs(`${TEMPLATES_DIR}partials`)) {
    const match = PARTIAL_FILE.exec(file);
    if (match[2] !== undefined && match[2] !== format) continue;
    partials.set(match[1], readFileSync(`${TEMPLATES_DIR}partials/${file}`, 'utf8'));
  }
  // The templates that may show the diagram: render draws it only for those (see renderStructure).
  const partialsMermaid = [...partials.values()].some((source) => MERMAID.test(source));
  const templates = [];
  const mermaid = [];
  for (const file of hbs(TEMPLATES_DIR)) {
    const match = new RegExp(`^(.*)\\.${format}\\.hbs$`).exec(file);
    if (!match) continue;
    const source = readFileSync(TEMPLATES_DIR + file, 'utf8');
    templates.push(`${JSON.stringify(match[1])}: ${spec(source)}`);
    if (partialsMermaid || MERMAID.test(source)) mermaid.push(match[1]);
  }
  const partialEntries = [...partials].map(([name, source]) => `${JSON.stringify(name)}: ${spec(source)}`);
  const file = `${root}dist/render/precompiled-${format}.cjs`;
  // V8 checks a code cache against the length of the source only: an old cache goes with its file.
  rmSync(`${file}.cache`, { force: true });
  const exported = `module.exports = { templates: { ${templates.join(',\n')} },\npartials: { ${partialEntries.join(',\n')} },\nmermaid: ${JSON.stringify(mermaid)} };\n`;
  writeFileSync(file, toAscii(`"use strict";\n${sharedConstants(exported)}`));
}

/**
 * Handlebars' precompiled code writes a helper call's options as object literals, made anew on
 * every call: an empty `hash`, and the call's place in the template (`loc`: three objects). A
 * national structure's page makes well over a hundred thousand such calls. They never change, so
 * each is made once, frozen, at the top of the file. (The test that holds precompiled output to
 * compiling at run time covers this too.)
 */
function sharedConstants(code) {
  const places = new Map();
  const out = code
    .replace(/\{"start":\{"line":\d+,"column":\d+\},"end":\{"line":\d+,"column":\d+\}\}/g, (loc) => {
      if (!places.has(loc)) places.set(loc, places.size);
      return `LOC[${places.get(loc)}]`;
    })
    .replace(/"hash":\{\}/g, '"hash":NO_HASH');
  if (/"(?:start|hash)":\{/.test(out.replace(/"hash":\{"/g, ''))) throw new Error('build-templates: Handlebars wrote options of an unknown shape; see sharedConstants()');
  const place = (loc) => `frozen(${loc})`;
  return `const frozen = (loc) => Object.freeze({ start: Object.freeze(loc.start), end: Object.freeze(loc.end) });
const NO_HASH = Object.freeze({});
const LOC = [${[...places.keys()].map(place).join(',\n')}];
${out}`;
}
// An earlier build's one file for both formats, and the runtime's cache, which goes with its file.
for (const stale of ['precompiled-templates.cjs', 'precompiled-templates.cjs.cache', 'handlebars-runtime.cjs.cache']) {
  rmSync(`${root}dist/render/${stale}`, { force: true });
}

await build({
  cwd: root,
  input: { 'handlebars-runtime': 'node_modules/handlebars/runtime.js' },
  platform: 'node',
  logLevel: 'warn',
  output: { dir: 'dist/render', format: 'cjs', entryFileNames: '[name].cjs', charset: 'ascii', comments: false },
});
