import { resolve } from 'node:path';
import { DEFAULT_LIMITS, type Limits } from './limits.js';
import { compareDiagnostics, type DataPath, type Diagnostic, type SourceRange } from './diagnostic.js';
import { collectFiles } from './load/collect-files.js';
import { decodeText } from './load/decode-text.js';
import { findControlCharacter, parseYaml, type LocateTarget } from './load/parse-yaml.js';
import { FAST_SCHEMA, fastParse, type FastParsed } from './load/fast-parse.js';
import { readWithPositions, type Locate, type MaybeLocate } from './load/fast-locate.js';
import { lineLocator } from './load/line-locate.js';
import { readStructureFile } from './load/read-file.js';
import { buildModel, type StructureModel } from './model/build-model.js';
import type { StructureDoc } from './model/types.js';
import { validateSchema } from './schema/validate-schema.js';
import { runRules, type RuleSetting } from './engine/run-rules.js';
import type { Rule } from './engine/rule.js';
import { BUILT_IN_RULES } from './rules/index.js';
import { EMPTY_CONFIG, settingsFor, type AcceptedException, type GovcheckConfig } from './config/load-config.js';
import { applySuppressions, exceptionWarnings, fileExceptions, type SuppressedDiagnostic } from './engine/suppressions.js';

export interface ValidateOptions {
  /** The rules to run; all built-in rules by default. */
  rules?: readonly Rule[];
  /** Severity and options per rule id. */
  settings?: Readonly<Record<string, RuleSetting>>;
  /** Evaluate dated facts on this ISO date instead of each structure's own date. */
  asOf?: string;
  /** Settings, overrides and exceptions from a `.govcheck.yaml` (see loadConfig). */
  config?: GovcheckConfig;
  /** Today's date, for exception expiry; the system date by default. */
  today?: string;
  /** Raise or lower the limits on file size, nesting and aliases (see docs/security.md). */
  limits?: Partial<Limits>;
  /** Read clean files with the fast parser first (default); `false` always uses the positional one. */
  fastParse?: boolean;
  /**
   * Keep each file's model, locator and text in the report (default). `false` keeps only the text of
   * files with findings, so that checking thousands of files holds only what is printed.
   */
  keepModels?: boolean;
  /**
   * Read source positions with the data (default: only once a finding needs one), for a file the
   * line reader does not take (for one it takes, `valueStart` walks its lines instead). Faster when
   * many positions will be needed anyway, as `diff` needs them to locate each change.
   */
  withPositions?: boolean;
}

/** Internal: config exceptions used by any file, to warn once about the ones no file used. */
interface SharedState {
  usedExceptions: Set<AcceptedException>;
  /** Today's date, worked out once for all files. */
  today: string;
}

function todayIso(): string {
  return new Date().toISOString().slice(0, 10);
}

/** What govcheck found in one file. */
export interface FileReport {
  file: string;
  diagnostics: Diagnostic[];
  /** The decoded text, when the file could be read (formatters quote source lines from it). */
  source?: string;
  /** The model, when the file passed the schema. */
  model?: StructureModel;
  /** Findings silenced by a disable comment or an accepted exception. */
  suppressed: SuppressedDiagnostic[];
  /** Source range of a path in the file, when it could be parsed. */
  locate?: (path: DataPath, target?: LocateTarget) => SourceRange;
  /**
   * Where the value at a path starts (as `locate` has it), found by walking the lines of a file the
   * line reader took; undefined where the walk cannot say (ask `locate`). Quicker than `locate` when
   * few paths are wanted: `diff` uses it.
   */
  valueStart?: (path: DataPath) => { line: number; column: number } | undefined;
}

export interface ValidationReport {
  files: FileReport[];
  errorCount: number;
  warningCount: number;
  /** Files that could not be read as one YAML document or were refused by a limit. */
  fatalCount: number;
  suppressedCount: number;
}

const WHOLE_FILE: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 };

/** Validates one file's content (text or bytes). Never throws for problems in the content. */
export function validateSource(content: string | Uint8Array, file = '<input>', options: ValidateOptions = {}): FileReport {
  return checkSource(content, file, options, { usedExceptions: new Set(), today: options.today ?? todayIso() });
}

