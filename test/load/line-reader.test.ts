import fc from 'fast-check';
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { readLines } from '../../src/load/line-reader.js';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { documents } from './random-documents.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml')).map((f) => readFileSync(EXAMPLES + f, 'utf8'));

/** Keys in the order they were written, all the way down: validate reports in that order. */
function keyOrder(value: unknown): unknown {
  if (Array.isArray(value)) return value.map(keyOrder);
  if (value === null || typeof value !== 'object') return value;
  return Object.entries(value).map(([k, v]) => [k, keyOrder(v)]);
}

function hasNonFinite(value: unknown): boolean {
  if (typeof value === 'number') return !Number.isFinite(value);
  if (value === null || typeof value !== 'object') return false;
  return Object.values(value).some(hasNonFinite);
}

/** Wherever the line reader answers, the full reader accepts the text and gives the same data, in the same order. */
function agree(text: string): boolean {
  const lines = readLines(text, 100);
  if (!lines) return false;
  const full = parseYaml(text);
  // The full reader reports numbers that are not finite: the line reader leaves them to it.
  expect(hasNonFinite(lines.data), JSON.stringify(text)).toBe(false);
  expect(full.problems, `the full reader must accept what the line reader takes: ${JSON.stringify(text)}`).toEqual([]);
  const data = full.parsed!.data;
  expect(lines.data, JSON.stringify(text)).toStrictEqual(data);
  expect(keyOrder(lines.data), JSON.stringify(text)).toEqual(keyOrder(data));
  return true;
}

/** What the line reader takes, each with what the full reader makes of it. */
const TAKEN = [
  'a: 1\nb: -2\nc: 0101\nd: 0o17\ne: 0x1F\nf: 1e3\ng: .5\nh: +12\ni: -0\nj: 1.\nk: 1_000\nl: 0b101\n',
  'a: ~\nb: null\nc: Null\nd:\ne: true\nf: False\ng: yes\nh: no\ni: tRue\nj: 2023-04-21\nk: 12:30\n',
  '---\n# comment\na: text with spaces # and a comment\nb: text#not-a-comment\nc: "quoted # not a comment"\n',
  "a: 'it''s'\nb: \"tab\\there \\\"q\\\" back\\\\slash \\/ nl\\n\"\nc: ''\nd: \"\"\ne: 'x' # c\n",
  'a: https://example.invalid/a:b?c=d#e\nb: Foo [bar] {baz}, qux\nc: 6-by\'s "samarbejde"\nd: -x\ne: a -b\n',
  'a:\n  b:\n    c: 1\n  d: [1, 2]\ne:\n- x\n- y\nf: z\n',
  'list:\n  - a\n  - b: 1\n    c: 2\n  -   d: 3\n  -\n    e: 4\n  - # note\n    f: 5\n  -\n  - [x, "y", 3]\n  - {k: v}\n',
  'a: |\n  line one\n    indented\n\n  after blank\nb: |-\n  stripped\n\n\nc: >\n  folded\n  text\n\n  new paragraph\n\n\n  two blanks\nd: >-\n  x\n',
  'a: |\nb: >-\nc: 1\n',
  'l:\n- a: |\n    in a list\n  b: 2\n- |\n  bare\n',
  'flow: [a, b,\n   c, d]\nmap: {a: 1,\n  b: [x, {y: z}], c: {}}\nempty: []\nnested: [[1, 2], [], {a: [b]}]\n',
  'a: &x {k: v}\nb: *x\nc: &y\n  d: 1\ne: *y\nf: &s scalar\ng: *s\nh: &l\n- 1\ni:\n  - *x\n',
  'a: &t >-\n  anchored\n  text\nb: *t\n',
  'keys with spaces: 1\næøå: ÆØÅ\nconstructor: 2\ntoString: 3\n',
  'a:   spaced   \nb:   \n',
  'a: "æ\\"\\\\"\n',
  '- a\n',
  'x',
  '',
];

