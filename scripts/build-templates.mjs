// Build step: precompiles the built-in templates and partials (templates/) to
// dist/render/precompiled-templates.cjs, so that `render` loads Handlebars' runtime without its
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
const hbs = (dir) => readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort();

const formats = [];
for (const format of ['md', 'html']) {
  const spec = (file) => Handlebars.precompile(readFileSync(file, 'utf8'), compileOptions(format));
  const templates = [];
  for (const file of hbs(TEMPLATES_DIR)) {
    const match = new RegExp(`^(.*)\\.${format}\\.hbs$`).exec(file);
    if (match) templates.push(`${JSON.stringify(match[1])}: ${spec(TEMPLATES_DIR + file)}`);
  }
  // Later files override earlier ones of the same name, as registerPartials does.
  const partials = new Map();
  for (const file of hbs(`${TEMPLATES_DIR}partials`)) {
    const match = PARTIAL_FILE.exec(file);
    if (match[2] !== undefined && match[2] !== format) continue;
    partials.set(match[1], spec(`${TEMPLATES_DIR}partials/${file}`));
  }
  const partialEntries = [...partials].map(([name, code]) => `${JSON.stringify(name)}: ${code}`);
  formats.push(`${format}: { templates: { ${templates.join(',\n')} },\npartials: { ${partialEntries.join(',\n')} } }`);
}
// V8 checks a code cache against the length of the source only: old caches go with their files.
for (const file of ['precompiled-templates.cjs', 'handlebars-runtime.cjs']) rmSync(`${root}dist/render/${file}.cache`, { force: true });
writeFileSync(`${root}dist/render/precompiled-templates.cjs`, toAscii(`"use strict";\nmodule.exports = {\n${formats.join(',\n')}\n};\n`));

await build({
  cwd: root,
  input: { 'handlebars-runtime': 'node_modules/handlebars/runtime.js' },
  platform: 'node',
  logLevel: 'warn',
  output: { dir: 'dist/render', format: 'cjs', entryFileNames: '[name].cjs', charset: 'ascii', comments: false },
});
