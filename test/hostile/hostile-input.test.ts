import { spawnSync } from 'node:child_process';
import { copyFileSync, existsSync, mkdirSync, mkdtempSync, symlinkSync, truncateSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { main } from '../../src/cli/main.js';
import { validateSource } from '../../src/index.js';
import { HEADER } from '../rules/rule-tester.js';
import { ROOT } from '../cli/run-cli.js';

const BIN = join(ROOT, 'bin/govcheck.js');
const dir = mkdtempSync(join(tmpdir(), 'govcheck-hostile-'));

function file(name: string, content: string | Uint8Array): string {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
}

/**
 * Runs the real binary with a small heap and a time-out: a case that hangs or runs out of memory fails
 * here instead of stalling the suite. The time-out guards against hangs; it is not a speed check.
 */
function run(args: string[]) {
  const result = spawnSync(process.execPath, ['--max-old-space-size=256', BIN, ...args], { cwd: dir, encoding: 'utf8', timeout: 60_000, maxBuffer: 64 * 1024 * 1024, env: { ...process.env, NO_COLOR: '1' } });
  expect(result.error, 'the process must finish').toBeUndefined();
  expect(result.signal, 'the process must not be killed').toBeNull();
  expect(`${result.stdout}${result.stderr}`).not.toMatch(/\n\s+at .+:\d+:\d+\)?\n/);
  return { code: result.status, out: result.stdout, err: result.stderr };
}

