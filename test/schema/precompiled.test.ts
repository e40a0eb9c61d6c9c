import { createRequire } from 'node:module';
import { readFileSync } from 'node:fs';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { STRUCTURE_SCHEMA, createSchemaChecker, runValidatorScript, validatorScript } from '../../src/schema/validate-schema.js';

const require = createRequire(import.meta.url);

const docs = [
  parse(readFileSync(new URL('../../examples/syddanmark-sundhed.yaml', import.meta.url), 'utf8')),
  { govcheck: 2, id: 'Bad Id', date: '2023-02-30', sources: [], nmae: 'x' },
  { govcheck: 1, id: 'x', name: 'X', date: '2023-01-01', sources: [{ id: 's', title: 'S' }], municipalities: [true, { municipalty: 'x' }], bodies: [{ id: 'a', name: 'A', kind: 'politcal', seats: [{ id: 's', count: 'fem', born: { of: { bodyy: 'x' } } }] }] },
];

describe('the schema compiled at build time', () => {
  // npm test builds first, so dist/ holds what a user runs.
  const precompiled = require('../../dist/schema/structure-validator.cjs') as ValidateFunction;
  const atBuild = createSchemaChecker(STRUCTURE_SCHEMA, () => precompiled);
  const atRunTime = createSchemaChecker(STRUCTURE_SCHEMA);

  it('gives the same problems as compiling the schema at run time', () => {
    for (const doc of docs) expect(atBuild(doc)).toEqual(atRunTime(doc));
    expect(atBuild(docs[0])).toEqual([]);
    expect(atBuild(docs[2]).length).toBeGreaterThan(3);
  });

  it("loads with the build's code cache, and with a cache V8 rejects, to a validator that gives the same problems", () => {
    const source = readFileSync(new URL('../../dist/schema/structure-validator.cjs', import.meta.url), 'utf8');
    const cached = validatorScript(source, readFileSync(new URL('../../dist/schema/structure-validator.cjs.cache', import.meta.url)));
    const foreign = validatorScript(source, Buffer.from('a cache from another Node'));
    expect(cached.cachedDataRejected).toBe(false);
    expect(foreign.cachedDataRejected).toBe(true);
    for (const script of [cached, foreign]) {
      const check = createSchemaChecker(STRUCTURE_SCHEMA, () => runValidatorScript(script));
      for (const doc of docs) expect(check(doc)).toEqual(atRunTime(doc));
    }
  });
});
