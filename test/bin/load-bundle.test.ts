import { cpSync, mkdtempSync, readdirSync, rmSync, unlinkSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import type { Script } from 'node:vm';
import { afterAll, describe, expect, it } from 'vitest';
import type { CliIo } from '../../src/cli/io.js';
import { ROOT } from '../cli/run-cli.js';

type Main = (argv: string[], io: CliIo) => Promise<number>;
const { loadBundle } = createRequire(import.meta.url)('../../bin/load-bundle.cjs') as {
  loadBundle: (dir: string, onScript?: (file: string, script: Script) => void) => { main: Main };
};

// npm test builds first: dist/bin/ holds the bundle and the code cache the build made for it.
const BUNDLE = join(ROOT, 'dist', 'bin');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

/** A copy of the bundle two levels down, as dist/bin/ is, so that its paths to the package resolve. */
function copyOfBundle(): string {
  const dir = mkdtempSync(join(ROOT, 'dist', 'test-bundle-'));
  copies.push(dir);
  cpSync(BUNDLE, dir, { recursive: true });
  return dir;
}

async function validateExample(dir: string) {
  const scripts: Script[] = [];
  const { main } = loadBundle(dir, (_, script) => scripts.push(script));
  let out = '';
  const io: CliIo = { stdout: (t) => void (out += t), stderr: (t) => void (out += t), env: {}, stdoutIsTTY: false, cwd: ROOT };
  const code = await main(['validate', 'examples/6-by-2007.yaml'], io);
  return { code, out, rejected: scripts.map((s) => s.cachedDataRejected) };
}

describe('the bundle loader (bin/load-bundle.cjs)', () => {
  it("runs the command line with the build's code cache, which V8 accepts for every file it loads", async () => {
    const { code, out, rejected } = await validateExample(BUNDLE);
    expect(out).toBe('✔ 1 file checked, no problems\n');
    expect(code).toBe(0);
    expect(rejected.length).toBeGreaterThan(3);
    expect(rejected.every((r) => r === false)).toBe(true);
  });

  it('runs it the same with caches V8 rejects (another Node made them) and with none', async () => {
    const foreign = copyOfBundle();
    const none = copyOfBundle();
    for (const name of readdirSync(foreign).filter((f) => f.endsWith('.cache'))) {
      writeFileSync(join(foreign, name), 'a cache from another Node');
      unlinkSync(join(none, name));
    }
    const withForeign = await validateExample(foreign);
    expect(withForeign.out).toBe('✔ 1 file checked, no problems\n');
    expect(withForeign.rejected.every((r) => r === true)).toBe(true);
    const withNone = await validateExample(none);
    expect(withNone.out).toBe('✔ 1 file checked, no problems\n');
    expect(withNone.rejected.every((r) => r === undefined)).toBe(true);
  });
});
