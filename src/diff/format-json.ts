/** govcheck diff for programs: documented in docs/diff.md and described by schemas/diff-output.schema.json. */
import type { Lang } from '../render/labels.js';
import type { DiffStep, JsonValue, LocatedChange, Section } from './types.js';
import { describeChange, sectionTitle, summarize } from './wording.js';

/** Bumped when a field changes meaning or disappears; new fields may appear within a version. */
export const DIFF_FORMAT_VERSION = 1;

function change(c: LocatedChange, lang: Lang, section: Section | undefined): { [key: string]: JsonValue } {
  // Keys are written in one fixed order, so that the output is byte-for-byte the same every time.
  const out: { [key: string]: JsonValue } = { kind: c.kind, section: c.section, path: c.path };
  if (c.field !== undefined) out.field = c.field;
  if (c.subject !== undefined) out.subject = c.subject;
  out.old = c.old;
  out.new = c.new;
  if (c.date !== undefined) out.date = c.date;
  out.message = describeChange(c, lang, section);
  out.locations = { old: c.locations.old as JsonValue, new: c.locations.new as JsonValue };
  return out;
}

export function formatDiffJson(steps: readonly DiffStep[], options: { lang: Lang }): string {
  const { lang } = options;
  const output = {
    format: 'govcheck-diff',
    version: DIFF_FORMAT_VERSION,
    lang,
    summary: { steps: steps.length, changes: steps.reduce((n, s) => n + s.changes.length, 0) },
    steps: steps.map((step) => {
      const sections = new Map(step.sections.map((s) => [s.path, s]));
      const kinds: { [kind: string]: number } = {};
      for (const c of step.changes) kinds[c.kind] = (kinds[c.kind] ?? 0) + 1;
      return {
        old: step.old,
        new: step.new,
        summary: { changes: step.changes.length, kinds, text: summarize(step, lang) },
        sections: step.sections.map((s) => ({ ...s, title: sectionTitle(s, lang) })),
        changes: step.changes.map((c) => change(c, lang, sections.get(c.section))),
      };
    }),
  };
  return `${JSON.stringify(output, null, 2)}\n`;
}
