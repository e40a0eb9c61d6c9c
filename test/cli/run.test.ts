import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { ROOT } from './run-cli.js';

const BIN = fileURLToPath(new URL('../../bin/govcheck.js', import.meta.url));

/** Runs the binary with its standard output closed by the reader before a byte is written, as `| head -0` would. */
function runIntoClosedPipe(args: string[]): Promise<{ code: number | null; stderr: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, [BIN, ...args], { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
    child.stdout.destroy();
    let stderr = '';
    child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
    child.on('close', (code) => resolve({ code, stderr }));
  });
}

describe('output to a pipe the reader has closed (govcheck … | head)', () => {
  it.each([
    [['render', 'examples'], 0],
    [['validate', '--format', 'json', 'examples'], 0],
    [['validate', 'test/fixtures/misspelt-key.yaml'], 1],
  ])('govcheck %j stops writing quietly and exits with its own code', async (args, expected) => {
    const { code, stderr } = await runIntoClosedPipe(args as string[]);
    expect(stderr).not.toMatch(/EPIPE|at .*\(|node:/);
    expect(code).toBe(expected);
  });
});
