import type { Diagnostic } from '../diagnostic.js';
import type { ValidationReport } from '../validate.js';

// C0 controls but tab, newline and carriage return (those three are percent-escaped), DEL, C1 controls,
// and the bidi overrides and isolates that can make a log line read differently from what it says.
const UNSAFE = /[\u0000-\u0008\u000b-\u000c\u000e-\u001f\u007f-\u009f\u202a-\u202e\u2066-\u2069]/g;

function visible(text: string): string {
  return text.replace(UNSAFE, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

/**
 * The data of a workflow command (the message after `::`): `%`, CR and LF are percent-escaped, so a
 * message from a file can never end the line and start a command of its own.
 */
export function escapeData(text: string): string {
  return visible(text).replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

/** A property value (`file=…,title=…`): as data, and also `:` and `,`, which end a value. */
export function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}

/**
 * GitHub Actions workflow commands: one `::error …::message` or `::warning …::message` line per
 * finding, which the runner turns into annotations on the pull request's files. The file is the path
 * as given (relative to the working directory, normally the repository's root), with slashes.
 * Columns are sent only for a finding on one line: GitHub refuses `col`/`endColumn` on an annotation
 * whose start and end lines differ. `endColumn` is exclusive, as in govcheck's own positions.
 * Suppressed findings are not printed.
 */
export function formatGithub(report: ValidationReport, options: { maxFindings?: number } = {}): string {
  const lines: string[] = [];
  const all = report.files.flatMap((file) => file.diagnostics);
  const max = options.maxFindings ?? Infinity;
  for (const d of all.slice(0, max)) lines.push(command(d));
  if (all.length > max) lines.push(`::notice title=govcheck::${all.length - max} more findings not shown (raise --max-findings, or see the job summary)`);
  return lines.length === 0 ? '' : `${lines.join('\n')}\n`;
}

function command(d: Diagnostic): string {
  const line = Math.max(1, d.line);
  const endLine = Math.max(line, d.endLine);
  const oneLine = endLine === line;
  const properties: [string, string | number][] = [['file', d.file.replace(/\\/g, '/')], ['line', line]];
  if (oneLine) properties.push(['col', Math.max(1, d.column)]);
  properties.push(['endLine', endLine]);
  if (oneLine) properties.push(['endColumn', Math.max(1, d.column, d.endColumn)]);
  properties.push(['title', d.ruleId]);
  const props = properties.map(([key, value]) => `${key}=${escapeProperty(String(value))}`).join(',');
  return `::${d.severity} ${props}::${escapeData(d.message)}`;
}
