#!/usr/bin/env node
// The parse-only floor: a Node process that reads the same files as govcheck and parses each one,
// and does nothing else. `node bench/floors/parse.mjs js-yaml|yaml PATH...`, where a PATH that is a
// folder stands for every *.yaml and *.yml file under it (sorted), as `govcheck validate` reads it.
//   js-yaml: load(text, { schema: CORE_SCHEMA }) — plain data, no positions.
//   yaml:    YAML.parseDocument(text) — the document with source positions (govcheck's parser).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';

const [parser, ...paths] = process.argv.slice(2);

function expand(path, out) {
  if (!statSync(path).isDirectory()) return out.push(path);
  for (const entry of readdirSync(path, { withFileTypes: true })) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = join(path, entry.name);
    if (entry.isDirectory()) expand(full, out);
    else if (/\.ya?ml$/i.test(entry.name)) out.push(full);
  }
}

const files = [];
for (const p of paths) expand(p, files);
files.sort();

let parse;
if (parser === 'js-yaml') {
  const { load, CORE_SCHEMA } = await import('js-yaml');
  parse = (text) => load(text, { schema: CORE_SCHEMA });
} else if (parser === 'yaml') {
  const { parseDocument } = await import('yaml');
  parse = (text) => parseDocument(text);
} else {
  console.error('usage: node bench/floors/parse.mjs js-yaml|yaml PATH...');
  process.exit(2);
}

let failed = 0;
for (const file of files) {
  try {
    parse(readFileSync(file, 'utf8'));
  } catch {
    failed++;
  }
}
if (failed) console.error(`${failed} of ${files.length} files did not parse`);
process.exitCode = failed ? 1 : 0;
