import { spawnSync } from 'node:child_process';
import { fileURLToPath } from 'node:url';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const BIN = fileURLToPath(new URL('../../bin/govcheck.js', import.meta.url));

/** Runs the built binary as a user would, with colour off unless the test asks for it. */
export function runCli(args: string[], env: Record<string, string> = {}, cwd = ROOT) {
  const { NO_COLOR: _n, FORCE_COLOR: _f, ...rest } = process.env;
  const result = spawnSync(process.execPath, [BIN, ...args], { cwd, env: { ...rest, ...env }, encoding: 'utf8' });
  return { code: result.status, stdout: result.stdout, stderr: result.stderr };
}
