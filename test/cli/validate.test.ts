import { mkdtempSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('govcheck validate (the built binary)', () => {
  it('passes every example with exit code 0', () => {
    const { code, stdout, stderr } = runCli(['validate', 'examples']);
    expect(stderr).toBe('');
    expect(stdout).toMatch(/^✔ \d+ files checked, no problems\n$/);
    expect(code).toBe(0);
  });

  it('reports a misspelt key at file:line:col with a suggestion and exits 1', () => {
    const { code, stdout } = runCli(['validate', 'test/fixtures/misspelt-key.yaml']);
    expect(code).toBe(1);
    expect(stdout).toBe(
      [
        'test/fixtures/misspelt-key.yaml',
        '  10:5  error  Unknown key "nmae". Did you mean "name"?  schema',
        '               |     nmae: KKR Syddanmark',
        '               |     ^^^^',
        '',
        '✖ 1 problem (1 error, 0 warnings) in 1 file',
        '',
      ].join('\n'),
    );
  });

  it('exits 2 with the position when the YAML is broken', () => {
    const { code, stdout } = runCli(['validate', 'test/fixtures/broken-yaml.yaml']);
    expect(code).toBe(2);
    expect(stdout).toContain('test/fixtures/broken-yaml.yaml\n  4:1  error  ');
    expect(stdout).toContain('yaml\n');
  });

  it('exits 2 for a file that does not exist, naming it', () => {
    const { code, stdout } = runCli(['validate', 'no-such-file.yaml']);
    expect(code).toBe(2);
    expect(stdout).toContain('no-such-file.yaml does not exist.');
  });

  it('searches folders for .yaml and .yml files and reports each file', () => {
    const { code, stdout } = runCli(['validate', 'test/fixtures/two-files']);
    expect(code).toBe(1);
    expect(stdout).toContain('test/fixtures/two-files/a.yaml\n');
    expect(stdout).toContain('test/fixtures/two-files/b.yml\n  11:11  error  "kind" must be one of: political, administrative, mixed; "politcal" is not. Did you mean "political"?  schema');
    expect(stdout).toContain('✖ 2 problems (2 errors, 0 warnings) in 2 files');
  });

  it('expands glob patterns itself when the shell did not', () => {
    const { stdout } = runCli(['validate', 'test/fixtures/two-files/*.yml']);
    expect(stdout).toContain('test/fixtures/two-files/b.yml');
    expect(stdout).not.toContain('a.yaml');
    expect(runCli(['validate', 'test/fixtures/**/*.nothing']).code).toBe(2);
  });

  it('writes the documented JSON format', () => {
    const { code, stdout } = runCli(['validate', '--format', 'json', 'test/fixtures/misspelt-key.yaml']);
    expect(code).toBe(1);
    const output = JSON.parse(stdout);
    expect(output).toMatchObject({ format: 'govcheck-validate', version: 1, summary: { files: 1, errors: 1, warnings: 0, unreadable: 0 } });
    expect(output.files[0].diagnostics[0]).toEqual({
      ruleId: 'schema',
      severity: 'error',
      message: 'Unknown key "nmae". Did you mean "name"?',
      line: 10,
      column: 5,
      endLine: 10,
      endColumn: 9,
      path: '/bodies/0/nmae',
      fatal: false,
    });
  });

  it('refuses an unknown format with exit code 2 and no stack trace', () => {
    const { code, stderr } = runCli(['validate', '--format', 'xml', 'examples']);
    expect(code).toBe(2);
    expect(stderr).toContain("error: option '-f, --format <format>' argument 'xml' is invalid. Allowed choices are stylish, json, sarif, junit, github.");
    expect(stderr).not.toMatch(/\n\s+at /);
  });

  it('colours only when asked: FORCE_COLOR on a pipe, never with NO_COLOR', () => {
    const forced = runCli(['validate', 'test/fixtures/misspelt-key.yaml'], { FORCE_COLOR: '1' }).stdout;
    expect(forced).toContain('\u001b[31m');
    const plain = runCli(['validate', 'test/fixtures/misspelt-key.yaml'], { FORCE_COLOR: '1', NO_COLOR: '1' }).stdout;
    expect(plain).not.toContain('\u001b[');
  });
});

describe('govcheck (other commands)', () => {
  it('prints the schema', () => {
    const { code, stdout } = runCli(['schema']);
    expect(code).toBe(0);
    expect(JSON.parse(stdout)).toMatchObject({ $schema: 'http://json-schema.org/draft-07/schema#', title: 'govcheck governance structure' });
  });

  it('writes the schema to a file with -o', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govcheck-schema-'));
    const { code, stdout } = runCli(['schema', '-o', join(dir, 'structure.schema.json')]);
    expect(code).toBe(0);
    expect(stdout).toBe('');
    expect(JSON.parse(readFileSync(join(dir, 'structure.schema.json'), 'utf8')).title).toBe('govcheck governance structure');
  });

  it('prints the version from package.json', () => {
    const { code, stdout } = runCli(['--version']);
    expect(code).toBe(0);
    expect(stdout).toMatch(/^\d+\.\d+\.\d+\n$/);
  });

  it('has --help on every command', () => {
    for (const args of [['--help'], ['validate', '--help'], ['schema', '--help']]) {
      const { code, stdout } = runCli(args);
      expect(code, args.join(' ')).toBe(0);
      expect(stdout, args.join(' ')).toContain('Usage: govcheck');
    }
    expect(runCli(['validate', '--help']).stdout).toContain('Exit codes: 0 no errors, 1 findings at or above --fail-on');
  });

  it('exits 2 for an unknown command', () => {
    const { code, stderr } = runCli(['valdate']);
    expect(code).toBe(2);
    expect(stderr).toContain("error: unknown command 'valdate'");
  });
});
