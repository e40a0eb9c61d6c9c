import { stat } from 'node:fs/promises';
import { resolve } from 'node:path';
import type { Diagnostic } from '../../diagnostic.js';
import { diffTimeline, type DiffInput } from '../../diff/diff.js';
import { formatDiffJson } from '../../diff/format-json.js';
import { formatDiffMarkdown } from '../../diff/format-markdown.js';
import { formatDiffText } from '../../diff/format-text.js';
import { detectGitDriver, gitSpecPath, looksLikeGitSpec, plainDiff, readGitSpec, type GitDriverCall } from '../../diff/git.js';
import { createPainter } from '../../formatters/paint.js';
import { formatStylish } from '../../formatters/stylish.js';
import { DEFAULT_LIMITS } from '../../limits.js';
import { readStructureFile } from '../../load/read-file.js';
import { LANGS, type Lang } from '../../render/labels.js';
import { summarize, validateSource, type FileReport } from '../../validate.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, useColor, type CliIo } from '../io.js';
import { parseLimits, type LimitOptions } from '../limit-options.js';
import { loadCliConfig } from '../load-cli-config.js';

export const DIFF_FORMATS = ['text', 'markdown', 'json'] as const;
export type DiffFormat = (typeof DIFF_FORMATS)[number];

export interface DiffCommandOptions extends LimitOptions {
  format: string;
  lang: string;
  exitCode?: boolean;
  config?: string | false;
}

/** Where one side of the comparison comes from, and the names it is shown and configured under. */
interface SideSpec {
  /** The name in the output: the argument as given, or a/… and b/… under git. */
  display: string;
  /** The path config overrides are matched against. */
  configPath: string;
  source: { kind: 'file'; path: string } | { kind: 'git'; spec: string } | { kind: 'none' };
}

/**
 * `govcheck diff <old> <new> [more…]`: validates every side, then reports the changes from each
 * structure to the next. Also works as git's external diff driver (seven or nine arguments).
 * Exit codes: 0, or 1 with --exit-code when something changed; 1 when a file has errors; 2 when a
 * file cannot be read (from disk or from git) or the call is wrong.
 */
export async function diffCommand(args: string[], options: DiffCommandOptions, io: CliIo): Promise<number> {
  if (!(DIFF_FORMATS as readonly string[]).includes(options.format)) throw new UsageError(`Unknown format "${options.format}". Use text, markdown or json.`);
  if (!(LANGS as readonly string[]).includes(options.lang)) throw new UsageError(`Unknown language "${options.lang}". Use da or en.`);
  const format = options.format as DiffFormat;
  const lang = options.lang as Lang;
  const limits = parseLimits(options);
  const maxBytes = limits.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes;

  const driver = detectGitDriver(args);
  // git calls an external diff with the path alone for an unmerged file: there is nothing to compare.
  if (!driver && args.length === 1 && io.env.GIT_DIFF_PATH_COUNTER !== undefined) {
    io.stdout(`${args[0]}: unmerged, not compared.\n`);
    return EXIT_OK;
  }
  if (!driver && args.length < 2) throw new UsageError('govcheck diff needs two structure files, the old and the new (or more, for a timeline).');
  const sides = driver ? driverSides(driver) : await Promise.all(args.map((spec) => sideSpec(spec, io.cwd)));

  const { config, diagnostics: configProblems } = await loadCliConfig(options.config, io);
  if (configProblems.length > 0) {
    io.stderr(formatStylish(summarize([{ file: configProblems[0]!.file, diagnostics: configProblems, suppressed: [] }])));
    return EXIT_USAGE;
  }

  const reports: (FileReport | null)[] = [];
  for (const side of sides) {
    if (side.source.kind === 'none') {
      reports.push(null);
      continue;
    }
    let bytes: Uint8Array;
    if (side.source.kind === 'git') {
      const read = await readGitSpec(side.source.spec, io.cwd, maxBytes);
      if (!read.ok) throw new UsageError(read.message);
      bytes = read.bytes;
    } else {
      const read = await readStructureFile(resolve(io.cwd, side.source.path), maxBytes);
      if (!read.ok) {
        reports.push({ file: side.display, diagnostics: [ioDiagnostic(side.display, read.message)], suppressed: [] });
        continue;
      }
      bytes = read.bytes;
    }
    // Validated under the path config overrides name; shown under the display name.
    const report = validateSource(bytes, side.configPath, { config, limits, withPositions: true });
    reports.push({ ...report, file: side.display, diagnostics: report.diagnostics.map((d) => ({ ...d, file: side.display })) });
  }

  const present = reports.filter((r): r is FileReport => r !== null);
  const failed = summarize(present.map((r) => ({ ...r, diagnostics: r.diagnostics.filter((d) => d.severity === 'error'), suppressed: [] })));
  if (failed.errorCount > 0) {
    if (driver) return plainDiffInstead(driver, failed.files, options, io);
    io.stderr(formatStylish(failed, { paint: await createPainter(useColor({ ...io, stdoutIsTTY: false })) }));
    if (failed.fatalCount > 0) return EXIT_USAGE;
    io.stderr('govcheck: nothing was compared, because the structures above have errors.\n');
    return EXIT_FINDINGS;
  }

  const inputs: (DiffInput | null)[] = reports.map((r) => r && { model: r.model!, file: r.file, locate: r.locate, valueStart: r.valueStart });
  const steps = diffTimeline(inputs);
  if (format === 'json') io.stdout(formatDiffJson(steps, { lang }));
  else if (format === 'markdown') io.stdout(formatDiffMarkdown(steps, { lang }));
  else io.stdout(formatDiffText(steps, { lang, color: useColor(io) }));
  const changed = steps.some((s) => s.changes.length > 0);
  return options.exitCode && changed ? EXIT_FINDINGS : EXIT_OK;
}

