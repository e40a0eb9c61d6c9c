import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { ROOT } from './cli/run-cli.js';

describe('npm pack', () => {
  it('ships the compiled code, the binary with its bundle, the precompiled schema and templates, the schema and the README, and no sources or tests', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const output = execFileSync(npm, ['pack', '--dry-run', '--json', '--ignore-scripts'], { cwd: ROOT, encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] });
    const files: string[] = JSON.parse(output)[0].files.map((f: { path: string }) => f.path);
    expect(files).toEqual(
      expect.arrayContaining(['bin/govcheck.js', 'bin/package.json', 'bin/load-bundle.cjs', 'dist/bin/govcheck.cjs', 'dist/bin/govcheck.cjs.cache', 'dist/bin/validate.cjs', 'dist/schema/structure-validator.cjs', 'dist/schema/structure-validator.cjs.cache', 'dist/render/precompiled-md.cjs', 'dist/render/precompiled-html.cjs', 'dist/index.js', 'dist/index.d.ts', 'dist/cli/run.js', 'schemas/structure.schema.json', 'package.json', 'README.md']),
    );
    expect(files.filter((f) => f.startsWith('src/') || f.startsWith('test/') || f.startsWith('scratch/'))).toEqual([]);
  });
});
