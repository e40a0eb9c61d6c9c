import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateSource } from '../../src/index.js';
import { BLOCK_SCALAR_HEADER, fastParse, isSimpleLine, notForFastPath, scanLine } from '../../src/load/fast-parse.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { DEFAULT_LIMITS } from '../../src/limits.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(EXAMPLES + f, 'utf8'));

/** Texts that probe where js-yaml and the `yaml` package could disagree. */
const CORNERS = [
  'a: 0101\nb: 0o17\nc: 0x1F\nd: 0b101\ne: 1_000\nf: 1e3\ng: .5\nh: 1.\ni: +12\nj: -0\n',
  'a: yes\nb: no\nc: on\nd: True\ne: TRUE\nf: tRue\ng: ~\nh: Null\ni:\nj: null\n',
  'a: 2007-11-02\nb: 2024-02-30\nc: 12:30:00\nd: 1:20\n',
  'a: .inf\nb: -.Inf\nc: .NaN\n',
  'a: "x\\ty"\nb: \'it\'\'s\'\nc: |\n  two\n  lines\nd: >-\n  folded\n  text\n',
  '2023: a\n"2024": b\n',
  'a: 1\na: 2\n',
  'a: &x 1\nb: *x\n',
  '\n  k: &x :\n',
  'k: &x\n  : v\n',
  '<<: {a: 1}\n',
  '? a\n: b\n',
  '{[a, b]: c}\n',
  '[a]: b\n',
  '- [a, b]: c\n',
  '%YAML 1.2\n---\na: 1\n',
  'a: 1\r\nb: 2\r\n',
  'a: 1\rb: 2\r',
  'a: !!str 1\n',
  'a: 1\n---\nb: 2\n',
  '',
  '# only\n',
  'just text\n',
  '- a\n- b\n',
  '__proto__: {x: 1}\nconstructor: 2\n',
  'a: [1, 2, {b: c}]\nd: {e: [f, g]}\n',
  'a: "quoted: colon"\nb: \'single # not a comment\'\nc: value # comment\n',
  'key with spaces: value\n"quoted key": 1\n',
  'a:\n  - b: 1\n    c: 2\n  - d\n',
  '- '.repeat(150) + 'x\n',
  '['.repeat(150) + ']'.repeat(150) + '\n',
  'a: "\\u00e6\\u00f8\\u00e5"\nb: Ærø\n',
  '\tÆ',
];

/**
 * Both readers must agree wherever the fast one answers with a map, the only data validate takes from
 * it (anything else fails the schema and is read again by the full reader).
 */
function agree(text: string): void {
  const fast = fastParse(text, DEFAULT_LIMITS.maxDepth, DEFAULT_LIMITS.aliasAllowance);
  if (!fast.ok || typeof fast.data !== 'object' || Array.isArray(fast.data)) return;
  const slow = parseYaml(text);
  expect(slow.problems, `the full reader must accept what the fast one accepts: ${JSON.stringify(text)}`).toEqual([]);
  expect(fast.data, JSON.stringify(text)).toEqual(slow.parsed!.data);
}

