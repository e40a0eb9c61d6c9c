import type { ValidationReport } from '../validate.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { BUILT_IN_RULES } from '../rules/index.js';

export interface FormatContext {
  color: boolean;
  /** govcheck's version, for formats that name the tool. */
  version: string;
  /** Findings printed at most by the formats for people (stylish, github). */
  maxFindings?: number;
}

/** Every output format of `govcheck validate`, by the name used on the command line. */
export const FORMATTERS = {
  stylish: (report: ValidationReport, context: FormatContext) => formatStylish(report, { color: context.color, maxFindings: context.maxFindings }),
  json: (report: ValidationReport) => formatJson(report),
  sarif: (report: ValidationReport, context: FormatContext) => formatSarif(report, { rules: BUILT_IN_RULES, version: context.version }),
  junit: (report: ValidationReport) => formatJunit(report),
  github: (report: ValidationReport, context: FormatContext) => formatGithub(report, { maxFindings: context.maxFindings }),
} satisfies Record<string, (report: ValidationReport, context: FormatContext) => string>;

export type FormatName = keyof typeof FORMATTERS;
export const FORMAT_NAMES = Object.keys(FORMATTERS) as FormatName[];