/** What it leaves to the others: each is either not YAML, or YAML it does not read itself. */
const LEFT = [
  'a:\tb\n', 'a: 1\r\nb: 2\r\n', '\ufeffa: 1\n', 'a: !!str 1\n', '%YAML 1.2\n---\na: 1\n', 'a: 1\n---\nb: 2\n', 'a: 1\n...\n',
  '--- a: 1\n', '---\n---\na: 1\n', 'a: |+\n  keep\n', 'a: |2\n   x\n', 'a: >\n  x\n    more\n  y\n', 'a: |\n\n  leading blank\n',
  'a: |\n  x\n    \n  y\n', 'a: b\n  continued\n', 'a: "runs\n  on"\n', "a: 'runs\n  on'\n", 'a: 1\na: 2\n', '"a": 1\n', "'a': 1\n",
  '__proto__: 1\n', '<<: {a: 1}\n', '? a\n: b\n', '[a]: b\n', '{a: 1}: b\n', '*x : 1\n', 'a: *x\n', 'a: &x 1\nb: &x 2\n', 'a: &x\nb: 1\n',
  'a: "\\x41"\n', 'a: .inf\n', 'a: -.Inf\n', 'a: 1e400\n', 'a: [.nan]\n', `${'k'.repeat(1001)}: 1\n`, `a: {${'k'.repeat(1001)}: 1}\n`, 'a: "\\u00e6"\n', 'a: [*x]\n', '"not": here\n', 'a: |\nb: >-\n\nc: 1\n', 'a: [b, # c\n  d]\n', 'a: [b,\nc]\n', 'a: [b\n  , c]\n', 'a: [b, c] d\n', 'a: "x" y\n', 'a: b: c\n', 'a: b:\n',
  '- a\n- b\n', 'a: - b\n', 'a:\n  - b\n  c: 1\n', 'a: 1\n b: 2\n', 'a: [a, ]\n', 'a: {b}\n', 'a: {b:c}\n', 'a: {b: }\n', 'a: [a: b]\n',
  'null: 1\n', 'true: 1\n', '1: a\n', 'a,b: 1\n', 'a : 1\n', 'a: #c\n  - b\n  c: 1\n', 'a: @x\n', 'a: `x`\n', 'a: %x\n', 'a: ?x\n',
  'a: &x *y\n', 'a: &x &y 1\n', '- &x a: 1\n', '- - a\n', '  a: 1\n', 'a:\n  b\n', 'a: >\n  x\n\n    y\n',
];

describe('the line reader', () => {
  it('takes every example and gives the full reader’s data', () => {
    for (const text of examples) expect(agree(text), text.slice(0, 80)).toBe(true);
  });

  it.each(TAKEN.map((t) => [JSON.stringify(t).slice(0, 60), t]))('takes %s as the full reader reads it', (_, text) => {
    if (text === '' || text === 'x' || text === '- a\n') expect(readLines(text, 100)).toBeUndefined();
    else expect(agree(text)).toBe(true);
  });

  it.each(LEFT.map((t) => [JSON.stringify(t).slice(0, 60), t]))('leaves %s to the other readers', (_, text) => {
    expect(readLines(text, 100)).toBeUndefined();
  });

  it('hands out an anchored object as one object wherever its aliases are, and names it as shared', () => {
    const read = readLines('a: &x {k: [1]}\nb: *x\nc:\n  - *x\n', 100)!;
    const data = read.data as { a: object; b: object; c: object[] };
    expect(data.b).toBe(data.a);
    expect(data.c[0]).toBe(data.a);
    expect([...read.shared]).toEqual([data.a]);
  });

  it('stops at its depth cap instead of running out of stack', () => {
    const deep = Array.from({ length: 5000 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
    expect(readLines(deep, 100)).toBeUndefined();
    expect(readLines(deep, 1_000_000)).toBeUndefined();
    const fine = Array.from({ length: 50 }, (_, i) => `${' '.repeat(i)}k:`).join('\n') + ' 1\n';
    expect(readLines(fine, 100)).toBeDefined();
    expect(readLines(fine, 49)).toBeUndefined();
  });

  it('agrees with the full reader on random documents written in many styles, and on their edits (fixed seed and a fresh one)', () => {
    let taken = 0;
    const check = (text: string) => {
      if (agree(text)) taken++;
    };
    for (const params of [{ seed: 21, numRuns: 6000 }, { numRuns: 1000 }]) fc.assert(fc.property(documents, check), params);
    // The generator must reach the reader's own ground, not only what it leaves.
    expect(taken).toBeGreaterThan(2500);
  });
});