describe('the fast parse path', () => {
  it('takes the examples (anchors and aliases included) and gives the same data as the full reader', () => {
    for (const text of examples) {
      expect(fastParse(text, DEFAULT_LIMITS.maxDepth, DEFAULT_LIMITS.aliasAllowance).ok).toBe(true);
      agree(text);
    }
  });

  it.each(CORNERS.map((c) => [JSON.stringify(c).slice(0, 60), c]))('agrees with the full reader on %s', (_, text) => {
    agree(text);
  });

  it('leaves alias cycles and bombs, merge keys, complex keys, directives, duplicates and lone CRs to the full reader', () => {
    const bomb = ['a: &a [' + Array(9).fill('"lol"').join(',') + ']'];
    for (const [p, n] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f']]) bomb.push(`${n}: &${n} [${Array(9).fill(`*${p}`).join(',')}]`);
    for (const text of [bomb.join('\n'), 'a: &x [1, *x]\n', '*x : 1\n', 'a: *nope\n', '<<: {a: 1}\n', '? a\n: b\n', '{[a, b]: c}\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\na: 2\n', 'a: 1\rb: 2\r', 'a: .inf\n', '\tÆ', 'a:\tb\n']) {
      for (const withPositions of [false, true]) {
        expect(fastParse(text, DEFAULT_LIMITS.maxDepth, DEFAULT_LIMITS.aliasAllowance, withPositions).ok, JSON.stringify(text)).toBe(false);
      }
    }
  });

  it('measures a shared value once, through whichever anchor it was read (anchors redefined included)', () => {
    // The inner list is shared 9 x 9 times: within the budget only if each alias's value counts once.
    const nested = 'a: &a [[1, 2, 3, 4, 5, 6, 7, 8]]\nb: &b [' + Array(9).fill('*a').join(', ') + ']\nc: [' + Array(9).fill('*b').join(', ') + ']\n';
    const redefined = 'a: &x [1, 2]\nb: *x\nc: &x {k: [3]}\nd: *x\ne: [*x, *x]\n';
    for (const text of [nested, redefined]) {
      for (const withPositions of [false, true]) {
        expect(fastParse(text, DEFAULT_LIMITS.maxDepth, DEFAULT_LIMITS.aliasAllowance, withPositions).ok, JSON.stringify(text)).toBe(true);
        expect(fastParse(text, DEFAULT_LIMITS.maxDepth, 0, withPositions).ok, JSON.stringify(text)).toBe(text === redefined);
      }
      agree(text);
    }
  });

  it('refuses exactly the syntax one pattern over the whole text refused (its guarded checks are only faster)', () => {
    const ONE_PATTERN = /\t|(?:^|[\s[{,])![^\s,\]}]|(?:^|[\s[{,?-])\*[^\s,\]}]+\s*:|&[^\s,\]}]+\s+[*&]|&[^\s,\]}]+ +[^\s{[][^\n]*:(?:\s|$)|&[^\s,\]}]+\s+:(?:\s|$)|(?:^|[\s[{,-])\?(?:\s|$)|^%|<<|\r(?!\n)|\{\s*[[{]|,\s*\[|[\]}]\s*:|["'[\]{},]#/m;
    const text = fc.array(fc.constantFrom(...'\t!*&?%<\r\n{[]},#"\': ab-\u00a0'), { maxLength: 30 }).map((c) => c.join(''));
    for (const params of [{ seed: 13, numRuns: 50000 }, { numRuns: 5000 }]) fc.assert(fc.property(text, (t) => notForFastPath(t) === ONE_PATTERN.test(t)), params);
    for (const t of examples) expect(notForFastPath(t)).toBe(false);
  });

  it('passes over a line at once only where the line scan finds no token left open and no block scalar', () => {
    const pieces = ['- ', 'key', ': ', ':', '"', "'", "''", '\\', '[', ']', '{', '}', ',', '#', ' #', '|', '>', ' ', 'a', 'b c', '-', '&', '*', '!', '?', '\r', '\t', '1', 'æ'];
    const line = fc.array(fc.constantFrom(...pieces), { maxLength: 14 }).map((p) => p.join(''));
    const sound = (l: string) => !isSimpleLine(l) || (scanLine(l, 0, l.length, 0) === 0 && !BLOCK_SCALAR_HEADER.test(l));
    for (const params of [{ seed: 14, numRuns: 100000 }, { numRuns: 10000 }]) fc.assert(fc.property(line, sound), params);
    // And it does pass the usual lines.
    for (const l of ['    - name: "Sundhedsklynge Nord"', "  title: 'KKR''s aftale'", '  municipalities: [Aarhus, Odense]', '- "x" # note']) expect(isSimpleLine(l)).toBe(true);
    for (const l of ['  note: "runs on', '  purpose: |', "  title: 6-by's", '  list: [a,', '  a: "x" # |']) expect(isSimpleLine(l)).toBe(false);
  });

  it('agrees on random YAML-like text (fixed seed and a fresh one)', () => {
    const pieces = [':', ' ', '- ', '\n', '  ', '[', ']', '{', '}', ',', '"', "'", '#', '0101', '0x1F', '0o7', '1e3', '.5', 'yes', '~', 'null', 'a', 'b', 'Æ', '&x ', '*x', '? ', '<<', '|', '>', '\t', '\r'];
    const text = fc.array(fc.constantFrom(...pieces), { maxLength: 40 }).map((p) => p.join(''));
    // Many runs on fixed seeds; fewer on a fresh seed each time (printed on failure, to replay).
    for (const params of [{ seed: 7, numRuns: 40000 }, { numRuns: 3000 }]) fc.assert(fc.property(text, (t) => agree(`a: 1\n${t}`)), params);
    for (const params of [{ seed: 8, numRuns: 40000 }, { numRuns: 3000 }]) fc.assert(fc.property(text, (t) => agree(t)), params);
  });

  it('gives validate the same findings with and without it on random structures (fixed seed and a fresh one)', () => {
    const pieces = [' ', '\n', '  ', '- ', ':', '#', '"', '[', ']', '{', '}', ',', 'x', '0101', 'yes', '|', '>', 'name: ', 'bodies:\n  - id: a\n    name: ', 'kind: '];
    const tail = fc.array(fc.constantFrom(...pieces), { maxLength: 25 }).map((p) => p.join(''));
    const head = 'govcheck: 1\nid: t\nname: T\ndate: "2023-04-21"\nsources: [{id: s, title: S}]\n';
    for (const params of [{ seed: 9 }, {}]) {
      fc.assert(
        fc.property(tail, (t) => {
          expect(validateSource(head + t, 'x.yaml').diagnostics).toEqual(validateSource(head + t, 'x.yaml', { fastParse: false }).diagnostics);
        }),
        { numRuns: 1500, ...params },
      );
    }
  });

  it('gives validate the same findings with and without it', () => {
    const mutated = examples.flatMap((t) => [t, t.replace('name:', 'nmae:'), t.replace(/municipalities: \[/, 'municipalities: [Århuus, ')]);
    for (const text of [...mutated, ...CORNERS]) {
      expect(validateSource(text, 'x.yaml').diagnostics).toEqual(validateSource(text, 'x.yaml', { fastParse: false }).diagnostics);
    }
  });
});
