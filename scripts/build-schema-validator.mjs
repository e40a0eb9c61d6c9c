// Build step: compiles schemas/structure.schema.json to standalone validation code, so that a run
// does not compile the schema at start-up (dist/schema/structure-validator.cjs; see validate-schema.ts).
import Ajv, { _ } from 'ajv';
import { isIsoDate } from '../dist/schema/iso-date.js';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import { readFileSync, rmSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { toAscii } from './ascii.mjs';

const root = fileURLToPath(new URL('..', import.meta.url));
const schema = JSON.parse(readFileSync(`${root}schemas/structure.schema.json`, 'utf8'));
// The same options as the runtime compiler in src/schema/validate-schema.ts.
// The formats come from dist/schema/formats.cjs, written below: `date` is our own (src/schema/iso-date.ts).
const ajv = new Ajv.default({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, ownProperties: true, inlineRefs: false, code: { source: true, formats: _`require("./formats.cjs")` } });
addFormats.default(ajv, ['uri']);
ajv.addFormat('date', isIsoDate);
const validate = ajv.compile(schema);
// Loaded on every run, with the code cache the build makes after bundling (scripts/bundle-cli.mjs).
// The old cache goes first: V8 checks a cache against the length of the source only.
rmSync(`${root}dist/schema/structure-validator.cjs.cache`, { force: true });
writeFileSync(
  `${root}dist/schema/formats.cjs`,
  `'use strict';\n// Written by scripts/build-schema-validator.mjs: the formats the schema validator checks.\nexports.date = ${isIsoDate.toString()};\nexports.uri = require('ajv-formats/dist/formats').fullFormats.uri;\n`,
);
writeFileSync(`${root}dist/schema/structure-validator.cjs`, toAscii(pathOnlyCalls(standaloneCode.default(ajv, validate))));

/**
 * Ajv's code hands each referenced validator an object of instancePath, parentData,
 * parentDataProperty and rootData, one per value checked, and this schema's code reads only the
 * path: passing the path alone takes about a tenth off the schema check's first pass over the
 * 1,000-file corpus. The build stops on code of a shape this does not know.
 */
function pathOnlyCalls(code) {
  const out = code
    .replace(/\{instancePath:([^{}]*?),parentData:[^{},]*,parentDataProperty:[^{},]*,rootData\}/g, '$1')
    .replace(/\{instancePath,parentData,parentDataProperty,rootData\}/g, 'instancePath')
    .replace(/\{instancePath="", parentData, parentDataProperty, rootData=data\}=\{\}/g, 'instancePath=""');
  if (/parentData|rootData/.test(out)) throw new Error('build-schema-validator: Ajv generated code of an unknown shape; see pathOnlyCalls()');
  return out;
}
