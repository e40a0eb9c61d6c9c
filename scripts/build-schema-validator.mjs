// Build step: compiles schemas/structure.schema.json to standalone validation code, so that a run
// does not compile the schema at start-up (dist/schema/structure-validator.cjs; see validate-schema.ts).
import Ajv from 'ajv';
import addFormats from 'ajv-formats';
import standaloneCode from 'ajv/dist/standalone/index.js';
import jsYaml from 'js-yaml';
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const root = fileURLToPath(new URL('..', import.meta.url));
const schema = JSON.parse(readFileSync(`${root}schemas/structure.schema.json`, 'utf8'));
// The same options as the runtime compiler in src/schema/validate-schema.ts.
const ajv = new Ajv.default({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, ownProperties: true, inlineRefs: false, code: { source: true } });
addFormats.default(ajv, ['date', 'uri']);
const validate = ajv.compile(schema);
// Written in ASCII (\u escapes for æøå in the embedded schema): Node reads and compiles a one-byte
// source faster than a two-byte one, and this file is loaded on every run.
const code = standaloneCode.default(ajv, validate).replace(/[^\x00-\x7f]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
writeFileSync(`${root}dist/schema/structure-validator.cjs`, code);

// V8's code cache for it, made after the validator has run on the examples, so that the functions a
// check calls are in it; validate-schema.ts loads both (and works without the cache).
const { runValidatorScript, validatorScript } = await import('../dist/schema/validate-schema.js');
const script = validatorScript(code);
const check = runValidatorScript(script);
for (const file of readdirSync(`${root}examples`).filter((f) => f.endsWith('.yaml'))) {
  check(jsYaml.load(readFileSync(`${root}examples/${file}`, 'utf8'), { schema: jsYaml.CORE_SCHEMA }));
}
writeFileSync(`${root}dist/schema/structure-validator.cjs.cache`, script.createCachedData());
