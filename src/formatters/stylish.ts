import type { Diagnostic } from '../diagnostic.js';
import type { ValidationReport } from '../validate.js';
import { PLAIN, type Painter } from './paint.js';
import { sanitizeForTerminal } from './sanitize.js';

export interface StylishOptions {
  /** Colours: `await createPainter(true)` for ANSI colours (the command line decides from the TTY, NO_COLOR and FORCE_COLOR); plain by default. */
  paint?: Painter;
  /** Print at most this many findings (the summary still counts them all). */
  maxFindings?: number;
}

/**
 * The default output for people: findings grouped by file, each as `line:col  severity  message  rule`
 * with the source line and a caret under the place, then a summary line.
 */
export function formatStylish(report: ValidationReport, options: StylishOptions = {}): string {
  const c = options.paint ?? PLAIN;
  const out: string[] = [];
  let budget = options.maxFindings ?? Infinity;
  let hidden = 0;
  for (const file of report.files) {
    if (file.diagnostics.length === 0) continue;
    if (budget <= 0) {
      hidden += file.diagnostics.length;
      continue;
    }
    const lines = file.source?.split(/\r?\n/);
    const position = (d: Diagnostic) => `${d.line}:${d.column}`;
    const posWidth = Math.max(...file.diagnostics.map((d) => position(d).length));
    const sevWidth = Math.max(...file.diagnostics.map((d) => d.severity.length));
    out.push(c.underline(sanitizeForTerminal(file.file)));
    for (const d of file.diagnostics) {
      if (budget-- <= 0) {
        hidden++;
        continue;
      }
      const severity = d.severity === 'error' ? c.red(d.severity.padEnd(sevWidth)) : c.yellow(d.severity.padEnd(sevWidth));
      out.push(`  ${c.dim(position(d).padEnd(posWidth))}  ${severity}  ${sanitizeForTerminal(d.message)}  ${c.dim(d.ruleId)}`);
      const sourceLine = lines?.[d.line - 1];
      if (sourceLine !== undefined && sourceLine.trim() !== '') out.push(...excerpt(sourceLine, d, posWidth + sevWidth + 6, c));
    }
    out.push('');
  }
  if (hidden > 0) out.push(`… and ${hidden} more ${hidden === 1 ? 'finding' : 'findings'} not shown. Raise --max-findings, or use --format json for all of them.`, '');
  out.push(summaryLine(report, c));
  return `${out.join('\n')}\n`;
}

function excerpt(sourceLine: string, d: Diagnostic, indent: number, c: Painter): string[] {
  const shown = sanitizeForTerminal(sourceLine.length > 200 ? `${sourceLine.slice(0, 200)}…` : sourceLine);
  const start = Math.min(d.column - 1, shown.length);
  const end = d.endLine === d.line ? Math.min(Math.max(d.endColumn - 1, start + 1), shown.length) : shown.length;
  // Keep tabs so that the caret lines up under tab-indented text.
  const pad = shown.slice(0, start).replace(/[^\t]/g, ' ');
  const gutter = ' '.repeat(indent);
  return [`${gutter}${c.dim('|')} ${shown}`, `${gutter}${c.dim('|')} ${pad}${c.red('^'.repeat(Math.max(1, end - start)))}`];
}

function summaryLine(report: ValidationReport, c: Painter): string {
  const files = report.files.length;
  const filesText = `${files} ${files === 1 ? 'file' : 'files'}`;
  const problems = report.errorCount + report.warningCount;
  const suppressed = report.suppressedCount > 0 ? `, ${report.suppressedCount} suppressed` : '';
  if (problems === 0) return c.green(`✔ ${filesText} checked, no problems${suppressed}`);
  const text =
    `✖ ${problems} ${problems === 1 ? 'problem' : 'problems'} ` +
    `(${report.errorCount} ${report.errorCount === 1 ? 'error' : 'errors'}, ${report.warningCount} ${report.warningCount === 1 ? 'warning' : 'warnings'}) in ${filesText}${suppressed}`;
  return report.errorCount > 0 ? c.bold(c.red(text)) : c.bold(c.yellow(text));
}
