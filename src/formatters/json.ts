import type { Diagnostic } from '../diagnostic.js';
import type { ValidationReport } from '../validate.js';

/** Bumped when a field changes meaning or disappears; new fields may appear within a version. */
export const JSON_FORMAT_VERSION = 1;

function pointer(path: readonly (string | number)[]): string {
  return path.map((s) => `/${String(s).replace(/~/g, '~0').replace(/\//g, '~1')}`).join('');
}

function entry(d: Diagnostic) {
  return {
    ruleId: d.ruleId,
    ...(d.messageId ? { messageId: d.messageId } : {}),
    ...(d.subject ? { subject: d.subject } : {}),
    severity: d.severity,
    message: d.message,
    line: d.line,
    column: d.column,
    endLine: d.endLine,
    endColumn: d.endColumn,
    path: pointer(d.path),
    fatal: d.fatal === true,
  };
}

/** Machine-readable output, documented in docs/json-format.md. */
export function formatJson(report: ValidationReport): string {
  const output = {
    format: 'govcheck-validate',
    version: JSON_FORMAT_VERSION,
    summary: {
      files: report.files.length,
      errors: report.errorCount,
      warnings: report.warningCount,
      unreadable: report.fatalCount,
      suppressed: report.suppressedCount,
    },
    files: report.files.map((file) => ({
      file: file.file,
      errors: file.diagnostics.filter((d) => d.severity === 'error').length,
      warnings: file.diagnostics.filter((d) => d.severity === 'warning').length,
      diagnostics: file.diagnostics.map(entry),
      suppressed: file.suppressed.map((d) => ({ ...entry(d), suppressions: d.suppressions })),
    })),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
