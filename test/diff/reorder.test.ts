import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse, stringify } from 'yaml';
import { diffStructures } from '../../src/diff/diff.js';
import { example, structure } from './helpers.js';

/** A small seeded generator, so that a failure can be repeated. */
function random(seed: number): () => number {
  let state = seed;
  return () => (state = (state * 1103515245 + 12345) % 2147483648) / 2147483648;
}

/**
 * Every list of the data shuffled, at every depth. The two sides of a constraint's `subset` are the
 * one list whose order means something (the first is inside the second), so it stays.
 */
function shuffleAll(value: unknown, next: () => number, key?: string): unknown {
  if (Array.isArray(value)) {
    const out = value.map((v) => shuffleAll(v, next));
    if (key === 'subset') return out;
    for (let i = out.length - 1; i > 0; i--) {
      const j = Math.floor(next() * (i + 1));
      [out[i], out[j]] = [out[j], out[i]];
    }
    return out;
  }
  if (value !== null && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, shuffleAll(v, next, k)]));
  return value;
}

const EXAMPLES = readdirSync('examples')
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''));

describe('list order never counts as a change', () => {
  it.each(EXAMPLES.flatMap((name) => [1, 2, 3].map((seed) => [name, seed] as const)))('%s shuffled with seed %i', (name, seed) => {
    const original = example(name);
    const data = parse(original.source!) as { bodies?: { id: string }[] };
    const shuffled = shuffleAll(data, random(seed)) as typeof data;
    // The shuffle must really move things, or the test proves nothing.
    expect(JSON.stringify(shuffled)).not.toBe(JSON.stringify(data));
    const step = diffStructures(original, structure(stringify(shuffled), `shuffled-${name}.yaml`));
    expect(step.changes).toEqual([]);
  });
});
