import type { Diagnostic } from '../diagnostic.js';
import type { FileReport, ValidationReport } from '../validate.js';
import { sanitizeForTerminal } from './sanitize.js';

// Not allowed in XML 1.0 at all: C0 controls but tab, LF and CR; lone surrogates; U+FFFE and U+FFFF.
const NOT_XML = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\ufffe\uffff]|[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/g;

function visibleEscape(c: string): string {
  return `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/** Text content: markup characters as references; characters XML cannot hold as a visible `\uXXXX`. */
export function escapeXmlText(text: string): string {
  return text
    .replace(NOT_XML, visibleEscape)
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/\r/g, '&#13;');
}

/** An attribute value in double quotes: also quotes, and tab/LF/CR as references so parsers keep them. */
export function escapeXmlAttribute(text: string): string {
  return escapeXmlText(text).replace(/"/g, '&quot;').replace(/'/g, '&apos;').replace(/\t/g, '&#9;').replace(/\n/g, '&#10;');
}

/** Text from a file on one line: newlines and controls as visible escapes (and so never a forged line). */
function oneLine(text: string): string {
  return sanitizeForTerminal(text);
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

function findingLine(d: Diagnostic): string {
  return `${d.line}:${d.column} ${d.severity} ${oneLine(d.message)}`;
}

interface TestCase {
  name: string;
  errors: Diagnostic[];
  warnings: Diagnostic[];
}

/** One test case per rule with findings in the file, in order of the rule's first finding; or one passing case. */
function testCases(file: FileReport): TestCase[] {
  if (file.diagnostics.length === 0) return [{ name: 'govcheck', errors: [], warnings: [] }];
  const byRule = new Map<string, TestCase>();
  for (const d of file.diagnostics) {
    let testCase = byRule.get(d.ruleId);
    if (!testCase) byRule.set(d.ruleId, (testCase = { name: d.ruleId, errors: [], warnings: [] }));
    (d.severity === 'error' ? testCase.errors : testCase.warnings).push(d);
  }
  return [...byRule.values()];
}

/**
 * JUnit XML for CI test reports (GitLab's `artifacts:reports:junit`, Jenkins' JUnit plugin, GitHub
 * test-report actions): one `<testsuite>` per file, one `<testcase>` per rule with findings in it
 * (classname = the file, name = the rule id), and one passing `govcheck` case for a file without any.
 *
 * Warnings do not fail a run (the exit code is 0 with only warnings), so they do not fail a test case
 * either: a case fails, with one `<failure>` listing its errors as `line:col severity message`, only
 * when the rule found errors in the file; its warnings are listed in the case's `<system-out>`, and a
 * case with only warnings passes. Suppressed findings are left out. `errors` and `skipped` are always 0:
 * a file that could not be read is a failure of its `yaml` or `io` case, not a crash of the test run.
 */
export function formatJunit(report: ValidationReport): string {
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  for (const file of report.files) {
    const cases = testCases(file);
    const failed = cases.filter((c) => c.errors.length > 0).length;
    tests += cases.length;
    failures += failed;
    const name = escapeXmlAttribute(oneLine(file.file));
    const out = [`  <testsuite name="${name}" tests="${cases.length}" failures="${failed}" errors="0" skipped="0" time="0">`];
    for (const c of cases) {
      const open = `    <testcase name="${escapeXmlAttribute(c.name)}" classname="${name}" file="${name}" time="0"`;
      if (c.errors.length === 0 && c.warnings.length === 0) {
        out.push(`${open}/>`);
        continue;
      }
      out.push(`${open}>`);
      if (c.errors.length > 0) {
        const text = c.errors.map((d) => escapeXmlText(findingLine(d))).join('\n');
        out.push(`      <failure message="${plural(c.errors.length, 'problem')}" type="${escapeXmlAttribute(c.name)}">${text}</failure>`);
      }
      if (c.warnings.length > 0) {
        out.push(`      <system-out>${c.warnings.map((d) => escapeXmlText(findingLine(d))).join('\n')}</system-out>`);
      }
      out.push('    </testcase>');
    }
    out.push('  </testsuite>');
    suites.push(out.join('\n'));
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="govcheck" tests="${tests}" failures="${failures}" errors="0" skipped="0" time="0">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
