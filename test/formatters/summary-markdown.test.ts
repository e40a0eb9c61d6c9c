import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { escapeMarkdownCell, formatStepSummary } from '../../src/formatters/summary-markdown.js';
import { summarize, validateSource, type FileReport } from '../../src/validate.js';
import { MINIMAL } from '../helpers.js';
import { fixtureReport } from './fixture.js';

const AT = { ruleId: 'r', severity: 'error' as const, path: [], line: 3, column: 5, endLine: 3, endColumn: 9 };

function fileWith(file: string, count: number, message = 'm'): FileReport {
  const diagnostics: Diagnostic[] = Array.from({ length: count }, (_, i) => ({ ...AT, file, line: i + 1, message: `${message} ${i + 1}` }));
  return { file, diagnostics, suppressed: [] };
}

/** The cells of a table row, split at the pipes that are not escaped. */
function cells(row: string): string[] {
  return row
    .slice(1, -1)
    .split(/(?<!\\)\|/)
    .map((c) => c.trim());
}

function section(markdown: string, heading: string): string[] {
  const lines = markdown.split('\n');
  const start = lines.indexOf(heading);
  const end = lines.findIndex((l, i) => i > start && l.startsWith('### '));
  return lines.slice(start + 1, end < 0 ? undefined : end).filter((l) => l !== '');
}

describe('formatStepSummary', () => {
  const summary = formatStepSummary(fixtureReport());

  it('starts with a heading and the totals', () => {
    const lines = summary.split('\n');
    expect(lines.slice(0, 7)).toEqual([
      '## govcheck validate',
      '',
      '❌ 4 problems (3 errors, 1 warning) in 3 files, 2 suppressed.',
      '',
      '| errors | warnings | suppressed | files |',
      '|---:|---:|---:|---:|',
      '| 3 | 1 | 2 | 3 |',
    ]);
    expect(summary.endsWith('\n')).toBe(true);
  });

  it('counts findings per rule, most errors first, and per file with findings', () => {
    expect(section(summary, '### By rule')).toEqual([
      '| rule | errors | warnings | suppressed |',
      '|---|---:|---:|---:|',
      '| no-unknown-municipality | 1 | 0 | 1 |',
      '| dates-in-order | 1 | 0 | 0 |',
      '| schema | 1 | 0 | 0 |',
      '| mandate-has-must-task | 0 | 1 | 1 |',
    ]);
    expect(section(summary, '### By file')).toEqual([
      '| file | errors | warnings | suppressed |',
      '|---|---:|---:|---:|',
      '| structures/a.yaml | 2 | 1 | 2 |',
      '| structures/b.yaml | 1 | 0 | 0 |',
    ]);
  });

  it('lists the findings with place, severity, rule and message, and says why', () => {
    expect(section(summary, '### Findings')).toEqual([
      '> GitHub shows at most 10 error and 10 warning annotations per step, so the findings are listed here too.',
      '| where | severity | rule | message |',
      '|---|---|---|---|',
      '| structures/a.yaml:10:5 | error | no-unknown-municipality | "Århuus" is not a Danish municipality. Did you mean Aarhus? |',
      '| structures/a.yaml:17:9 | error | dates-in-order | This ends (2023-07-01) before it starts (2027-12-31); swap or fix the dates. |',
      '| structures/a.yaml:18:5 | warning | mandate-has-must-task | The mandate of Kommuneklynge Nord lists no task the body must do (skal); add the must tasks, or record an exception for mandate-has-must-task that says why there are none. |',
      '| structures/b.yaml:8:1 | error | schema | Unknown key "nmae". Did you mean "name"? |',
    ]);
  });

  it('lists the first `limit` findings and counts the rest', () => {
    const report = summarize([fileWith('a.yaml', 40), fileWith('b.yaml', 30)]);
    const findings = section(formatStepSummary(report), '### Findings');
    expect(findings.filter((l) => l.startsWith('| a.yaml') || l.startsWith('| b.yaml'))).toHaveLength(50);
    expect(findings.at(-2)).toBe('| b.yaml:10:5 | error | r | m 10 |');
    expect(findings.at(-1)).toBe('… and 20 more: run `govcheck validate` locally to see them all.');
    const few = section(formatStepSummary(report, { limit: 3 }), '### Findings');
    expect(few.slice(3)).toEqual(['| a.yaml:1:5 | error | r | m 1 |', '| a.yaml:2:5 | error | r | m 2 |', '| a.yaml:3:5 | error | r | m 3 |', '… and 67 more: run `govcheck validate` locally to see them all.']);
    expect(section(formatStepSummary(report, { limit: 1 }), '### By file').at(-1)).toBe('… and 1 more file with findings.');
    expect(formatStepSummary(report, { limit: 70 })).not.toContain('more:');
  });

  it('says so when there is nothing to report', () => {
    expect(formatStepSummary(summarize([validateSource(MINIMAL, 'ok.yaml')]))).toBe(
      '## govcheck validate\n\n✅ 1 file checked, no problems.\n\n| errors | warnings | suppressed | files |\n|---:|---:|---:|---:|\n| 0 | 0 | 0 | 1 |\n',
    );
  });

  it('keeps hostile text inside its cell: no new row, column, formatting or HTML', () => {
    const file = 'a|b\n| x | y |\n<img src=x onerror=alert(1)>.yaml';
    const message = 'm | *bold* _em_ `code` ~~s~~ [link](http://x) <script>alert(1)</script> &lt; \\| \r\n|---|';
    const report = summarize([{ file, diagnostics: [{ ...AT, file, message }], suppressed: [] }]);
    const markdown = formatStepSummary(report);
    expect(markdown).not.toContain('<');
    const rows = section(markdown, '### Findings').filter((l) => l.startsWith('|'));
    expect(rows).toHaveLength(3);
    const row = cells(rows[2]!);
    expect(row).toHaveLength(4);
    // A newline is first written as the visible escape `\n`, whose backslash is then escaped: it shows as `\n`.
    expect(row[0]).toBe('a\\|b\\\\n\\| x \\| y \\|\\\\n&lt;img src=x onerror=alert(1)&gt;.yaml:3:5');
    expect(row[3]).toBe(
      'm \\| \\*bold\\* \\_em\\_ \\`code\\` \\~\\~s\\~\\~ \\[link\\](http://x) &lt;script&gt;alert(1)&lt;/script&gt; &amp;lt; \\\\\\| \\\\r\\\\n\\|---\\|',
    );
    const fileRows = section(markdown, '### By file').filter((l) => l.startsWith('|'));
    expect(fileRows).toHaveLength(3);
    expect(cells(fileRows[2]!)).toHaveLength(4);
  });

  it('escapes a cell', () => {
    expect(escapeMarkdownCell('a|b')).toBe('a\\|b');
    expect(escapeMarkdownCell('\u001b[2J\u202e')).toBe('\\\\u001b\\[2J\\\\u202e');
    expect(escapeMarkdownCell('plain text, 3 (three).')).toBe('plain text, 3 (three).');
  });
});
