import { createRequire } from 'node:module';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Script } from 'node:vm';
import { parse } from 'yaml';
import { describe, expect, it } from 'vitest';
import type { ValidateFunction } from 'ajv';
import { STRUCTURE_SCHEMA, createSchemaChecker } from '../../src/schema/validate-schema.js';

const require = createRequire(import.meta.url);
const { loadCommonJs, compiledScripts } = require('../../bin/load-bundle.cjs') as { loadCommonJs: (file: string) => unknown; compiledScripts: Map<string, Script> };

const docs = [
  parse(readFileSync(new URL('../../examples/syddanmark-sundhed.yaml', import.meta.url), 'utf8')),
  { govcheck: 2, id: 'Bad Id', date: '2023-02-30', sources: [], nmae: 'x' },
  { govcheck: 1, id: 'x', name: 'X', date: '2023-01-01', sources: [{ id: 's', title: 'S' }], municipalities: [true, { municipalty: 'x' }], bodies: [{ id: 'a', name: 'A', kind: 'politcal', seats: [{ id: 's', count: 'fem', born: { of: { bodyy: 'x' } } }] }] },
  // Problems at the end of longer paths: list items inside lists, references inside references.
  {
    govcheck: 1,
    id: 'x',
    name: 'X',
    date: '2023-01-01',
    sources: [{ id: 's', title: 'S', url: 'not a uri' }],
    bodies: [{ id: 'a', name: 'A' }, { id: 'b', name: 'B', posts: [{ post: 'chair', holder: { person: 7 } }], meetings: { events: [{ date: '2023-02-30', host: { municipalty: 'x' } }] } }],
    appointments: [{ body: 'a', from: '2020-13-01' }, { body: 'Bad Id', seat: 's', vacant: 'yes' }],
    history: [{ date: 'x' }],
    exceptions: [{ rule: 'no-unknown-municipality', reason: '', expires: 'soon' }],
  },
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
    expect(atBuild(docs[3]).map((p) => p.path.join('.'))).toEqual(expect.arrayContaining(['bodies.1.meetings.events.0.date', 'appointments.1.body', 'history.0.date']));
  });

  it("loads with the build's code cache, and with a cache V8 rejects, to a validator that gives the same problems", () => {
    // The validator as bin/load-bundle.cjs loads it, and a copy beside a cache from another Node.
    const built = fileURLToPath(new URL('../../dist/schema/structure-validator.cjs', import.meta.url));
    const dir = mkdtempSync(join(dirname(built), '..', 'test-validator-'));
    const copy = join(dir, 'structure-validator.cjs');
    try {
      copyFileSync(built, copy);
      copyFileSync(join(dirname(built), 'formats.cjs'), join(dir, 'formats.cjs'));
      writeFileSync(`${copy}.cache`, 'a cache from another Node');
      const validators = [loadCommonJs(built), loadCommonJs(copy)] as ValidateFunction[];
      expect(compiledScripts.get(built)!.cachedDataRejected).toBe(false);
      expect(compiledScripts.get(copy)!.cachedDataRejected).toBe(true);
      for (const validator of validators) {
        const check = createSchemaChecker(STRUCTURE_SCHEMA, () => validator);
        for (const doc of docs) expect(check(doc)).toEqual(atRunTime(doc));
      }
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
