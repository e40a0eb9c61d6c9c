import { resolve } from 'node:path';
import { findConfig, loadConfig, type GovcheckConfig } from '../../config/load-config.js';
import { formatJson } from '../../formatters/json.js';
import { formatStylish } from '../../formatters/stylish.js';
import { BUILT_IN_RULES } from '../../rules/index.js';
import { summarize, validate } from '../../validate.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, useColor, type CliIo } from '../io.js';

export const VALIDATE_FORMATS = ['stylish', 'json'] as const;

export interface ValidateOptions {
  format: string;
  config?: string | false;
  asOf?: string;
}

/** `govcheck validate [paths…]`: 0 clean, 1 errors found, 2 a file or the config could not be read. */
export async function validateCommand(paths: string[], options: ValidateOptions, io: CliIo): Promise<number> {
  if (!(VALIDATE_FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`Unknown format "${options.format}". Use one of: ${VALIDATE_FORMATS.join(', ')}.`);
  }
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    throw new UsageError(`--as-of needs a date written YYYY-MM-DD, like 2023-04-21; "${options.asOf}" is not.`);
  }
  const print = (report: ReturnType<typeof summarize>) =>
    io.stdout(options.format === 'json' ? formatJson(report) : formatStylish(report, { color: useColor(io) }));

  let config: GovcheckConfig | undefined;
  if (options.config !== false) {
    const path = options.config ? resolve(io.cwd, options.config) : await findConfig(io.cwd);
    if (path) {
      const loaded = await loadConfig(path, io.cwd, BUILT_IN_RULES.map((r) => r.id));
      if (loaded.diagnostics.length > 0) {
        print(summarize([{ file: loaded.diagnostics[0]!.file, diagnostics: loaded.diagnostics, suppressed: [] }]));
        return EXIT_USAGE;
      }
      config = loaded.config;
    }
  }

  const report = await validate(paths.length > 0 ? paths : ['.'], { cwd: io.cwd, config, asOf: options.asOf });
  print(report);
  if (report.fatalCount > 0) return EXIT_USAGE;
  return report.errorCount > 0 ? EXIT_FINDINGS : EXIT_OK;
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}
