import { appendFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { FORMAT_NAMES, FORMATTERS, type FormatName } from '../../formatters/index.js';
import { formatStepSummary } from '../../formatters/summary-markdown.js';
import { summarize, validate, type ValidationReport } from '../../validate.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, useColor, type CliIo } from '../io.js';
import { loadCliConfig } from '../load-cli-config.js';
import { parseLimits, wholeNumber, type LimitOptions } from '../limit-options.js';
import { writeFileAtomic } from '../write-file-atomic.js';
import { createPainter, PLAIN } from '../../formatters/paint.js';
import { isIsoDate } from '../../schema/iso-date.js';

export interface ValidateOptions extends LimitOptions {
  format: string;
  maxFindings?: string;
  outputFormat?: string[];
  config?: string | false;
  asOf?: string;
  maxWarnings?: string;
  failOn?: string;
  quiet?: boolean;
  version: string;
}

/** Findings printed at most by stylish and github; machine formats always carry all of them. */
export const DEFAULT_MAX_FINDINGS = 1000;

/** `fmt=path` pairs from --output-format, checked before any work is done. */
export function parseOutputs(values: readonly string[]): { format: FormatName; path: string }[] {
  return values.map((value) => {
    const at = value.indexOf('=');
    const format = value.slice(0, Math.max(at, 0));
    const path = value.slice(at + 1);
    if (at <= 0 || path === '') throw new UsageError(`--output-format needs FORMAT=FILE, like sarif=govcheck.sarif; "${value}" is not.`);
    if (!(FORMAT_NAMES as readonly string[]).includes(format)) {
      throw new UsageError(`Unknown format "${format}" in --output-format. Use one of: ${FORMAT_NAMES.join(', ')}.`);
    }
    return { format: format as FormatName, path };
  });
}

/**
 * `govcheck validate [paths…]`. Exit codes: 2 when a file or the config cannot be read (or an
 * output cannot be written), 1 when findings reach the failing threshold, else 0.
 */
export async function validateCommand(paths: string[], options: ValidateOptions, io: CliIo): Promise<number> {
  if (!(FORMAT_NAMES as readonly string[]).includes(options.format)) {
    throw new UsageError(`Unknown format "${options.format}". Use one of: ${FORMAT_NAMES.join(', ')}.`);
  }
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    throw new UsageError(`--as-of needs a date written YYYY-MM-DD, like 2023-04-21; "${options.asOf}" is not.`);
  }
  const maxWarnings = wholeNumber('--max-warnings', options.maxWarnings);
  const limits = parseLimits(options);
  const outputs = parseOutputs(options.outputFormat ?? []);
  const maxFindings = wholeNumber('--max-findings', options.maxFindings, 1) ?? DEFAULT_MAX_FINDINGS;
  const context = { paint: await createPainter(useColor(io)), version: options.version, maxFindings };

  const { config, diagnostics: configProblems } = await loadCliConfig(options.config, io);
  if (configProblems.length > 0) {
    io.stdout(FORMATTERS[options.format as FormatName](summarize([{ file: configProblems[0]!.file, diagnostics: configProblems, suppressed: [] }]), context));
    return EXIT_USAGE;
  }

  let report = await validate(paths.length > 0 ? paths : ['.'], { cwd: io.cwd, config, asOf: options.asOf, limits, keepModels: false });
  if (options.quiet) report = errorsOnly(report);

  // Every output is made before any is written, so a failure cannot leave some files new and some old.
  const rendered = outputs.map(({ format, path }) => ({ path: resolve(io.cwd, path), text: FORMATTERS[format](report, { ...context, paint: PLAIN }) }));
  for (const { path, text } of rendered) await writeFileAtomic(path, text);
  if (io.env.GITHUB_STEP_SUMMARY) {
    try {
      appendFileSync(io.env.GITHUB_STEP_SUMMARY, formatStepSummary(report));
    } catch {
      io.stderr(`govcheck: could not append the summary to GITHUB_STEP_SUMMARY (${io.env.GITHUB_STEP_SUMMARY}).\n`);
    }
  }
  io.stdout(FORMATTERS[options.format as FormatName](report, context));

  if (report.fatalCount > 0) return EXIT_USAGE;
  if (report.errorCount > 0) return EXIT_FINDINGS;
  if (options.failOn === 'warning' && report.warningCount > 0) return EXIT_FINDINGS;
  if (maxWarnings !== undefined && report.warningCount > maxWarnings) {
    io.stderr(`govcheck: ${report.warningCount} warnings, more than --max-warnings ${maxWarnings} allows.\n`);
    return EXIT_FINDINGS;
  }
  return EXIT_OK;
}

/** --quiet: only errors are reported, counted and written. */
function errorsOnly(report: ValidationReport): ValidationReport {
  return summarize(report.files.map((f) => ({ ...f, diagnostics: f.diagnostics.filter((d) => d.severity === 'error') })));
}

