import { execFileSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import AjvModule from 'ajv';
import { afterAll, describe, expect, it } from 'vitest';
import { ROOT, runCli } from './run-cli.js';

const Ajv = AjvModule.default;
const BIN = join(ROOT, 'bin/govcheck.js');
const FIVE = 'examples/5-by-2001.yaml';
const SIX = 'examples/6-by-2007.yaml';

const made: string[] = [];
afterAll(() => made.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function temporaryFolder(prefix: string): string {
  const dir = mkdtempSync(join(tmpdir(), prefix));
  made.push(dir);
  return dir;
}

/** A fresh git repository with one commit of `files` (name → example to copy). */
function repository(files: Record<string, string>): string {
  const dir = temporaryFolder('govcheck-diff-git-');
  const git = (...args: string[]) => execFileSync('git', ['-c', 'user.name=govcheck', '-c', 'user.email=govcheck@example.invalid', ...args], { cwd: dir, encoding: 'utf8' });
  git('init', '-q');
  for (const [name, from] of Object.entries(files)) copyFileSync(join(ROOT, from), join(dir, name));
  git('add', '.');
  git('commit', '-q', '-m', 'first');
  return dir;
}

describe('govcheck diff (the built binary)', () => {
  it('reports København joining 6-by, in Danish by default', () => {
    const { code, stdout, stderr } = runCli(['diff', FIVE, SIX]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n').slice(0, 8)).toEqual([
      'examples/5-by-2001.yaml → examples/6-by-2007.yaml',
      '5-by samarbejdet (31. december 2001) → 6-by samarbejdet (2. november 2007): 22 ændringer',
      '',
      'Strukturen',
      '  ~ Strukturen skiftede navn fra 5-by samarbejdet til 6-by samarbejdet.  examples/6-by-2007.yaml:8',
      '  ~ Strukturens id ændret fra 5-by-samarbejdet til 6-by-samarbejdet.  examples/6-by-2007.yaml:7',
      '  ~ Strukturens dato ændret fra 31. december 2001 til 2. november 2007.  examples/6-by-2007.yaml:9',
      '  + København trådte ind i samarbejdet den 27. august 2002.  examples/6-by-2007.yaml:36',
    ]);
    expect(runCli(['diff', FIVE, SIX, '--lang', 'en']).stdout).toContain('  + København joined the collaboration on 27 August 2002.  examples/6-by-2007.yaml:36\n');
  });

  it('--exit-code gives 0 for a file against itself and 1 when something changed', () => {
    const same = runCli(['diff', SIX, SIX, '--exit-code', '--lang', 'en']);
    expect(same).toEqual({ code: 0, stdout: 'examples/6-by-2007.yaml → examples/6-by-2007.yaml\n6-by samarbejdet (2 November 2007) → 6-by samarbejdet (2 November 2007)\nNo changes.\n', stderr: '' });
    expect(runCli(['diff', FIVE, SIX, '--exit-code']).code).toBe(1);
    expect(runCli(['diff', FIVE, SIX]).code).toBe(0);
  });

  it('colours the output like validate: on with FORCE_COLOR, off in a pipe', () => {
    expect(runCli(['diff', FIVE, SIX], { FORCE_COLOR: '1' }).stdout).toContain('  \u001b[32m+\u001b[39m København trådte ind');
    expect(runCli(['diff', FIVE, SIX]).stdout).not.toContain('\u001b[');
  });

  it('does not compare a structure with errors, and shows them (exit 1)', () => {
    const { code, stdout, stderr } = runCli(['diff', 'test/fixtures/misspelt-key.yaml', SIX]);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('test/fixtures/misspelt-key.yaml\n  10:5  error  Unknown key "nmae". Did you mean "name"?  schema');
    expect(stderr).toContain('govcheck: nothing was compared, because the structures above have errors.\n');
  });

  it('exits 2 for a file that cannot be read, and for a call with one file', () => {
    const missing = runCli(['diff', 'no-such-file.yaml', SIX]);
    expect(missing.code).toBe(2);
    expect(missing.stderr).toContain('no-such-file.yaml does not exist.');
    const broken = runCli(['diff', SIX, 'test/fixtures/broken-yaml.yaml']);
    expect(broken.code).toBe(2);
    expect(broken.stderr).toContain('test/fixtures/broken-yaml.yaml\n  4:1  error  ');
    expect(runCli(['diff', SIX])).toMatchObject({ code: 2, stderr: 'govcheck: govcheck diff needs two structure files, the old and the new (or more, for a timeline).\n' });
    expect(runCli(['diff', FIVE, SIX, '--format', 'yaml']).code).toBe(2);
  });

  it('writes JSON that the published schema describes, and Markdown with a summary on top', () => {
    const { code, stdout } = runCli(['diff', 'examples/hovedstaden-kommuneklynger-2015.yaml', 'examples/hovedstaden-sundhedsklynger-2022.yaml', '--format', 'json', '--lang', 'en']);
    expect(code).toBe(0);
    const schema = JSON.parse(readFileSync(join(ROOT, 'schemas/diff-output.schema.json'), 'utf8')) as object;
    const validateOutput = new Ajv({ strict: true }).compile(schema);
    const data = JSON.parse(stdout) as { steps: { changes: { kind: string; message: string }[] }[] };
    expect(validateOutput(data)).toBe(true);
    expect(data.steps[0]!.changes.filter((c) => c.kind === 'grouping.municipality-moved').map((c) => c.message)).toEqual([
      'København is now in two clusters: Sundhedsklynge Byen and Sundhedsklynge Syd (was in Kommuneklynge Byen).',
    ]);
    const md = runCli(['diff', FIVE, SIX, '--format', 'markdown', '--lang', 'en']).stdout;
    expect(md.split('\n').slice(0, 3)).toEqual([
      '## 5-by samarbejdet → 6-by samarbejdet',
      '',
      'From 5-by samarbejdet (31 December 2001) to 6-by samarbejdet (2 November 2007): København joined; 1 body added, 8 bodies renamed; 2 body details changed; 2 meeting changes; 5 source and record changes. 22 changes in all.',
    ]);
  });

  it('shows a timeline of more than two files, each to the next', () => {
    const { code, stdout } = runCli(['diff', FIVE, SIX, FIVE, '--format', 'json']);
    expect(code).toBe(0);
    const data = JSON.parse(stdout) as { summary: unknown; steps: { old: { file: string }; new: { file: string } }[] };
    expect(data.summary).toEqual({ steps: 2, changes: 44 });
    expect(data.steps.map((s) => `${s.old.file} → ${s.new.file}`)).toEqual([`${FIVE} → ${SIX}`, `${SIX} → ${FIVE}`]);
  });

  it('reads rev:path from git when no such file exists, and says clearly when git cannot', () => {
    const dir = repository({ 'samarbejde.yaml': FIVE });
    copyFileSync(join(ROOT, SIX), join(dir, 'samarbejde.yaml'));
    const { code, stdout, stderr } = runCli(['diff', 'HEAD:samarbejde.yaml', 'samarbejde.yaml', '--lang', 'en'], {}, dir);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout).toContain('HEAD:samarbejde.yaml → samarbejde.yaml\n');
    expect(stdout).toContain('  + København joined the collaboration on 27 August 2002.  samarbejde.yaml:36\n');
    expect(stdout).toContain('  + Body added: IT-erfagruppe vedrørende omsorgssystemer, under 6-by samarbejdet.  samarbejde.yaml:159\n');
    expect(runCli(['diff', 'nope:samarbejde.yaml', 'samarbejde.yaml'], {}, dir)).toMatchObject({
      code: 2,
      stderr: "govcheck: nope:samarbejde.yaml cannot be read from git: fatal: invalid object name 'nope'.\n",
    });
    expect(runCli(['diff', 'HEAD:gone.yaml', 'samarbejde.yaml'], {}, dir)).toMatchObject({
      code: 2,
      stderr: "govcheck: HEAD:gone.yaml cannot be read from git: fatal: path 'gone.yaml' does not exist in 'HEAD'.\n",
    });
  });

  it('reads a file whose name has a colon from disk when it exists', () => {
    const dir = temporaryFolder('govcheck-diff-colon-');
    copyFileSync(join(ROOT, FIVE), join(dir, 'v1:5-by.yaml'));
    const { code, stdout } = runCli(['diff', 'v1:5-by.yaml', join(ROOT, SIX), '--lang', 'en'], {}, dir);
    expect(code).toBe(0);
    expect(stdout).toContain('København joined the collaboration on 27 August 2002.');
  });

  it("takes git's seven arguments as a diff driver, with a/ and b/ names", () => {
    const args = ['examples/6-by.yaml', join(ROOT, FIVE), 'a8926a52d8dcba5c4386945476ab6a2ad008afd4', '100644', join(ROOT, SIX), '0000000000000000000000000000000000000000', '100644'];
    const { code, stdout, stderr } = runCli(['diff', '--lang', 'en', ...args]);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.split('\n')[0]).toBe('a/examples/6-by.yaml → b/examples/6-by.yaml');
    expect(stdout).toContain('  + København joined the collaboration on 27 August 2002.  b/examples/6-by.yaml:36\n');
    const added = runCli(['diff', '--lang', 'en', 'new.yaml', '/dev/null', '.', '.', join(ROOT, SIX), '8b76663520f5205f24d4492a03fe72e6c01c23f0', '100644']);
    expect(added.stdout).toBe('/dev/null → b/new.yaml\nno file → 6-by samarbejdet (2 November 2007): 1 change\n\nThe structure\n  + New structure: 6-by samarbejdet (2 November 2007).  b/new.yaml:6\n');
    expect(runCli(['diff', 'x.yaml'], { GIT_DIFF_PATH_COUNTER: '1' })).toEqual({ code: 0, stdout: 'x.yaml: unmerged, not compared.\n', stderr: '' });
  });

  it('works as the diff driver of a real git repository (.gitattributes and diff.govcheck.command)', () => {
    const dir = repository({ 'samarbejde.yaml': FIVE, 'broken.yaml': 'test/fixtures/misspelt-key.yaml' });
    writeFileSync(join(dir, '.gitattributes'), '*.yaml diff=govcheck\n');
    execFileSync('git', ['config', 'diff.govcheck.command', `"${process.execPath}" "${BIN}" diff --lang en`], { cwd: dir });
    copyFileSync(join(ROOT, SIX), join(dir, 'samarbejde.yaml'));
    writeFileSync(join(dir, 'broken.yaml'), `${readFileSync(join(dir, 'broken.yaml'), 'utf8')}# changed\n`);
    const { NO_COLOR: _n, FORCE_COLOR: _f, ...env } = process.env;
    const out = execFileSync('git', ['diff'], { cwd: dir, encoding: 'utf8', env: { ...env, GIT_PAGER: 'cat' } });
    expect(out).toContain('a/samarbejde.yaml → b/samarbejde.yaml\n');
    expect(out).toContain('  + København joined the collaboration on 27 August 2002.  b/samarbejde.yaml:36\n');
    // A version with errors does not stop git: a note, then git's own plain diff.
    expect(out).toContain('govcheck: a/broken.yaml and b/broken.yaml do not pass validation (2 errors); showing a plain text diff.\n');
    expect(out).toContain('diff --git a/broken.yaml b/broken.yaml\n');
    expect(out).toContain('--- a/broken.yaml\n+++ b/broken.yaml\n');
    expect(out).toContain('+# changed\n');
  });
});
