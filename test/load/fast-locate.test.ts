import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { DataPath } from '../../src/diagnostic.js';
import { readWithPositions } from '../../src/load/fast-locate.js';
import { FAST_SCHEMA, fastParse } from '../../src/load/fast-parse.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { validateSource } from '../../src/validate.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(EXAMPLES + f, 'utf8'));

function* pathsOf(value: unknown, path: DataPath = []): Generator<DataPath> {
  yield path;
  if (Array.isArray(value)) for (let i = 0; i < value.length; i++) yield* pathsOf(value[i], [...path, i]);
  else if (value !== null && typeof value === 'object') for (const [k, v] of Object.entries(value)) yield* pathsOf(v, [...path, k]);
}

/**
 * Where the fast path reads a text, every key and value of the data, and a path past the end of
 * each, that the locator gives a range for must have exactly the range the full reader gives.
 * Returns whether it located every one of them (false: it gave up on some, or on the whole text).
 */
function samePositions(text: string): boolean {
  const fast = fastParse(text, DEFAULT_LIMITS.maxDepth, DEFAULT_LIMITS.aliasAllowance);
  if (!fast.ok) return false;
  const locate = readWithPositions(text, FAST_SCHEMA)?.locate;
  if (!locate) return false;
  const full = parseYaml(text);
  expect(full.problems, `the full reader must accept what the fast one accepts: ${JSON.stringify(text)}`).toEqual([]);
  let all = true;
  for (const path of pathsOf(fast.data)) {
    for (const probe of [path, [...path, 'missing'], [...path, 99]]) {
      for (const target of ['key', 'value'] as const) {
        const range = locate(probe, target);
        if (range === undefined) all = false;
        else expect(range, `${JSON.stringify(text)} at ${JSON.stringify(probe)} (${target})`).toEqual(full.parsed!.locate(probe, target));
      }
    }
  }
  return all;
}

const CORNERS = [
  'a: 1\nb:\nc: [1, {d: e}, f]\n',
  'a:\n  - x\n  - - y\n    - z\n  - {}\n  - []\nb: end\n',
  'a: &x {p: 1, q: [2, 3]}\nb: *x\nc: *x # comment\nd: &y plain\ne: *y\n',
  'a: >-\n  folded\n  lines\n\nb: |\n  kept\n\n  text\nc: >\n  clip\n\n\nd: x\n',
  'a: "double"   # c\nb: \'single\' \nc: plain with  spaces   \nd: multi\n  line plain\n  text\ne: 1\n',
  '# head\n\nroot:\n  # inside\n  child:   # after\n    leaf: 1\n\n\n  other: 2\n',
  'l:\n- a: 1\n  b: 2\n- c\n- - d\n- {e: f}\n',
  'a: 1\n# c\n',
  'a:\n  b: 1\n\n   # deeper\n\n   # and deeper\n  # level\nd: 2\n',
  '{a: 1, b: [2, 3], c: {d: "e"}}\n',
  'a: [\n  1,\n  2\n]\nb: {\n  c: d\n}\n',
  'a: 1\r\nb:\r\n  - 2\r\n  - c: 3\r\n',
  'key with spaces: value\n"quoted key": 1\n\'single\': 2\n',
  'a:\n  b:\n    c:\n      d: deep\n',
  'a: Æblø — "citat"\nb: ærø\n',
  '---\na: 1\n',
  'a: 1\n...\n',
  'a:\n- 1\n- 2\nb: 3\n',
  'a:    \n  b: 1\n',
];

/** Where the locator gives up and the full reader locates: shapes too rare to be worth matching. */
const GIVES_UP = ['{k: \n}\n', '{k:\n}\n', 'a:\n  -\n  - x\n', '- 1\n-\n- 2\n', 'a: |+\n  keep\n\n\nb: 1\n', 'a: &x\nb: 1\n', 'a: 1\n  ', 'a: 1\n  # no line break at the end', 'a: |\nb: 1\n'];

describe('fast positions (js-yaml with a listener)', () => {
  it('gives every key and value of the examples the full reader’s exact range', () => {
    for (const text of examples) expect(samePositions(text)).toBe(true);
  });

  it.each(CORNERS.map((c) => [JSON.stringify(c).slice(0, 60), c]))('agrees with the full reader on %s', (_, text) => {
    samePositions(text);
  });

  it('lines up on the common shapes (so it is used, not only correct)', () => {
    expect(CORNERS.filter((text) => !samePositions(text))).toEqual([]);
  });

  it.each(GIVES_UP.map((c) => [JSON.stringify(c), c]))('leaves %s to the full reader', (_, text) => {
    expect(fastParse(text, DEFAULT_LIMITS.maxDepth, DEFAULT_LIMITS.aliasAllowance).ok).toBe(true);
    expect(samePositions(text)).toBe(false);
  });

  it('gives up on the paths that do not line up only, and locates the rest of the file', () => {
    const text = 'a:\n  -\n  - x\nb: |+\n  keep\n\nc:\n  d: 1\n';
    const locate = readWithPositions(text, FAST_SCHEMA)!.locate;
    const full = parseYaml(text).parsed!;
    expect(locate(['a', 1])).toBeUndefined();
    expect(locate(['b'])).toBeUndefined();
    expect(locate(['c', 'd'])).toEqual(full.locate(['c', 'd']));
    expect(locate(['c', 'd'])).toEqual({ line: 8, column: 6, endLine: 8, endColumn: 7 });
    expect(locate(['c'], 'key')).toEqual(full.locate(['c'], 'key'));
    // validate locates such a path with the full reader.
    const report = validateSource(text, 'x.yaml', { withPositions: true });
    expect(report.locate?.(['a', 1])).toEqual(full.locate(['a', 1]));
  });

  it('agrees on random YAML-like text (fixed seed and a fresh one)', () => {
    const pieces = [':', ': ', ' ', '- ', '\n', '  ', '    ', '[', ']', '{', '}', ', ', '"', "'", '#', ' # c', '0101', '~', 'null', 'a', 'b', 'Æ', '&x ', '*x', '|', '>-', 'k: ', '\n  k: ', '\n- '];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));
    for (const params of [{ seed: 11, numRuns: 30000 }, { numRuns: Number(process.env.STRESS_RUNS ?? 3000) }]) fc.assert(fc.property(text, (t) => void samePositions(`a: 1\n${t}`)), params);
    for (const params of [{ seed: 12, numRuns: 30000 }, { numRuns: Number(process.env.STRESS_RUNS ?? 3000) }]) fc.assert(fc.property(text, (t) => void samePositions(t)), params);
  });

  it('gives validate the same findings and locations when read in one pass with the data (withPositions, as diff does)', () => {
    for (const text of [...examples, examples[0]!.replace('name:', 'nmae:'), examples[1]!.replace(/municipalities: \[/, 'municipalities: [Århuus, ')]) {
      const lazy = validateSource(text, 'x.yaml');
      const eager = validateSource(text, 'x.yaml', { withPositions: true });
      expect(eager.diagnostics).toEqual(lazy.diagnostics);
      for (const path of [['bodies', 0, 'name'], ['municipalities', 2], ['sources', 0]]) expect(eager.locate?.(path, 'key')).toEqual(lazy.locate?.(path, 'key'));
    }
  });
});
