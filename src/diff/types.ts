import type { DataPath } from '../diagnostic.js';

/** Every kind of change govcheck diff reports, grouped by family. Documented in docs/diff.md. */
export const CHANGE_KINDS = [
  'structure.added',
  'structure.removed',
  'structure.renamed',
  'structure.changed',
  'participant.joined',
  'participant.left',
  'participant.changed',
  'body.added',
  'body.removed',
  'body.renamed',
  'body.moved',
  'body.changed',
  'body.municipality-added',
  'body.municipality-removed',
  'member.added',
  'member.removed',
  'seat.added',
  'seat.removed',
  'seat.changed',
  'born.added',
  'born.removed',
  'born.changed',
  'attendee.added',
  'attendee.removed',
  'attendee.changed',
  'post.added',
  'post.removed',
  'post.holder-changed',
  'post.changed',
  'mandate.added',
  'mandate.removed',
  'mandate.changed',
  'task.added',
  'task.removed',
  'task.reworded',
  'task.moved',
  'meetings.cadence-changed',
  'meetings.event-added',
  'meetings.event-removed',
  'grouping.added',
  'grouping.removed',
  'grouping.renamed',
  'grouping.changed',
  'grouping.body-added',
  'grouping.body-removed',
  'grouping.municipality-moved',
  'grouping.exception-added',
  'grouping.exception-removed',
  'grouping.exception-changed',
  'appointment.started',
  'appointment.ended',
  'appointment.added',
  'appointment.removed',
  'appointment.changed',
  'source.added',
  'source.removed',
  'source.changed',
  'party.added',
  'party.removed',
  'party.changed',
  'report.added',
  'report.removed',
  'report.changed',
  'history.added',
  'history.removed',
  'constraint.added',
  'constraint.removed',
  'constraint.changed',
] as const;

export type ChangeKind = (typeof CHANGE_KINDS)[number];

const OPPOSITES: [string, string][] = [
  ['added', 'removed'],
  ['joined', 'left'],
  ['started', 'ended'],
  ['municipality-added', 'municipality-removed'],
  ['body-added', 'body-removed'],
  ['exception-added', 'exception-removed'],
  ['event-added', 'event-removed'],
];

/** The kind the same change has when the files are swapped: joined ↔ left, added ↔ removed; the rest stay. */
export function mirrorKind(kind: ChangeKind): ChangeKind {
  const [family, verb] = kind.split('.') as [string, string];
  for (const [a, b] of OPPOSITES) {
    if (verb === a) return `${family}.${b}` as ChangeKind;
    if (verb === b) return `${family}.${a}` as ChangeKind;
  }
  return kind;
}

/** Plain data, as it appears in the JSON output. */
export type JsonValue = null | boolean | number | string | JsonValue[] | { [key: string]: JsonValue };

/** Where in a file a change is: a path into the file's data (the formats turn it into line and column). */
export interface ChangeAt {
  old?: DataPath;
  new?: DataPath;
}

/** One change between two structures, before it is located in the files and put into words. */
export interface Change {
  kind: ChangeKind;
  /** The section the change is reported under: "/", "/bodies/<id>", "/groupings/<id>" or "/records". */
  section: string;
  /** What changed, named by ids (as in the new file; in the old one for what was removed). */
  path: string;
  /** The field that changed, for the `*.changed` kinds. */
  field?: string;
  /** What the change is about, when old and new hold only one field of it (the seat, the appointment …). */
  subject?: JsonValue;
  /** The value in the old structure; null when there was none. */
  old: JsonValue;
  /** The value in the new structure; null when there is none. */
  new: JsonValue;
  /** When it happened, when a file says (a participant's `from`, a history event, an appointment's dates). */
  date?: string;
  at: ChangeAt;
}

export type SectionType = 'structure' | 'body' | 'grouping' | 'records';

/** A heading changes are grouped under. Body and grouping sections carry the names from the files. */
export interface Section {
  path: string;
  type: SectionType;
  id?: string;
  name?: string;
  /** The earlier name, for a renamed body or grouping. */
  was?: string;
}

/** A position in a file; line and column are there when the file's source could be located. */
export interface Location {
  file: string;
  line?: number;
  column?: number;
  /** JSON pointer to the value in the file's data. */
  pointer: string;
}

export interface LocatedChange extends Omit<Change, 'at'> {
  locations: { old: Location | null; new: Location | null };
}

/** One side of a comparison, as the formats describe it. */
export interface StructureInfo {
  file: string;
  id: string;
  name: string;
  date: string;
}

/** The changes from one structure to the next. */
export interface DiffStep {
  /** Null for a side that does not exist (a file git adds or deletes). */
  old: StructureInfo | null;
  new: StructureInfo | null;
  sections: Section[];
  changes: LocatedChange[];
}
