/** govcheck diff and git: reading `<rev>:<path>` with `git show`, and being called as git's diff driver. */
import { execFile } from 'node:child_process';

/** What git passes to an external diff driver (`diff.<name>.command` or GIT_EXTERNAL_DIFF). */
export interface GitDriverCall {
  /** The path in the repository (the old one, for a rename). */
  path: string;
  /** The path on the new side: differs from `path` only for a rename. */
  newPath: string;
  /** Files with the two versions' content; null for /dev/null (an added or deleted file). */
  oldFile: string | null;
  newFile: string | null;
}

const HEX = /^([0-9a-f]{40}|[0-9a-f]{64}|\.)$/;
const MODE = /^([0-7]{6}|\.)$/;

/**
 * Recognises git's calling convention: `path old-file old-hex old-mode new-file new-hex new-mode`, and
 * for a rename two more, `new-path` and a message. Object names and modes in exactly those places do not
 * happen by chance in a list of structure files.
 */
export function detectGitDriver(args: readonly string[]): GitDriverCall | undefined {
  if (args.length !== 7 && args.length !== 9) return undefined;
  const [path, oldFile, oldHex, oldMode, newFile, newHex, newMode, newPath] = args as string[];
  if (!HEX.test(oldHex!) || !HEX.test(newHex!) || !MODE.test(oldMode!) || !MODE.test(newMode!)) return undefined;
  const none = (file: string, hex: string): boolean => file === '/dev/null' && hex === '.';
  return {
    path: path!,
    newPath: newPath ?? path!,
    oldFile: none(oldFile!, oldHex!) ? null : oldFile!,
    newFile: none(newFile!, newHex!) ? null : newFile!,
  };
}

/** `rev:path` (or `:path` for the index), as opposed to a Windows path such as `C:\x.yaml`. */
export function looksLikeGitSpec(spec: string): boolean {
  return spec.includes(':') && !/^[A-Za-z]:[\\/]/.test(spec);
}

/** The path part of a git spec, for matching config overrides: `HEAD~1:./a/b.yaml` gives `a/b.yaml`. */
export function gitSpecPath(spec: string): string {
  return spec.slice(spec.indexOf(':') + 1).replace(/^\.\//, '');
}

export type GitRead = { ok: true; bytes: Uint8Array } | { ok: false; message: string };

/**
 * The content of `rev:path`, read with `git show` run directly (no shell, so nothing in the spec is
 * interpreted). A spec that starts with "-" would be read by git as an option, so it is refused.
 */
export function readGitSpec(spec: string, cwd: string, maxBytes: number): Promise<GitRead> {
  if (spec.startsWith('-')) return Promise.resolve({ ok: false, message: `${spec} cannot be read from git: a revision cannot start with "-".` });
  return new Promise((resolve) => {
    execFile('git', ['show', spec], { cwd, encoding: 'buffer', maxBuffer: maxBytes + 1, windowsHide: true }, (error, stdout, stderr) => {
      if (!error) return resolve({ ok: true, bytes: new Uint8Array(stdout) });
      const code = (error as NodeJS.ErrnoException).code;
      let reason: string;
      if (code === 'ENOENT') reason = 'git is not installed, or not on the PATH';
      else if (code === 'ERR_CHILD_PROCESS_STDIO_MAXBUFFER') reason = `it is over the --max-file-size limit of ${(maxBytes / 1024 / 1024).toFixed(1)} MiB`;
      else reason = Buffer.from(stderr).toString('utf8').trim().split('\n')[0] || error.message.split('\n')[0]!;
      resolve({ ok: false, message: `${spec} cannot be read from git: ${reason.replace(/\.$/, '')}.` });
    });
  });
}

/**
 * A plain text diff of two files, with git's own diff (never this driver again), its headers naming the
 * repository paths rather than git's temporary files. Used when git calls govcheck for a version that
 * does not pass validation, so that `git diff` still shows something useful.
 */
export function plainDiff(call: GitDriverCall, cwd: string): Promise<string> {
  const oldFile = call.oldFile ?? '/dev/null';
  const newFile = call.newFile ?? '/dev/null';
  return new Promise((resolve) => {
    execFile(
      'git',
      ['diff', '--no-index', '--no-ext-diff', '--no-color', '--', oldFile, newFile],
      { cwd, encoding: 'utf8', maxBuffer: 64 * 1024 * 1024, windowsHide: true },
      (error, stdout) => {
        // Exit code 1 only means the files differ.
        if (error && (error as { code?: unknown }).code !== 1) return resolve('');
        const strip = (file: string): string => file.replace(/^\//, '');
        const lines = stdout.split('\n');
        const body = lines.findIndex((l) => l.startsWith('@@'));
        for (let i = 0; i < (body < 0 ? lines.length : body); i++) {
          lines[i] = lines[i]!.split(`a/${strip(oldFile)}`).join(`a/${call.path}`).split(`b/${strip(newFile)}`).join(`b/${call.newPath}`);
        }
        resolve(lines.join('\n'));
      },
    );
  });
}
