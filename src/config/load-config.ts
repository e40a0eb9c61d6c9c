import { createRequire } from 'node:module';
import { dirname, join, relative, resolve } from 'node:path';
import { compareDiagnostics, type DataPath, type Diagnostic, type SourceRange } from '../diagnostic.js';
import type { RuleSetting, RuleSeverity } from '../engine/run-rules.js';
import { globToRegExp } from '../load/collect-files.js';
import { decodeText } from '../load/decode-text.js';
import { parseYaml, type LocateTarget } from '../load/parse-yaml.js';
import { readStructureFile } from '../load/read-file.js';
import { createSchemaChecker } from '../schema/validate-schema.js';
import { closest } from '../suggest.js';
import type { MunicipalityRef } from '../model/types.js';

export const CONFIG_FILE_NAMES = ['.govcheck.yaml', '.govcheck.yml'] as const;

const CONFIG_SCHEMA = createRequire(import.meta.url)('../../schemas/config.schema.json');
const checkConfig = createSchemaChecker(CONFIG_SCHEMA);

type RawSetting = string | { severity?: string; options?: Record<string, unknown> };

interface RawConfig {
  rules?: Record<string, RawSetting>;
  overrides?: { files: string[]; rules: Record<string, RawSetting> }[];
  exceptions?: {
    rule: string;
    files?: string[];
    body?: string;
    grouping?: string;
    municipality?: MunicipalityRef;
    reason: string;
    expires?: string;
  }[];
}

/** An accepted finding, from a structure file's `exceptions` or from the config. */
export interface AcceptedException {
  rule: string;
  body?: string;
  grouping?: string;
  municipality?: MunicipalityRef;
  reason: string;
  expires?: string;
  /** Where the exception is written, for warnings about it. */
  file: string;
  path: DataPath;
  /** Its position, worked out only when a warning needs it. */
  range: () => SourceRange;
  /** Config exceptions: the files it applies to (all when undefined). */
  appliesTo?: (file: string) => boolean;
}

export interface GovcheckConfig {
  /** The config file, when one was found or given. */
  file?: string;
  rules: Record<string, RuleSetting>;
  overrides: { matches: (file: string) => boolean; rules: Record<string, RuleSetting> }[];
  exceptions: AcceptedException[];
}

export interface LoadedConfig {
  config: GovcheckConfig;
  /** Problems in the config file; any error here means exit code 2. */
  diagnostics: Diagnostic[];
}

export const EMPTY_CONFIG: GovcheckConfig = { rules: {}, overrides: [], exceptions: [] };

/** Finds `.govcheck.yaml` in the working directory or the nearest folder above it. */
export async function findConfig(cwd: string): Promise<string | undefined> {
  let dir = resolve(cwd);
  for (;;) {
    for (const name of CONFIG_FILE_NAMES) {
      const candidate = join(dir, name);
      const read = await readStructureFile(candidate);
      if (read.ok || !read.message.endsWith('does not exist.')) return candidate;
    }
    const parent = dirname(dir);
    if (parent === dir) return undefined;
    dir = parent;
  }
}

/** Reads and checks a config file. Unknown rule ids get "did you mean". */
export async function loadConfig(path: string, cwd: string, ruleIds: readonly string[]): Promise<LoadedConfig> {
  const file = relative(cwd, path) || path;
  const fail = (message: string, range: SourceRange = { line: 1, column: 1, endLine: 1, endColumn: 1 }, at: DataPath = []): LoadedConfig => ({
    config: EMPTY_CONFIG,
    diagnostics: [{ ruleId: 'config', severity: 'error', message, file, path: at, fatal: true, ...range }],
  });
  const read = await readStructureFile(path);
  if (!read.ok) return fail(read.message);
  const decoded = decodeText(read.bytes);
  if (!decoded.ok) return fail(decoded.message, { line: decoded.line, column: decoded.column, endLine: decoded.line, endColumn: decoded.column });
  const { parsed, problems } = parseYaml(decoded.text);
  if (!parsed) return fail(problems[0]!.message, problems[0]!.range);

  const located = (message: string, at: DataPath, target: LocateTarget = 'value'): Diagnostic => ({
    ruleId: 'config',
    severity: 'error',
    message,
    file,
    path: at,
    fatal: true,
    ...parsed.locate(at, target),
  });
  const diagnostics = checkConfig(parsed.data).map((p) => located(p.message, p.path, p.target));
  if (diagnostics.length > 0) return { config: EMPTY_CONFIG, diagnostics: diagnostics.sort(compareDiagnostics) };

  const raw = (parsed.data ?? {}) as RawConfig;
  const dir = dirname(path);
  const matcher = (patterns: string[]) => {
    const regexps = patterns.map(globToRegExp);
    return (target: string) => {
      const rel = relative(dir, resolve(cwd, target)).split('\\').join('/');
      return regexps.some((r) => r.test(rel));
    };
  };
  const settings = (rules: Record<string, RawSetting> | undefined, at: DataPath): Record<string, RuleSetting> => {
    const out: Record<string, RuleSetting> = {};
    for (const [id, value] of Object.entries(rules ?? {})) {
      if (!ruleIds.includes(id)) {
        const guess = closest(id, ruleIds);
        diagnostics.push(located(`There is no rule "${id}".${guess ? ` Did you mean "${guess}"?` : ' Run `govcheck rules` to list them.'}`, [...at, id], 'key'));
        continue;
      }
      const severity = typeof value === 'string' ? value : value.severity;
      out[id] = {
        severity: severity === undefined ? undefined : ((severity === 'warn' ? 'warning' : severity) as RuleSeverity),
        options: typeof value === 'string' ? undefined : value.options,
      };
    }
    return out;
  };
  const config: GovcheckConfig = {
    file,
    rules: settings(raw.rules, ['rules']),
    overrides: (raw.overrides ?? []).map((o, i) => ({ matches: matcher(o.files), rules: settings(o.rules, ['overrides', i, 'rules']) })),
    exceptions: (raw.exceptions ?? []).map((e, i) => ({
      rule: e.rule,
      body: e.body,
      grouping: e.grouping,
      municipality: e.municipality,
      reason: e.reason,
      expires: e.expires,
      file,
      path: ['exceptions', i],
      range: () => parsed.locate(['exceptions', i, 'rule']),
      appliesTo: e.files ? matcher(e.files) : undefined,
    })),
  };
  return { config, diagnostics: diagnostics.sort(compareDiagnostics) };
}

/** The rule settings for one file: the config's rules, then every override that matches, in order. */
export function settingsFor(config: GovcheckConfig, file: string): Record<string, RuleSetting> {
  let out = { ...config.rules };
  for (const override of config.overrides) {
    if (!override.matches(file)) continue;
    for (const [id, setting] of Object.entries(override.rules)) {
      out = { ...out, [id]: { severity: setting.severity ?? out[id]?.severity, options: { ...out[id]?.options, ...setting.options } } };
    }
  }
  return out;
}