/** The findings of a text as `line:col rule message`. */
const findings = (text: string | Uint8Array) => validateSource(text, 'case.yaml').diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`);

describe('input that cannot be read as one YAML 1.2 document exits 2 with a located diagnostic', () => {
  const deep = '- '.repeat(1000) + 'x\n';

  it('deep nesting, in one process again and again (validate f f, validate f g)', () => {
    const f = file('deep.yaml', deep);
    copyFileSync(f, join(dir, 'deep-copy.yaml'));
    for (const args of [['validate', 'deep.yaml', 'deep.yaml'], ['validate', 'deep.yaml', 'deep-copy.yaml'], ['render', 'deep.yaml'], ['diff', 'deep.yaml', 'deep.yaml'], ['diff', 'deep.yaml', 'deep-copy.yaml']]) {
      const { code, out, err } = run(args);
      expect(code, args.join(' ')).toBe(2);
      expect(`${out}${err}`).toContain('1:201  error  The YAML is nested more than 100 levels deep (the --max-depth limit).');
    }
  });

  it('deep nesting is accepted when --max-depth is raised (and the schema then speaks)', () => {
    file('deep30.yaml', '- '.repeat(30) + 'x\n');
    expect(run(['validate', 'deep30.yaml']).code).toBe(1);
    expect(run(['validate', 'deep30.yaml', '--max-depth', '20']).code).toBe(2);
  });

  it.each([
    ['an unknown alias', 'a: 1\nb: *nope\n', '2:4 yaml The alias *nope has no anchor &nope before it.'],
    ['an alias inside its own anchor', 'a: &x [1, *x]\n', '1:11 yaml The alias *x is inside its own anchor &x, which would repeat it for ever.'],
    ['a syntax error', 'govcheck: 1\nid: [a, b\nname: x\n', '3:1 yaml Flow sequence in block collection must be sufficiently indented and end with a ].'],
    ['a duplicate key', 'a: 1\nb: 2\na: 3\n', '3:1 yaml The key "a" appears twice in this map; keep one.'],
    ['2023 and "2023"', '2023: a\n"2023": b\n', '2:1 yaml The key "2023" appears twice in this map; keep one.'],
    ['a %YAML 1.1 line', '%YAML 1.1\n---\na: yes\n', '1:1 yaml govcheck reads YAML 1.2 only, where `yes` stays text and `0301` is the number 301. Remove the %YAML line.'],
    ['!!timestamp', 'a: !!timestamp 2024-01-01\n', '1:16 yaml The tag !!timestamp is not supported; write the value as plain text.'],
    ['!!binary', 'a: !!binary aGVsbG8=\n', '1:13 yaml The tag !!binary is not supported; write the value as plain text.'],
    ['!!set', 'a: !!set {x}\n', '1:10 yaml The tag !!set is not supported; write the value as plain text.'],
    ['a custom tag', 'a: !evil x\n', '1:4 yaml The tag !evil is not supported; write the value as plain text.'],
    ['two documents', 'a: 1\n---\nb: 2\n', '2:1 yaml A structure file holds one YAML document, but a second one starts here (after ---). Split it into two files.'],
    ['an empty file', '', '1:1 yaml The file is empty. A structure file starts with `govcheck: 1`.'],
    ['comments only', '# nothing\n# here\n', '1:1 yaml The file is empty. A structure file starts with `govcheck: 1`.'],
    ['a tab in the indentation', 'a:\n\tb: 1\n', '2:1 yaml Tabs are not allowed as indentation.'],
    ['a complex key', '? [a, b]\n: c\n', '1:3 yaml Keys must be plain text, not lists, maps or aliases.'],
    ['a merge key', 'a: &x {b: 1}\nc:\n  <<: *x\n', '3:3 yaml Merge keys (<<) belong to YAML 1.1, which govcheck does not read. Write the keys out, or use an alias (*name) for the whole value.'],
    ['a NUL character', 'a\u0000b: 1\n', '1:2 yaml The file contains the control character U+0000, which YAML does not allow. Remove it (is this a binary file?).'],
    ['an ANSI escape in the text', 'name: "x"\nid: \u001b[31mred\n', '2:5 yaml The file contains the control character U+001B, which YAML does not allow. Remove it (is this a binary file?).'],
  ])('%s', (_, text, expected) => {
    expect(findings(text)).toEqual([expected]);
    expect(validateSource(text, 'case.yaml').diagnostics[0]!.fatal).toBe(true);
  });

  it('an alias bomb, at the alias that crosses the budget, raisable with --max-alias-expansion', () => {
    const lines = ['a: &a [' + Array(9).fill('"lol"').join(',') + ']'];
    const names = 'abcdef';
    for (let i = 1; i < names.length; i++) lines.push(`${names[i]}: &${names[i]} [${Array(9).fill(`*${names[i - 1]}`).join(',')}]`);
    file('bomb.yaml', lines.join('\n') + '\n');
    const { code, out } = run(['validate', 'bomb.yaml']);
    expect(code).toBe(2);
    expect(out).toMatch(/5:\d+ +error +Aliases here expand the document far beyond its own size \(an alias bomb, over the --max-alias-expansion limit\)/);
  });

  it.each([
    ['Latin-1', new Uint8Array([...Buffer.from('name: K'), 0xf8, ...Buffer.from('benhavn\n')]), '1:8 yaml The file is not valid UTF-8 (byte 0xF8); it may be saved as Latin-1 or Windows-1252. Save it as UTF-8.'],
    ['UTF-16', new Uint8Array([0xff, 0xfe, 0x61, 0x00, 0x3a, 0x00]), '1:1 yaml The file is UTF-16 encoded. Save it as UTF-8.'],
    ['a binary file named .yaml', new Uint8Array([0x7f, 0x45, 0x4c, 0x46, 0x02, 0x01, 0x01, 0x00, 0x00, 0x00]), '1:1 yaml The file contains the control character U+007F, which YAML does not allow. Remove it (is this a binary file?).'],
  ])('%s', (_, bytes, expected) => {
    expect(findings(bytes)).toEqual([expected]);
  });

  it('a file over the size limit is refused before it is read, naming the limit', () => {
    const big = file('big.yaml', '');
    truncateSync(big, 17 * 1024 * 1024);
    const { code, out } = run(['validate', 'big.yaml']);
    expect(code).toBe(2);
    expect(out).toContain('The file is 17.0 MiB, over the --max-file-size limit of 16.0 MiB. Split it into smaller structures, or raise --max-file-size.');
    expect(run(['validate', 'big.yaml', '--max-file-size', '32']).out).toContain('control character U+0000');
  });

  it('a FIFO, a link to /dev/zero and a folder named .yaml are refused without reading', () => {
    spawnSync('mkfifo', [join(dir, 'fifo.yaml')]);
    symlinkSync('/dev/zero', join(dir, 'zero.yaml'));
    mkdirSync(join(dir, 'folder.yaml'));
    for (const name of ['fifo.yaml', 'zero.yaml']) {
      const { code, out } = run(['validate', name]);
      expect(code, name).toBe(2);
      expect(out).toContain(`${name} is not a regular file.`);
    }
    expect(run(['validate', join(dir, 'folder.yaml')]).out).toContain('holds no .yaml or .yml files');
  });

  it('a folder with a symbolic link loop is walked once', () => {
    const loop = join(dir, 'loop');
    mkdirSync(loop);
    symlinkSync(loop, join(loop, 'again'));
    writeFileSync(join(loop, 'a.yaml'), `${HEADER}`);
    const { code, out } = run(['validate', 'loop']);
    expect(out).toBe('✔ 1 file checked, no problems\n');
    expect(code).toBe(0);
  });

  it('a file that does not exist', () => {
    const { code, out } = run(['validate', 'missing.yaml']);
    expect(code).toBe(2);
    expect(out).toContain('missing.yaml does not exist.');
  });
});

describe('readable files that break the schema or the rules exit 1', () => {
  it.each([
    ['a scalar at the root', 'just text\n', '1:1 schema The file must be a map of keys and values, but it is the text "just text".'],
    ['a list at the root', '- a\n- b\n', '1:1 schema The file must be a map of keys and values, but it is a list.'],
    ['an impossible date', HEADER.replace('"2023-04-21"', '"2023-02-30"'), '4:7 schema "date" must be a real date written YYYY-MM-DD, like 2023-04-21; "2023-02-30" is not.'],
  ])('%s', (_, text, expected) => {
    expect(findings(text)).toEqual([expected]);
  });

  it('__proto__, constructor and toString keys are data, reported as unknown keys', () => {
    const found = findings(`${HEADER}__proto__: { polluted: true }\nconstructor: x\ntoString: y\n`);
    expect(found.map((f) => f.split(' Allowed')[0])).toEqual([
      '8:1 schema Unknown key "__proto__".',
      '9:1 schema Unknown key "constructor".',
      '10:1 schema Unknown key "toString".',
    ]);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });

  it('required keys are not satisfied by a polluted Object.prototype', () => {
    const proto = Object.prototype as Record<string, unknown>;
    proto.govcheck = 1;
    try {
      expect(findings(HEADER.replace('govcheck: 1\n', ''))).toEqual(['1:1 schema The file has no "govcheck"; add it.']);
    } finally {
      delete proto.govcheck;
    }
  });

  it('leading-zero codes are municipalities; a confusable name gets a suggestion', () => {
    expect(findings(`${HEADER}municipalities: ["0101", 101, "0461"]\n`)).toEqual([]);
    // "Оdense" with a Cyrillic capital O (U+041E).
    expect(findings(`${HEADER}municipalities: [\u041edense]\n`)).toEqual(['8:18 no-unknown-municipality "\u041edense" is not a Danish municipality. Did you mean Odense?']);
  });

  it('very long keys and strings are reported briefly and quickly', () => {
    expect(findings(`${HEADER}${'k'.repeat(100_000)}: 1\n`)).toEqual([
      '8:1 yaml The : indicator must be at most 1024 chars after the start of an implicit block mapping key.',
    ]);
    const found = findings(`${HEADER}bodies:\n  - id: a\n    name: A\n    kind: "${'x'.repeat(1_000_000)}"\n`);
    expect(found).toEqual([`11:11 schema "kind" must be one of: political, administrative, mixed; "${'x'.repeat(57)}..." is not.`]);
    expect(findings(`${HEADER}bodies:\n  - id: "${'a'.repeat(1_000_000)}!"\n    name: A\n`)[0]).toMatch(/^9:9 schema "id" must be an id/);
  });

  it('a legitimate file with more than 100 aliases passes', () => {
    const bodies = Array.from({ length: 150 }, (_, i) => `  - { id: b${i}, name: B${i}, municipalities: *alle }`).join('\n');
    expect(findings(`${HEADER}municipalities: &alle [Odense, Kolding]\nbodies:\n${bodies}\n`)).toEqual([]);
  });

  it('bare CR, CRLF and a BOM give the same positions as LF', () => {
    const lf = `${HEADER}nmae: x\n`;
    const expected = ['8:1 schema Unknown key "nmae". Did you mean "name"?'];
    expect(findings(lf)).toEqual(expected);
    expect(findings(lf.replace(/\n/g, '\r\n'))).toEqual(expected);
    expect(findings(lf.replace(/\n/g, '\r'))).toEqual(expected);
    expect(findings(`\ufeff${lf}`)).toEqual(expected);
  });
});

describe('output stays whole and safe', () => {
  it('a report far over 128 KiB reaches a pipe whole', () => {
    const bodies = Array.from({ length: 3000 }, (_, i) => `  - { id: b${i}, name: B${i}, kind: politcal }`).join('\n');
    file('many.yaml', `${HEADER}bodies:\n${bodies}\n`);
    const { code, out } = run(['validate', 'many.yaml', '--format', 'json']);
    expect(code).toBe(1);
    expect(out.length).toBeGreaterThan(512 * 1024);
    expect(JSON.parse(out).summary.errors).toBe(3000);
  });

  it('terminal output shows control characters from names as escapes', () => {
    file('evil.yaml', `${HEADER}municipalities: ["Oden\\u202ese\\u0007"]\n`);
    const { out } = run(['validate', 'evil.yaml']);
    expect(out).toContain('"Oden\\u202ese\\u0007" is not a Danish municipality');
    expect(out).not.toMatch(/[\u202e\u0007]/);
  });

  it('render and diff write nothing when a structure has errors', () => {
    file('broken.yaml', `${HEADER}nmae: x\n`);
    const { code } = run(['render', 'broken.yaml', '-o', 'out.md']);
    expect(code).toBe(1);
    expect(existsSync(join(dir, 'out.md'))).toBe(false);
    const diff = run(['diff', 'broken.yaml', 'broken.yaml']);
    expect(diff.code).toBe(1);
    expect(diff.out).toBe('');
  });

  it('an internal error exits 2 with one line and a hint, and the stack only with --debug', async () => {
    const io = (stderr: string[]) => ({
      stdout: () => {
        throw new Error('disk on fire');
      },
      stderr: (t: string) => void stderr.push(t),
      env: {},
      stdoutIsTTY: false,
      cwd: ROOT,
    });
    const quiet: string[] = [];
    expect(await main(['validate', 'examples/6-by-2007.yaml'], io(quiet))).toBe(2);
    expect(quiet.join('')).toBe('govcheck: internal error: disk on fire. Rerun with --debug for details, and please report it with the file that caused it.\n');
    const loud: string[] = [];
    expect(await main(['validate', 'examples/6-by-2007.yaml', '--debug'], io(loud))).toBe(2);
    expect(loud.join('')).toMatch(/\n\s+at /);
  });

  it('prints at most --max-findings findings and says how many more there are', () => {
    const bodies = Array.from({ length: 30 }, (_, i) => `  - { id: b${i}, name: B${i}, kind: politcal }`).join('\n');
    file('thirty.yaml', `${HEADER}bodies:\n${bodies}\n`);
    const { out } = run(['validate', 'thirty.yaml', '--max-findings', '5']);
    expect(out.match(/ error {2}/g)).toHaveLength(5);
    expect(out).toContain('… and 25 more findings not shown. Raise --max-findings, or use --format json for all of them.');
    expect(out).toContain('✖ 30 problems (30 errors, 0 warnings) in 1 file');
  });
});
