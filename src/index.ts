/**
 * govcheck as a library: validate governance structure files without the command line.
 *
 * ```ts
 * import { validate } from 'govcheck';
 * const report = await validate(['examples']);
 * for (const file of report.files) for (const d of file.diagnostics) console.log(d.file, d.line, d.message);
 * ```
 */
export { validate, validateSource, summarize, type FileReport, type ValidationReport, type ValidateOptions } from './validate.js';
export type { DataPath, Diagnostic, Severity, SourceRange } from './diagnostic.js';
export type { StructureModel, IdReference, MunicipalityReference } from './model/build-model.js';
export type * from './model/types.js';
export { MUNICIPALITIES, findMunicipality, regionOn, type Municipality, type RegionName } from './model/registry.js';
export { STRUCTURE_SCHEMA } from './schema/validate-schema.js';
export { formatStylish } from './formatters/stylish.js';
export { formatJson, JSON_FORMAT_VERSION } from './formatters/json.js';
export { formatSarif } from './formatters/sarif.js';
export { formatJunit } from './formatters/junit.js';
export { formatGithub } from './formatters/github.js';
export { formatStepSummary } from './formatters/summary-markdown.js';
export { FORMATTERS, FORMAT_NAMES, type FormatName } from './formatters/index.js';
export { BUILT_IN_RULES } from './rules/index.js';
export { createRule, type Rule, type RuleContext, type RuleMeta } from './engine/rule.js';
export { loadConfig, findConfig, type GovcheckConfig } from './config/load-config.js';
export {
  renderStructure as render,
  renderStructure,
  renderParticipation,
  TemplateError,
  BUILT_IN_TEMPLATES,
  PARTICIPATION_TEMPLATE,
  RENDER_FORMATS,
  type RenderOptions,
  type ParticipationRenderOptions,
  type RenderFormat,
} from './render/render.js';
export {
  participation,
  resolveSubject,
  UnknownSubjectError,
  type ParticipationInput,
  type ParticipationView,
  type ParticipationRow,
  type ParticipationRole,
  type ParticipationPost,
  type ParticipationBasis,
  type ParticipationSummary,
  type StructureParticipation,
  type Subject,
} from './participation/index.js';
export { buildView, type StructureView, type BodyView } from './render/view-model.js';
export { LABELS, type Lang } from './render/labels.js';
export { diffStructures as diff, diffStructures, diffTimeline, type DiffInput } from './diff/diff.js';
export { formatDiffText, type DiffFormatOptions } from './diff/format-text.js';
export { formatDiffMarkdown } from './diff/format-markdown.js';
export { formatDiffJson, DIFF_FORMAT_VERSION } from './diff/format-json.js';
export { CHANGE_KINDS, mirrorKind, type ChangeKind, type Change, type LocatedChange, type DiffStep, type Section, type Location } from './diff/types.js';
export { describeChange } from './diff/wording.js';
export { createPainter, PLAIN, type Painter } from './formatters/paint.js';
