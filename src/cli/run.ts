import { main } from './main.js';

// For the build, which runs commands in-process to make the bundle's code cache (scripts/bundle-cli.mjs).
export { main };

/** Runs the command line in this process and returns the exit code for bin/govcheck.js to set (through the bundle in dist/bin/). */
export async function run(): Promise<number> {
  const stdout = guarded(process.stdout);
  const stderr = guarded(process.stderr);
  const code = await main(process.argv.slice(2), {
    stdout,
    stderr,
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    cwd: process.cwd(),
  });
  return failedWrites > 0 ? Math.max(code, 2) : code;
}

let failedWrites = 0;

/**
 * A writer that stops when its reader has gone: `govcheck … | head` closes the pipe early, and the
 * rest of the output is simply not wanted (the exit code still says what was found). Any other
 * failure to write is said in one line, and the command ends with exit code 2.
 */
function guarded(stream: NodeJS.WriteStream): (text: string) => void {
  let gone = false;
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (gone) return;
    gone = true;
    if (error.code === 'EPIPE') return;
    failedWrites++;
    process.exitCode = 2;
    if (stream !== process.stderr) process.stderr.write(`govcheck: the output could not be written (${error.code ?? error.message}).\n`);
  });
  return (text) => {
    if (!gone) stream.write(text);
  };
}
