import { existsSync, lstatSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const temp = () => mkdtempSync(join(tmpdir(), 'govcheck-cli-'));

describe('several outputs in one run', () => {
  it('writes every --output-format file and the --format on standard output', () => {
    const dir = temp();
    const { code, stdout } = runCli([
      'validate',
      'test/fixtures/two-files',
      '--format',
      'github',
      '--output-format',
      `sarif=${dir}/report.sarif`,
      '--output-format',
      `junit=${dir}/junit.xml`,
      '--output-format',
      `json=${dir}/report.json`,
    ]);
    expect(code).toBe(1);
    expect(stdout).toMatch(/^::error file=test\/fixtures\/two-files\/a.yaml,line=10,col=5,/m);
    expect(JSON.parse(readFileSync(`${dir}/report.sarif`, 'utf8')).version).toBe('2.1.0');
    expect(readFileSync(`${dir}/junit.xml`, 'utf8')).toContain('<testsuites');
    expect(JSON.parse(readFileSync(`${dir}/report.json`, 'utf8')).summary.errors).toBe(2);
  });

  it('refuses a malformed or unknown --output-format before doing anything', () => {
    expect(runCli(['validate', 'examples', '--output-format', 'sarif']).stderr).toBe(
      'govcheck: --output-format needs FORMAT=FILE, like sarif=govcheck.sarif; "sarif" is not.\n',
    );
    const { code, stderr } = runCli(['validate', 'examples', '--output-format', 'xml=out.xml']);
    expect(code).toBe(2);
    expect(stderr).toBe('govcheck: Unknown format "xml" in --output-format. Use one of: stylish, json, sarif, junit, github.\n');
  });

  it('refuses to write through a symbolic link and leaves its target alone', () => {
    const dir = temp();
    writeFileSync(`${dir}/precious.txt`, 'keep me');
    symlinkSync(`${dir}/precious.txt`, `${dir}/report.sarif`);
    const { code, stderr } = runCli(['validate', 'examples', '--output-format', `sarif=${dir}/report.sarif`]);
    expect(code).toBe(2);
    expect(stderr).toContain('it is a symbolic link');
    expect(readFileSync(`${dir}/precious.txt`, 'utf8')).toBe('keep me');
    expect(lstatSync(`${dir}/report.sarif`).isSymbolicLink()).toBe(true);
  });

  it('appends a Markdown summary to GITHUB_STEP_SUMMARY', () => {
    const dir = temp();
    writeFileSync(`${dir}/summary.md`, '# earlier step\n');
    runCli(['validate', 'test/fixtures/two-files'], { GITHUB_STEP_SUMMARY: `${dir}/summary.md` });
    const summary = readFileSync(`${dir}/summary.md`, 'utf8');
    expect(summary.startsWith('# earlier step\n')).toBe(true);
    expect(summary).toContain('govcheck');
    expect(summary).toContain('test/fixtures/two-files/b.yml');
  });
});

describe('thresholds', () => {
  const file = 'test/fixtures/thresholds/warning-only.yaml';

  it('passes warnings by default, and fails on them with --fail-on warning', () => {
    const plain = runCli(['validate', file]);
    expect(plain.code).toBe(0);
    expect(plain.stdout).toContain('✖ 1 problem (0 errors, 1 warning) in 1 file');
    expect(runCli(['validate', file, '--fail-on', 'warning']).code).toBe(1);
  });

  it('fails when warnings exceed --max-warnings', () => {
    expect(runCli(['validate', file, '--max-warnings', '1']).code).toBe(0);
    const over = runCli(['validate', file, '--max-warnings', '0']);
    expect(over.code).toBe(1);
    expect(over.stderr).toBe('govcheck: 1 warnings, more than --max-warnings 0 allows.\n');
    expect(runCli(['validate', file, '--max-warnings', 'many']).code).toBe(2);
  });

  it('--quiet leaves warnings out of the output and the counts', () => {
    const { code, stdout } = runCli(['validate', file, '--quiet', '--fail-on', 'warning']);
    expect(stdout).toBe('✔ 1 file checked, no problems\n');
    expect(code).toBe(0);
  });
});

describe('govcheck init', () => {
  it('writes a starter that passes validate at once', () => {
    const dir = temp();
    const init = runCli(['init', dir]);
    expect(init.code).toBe(0);
    for (const name of ['structures/example.yaml', '.govcheck.yaml', '.github/workflows/govcheck.yml']) expect(existsSync(join(dir, name)), name).toBe(true);
    const check = runCli(['validate', 'structures'], {}, dir);
    expect(check.stdout).toBe('✔ 1 file checked, no problems\n');
    expect(check.code).toBe(0);
  });

  it('refuses to overwrite without --force, and writes nothing then', () => {
    const dir = temp();
    writeFileSync(join(dir, '.govcheck.yaml'), 'rules: {}\n');
    const { code, stderr } = runCli(['init', dir]);
    expect(code).toBe(2);
    expect(stderr).toContain('Not overwriting');
    expect(existsSync(join(dir, 'structures/example.yaml'))).toBe(false);
    expect(runCli(['init', dir, '--force']).code).toBe(0);
    expect(readFileSync(join(dir, '.govcheck.yaml'), 'utf8')).toContain('mandate-has-must-task');
  });

  it('ships the pre-commit hook definition', () => {
    expect(readFileSync(join(ROOT, '.pre-commit-hooks.yaml'), 'utf8')).toContain('entry: govcheck validate');
  });
});