function ioDiagnostic(file: string, message: string): Diagnostic {
  return { ruleId: 'io', severity: 'error', message, file, path: [], fatal: true, line: 1, column: 1, endLine: 1, endColumn: 1 };
}

/**
 * A file on disk when it exists; else `rev:path` is read from git. `/dev/null` stands for no file,
 * as git uses it, so that `govcheck diff /dev/null new.yaml` reports a new structure.
 */
async function sideSpec(spec: string, cwd: string): Promise<SideSpec> {
  if (spec === '/dev/null') return { display: spec, configPath: spec, source: { kind: 'none' } };
  const exists = await stat(resolve(cwd, spec)).then(
    () => true,
    () => false,
  );
  if (!exists && looksLikeGitSpec(spec)) return { display: spec, configPath: gitSpecPath(spec), source: { kind: 'git', spec } };
  return { display: spec, configPath: spec, source: { kind: 'file', path: spec } };
}

/** git's two temporary files, shown as a/<path> and b/<path> like git's own diff. */
function driverSides(call: GitDriverCall): SideSpec[] {
  return [
    { display: `a/${call.path}`, configPath: call.path, source: call.oldFile === null ? { kind: 'none' } : { kind: 'file', path: call.oldFile } },
    { display: `b/${call.newPath}`, configPath: call.newPath, source: call.newFile === null ? { kind: 'none' } : { kind: 'file', path: call.newFile } },
  ];
}

/**
 * Under git, a version that does not validate (an old revision, before a rule existed) must not stop
 * `git diff` or `git log -p`: say so in one line and show git's plain diff. Exit 0, as git requires of a
 * driver unless diff.<name>.trustExitCode is set; then 1 with --exit-code, as the files differ.
 */
async function plainDiffInstead(call: GitDriverCall, failed: FileReport[], options: DiffCommandOptions, io: CliIo): Promise<number> {
  const names = failed.filter((f) => f.diagnostics.length > 0).map((f) => f.file);
  const errors = failed.reduce((n, f) => n + f.diagnostics.length, 0);
  const lang = options.lang as Lang;
  io.stdout(
    lang === 'da'
      ? `govcheck: ${names.join(' og ')} består ikke valideringen (${errors} fejl); her er en almindelig tekst-diff.\n`
      : `govcheck: ${names.join(' and ')} ${names.length === 1 ? 'does' : 'do'} not pass validation (${errors} ${errors === 1 ? 'error' : 'errors'}); showing a plain text diff.\n`,
  );
  io.stdout(await plainDiff(call, io.cwd));
  return options.exitCode ? EXIT_FINDINGS : EXIT_OK;
}
