import { Buffer } from 'node:buffer';
import { closeSync, constants, fstatSync, openSync, readSync } from 'node:fs';

import { DEFAULT_LIMITS } from '../limits.js';

export type ReadResult = { ok: true; bytes: Uint8Array } | { ok: false; message: string; unreadable: true };

/**
 * Reads a file whole, refusing anything that is not a regular file (a FIFO or /dev/zero would hang)
 * and anything over the size limit, before reading a byte of it. The reads are synchronous: for a
 * thousand small files that is several times faster than a round trip to the thread pool for each.
 */
export async function readStructureFile(path: string, maxBytes = DEFAULT_LIMITS.maxFileBytes): Promise<ReadResult> {
  let fd: number;
  try {
    // O_NONBLOCK: opening a FIFO must not wait for a writer; what was opened is looked at before reading.
    fd = openSync(path, constants.O_RDONLY | constants.O_NONBLOCK);
  } catch (error) {
    return { ok: false, unreadable: true, message: describeIoError(error, path) };
  }
  try {
    const info = fstatSync(fd);
    if (!info.isFile()) return { ok: false, unreadable: true, message: `${path} is not a regular file.` };
    const size = info.size;
    if (size > maxBytes) {
      return {
        ok: false,
        unreadable: true,
        message: `The file is ${formatMiB(size)}, over the --max-file-size limit of ${formatMiB(maxBytes)}. Split it into smaller structures, or raise --max-file-size.`,
      };
    }
    // Read at most one byte past the size, in case the file grew after fstat. Only read bytes are
    // returned, so the buffer need not be zeroed.
    const buffer = Buffer.allocUnsafe(size + 1);
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
  } catch (error) {
    return { ok: false, unreadable: true, message: describeIoError(error, path) };
  } finally {
    closeSync(fd);
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
