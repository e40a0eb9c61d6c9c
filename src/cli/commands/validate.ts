import { formatJson } from '../../formatters/json.js';
import { formatStylish } from '../../formatters/stylish.js';
import { validate } from '../../validate.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, useColor, type CliIo } from '../io.js';

export const VALIDATE_FORMATS = ['stylish', 'json'] as const;
export type ValidateFormat = (typeof VALIDATE_FORMATS)[number];

export interface ValidateOptions {
  format: string;
}

/** `govcheck validate [paths…]`: 0 clean, 1 errors found, 2 a file could not be read or parsed. */
export async function validateCommand(paths: string[], options: ValidateOptions, io: CliIo): Promise<number> {
  if (!(VALIDATE_FORMATS as readonly string[]).includes(options.format)) {
    throw new UsageError(`Unknown format "${options.format}". Use one of: ${VALIDATE_FORMATS.join(', ')}.`);
  }
  const report = await validate(paths.length > 0 ? paths : ['.'], { cwd: io.cwd });
  io.stdout(options.format === 'json' ? formatJson(report) : formatStylish(report, { color: useColor(io) }));
  if (report.fatalCount > 0) return EXIT_USAGE;
  return report.errorCount > 0 ? EXIT_FINDINGS : EXIT_OK;
}
