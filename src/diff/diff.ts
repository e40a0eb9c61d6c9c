/**
 * govcheck diff as a library: the changes from one structure to another, in governance terms.
 *
 * ```ts
 * import { validateSource, diffStructures, formatDiffText } from 'govcheck';
 * const a = validateSource(oldText, 'old.yaml');
 * const b = validateSource(newText, 'new.yaml');
 * if (a.model && b.model) console.log(formatDiffText([diffStructures(a, b)], { lang: 'en' }));
 * ```
 */
import type { DataPath } from '../diagnostic.js';
import type { StructureModel } from '../model/build-model.js';
import { escapeSegment } from './compare.js';
import { makeSide, type DiffContext } from './context.js';
import { diffAppointments } from './families/appointments.js';
import { bodySection, diffBodies } from './families/bodies.js';
import { diffComposition } from './families/composition.js';
import { diffGroupings, groupingSection } from './families/groupings.js';
import { diffMandates } from './families/mandate.js';
import { diffMeetings } from './families/meetings.js';
import { diffPosts } from './families/posts.js';
import { diffRecords, RECORDS } from './families/records.js';
import { diffParticipants, diffStructureFields } from './families/structure.js';
import { matchBodies, matchGroupings } from './match.js';
import type { Change, DiffStep, LocatedChange, Location, Section, StructureInfo } from './types.js';

/** One structure to compare: a FileReport of a file that passed validation has this shape. */
export interface DiffInput {
  model: StructureModel;
  /** The name shown for the file in locations. */
  file: string;
  /** Line and column of a path in the file's data; without it, locations carry only the pointer. */
  locate?: (path: DataPath) => { line: number; column: number };
  /** Line and column of a path where a quicker way knows them (FileReport.valueStart); else `locate` is asked. */
  valueStart?: (path: DataPath) => { line: number; column: number } | undefined;
}

/** The families in the order their changes are reported within a section. */
const FAMILIES: ((ctx: DiffContext) => void)[] = [
  diffStructureFields,
  diffParticipants,
  diffBodies,
  diffComposition,
  diffPosts,
  diffMandates,
  diffMeetings,
  diffAppointments,
  diffGroupings,
  diffRecords,
];

/**
 * The changes from `before` to `after`. A side that is null does not exist (a file git adds or
 * deletes): the step then has one change, the structure added or removed. Pure: it reads the models
 * and never throws for anything a valid file can contain.
 */
export function diffStructures(before: DiffInput | null, after: DiffInput | null): DiffStep {
  const info = (input: DiffInput | null): StructureInfo | null =>
    input && { file: input.file, id: input.model.doc.id, name: input.model.doc.name, date: input.model.date };
  const step: DiffStep = { old: info(before), new: info(after), sections: [], changes: [] };
  if (!before || !after) {
    const only = (before ?? after)!;
    const value = { id: only.model.doc.id, name: only.model.doc.name, date: only.model.date };
    const change: Change = before
      ? { kind: 'structure.removed', section: '/', path: '', old: value, new: null, at: { old: [] } }
      : { kind: 'structure.added', section: '/', path: '', old: null, new: value, at: { new: [] } };
    step.sections.push({ path: '/', type: 'structure' });
    step.changes.push(locateChange(change, before, after));
    return step;
  }

  const oldSide = makeSide(before.model);
  const newSide = makeSide(after.model);
  const bodies = matchBodies(oldSide, newSide);
  const groupings = matchGroupings(oldSide, newSide, bodies);
  const changes: Change[] = [];
  const ctx: DiffContext = { old: oldSide, new: newSide, bodies, groupings, emit: (c) => void changes.push(c) };
  for (const family of FAMILIES) family(ctx);

  step.sections = sectionsOf(ctx, changes);
  const order = new Map(step.sections.map((s, i) => [s.path, i]));
  // A stable sort keeps each section's changes in the families' order.
  changes.sort((a, b) => order.get(a.section)! - order.get(b.section)!);
  step.changes = changes.map((c) => locateChange(c, before, after));
  return step;
}

/** The changes from each structure to the next: a timeline of several files. */
export function diffTimeline(inputs: readonly (DiffInput | null)[]): DiffStep[] {
  const steps: DiffStep[] = [];
  for (let i = 1; i < inputs.length; i++) steps.push(diffStructures(inputs[i - 1]!, inputs[i]!));
  return steps;
}

/** The sections that have changes: the structure, bodies (new file's order, then removed ones), groupings, records. */
function sectionsOf(ctx: DiffContext, changes: Change[]): Section[] {
  const used = new Set(changes.map((c) => c.section));
  const out: Section[] = [];
  const add = (section: Section): void => {
    if (used.delete(section.path)) out.push(section);
  };
  add({ path: '/', type: 'structure' });
  for (const [id, body] of ctx.new.model.bodies) {
    const oldId = ctx.bodies.toOld.get(id);
    const was = oldId === undefined ? undefined : ctx.old.model.bodies.get(oldId)!.name;
    add({ path: bodySection(id), type: 'body', id, name: body.name, ...(was !== undefined && was !== body.name ? { was } : {}) });
  }
  for (const [id, body] of ctx.old.model.bodies) if (!ctx.bodies.toNew.has(id)) add({ path: bodySection(id), type: 'body', id, name: body.name });
  for (const [id, g] of ctx.new.model.groupings) {
    const oldId = ctx.groupings.toOld.get(id);
    const was = oldId === undefined ? undefined : ctx.old.model.groupings.get(oldId)!.name;
    add({ path: groupingSection(id), type: 'grouping', id, name: g.name, ...(was !== undefined && was !== g.name ? { was } : {}) });
  }
  for (const [id, g] of ctx.old.model.groupings) if (!ctx.groupings.toNew.has(id)) add({ path: groupingSection(id), type: 'grouping', id, name: g.name });
  add({ path: RECORDS, type: 'records' });
  // Only an appointment to a body neither file has can leave a section over; it still gets a heading.
  for (const path of used) {
    const id = (path.split('/')[2] ?? '').replace(/~1/g, '/').replace(/~0/g, '~');
    out.push({ path, type: 'body', id, name: id });
  }
  return out;
}

export function pointer(path: DataPath): string {
  return path.map((s) => `/${escapeSegment(s)}`).join('');
}

function locateChange(change: Change, before: DiffInput | null, after: DiffInput | null): LocatedChange {
  const { at, ...rest } = change;
  const locate = (input: DiffInput | null, path: DataPath | undefined): Location | null => {
    if (!input || !path) return null;
    if (!input.locate) return { file: input.file, pointer: pointer(path) };
    const { line, column } = input.valueStart?.(path) ?? input.locate(path);
    return { file: input.file, line, column, pointer: pointer(path) };
  };
  return { ...rest, locations: { old: locate(before, at.old), new: locate(after, at.new) } };
}
