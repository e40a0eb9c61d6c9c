import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataPath } from '../../src/diagnostic.js';
import { lineLocator } from '../../src/load/line-locate.js';
import { readLines } from '../../src/load/line-reader.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { documents } from './random-documents.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(EXAMPLES + f, 'utf8'));

/** Every path to a value in the data, and from each a path one key and one index past it. */
function pathsOf(data: unknown): DataPath[] {
  const out: DataPath[] = [];
  const walk = (value: unknown, path: DataPath, depth: number) => {
    out.push(path, [...path, 'zz'], [...path, 99]);
    if (depth > 12 || value === null || typeof value !== 'object') return;
    if (Array.isArray(value)) value.forEach((v, i) => walk(v, [...path, i], depth + 1));
    else for (const [k, v] of Object.entries(value)) walk(v, [...path, k], depth + 1);
  };
  walk(data, [], 0);
  return out;
}

/** Where the locator answers for a path of a text the line reader takes, it answers as the full reader does. */
function agree(text: string): { asked: number; answered: number } {
  const read = readLines(text, 100);
  if (!read) return { asked: 0, answered: 0 };
  const full = parseYaml(text);
  if (!full.parsed) return { asked: 0, answered: 0 };
  const locate = lineLocator(text);
  let answered = 0;
  const paths = pathsOf(read.data);
  for (const path of paths) {
    const at = locate(path);
    if (!at) continue;
    answered++;
    const range = full.parsed.locate(path);
    expect({ line: at.line, column: at.column }, `${JSON.stringify(text)} at ${JSON.stringify(path)}`).toEqual({ line: range.line, column: range.column });
  }
  return { asked: paths.length, answered };
}

describe('the line locator', () => {
  it('places every value of the examples, and paths past them, where the full reader does', () => {
    for (const text of examples) {
      const { asked, answered } = agree(text);
      // It gives up only inside flow collections, past aliases and on empty values.
      expect(answered / asked, text.slice(0, 60)).toBeGreaterThan(0.4);
    }
  });

  it('places what diff asks for: a list item, a key in it, a missing item, a value past a scalar', () => {
    const text = 'id: x\nappointments:\n  - body: a\n    seat: s\n  - { body: b }\n  -\n    body: c\nbodies:\n- id: a\n  name: A # n\n  posts:\n    - post: chair\n      holder: &h\n        person: P\n';
    const at = (path: DataPath) => lineLocator(text)(path);
    expect(at(['appointments', 0])).toEqual({ line: 3, column: 5 });
    expect(at(['appointments', 1])).toEqual({ line: 5, column: 5 });
    expect(at(['appointments', 2, 'body'])).toEqual({ line: 7, column: 11 });
    expect(at(['appointments', 9])).toEqual({ line: 3, column: 3 });
    expect(at(['bodies', 0, 'name', 'x'])).toEqual({ line: 10, column: 9 });
    expect(at(['bodies', 0, 'posts', 0, 'holder'])).toEqual({ line: 14, column: 9 });
    // Into a flow collection: left to the other locators.
    expect(at(['appointments', 1, 'body'])).toBeUndefined();
    agree(text);
  });

  it('agrees with the full reader on random documents (fixed seed and a fresh one)', () => {
    let asked = 0;
    let answered = 0;
    const check = (text: string) => {
      const n = agree(text);
      asked += n.asked;
      answered += n.answered;
    };
    for (const params of [{ seed: 31, numRuns: 3000 }, { numRuns: 500 }]) fc.assert(fc.property(documents, check), params);
    expect(answered).toBeGreaterThan(asked / 3);
  });
});
