import type { DataPath, Diagnostic, Severity, SourceRange } from '../diagnostic.js';
import type { LocateTarget } from '../load/parse-yaml.js';
import type { StructureModel } from '../model/build-model.js';
import { derive } from '../model/derive.js';
import { formatMessage, type Rule } from './rule.js';

export type RuleSeverity = Severity | 'off';

/** How one rule runs: its severity and options (from the config file, or the defaults). */
export interface RuleSetting {
  severity?: RuleSeverity;
  options?: Record<string, unknown>;
}

export interface RunRulesOptions {
  rules: readonly Rule[];
  settings?: Readonly<Record<string, RuleSetting>>;
  asOf?: string;
}

/**
 * Runs every enabled rule on a model that passed the schema. Rules report paths; here the paths
 * become source positions and the message ids become sentences.
 */
export function runRules(
  model: StructureModel,
  file: string,
  locate: (path: DataPath, target?: LocateTarget) => SourceRange,
  { rules, settings = {}, asOf = model.date }: RunRulesOptions,
): Diagnostic[] {
  const derived = derive(model);
  const diagnostics: Diagnostic[] = [];
  for (const rule of rules) {
    const setting = settings[rule.id] ?? {};
    const severity = setting.severity ?? rule.meta.defaultSeverity;
    if (severity === 'off') continue;
    const options = { ...(rule.meta.defaultOptions as object), ...setting.options };
    try {
      rule.check({
        model,
        derived,
        asOf,
        options,
        report: ({ messageId, data, path, target, subject }) => {
          diagnostics.push({
            ruleId: rule.id,
            messageId,
            ...(subject === undefined ? {} : { subject }),
            severity,
            message: formatMessage(rule.meta.messages[messageId] ?? messageId, data),
            file,
            path,
            ...locate(path, target),
          });
        },
      });
    } catch (error) {
      // A rule that throws is a bug in govcheck, not in the file: say so, and make the run fail with 2.
      diagnostics.push({
        ruleId: rule.id,
        severity: 'error',
        message: `Internal error in rule ${rule.id}: ${error instanceof Error ? error.message : String(error)}. Please report this with the file.`,
        file,
        path: [],
        fatal: true,
        line: 1,
        column: 1,
        endLine: 1,
        endColumn: 1,
      });
    }
  }
  return diagnostics;
}
