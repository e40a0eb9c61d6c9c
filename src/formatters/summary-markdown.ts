import type { Diagnostic } from '../diagnostic.js';
import type { ValidationReport } from '../validate.js';
import { sanitizeForTerminal } from './sanitize.js';

export interface StepSummaryOptions {
  /** How many findings, and how many files in the table per file, to list; the rest are counted. 50 by default. */
  limit?: number;
}

/**
 * Text from a file made safe for a Markdown table cell: controls and newlines become visible escapes
 * (so a cell is one line and cannot end the table), a backslash and the characters that start
 * Markdown syntax get a backslash (`|` cannot split the cell, `*`, `_`, `~`, backticks and brackets
 * cannot format or link), and `<`, `>` and `&` become entities, so no HTML or entity gets through.
 */
export function escapeMarkdownCell(text: string): string {
  return sanitizeForTerminal(text)
    .replace(/[\\`*_~[\]|]/g, (c) => `\\${c}`)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;');
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

interface Counts {
  errors: number;
  warnings: number;
  suppressed: number;
}

function count(into: Map<string, Counts>, key: string, field: keyof Counts): void {
  let counts = into.get(key);
  if (!counts) into.set(key, (counts = { errors: 0, warnings: 0, suppressed: 0 }));
  counts[field]++;
}

function countsTable(heading: string, rows: Map<string, Counts>, limit: number, more: (n: number) => string): string[] {
  const shown = [...rows].slice(0, limit);
  const out: string[] = [];
  if (shown.length > 0) out.push(`| ${heading} | errors | warnings | suppressed |`, '|---|---:|---:|---:|');
  for (const [key, c] of shown) out.push(`| ${escapeMarkdownCell(key)} | ${c.errors} | ${c.warnings} | ${c.suppressed} |`);
  if (rows.size > shown.length) out.push(...(out.length > 0 ? [''] : []), more(rows.size - shown.length));
  return out;
}

/**
 * Markdown for `$GITHUB_STEP_SUMMARY`: totals, findings counted per rule and per file (files with
 * findings, at most `limit` of them), and the first `limit` findings in the order of the report. GitHub shows at most 10 error and 10 warning annotations per step; the summary
 * page carries the rest. All text from the files is escaped, so it cannot break a table or add HTML.
 */
export function formatStepSummary(report: ValidationReport, options: StepSummaryOptions = {}): string {
  const wanted = options.limit ?? 50;
  const limit = Number.isNaN(wanted) ? 50 : Math.max(0, Math.floor(wanted));
  const files = report.files.length;
  const out: string[] = ['## govcheck validate', ''];
  const problems = report.errorCount + report.warningCount;
  const suppressedText = report.suppressedCount > 0 ? `, ${report.suppressedCount} suppressed` : '';
  if (problems === 0) out.push(`✅ ${plural(files, 'file')} checked, no problems${suppressedText}.`);
  else
    out.push(
      `${report.errorCount > 0 ? '❌' : '⚠️'} ${plural(problems, 'problem')} (${plural(report.errorCount, 'error')}, ` +
        `${plural(report.warningCount, 'warning')}) in ${plural(files, 'file')}${suppressedText}.`,
    );
  out.push(
    '',
    '| errors | warnings | suppressed | files |',
    '|---:|---:|---:|---:|',
    `| ${report.errorCount} | ${report.warningCount} | ${report.suppressedCount} | ${files} |`,
  );

  const byRule = new Map<string, Counts>();
  const byFile = new Map<string, Counts>();
  const findings: Diagnostic[] = [];
  for (const file of report.files) {
    for (const d of file.diagnostics) {
      const field = d.severity === 'error' ? 'errors' : 'warnings';
      count(byRule, d.ruleId, field);
      count(byFile, file.file, field);
      findings.push(d);
    }
    for (const d of file.suppressed) {
      count(byRule, d.ruleId, 'suppressed');
      count(byFile, file.file, 'suppressed');
    }
  }
  if (byRule.size === 0) return `${out.join('\n')}\n`;

  const sortedRules = new Map([...byRule].sort(([a, x], [b, y]) => y.errors - x.errors || y.warnings - x.warnings || y.suppressed - x.suppressed || (a < b ? -1 : a > b ? 1 : 0)));
  out.push('', '### By rule', '', ...countsTable('rule', sortedRules, sortedRules.size, () => ''));
  out.push('', '### By file', '', ...countsTable('file', byFile, limit, (n) => `… and ${plural(n, 'more file')} with findings.`));

  if (findings.length > 0) {
    out.push(
      '',
      '### Findings',
      '',
      '> GitHub shows at most 10 error and 10 warning annotations per step, so the findings are listed here too.',
    );
    const shown = findings.slice(0, limit);
    if (shown.length > 0) {
      out.push('', '| where | severity | rule | message |', '|---|---|---|---|');
      for (const d of shown) {
        out.push(`| ${escapeMarkdownCell(`${d.file}:${d.line}:${d.column}`)} | ${d.severity} | ${escapeMarkdownCell(d.ruleId)} | ${escapeMarkdownCell(d.message)} |`);
      }
    }
    if (findings.length > shown.length) {
      out.push('', `… and ${findings.length - shown.length} more: run \`govcheck validate\` locally to see them all.`);
    }
  }
  return `${out.join('\n')}\n`;
}
