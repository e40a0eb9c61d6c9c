import type { Ajv as AjvClass, ErrorObject, ValidateFunction } from 'ajv';
import { createRequire } from 'node:module';
import type { DataPath } from '../diagnostic.js';
import { describeSchemaError } from './describe-error.js';
import { isIsoDate } from './iso-date.js';
import { loadBuilt } from '../load/load-built.js';
import { valueAt } from '../value-at.js';

type AjvInstance = AjvClass;
type JsonSchema = Record<string, unknown>;

const require = createRequire(import.meta.url);
/** The structure schema, as shipped in schemas/structure.schema.json. */
export const STRUCTURE_SCHEMA = require('../../schemas/structure.schema.json') as JsonSchema & {
  definitions: Record<string, JsonSchema>;
};

/** A schema problem as data: where, what, and the sentence for people. */
export interface SchemaProblem {
  path: DataPath;
  /** Point at the key itself (unknown keys) rather than its value. */
  target: 'key' | 'value';
  message: string;
  /** For a missing required key: its name. */
  missingKey?: string;
  /** For an unknown key: the allowed key it most likely means. */
  suggestion?: string;
}

let ajv: AjvInstance | undefined;
const branchValidators = new WeakMap<object, ValidateFunction>();

/** Ajv itself is loaded only when something must be compiled at run time (rarely: see below). */
function getAjv(): AjvInstance {
  if (!ajv) {
    const Ajv = (require('ajv') as { Ajv: typeof AjvClass }).Ajv;
    const addFormats = (require('ajv-formats') as { default: (ajv: AjvInstance, formats: string[]) => void }).default;
    // ownProperties: `required` must not be satisfied by a polluted Object.prototype.
    // The build (scripts/build-schema-validator.mjs) compiles with these same options.
    ajv = new Ajv({ allErrors: true, verbose: true, strict: true, allowUnionTypes: true, ownProperties: true, inlineRefs: false });
    addFormats(ajv, ['uri']);
    ajv.addFormat('date', isIsoDate);
  }
  return ajv;
}

/**
 * The structure schema compiled at build time, when this runs from dist/ (not from the sources in
 * tests), loaded with the V8 code cache the build made for it, as the bundled command line is
 * (bin/load-bundle.cjs): it is 204 kB of code to compile on every run.
 */
function precompiledStructureValidator(): ValidateFunction | undefined {
  try {
    return loadBuilt('../schema/structure-validator.cjs', import.meta.url) as ValidateFunction;
  } catch {
    return undefined;
  }
}

type Definitions = Record<string, JsonSchema>;

/** A checker for one schema: returns no problems when the data fits, else one sentence per problem. */
export function createSchemaChecker(schema: JsonSchema & { definitions: Definitions }, precompiled?: () => ValidateFunction | undefined): (data: unknown) => SchemaProblem[] {
  let compiled: ValidateFunction | undefined;
  return (data) => {
    const validate: ValidateFunction = (compiled ??= precompiled?.() ?? getAjv().compile(schema));
    if (validate(data)) return [];
    return explain(validate.errors ?? [], data, [], schema.definitions);
  };
}

/** Checks the shape of a structure document. */
export const validateSchema = createSchemaChecker(STRUCTURE_SCHEMA, precompiledStructureValidator);

function explain(errors: ErrorObject[], root: unknown, base: DataPath, definitions: Definitions): SchemaProblem[] {
  const problems: SchemaProblem[] = [];
  // anyOf/oneOf: drop the errors of every branch and explain only the branch that fits the data.
  const alternatives = errors.filter((e) => e.keyword === 'anyOf' || e.keyword === 'oneOf');
  const replaced = alternatives.map((e) => e.instancePath);
  const inside = (e: ErrorObject) => replaced.some((p) => e.instancePath === p || e.instancePath.startsWith(`${p}/`));
  for (const error of errors) {
    if (error.keyword === 'anyOf' || error.keyword === 'oneOf') {
      problems.push(...explainAlternatives(error, root, base, definitions));
    } else if (!inside(error)) {
      problems.push(describeSchemaError(error, [...base, ...pointerToPath(error.instancePath)]));
    }
  }
  return dropMissingKeyExplainedByTypo(problems);
}

/** A misspelt required key shows up twice (unknown + missing); the "did you mean" says it all. */
function dropMissingKeyExplainedByTypo(problems: SchemaProblem[]): SchemaProblem[] {
  const key = (path: DataPath, name: string) => JSON.stringify([...path, name]);
  const guessed = new Set(problems.filter((p) => p.suggestion !== undefined).map((p) => key(p.path.slice(0, -1), p.suggestion!)));
  return problems.filter((p) => p.missingKey === undefined || !guessed.has(key(p.path, p.missingKey)));
}

function explainAlternatives(error: ErrorObject, root: unknown, base: DataPath, definitions: Definitions): SchemaProblem[] {
  const path = pointerToPath(error.instancePath);
  const value = valueAt(root, path);
  const resolve = (schema: JsonSchema) => resolveRef(schema, definitions);
  const branches = (error.schema as JsonSchema[]).map(resolve);
  const actual = jsonType(value);
  const branch = branches.find((b) => typesOf(b, resolve).some((t) => t === actual || (t === 'number' && actual === 'integer')));
  if (!branch) {
    const expected = [...new Set(branches.flatMap((b) => typesOf(b, resolve)))];
    return [describeSchemaError({ ...error, keyword: 'type', params: { type: expected } }, [...base, ...path])];
  }
  const validate: ValidateFunction = branchValidators.get(branch) ?? getAjv().compile({ ...branch, definitions });
  branchValidators.set(branch, validate);
  if (validate(value)) return [];
  return explain(validate.errors ?? [], value, [...base, ...path], definitions);
}

function resolveRef(schema: JsonSchema, definitions: Definitions): JsonSchema {
  let current = schema;
  for (let i = 0; i < 10 && typeof current.$ref === 'string'; i++) {
    current = definitions[current.$ref.replace('#/definitions/', '')] ?? {};
  }
  return current;
}

function typesOf(schema: JsonSchema, resolve: (s: JsonSchema) => JsonSchema): string[] {
  if (Array.isArray(schema.type)) return schema.type as string[];
  if (typeof schema.type === 'string') return [schema.type];
  if (Array.isArray(schema.anyOf)) return (schema.anyOf as JsonSchema[]).flatMap((s) => typesOf(resolve(s), resolve));
  return ['object'];
}

export function jsonType(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  if (typeof value === 'number') return Number.isInteger(value) ? 'integer' : 'number';
  return typeof value;
}

export function pointerToPath(pointer: string): (string | number)[] {
  if (pointer === '') return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^(0|[1-9][0-9]*)$/.test(s) ? Number(s) : s));
}
