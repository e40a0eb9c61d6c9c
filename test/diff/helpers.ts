import { readFileSync } from 'node:fs';
import { diffStructures } from '../../src/diff/diff.js';
import { mirrorKind, type DiffStep, type LocatedChange } from '../../src/diff/types.js';
import { describeChange } from '../../src/diff/wording.js';
import type { Lang } from '../../src/render/labels.js';
import { validateSource, type FileReport } from '../../src/validate.js';
import { MINIMAL } from '../helpers.js';

/** Validates a structure for a diff test; a structure with errors is a mistake in the test. */
export function structure(text: string, file: string): FileReport {
  const report = validateSource(text, file);
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (!report.model || errors.length > 0) throw new Error(`${file} has errors: ${errors.map((d) => `${d.line}:${d.column} ${d.message}`).join('; ')}`);
  return report;
}

export function example(name: string): FileReport {
  const file = `examples/${name}.yaml`;
  return structure(readFileSync(file, 'utf8'), file);
}

/** The changes from one text to another, both appended to the minimal structure. */
export function diffTexts(before: string, after: string): DiffStep {
  return diffStructures(structure(`${MINIMAL}${before}`, 'old.yaml'), structure(`${MINIMAL}${after}`, 'new.yaml'));
}

/** Each change as "kind path", the way a person scans a diff. */
export function kinds(step: DiffStep): string[] {
  return step.changes.map((c) => `${c.kind} ${c.path}`);
}

/** Each change as its sentence, with the line it points at: "new:36 København joined …". */
export function sentences(step: DiffStep, lang: Lang = 'en'): string[] {
  const sections = new Map(step.sections.map((s) => [s.path, s]));
  return step.changes.map((c) => {
    const at = c.locations.new ? `new:${c.locations.new.line}` : `old:${c.locations.old?.line}`;
    return `${at} ${describeChange(c, lang, sections.get(c.section))}`;
  });
}

/** What a change must look like when the files are swapped: kind mirrored, values and places swapped. */
export function mirrorOf(c: LocatedChange): unknown {
  return { kind: mirrorKind(c.kind), old: c.new, new: c.old, oldAt: c.locations.new?.pointer ?? null, newAt: c.locations.old?.pointer ?? null };
}

export function shape(c: LocatedChange): unknown {
  return { kind: c.kind, old: c.old, new: c.new, oldAt: c.locations.old?.pointer ?? null, newAt: c.locations.new?.pointer ?? null };
}
