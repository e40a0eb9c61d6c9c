/** How much a finding matters. `error` fails the run by default. */
export type Severity = 'error' | 'warning';

/** A path into the data: object keys and array indices, as in a JSON pointer. */
export type DataPath = readonly (string | number)[];

/** A 1-based source range. */
export interface SourceRange {
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

/** One finding in one file. Problems in the user's files are always diagnostics, never exceptions. */
export interface Diagnostic extends SourceRange {
  ruleId: string;
  /** Which of the rule's messages this is (rules only). */
  messageId?: string;
  /** The named thing a finding is about, such as a constraint's id. */
  subject?: string;
  severity: Severity;
  message: string;
  file: string;
  path: DataPath;
  /** True when the file could not be read as one YAML document or was refused by a limit (exit code 2). */
  fatal?: boolean;
}

export function compareDiagnostics(a: Diagnostic, b: Diagnostic): number {
  return (
    (a.file < b.file ? -1 : a.file > b.file ? 1 : 0) ||
    a.line - b.line ||
    a.column - b.column ||
    (a.ruleId < b.ruleId ? -1 : a.ruleId > b.ruleId ? 1 : 0) ||
    (a.message < b.message ? -1 : a.message > b.message ? 1 : 0)
  );
}
