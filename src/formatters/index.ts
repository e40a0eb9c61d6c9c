import type { ValidationReport } from '../validate.js';
import { FORMAT_NAMES, type FormatName } from './names.js';
import type { Painter } from './paint.js';
import { formatGithub } from './github.js';
import { formatJson } from './json.js';
import { formatJunit } from './junit.js';
import { formatSarif } from './sarif.js';
import { formatStylish } from './stylish.js';
import { BUILT_IN_RULES } from '../rules/index.js';

export interface FormatContext {
  /** Colours for the formats for people; PLAIN when colour is off. */
  paint: Painter;
  /** govcheck's version, for formats that name the tool. */
  version: string;
  /** Findings printed at most by the formats for people (stylish, github). */
  maxFindings?: number;
}

/** Every output format of `govcheck validate`, by the name used on the command line. */
export const FORMATTERS = {
  stylish: (report: ValidationReport, context: FormatContext) => formatStylish(report, { paint: context.paint, maxFindings: context.maxFindings }),
  json: (report: ValidationReport) => formatJson(report),
  sarif: (report: ValidationReport, context: FormatContext) => formatSarif(report, { rules: BUILT_IN_RULES, version: context.version }),
  junit: (report: ValidationReport) => formatJunit(report),
  github: (report: ValidationReport, context: FormatContext) => formatGithub(report, { maxFindings: context.maxFindings }),
} satisfies Record<FormatName, (report: ValidationReport, context: FormatContext) => string>;

export { FORMAT_NAMES, type FormatName };
