/** What a command may touch of the outside world; tests pass their own. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
  env: Record<string, string | undefined>;
  /** Whether stdout is a terminal (colour is on by default only there). */
  stdoutIsTTY: boolean;
  cwd: string;
}

/** A problem with how govcheck was called (exit code 2), as opposed to a problem in the files. */
export class UsageError extends Error {}

export const EXIT_OK = 0;
export const EXIT_FINDINGS = 1;
export const EXIT_USAGE = 2;

/** Colour on a terminal, off for pipes; NO_COLOR turns it off and FORCE_COLOR on (FORCE_COLOR=0 off). */
export function useColor(io: CliIo): boolean {
  if (io.env.NO_COLOR !== undefined && io.env.NO_COLOR !== '') return false;
  const force = io.env.FORCE_COLOR;
  if (force !== undefined) return !(force === '0' || force === 'false');
  return io.stdoutIsTTY;
}
