import { closeSync, constants, fstatSync, openSync, readSync, statSync } from 'node:fs';

import { DEFAULT_LIMITS } from '../limits.js';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string; unreadable: true };

/**
 * Reads a file whole, refusing anything that is not a regular file (a FIFO or /dev/zero would hang)
 * and anything over the size limit, before reading a byte of it. The reads are synchronous: for a
 * thousand small files that is several times faster than a round trip to the thread pool for each.
 */
export async function readStructureFile(path: string, maxBytes = DEFAULT_LIMITS.maxFileBytes): Promise<ReadResult> {
  let size: number;
  try {
    const info = statSync(path);
    if (!info.isFile()) return { ok: false, unreadable: true, message: `${path} is not a regular file.` };
    size = info.size;
  } catch (error) {
    return { ok: false, unreadable: true, message: describeIoError(error, path) };
  }
  if (size > maxBytes) {
    return {
      ok: false,
      unreadable: true,
      message: `The file is ${formatMiB(size)}, over the --max-file-size limit of ${formatMiB(maxBytes)}. Split it into smaller structures, or raise --max-file-size.`,
    };
  }
  try {
    // O_NONBLOCK: if a FIFO took the file's place since the stat, opening it must not wait for a writer.
    const fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
    try {
      // The file may have been swapped for something else between the two looks.
      if (!fstatSync(fd).isFile()) return { ok: false, unreadable: true, message: `${path} is not a regular file.` };
      // Read at most one byte past the limit, in case the file grew after stat.
      const buffer = new Uint8Array(Math.min(size, maxBytes) + 1);
      let length = 0;
      for (;;) {
        const bytesRead = readSync(fd, buffer, length, buffer.length - length, null);
        if (bytesRead === 0) break;
        length += bytesRead;
        if (length >= buffer.length) {
          return { ok: false, unreadable: true, message: `The file grew past ${formatMiB(size)} while it was being read.` };
        }
      }
      return { ok: true, bytes: buffer.subarray(0, length) };
    } finally {
      closeSync(fd);
    }
  } catch (error) {
    return { ok: false, unreadable: true, message: describeIoError(error, path) };
  }
}

function formatMiB(bytes: number): string {
  return `${(bytes / 1024 / 1024).toFixed(1)} MiB`;
}

export function describeIoError(error: unknown, path: string): string {
  const code = (error as NodeJS.ErrnoException)?.code;
  switch (code) {
    case 'ENOENT':
      return `${path} does not exist.`;
    case 'EACCES':
    case 'EPERM':
      return `${path} cannot be read: permission denied.`;
    case 'EISDIR':
      return `${path} is a directory.`;
    case 'ELOOP':
      return `${path} is a symbolic link that loops.`;
    default:
      return `${path} cannot be read (${code ?? 'unknown error'}).`;
  }
}
