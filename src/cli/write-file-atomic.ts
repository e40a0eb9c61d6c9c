import { lstatSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { basename, dirname, join } from 'node:path';
import { UsageError } from './io.js';

/**
 * Writes a file whole or not at all: the content goes to a temporary file beside the target, which
 * then replaces it in one rename. A symbolic link at the target is refused, not followed.
 */
export async function writeFileAtomic(path: string, content: string): Promise<void> {
  try {
    if (lstatSync(path).isSymbolicLink()) throw new UsageError(`Refusing to write ${path}: it is a symbolic link.`);
  } catch (error) {
    if (error instanceof UsageError) throw error;
  }
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${Date.now()}.tmp`);
  try {
    writeFileSync(temporary, content, { flag: 'wx' });
    renameSync(temporary, path);
  } catch (error) {
    rmSync(temporary, { force: true });
    const code = (error as NodeJS.ErrnoException).code;
    throw new UsageError(`Cannot write ${path}${code ? ` (${code})` : ''}.`);
  }
}
