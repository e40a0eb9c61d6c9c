import { lstat, mkdir } from 'node:fs/promises';
import { dirname, join, relative, resolve } from 'node:path';
import { EXIT_OK, UsageError, type CliIo } from '../io.js';
import { INIT_FILES } from '../init-files.js';
import { writeFileAtomic } from '../write-file-atomic.js';

/**
 * `govcheck init [dir]`: a starter structure, a config and a CI workflow. Nothing is overwritten
 * without --force: every target is checked before the first file is written.
 */
export async function initCommand(dir: string | undefined, options: { force?: boolean }, io: CliIo): Promise<number> {
  const root = resolve(io.cwd, dir ?? '.');
  const targets = Object.keys(INIT_FILES).map((name) => join(root, name));
  if (!options.force) {
    const existing: string[] = [];
    for (const target of targets) {
      try {
        await lstat(target);
        existing.push(relative(io.cwd, target) || target);
      } catch {
        // Free to write.
      }
    }
    if (existing.length > 0) throw new UsageError(`Not overwriting ${existing.join(', ')}. Run with --force to replace ${existing.length === 1 ? 'it' : 'them'}.`);
  }
  for (const [name, text] of Object.entries(INIT_FILES)) {
    const target = join(root, name);
    await mkdir(dirname(target), { recursive: true });
    await writeFileAtomic(target, text);
  }
  const shown = relative(io.cwd, root) || '.';
  io.stdout(
    `Wrote ${Object.keys(INIT_FILES).map((n) => join(shown, n)).join(', ')}.\n` +
      `Next: add govcheck as a devDependency (npm install --save-dev govcheck), then run\n  npx govcheck validate ${join(shown, 'structures')}\n`,
  );
  return EXIT_OK;
}
