import { describe, expect, it } from 'vitest';
import { parseYaml } from '../../src/load/parse-yaml.js';
import { validateSource } from '../../src/index.js';
import { findings } from '../helpers.js';

function problems(text: string) {
  return parseYaml(text).problems.map((p) => `${p.range.line}:${p.range.column} ${p.message}`);
}

describe('parseYaml', () => {
  it('reads plain data with YAML 1.2 core types: dates and leading-zero codes as written', () => {
    const { parsed } = parseYaml('date: 2007-11-02\ncode: "0101"\nnumber: 0101\nflag: yes\n');
    expect(parsed?.data).toEqual({ date: '2007-11-02', code: '0101', number: 101, flag: 'yes' });
  });

  it('places a syntax error at its line and column', () => {
    expect(problems('govcheck: 1\nid: [a, b\nname: x\n')).toEqual([
      '3:1 Flow sequence in block collection must be sufficiently indented and end with a ].',
    ]);
  });

  it('reports a duplicate key at the second occurrence', () => {
    expect(problems('govcheck: 1\nid: a\nname: x\nid: b\n')).toEqual(['4:1 The key "id" appears twice in this map; keep one.']);
  });

  it('treats the keys 2023 and "2023" as the same key', () => {
    expect(problems('2023: a\n"2023": b\n')).toEqual(['2:1 The key "2023" appears twice in this map; keep one.']);
  });

  it('reports an alias without an anchor at the alias', () => {
    expect(problems('a: 1\nb: *nope\n')).toEqual(['2:4 The alias *nope has no anchor &nope before it.']);
  });

  it('reports an alias inside its own anchor instead of building a circular object', () => {
    expect(problems('a: &x [1, *x]\n')).toEqual(['1:11 The alias *x is inside its own anchor &x, which would repeat it for ever.']);
  });

  it('stops an alias bomb at the alias that crosses the budget', () => {
    const levels = ['a: &a [' + Array(9).fill('"lol"').join(',') + ']'];
    for (const [prev, name] of [['a', 'b'], ['b', 'c'], ['c', 'd'], ['d', 'e'], ['e', 'f']]) {
      levels.push(`${name}: &${name} [${Array(9).fill(`*${prev}`).join(',')}]`);
    }
    const result = problems(levels.join('\n') + '\n');
    expect(result).toHaveLength(1);
    expect(result[0]).toMatch(/^5:\d+ Aliases here expand the document far beyond its own size/);
  });

  it('accepts aliases that only repeat a few values', () => {
    const { parsed, problems: found } = parseYaml('a: &who { municipality: Odense }\nb: *who\nc: *who\n');
    expect(found).toEqual([]);
    expect(parsed?.data).toEqual({ a: { municipality: 'Odense' }, b: { municipality: 'Odense' }, c: { municipality: 'Odense' } });
  });

  it('refuses deep nesting with a position, and again on a second parse in the same process', () => {
    const deep = '- '.repeat(1000) + 'x\n';
    for (let i = 0; i < 3; i++) {
      expect(problems(deep)).toEqual([
        '1:201 The YAML is nested more than 100 levels deep (the --max-depth limit). A structure file never needs that; check the indentation here, or raise --max-depth.',
      ]);
    }
    const flow = '['.repeat(20000) + ']'.repeat(20000);
    expect(problems(flow)[0]).toMatch(/^1:101 The YAML is nested more than 100 levels deep/);
  });

  it('refuses a second document', () => {
    expect(problems('a: 1\n---\nb: 2\n')).toEqual([
      '2:1 A structure file holds one YAML document, but a second one starts here (after ---). Split it into two files.',
    ]);
  });

  it('refuses a %YAML 1.1 directive instead of letting it retype values', () => {
    expect(problems('%YAML 1.1\n---\na: 0301\n')).toEqual([
      '1:1 govcheck reads YAML 1.2 only, where `yes` stays text and `0301` is the number 301. Remove the %YAML line.',
    ]);
  });

  it('refuses tags that would make dates, binaries or sets', () => {
    expect(problems('a: !!timestamp 2024-01-01\n')).toEqual(['1:16 The tag !!timestamp is not supported; write the value as plain text.']);
    expect(problems('a: !!binary aGVsbG8=\n')).toEqual(['1:13 The tag !!binary is not supported; write the value as plain text.']);
    expect(problems('a: !!set {x}\n')).toEqual(['1:10 The tag !!set is not supported; write the value as plain text.']);
  });

  it('refuses an empty file', () => {
    expect(problems('')).toEqual(['1:1 The file is empty. A structure file starts with `govcheck: 1`.']);
    expect(problems('# only a comment\n')).toEqual(['1:1 The file is empty. A structure file starts with `govcheck: 1`.']);
  });

  it('keeps a __proto__ key as data without touching any prototype', () => {
    const { parsed } = parseYaml('__proto__: { polluted: true }\n');
    const data = parsed?.data as Record<string, unknown>;
    expect(Object.getPrototypeOf(data)).toBe(Object.prototype);
    expect(Object.keys(data)).toEqual(['__proto__']);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('locates keys and values, and the nearest existing ancestor for a missing path', () => {
    const { parsed } = parseYaml('bodies:\n  - id: a\n    name: A\n');
    expect(parsed?.locate(['bodies', 0, 'name'], 'key')).toEqual({ line: 3, column: 5, endLine: 3, endColumn: 9 });
    expect(parsed?.locate(['bodies', 0, 'name'])).toEqual({ line: 3, column: 11, endLine: 3, endColumn: 12 });
    expect(parsed?.locate(['bodies', 0, 'missing']).line).toBe(2);
  });
});

describe('line endings and byte order marks', () => {
  it('reads CRLF files with the same positions as LF files', () => {
    const lf = 'govcheck: 1\nid: t\nname: T\ndate: "2020-01-01"\nsources: [{id: s, title: S}]\nnmae: x\n';
    expect(findings(lf.replace(/\n/g, '\r\n'))).toEqual(findings(lf));
    expect(findings(lf)).toEqual(['6:1 schema Unknown key "nmae". Did you mean "name"?']);
  });

  it('reads a UTF-8 byte order mark without shifting columns', () => {
    const text = 'govcheck: 1\nid: t\nname: T\ndate: "2020-01-01"\nsources: [{id: s, title: S}]\nnmae: x\n';
    const bytes = new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode(text)]);
    expect(validateSource(bytes, 'bom.yaml').diagnostics.map((d) => `${d.line}:${d.column}`)).toEqual(['6:1']);
    expect(findings(`\ufeff${text}`)).toEqual(['6:1 schema Unknown key "nmae". Did you mean "name"?']);
  });
});
