import { main } from './main.js';

// For the build, which runs commands in-process to make the bundle's code cache (scripts/bundle-cli.mjs).
export { main };

/** Runs the command line in this process and returns the exit code for bin/govcheck.js to set (through the bundle in dist/bin/). */
export async function run(): Promise<number> {
  return main(process.argv.slice(2), {
    stdout: (text) => void process.stdout.write(text),
    stderr: (text) => void process.stderr.write(text),
    env: process.env,
    stdoutIsTTY: process.stdout.isTTY === true,
    cwd: process.cwd(),
  });
}