function checkSource(content: string | Uint8Array, file: string, options: ValidateOptions, shared: SharedState): FileReport {
  let text: string;
  if (typeof content === 'string') {
    text = content.charCodeAt(0) === 0xfeff ? content.slice(1) : content;
  } else {
    const decoded = decodeText(content);
    if (!decoded.ok) {
      const at = { line: decoded.line, column: decoded.column, endLine: decoded.line, endColumn: decoded.column };
      return { file, diagnostics: [yamlDiagnostic(file, decoded.message, at)], suppressed: [] };
    }
    text = decoded.text;
  }

  const limits = { ...DEFAULT_LIMITS, ...options.limits };
  const control = findControlCharacter(text);
  if (control) return { file, diagnostics: [yamlDiagnostic(file, control.message, control.range)], suppressed: [], source: text };
  const diagnostics: Diagnostic[] = [];
  let data: unknown;
  let locate: (path: DataPath, target?: LocateTarget) => SourceRange;
  const fast = options.fastParse === false ? { ok: false as const } : fastParse(text, limits.maxDepth, limits.aliasAllowance, options.withPositions);
  const fastProblems = fast.ok ? validateSchema(fast.data) : undefined;
  if (fast.ok && fastProblems!.length === 0) {
    // A clean shape: the positions are needed only if a rule finds something, so parse them lazily.
    data = fast.data;
    let positions: Locate | undefined;
    locate = (path, target) => (positions ??= orFullReader(listenerLocate(fast, text), text, limits))(path, target);
  } else {
    let schemaProblems = fastProblems;
    // A file the fast path read that breaks the schema is located without the full reader where it can be.
    const fastLocate = fast.ok ? listenerLocate(fast, text) : undefined;
    if (fast.ok && fastLocate) {
      data = fast.data;
      locate = orFullReader(fastLocate, text, limits);
    } else {
      const { parsed, problems } = parseYaml(text, limits);
      diagnostics.push(...problems.map((p) => ({ ...yamlDiagnostic(file, p.message, p.range), fatal: p.fatal })));
      if (!parsed) return { file, diagnostics, suppressed: [], source: text };
      data = parsed.data;
      locate = parsed.locate;
      // The same data as the fast path's where it read the file (the differential tests hold them equal).
      schemaProblems ??= validateSchema(data);
    }
    for (const problem of schemaProblems!) {
      diagnostics.push({
        ruleId: 'schema',
        severity: 'error',
        message: problem.message,
        file,
        path: problem.path,
        ...locate(problem.path, problem.target),
      });
    }
    if (diagnostics.some((d) => d.severity === 'error')) {
      return { file, diagnostics: diagnostics.sort(compareDiagnostics), suppressed: [], source: text, locate };
    }
  }
  const model = buildModel(data as StructureDoc);
  const rules = options.rules ?? BUILT_IN_RULES;
  const config = options.config ?? EMPTY_CONFIG;
  const settings = { ...settingsFor(config, file), ...options.settings };
  diagnostics.push(...runRules(model, file, locate, { rules, settings, asOf: options.asOf }));

  const today = shared.today;
  const own = fileExceptions(model, file, locate);
  const usedOwn = new Set<AcceptedException>();
  const fromConfig = config.exceptions.filter((e) => !e.appliesTo || e.appliesTo(file));
  const { diagnostics: kept, suppressed } = applySuppressions(diagnostics, {
    file,
    text,
    model,
    ruleIds: rules.map((r) => r.id),
    exceptions: [...own, ...fromConfig],
    today,
    usedExceptions: usedOwn,
  });
  for (const e of usedOwn) shared.usedExceptions.add(e);
  kept.push(...exceptionWarnings(own, usedOwn, today));
  const valueStart = fast.ok && fast.byLines ? lineLocator(text) : undefined;
  return { file, diagnostics: kept.sort(compareDiagnostics), suppressed: suppressed.sort(compareDiagnostics), source: text, locate, model, ...(valueStart && { valueStart }) };
}

/**
 * The listener's positions for a file the fast path read: read now, unless they were read with the
 * data or the text could not be read that way (then the full reader locates).
 */
function listenerLocate(fast: FastParsed, text: string): MaybeLocate | undefined {
  return fast.locate === null ? undefined : (fast.locate ?? readWithPositions(text, FAST_SCHEMA)?.locate);
}

/** The listener's positions, and the full reader's (read once, when first needed) for the paths it gives up on. */
function orFullReader(fast: MaybeLocate | undefined, text: string, limits: Limits): Locate {
  let full: Locate | undefined;
  const fullReader: Locate = (path, target) => (full ??= parseYaml(text, limits).parsed?.locate ?? (() => WHOLE_FILE))(path, target);
  return fast ? (path, target) => fast(path, target) ?? fullReader(path, target) : fullReader;
}

function yamlDiagnostic(file: string, message: string, range: SourceRange): Diagnostic {
  return { ruleId: 'yaml', severity: 'error', message, file, path: [], fatal: true, ...range };
}

/** Reads and validates files, folders (*.yaml, *.yml) and glob patterns. */
export async function validate(paths: readonly string[], options: ValidateOptions & { cwd?: string } = {}): Promise<ValidationReport> {
  const { files, missing } = await collectFiles(paths, options.cwd);
  const reports: FileReport[] = missing.map(({ pattern, message }) => ({
    file: pattern,
    diagnostics: [{ ...yamlDiagnostic(pattern, message, WHOLE_FILE), ruleId: 'io' }],
    suppressed: [],
  }));
  const shared: SharedState = { usedExceptions: new Set(), today: options.today ?? todayIso() };
  for (const file of files) {
    const read = await readStructureFile(resolve(options.cwd ?? '.', file), options.limits?.maxFileBytes ?? DEFAULT_LIMITS.maxFileBytes);
    if (!read.ok) {
      reports.push({ file, diagnostics: [{ ...yamlDiagnostic(file, read.message, WHOLE_FILE), ruleId: 'io' }], suppressed: [] });
      continue;
    }
    const report = checkSource(read.bytes, file, options, shared);
    if (options.keepModels === false) {
      reports.push({ file, diagnostics: report.diagnostics, suppressed: report.suppressed, source: report.diagnostics.length > 0 ? report.source : undefined });
    } else {
      reports.push(report);
    }
  }
  const config = options.config;
  if (config?.file && config.exceptions.length > 0) {
    const warnings = exceptionWarnings(config.exceptions, shared.usedExceptions, shared.today);
    if (warnings.length > 0) reports.push({ file: config.file, diagnostics: warnings.sort(compareDiagnostics), suppressed: [] });
  }
  return summarize(reports);
}

export function summarize(files: FileReport[]): ValidationReport {
  let errorCount = 0;
  let warningCount = 0;
  let fatalCount = 0;
  let suppressedCount = 0;
  for (const report of files) {
    suppressedCount += report.suppressed.length;
    if (report.diagnostics.some((d) => d.fatal)) fatalCount++;
    for (const d of report.diagnostics) {
      if (d.severity === 'error') errorCount++;
      else warningCount++;
    }
  }
  return { files, errorCount, warningCount, fatalCount, suppressedCount };
}
