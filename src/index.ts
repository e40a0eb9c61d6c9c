/**
 * govcheck as a library: validate governance structure files without the command line.
 *
 * ```ts
 * import { validate } from 'govcheck';
 * const report = await validate(['examples']);
 * for (const file of report.files) for (const d of file.diagnostics) console.log(d.file, d.line, d.message);
 * ```
 */
export { validate, validateSource, type FileReport, type ValidationReport } from './validate.js';
export type { DataPath, Diagnostic, Severity, SourceRange } from './diagnostic.js';
export type { StructureModel, IdReference, MunicipalityReference } from './model/build-model.js';
export type * from './model/types.js';
export { MUNICIPALITIES, findMunicipality, regionOn, type Municipality, type RegionName } from './model/registry.js';
export { STRUCTURE_SCHEMA } from './schema/validate-schema.js';
export { formatStylish } from './formatters/stylish.js';
export { formatJson, JSON_FORMAT_VERSION } from './formatters/json.js';
