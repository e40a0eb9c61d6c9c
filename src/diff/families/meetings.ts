/** Meetings: how often a body meets, and the meetings and events on record. */
import type { MeetingEventDoc, MeetingsDoc } from '../../model/types.js';
import { canonical, normalizeText, path } from '../compare.js';
import { bodyRef, compact, newBodyId, type DiffContext, type Side } from '../context.js';
import type { JsonValue } from '../types.js';
import { bodySection, matchedBodies } from './bodies.js';

type Cadence = NonNullable<MeetingsDoc['cadence']>;

function cadenceValue(side: Side, c: Cadence | undefined): JsonValue {
  if (!c) return null;
  return compact({
    per_year: c.per_year,
    approximate: c.approximate,
    aligned_with: c.aligned_with === undefined ? undefined : bodyRef(side, c.aligned_with),
    text: normalizeText(c.text),
  });
}

/**
 * What a cadence says, comparable across files. The count and alignment are the facts; the text is
 * how the source puts them, and counts only when there are no facts on either side.
 */
function cadenceKey(ctx: DiffContext, side: 'old' | 'new', c: Cadence | undefined, withText: boolean): string {
  if (!c) return 'none';
  const aligned = c.aligned_with === undefined ? undefined : side === 'old' ? newBodyId(ctx, c.aligned_with) : c.aligned_with;
  return canonical({ per_year: c.per_year, approximate: c.approximate ?? false, aligned, text: withText ? normalizeText(c.text) : undefined });
}

function hasFacts(c: Cadence | undefined): boolean {
  return c !== undefined && (c.per_year !== undefined || c.aligned_with !== undefined);
}

function eventKey(e: MeetingEventDoc): string {
  return `${e.date}|${normalizeText(e.title)?.toLowerCase() ?? ''}`;
}

function eventValue(e: MeetingEventDoc): JsonValue {
  return compact({ date: e.date, to: e.to, title: normalizeText(e.title), place: e.place });
}

export function diffMeetings(ctx: DiffContext): void {
  for (const [oldId, newId] of matchedBodies(ctx)) {
    const o = ctx.old.model.bodies.get(oldId)!.meetings;
    const n = ctx.new.model.bodies.get(newId)!.meetings;
    if (!o && !n) continue;
    const oi = ctx.old.bodyAt.get(oldId)!;
    const ni = ctx.new.bodyAt.get(newId)!;
    const section = bodySection(newId);
    const withText = !hasFacts(o?.cadence) && !hasFacts(n?.cadence);
    if (cadenceKey(ctx, 'old', o?.cadence, withText) !== cadenceKey(ctx, 'new', n?.cadence, withText)) {
      ctx.emit({
        kind: 'meetings.cadence-changed',
        section,
        path: path('bodies', newId, 'meetings', 'cadence'),
        old: cadenceValue(ctx.old, o?.cadence),
        new: cadenceValue(ctx.new, n?.cadence),
        at: { old: ['bodies', oi, 'meetings', 'cadence'], new: ['bodies', ni, 'meetings', 'cadence'] },
      });
    }
    const before = new Map<string, number>();
    o?.events?.forEach((e, k) => before.has(eventKey(e)) || before.set(eventKey(e), k));
    const after = new Map<string, number>();
    n?.events?.forEach((e, k) => after.has(eventKey(e)) || after.set(eventKey(e), k));
    const eventPath = (e: MeetingEventDoc): string => path('bodies', newId, 'meetings', 'events', e.date, normalizeText(e.title) ?? '');
    for (const [key, k] of after) {
      if (before.has(key)) continue;
      const e = n!.events![k]!;
      ctx.emit({ kind: 'meetings.event-added', section, path: eventPath(e), old: null, new: eventValue(e), date: e.date, at: { new: ['bodies', ni, 'meetings', 'events', k] } });
    }
    for (const [key, k] of before) {
      if (after.has(key)) continue;
      const e = o!.events![k]!;
      ctx.emit({ kind: 'meetings.event-removed', section, path: eventPath(e), old: eventValue(e), new: null, date: e.date, at: { old: ['bodies', oi, 'meetings', 'events', k] } });
    }
  }
}
