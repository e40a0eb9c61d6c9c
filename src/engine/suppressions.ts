import type { DataPath, Diagnostic, SourceRange } from '../diagnostic.js';
import type { AcceptedException } from '../config/load-config.js';
import type { StructureModel } from '../model/build-model.js';
import { closest } from '../suggest.js';
import { valueAt } from '../value-at.js';

/** Why a finding was not reported. */
export interface Suppression {
  kind: 'comment' | 'exception';
  reason: string;
}

export interface SuppressedDiagnostic extends Diagnostic {
  suppressions: Suppression[];
}

interface DisableComment {
  line: number;
  column: number;
  rules: string[];
  reason: string;
  /** The line the comment silences: the next line that is not blank or a comment. */
  target: number;
  used: Set<string>;
}

const DISABLE = /^(\s*)#\s*govcheck-disable-next-line\b(.*)$/;

/** `# govcheck-disable-next-line rule-a, rule-b -- reason` comments, with problems in them as diagnostics. */
export function readDisableComments(text: string, file: string, ruleIds: readonly string[]): { comments: DisableComment[]; diagnostics: Diagnostic[] } {
  // Most files have none: skip splitting them into lines.
  if (!text.includes('govcheck-disable-next-line')) return { comments: [], diagnostics: [] };
  const lines = text.split(/\r?\n/);
  const comments: DisableComment[] = [];
  const diagnostics: Diagnostic[] = [];
  lines.forEach((line, index) => {
    const match = DISABLE.exec(line);
    if (!match) return;
    const column = match[1]!.length + 1;
    const at = { line: index + 1, column, endLine: index + 1, endColumn: line.length + 1 };
    const warn = (message: string) => diagnostics.push({ ruleId: 'suppression', severity: 'warning', message, file, path: [], ...at });
    const [ruleText = '', ...reasonParts] = match[2]!.split('--');
    const rules = ruleText.split(',').map((r) => r.trim()).filter(Boolean);
    const reason = reasonParts.join('--').trim();
    if (rules.length === 0) return warn('Name the rule to silence: `# govcheck-disable-next-line <rule-id> -- <reason>`.');
    if (reason === '') return warn(`Say why ${rules.join(', ')} is silenced here: add \`-- <reason>\` to the comment. Without a reason it does not apply.`);
    for (const rule of rules.filter((r) => !ruleIds.includes(r))) {
      const guess = closest(rule, ruleIds);
      warn(`There is no rule "${rule}" to silence.${guess ? ` Did you mean "${guess}"?` : ''}`);
    }
    let target = index + 1;
    while (target < lines.length && /^\s*(#.*)?$/.test(lines[target]!)) target++;
    comments.push({ line: index + 1, column, rules: rules.filter((r) => ruleIds.includes(r)), reason, target: target + 1, used: new Set() });
  });
  return { comments, diagnostics };
}

/** The exceptions a structure file declares for itself. */
export function fileExceptions(model: StructureModel, file: string, locate: (path: DataPath) => SourceRange): AcceptedException[] {
  return (model.doc.exceptions ?? []).map((e, i) => ({ ...e, file, path: ['exceptions', i], range: () => locate(['exceptions', i, 'rule']) }));
}

export interface SuppressionResult {
  diagnostics: Diagnostic[];
  suppressed: SuppressedDiagnostic[];
}

/**
 * Takes out the findings that a disable comment or an accepted exception covers, and adds warnings
 * for suppressions that matched nothing and exceptions that have expired.
 */
export function applySuppressions(
  diagnostics: Diagnostic[],
  options: {
    file: string;
    text: string;
    model: StructureModel;
    ruleIds: readonly string[];
    exceptions: AcceptedException[];
    today: string;
    usedExceptions: Set<AcceptedException>;
  },
): SuppressionResult {
  const { comments, diagnostics: commentProblems } = readDisableComments(options.text, options.file, options.ruleIds);
  const active = options.exceptions.filter((e) => !e.expires || e.expires >= options.today);
  const kept: Diagnostic[] = [...commentProblems];
  const suppressed: SuppressedDiagnostic[] = [];
  for (const diagnostic of diagnostics) {
    const suppressions: Suppression[] = [];
    if (!diagnostic.fatal) {
      for (const comment of comments) {
        if (comment.target === diagnostic.line && comment.rules.includes(diagnostic.ruleId)) {
          comment.used.add(diagnostic.ruleId);
          suppressions.push({ kind: 'comment', reason: comment.reason });
        }
      }
      for (const exception of active) {
        if (exceptionMatches(exception, diagnostic, options.model)) {
          options.usedExceptions.add(exception);
          suppressions.push({ kind: 'exception', reason: exception.reason });
        }
      }
    }
    if (suppressions.length > 0) suppressed.push({ ...diagnostic, suppressions });
    else kept.push(diagnostic);
  }
  for (const comment of comments) {
    for (const rule of comment.rules.filter((r) => !comment.used.has(r))) {
      kept.push({
        ruleId: 'suppression',
        severity: 'warning',
        message: `Nothing from ${rule} is reported on line ${comment.target}, so this suppression is not needed; remove it.`,
        file: options.file,
        path: [],
        line: comment.line,
        column: comment.column,
        endLine: comment.line,
        endColumn: comment.column + 1,
      });
    }
  }
  return { diagnostics: kept, suppressed };
}

/** Warnings for exceptions that expired or matched nothing, at the exception itself. */
export function exceptionWarnings(exceptions: AcceptedException[], used: Set<AcceptedException>, today: string): Diagnostic[] {
  return exceptions.flatMap((e): Diagnostic[] => {
    const at = () => ({ ruleId: 'suppression', severity: 'warning' as const, file: e.file, path: e.path, ...e.range() });
    if (e.expires && e.expires < today) {
      return [{ ...at(), message: `This exception for ${e.rule} expired on ${e.expires} and no longer applies; fix the finding or renew the exception with a new reason.` }];
    }
    if (!used.has(e)) return [{ ...at(), message: `This exception for ${e.rule} matches no finding; remove it.` }];
    return [];
  });
}

function exceptionMatches(exception: AcceptedException, diagnostic: Diagnostic, model: StructureModel): boolean {
  if (exception.rule !== diagnostic.ruleId && exception.rule !== diagnostic.subject) return false;
  if (exception.appliesTo && !exception.appliesTo(diagnostic.file)) return false;
  if (exception.body !== undefined && !within(diagnostic.path, 'bodies', model.doc.bodies, exception.body)) return false;
  if (exception.grouping !== undefined && !within(diagnostic.path, 'groupings', model.doc.groupings, exception.grouping)) return false;
  if (exception.municipality !== undefined) {
    const wanted = model.municipality(exception.municipality);
    const at = municipalityRefAt(model, diagnostic.path);
    // An unknown name or code (the finding itself may be that it is unknown) matches as written.
    if (!wanted) return at !== undefined && sameRef(at, exception.municipality);
    const named = new RegExp(`(^|[^\\p{L}])${wanted.name}([^\\p{L}]|$)`, 'u').test(diagnostic.message);
    if (!named && model.municipality(at)?.code !== wanted.code) return false;
  }
  return true;
}

function within(path: DataPath, list: string, entries: { id: string }[] | undefined, id: string): boolean {
  return path[0] === list && typeof path[1] === 'number' && entries?.[path[1]]?.id === id;
}

function municipalityRefAt(model: StructureModel, path: DataPath): string | number | undefined {
  const value = valueAt(model.doc, path);
  return typeof value === 'string' || typeof value === 'number' ? value : undefined;
}

function sameRef(a: string | number, b: string | number): boolean {
  const norm = (v: string | number) => (/^\d+$/.test(String(v).trim()) ? String(Number(v)) : String(v).trim().toLowerCase());
  return norm(a) === norm(b);
}
