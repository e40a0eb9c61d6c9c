/** Who sits in a body: seats (side, role, count), born-member rules, named members and attendees. */
import type { AttendeeDoc, MemberDoc, SeatDoc } from '../../model/types.js';
import { canonical, normalizeText, path } from '../compare.js';
import { bodyRef, codeOf, compact, municipalityRef, newBodyId, partyRef, selectorKey, selectorValue, type DiffContext, type Side } from '../context.js';
import type { JsonValue } from '../types.js';
import { bodySection, matchedBodies } from './bodies.js';

export function diffComposition(ctx: DiffContext): void {
  for (const [oldId, newId] of matchedBodies(ctx)) {
    diffSeats(ctx, oldId, newId);
    diffMembers(ctx, oldId, newId);
    diffAttendees(ctx, oldId, newId);
  }
}

function seatValue(side: Side, seat: SeatDoc): JsonValue {
  return compact({
    id: seat.id,
    role: seat.role,
    side: seat.side,
    count: seat.count,
    party: seat.party === undefined ? undefined : partyRef(side, seat.party),
    born: seat.born === undefined ? undefined : bornValue(side, seat),
  });
}

function bornValue(side: Side, seat: SeatDoc): JsonValue {
  return compact({ of: selectorValue(side, seat.born!.of), says: normalizeText(seat.born!.says) });
}

const SEAT_FIELDS = ['count', 'role', 'side', 'party', 'decides', 'alternates', 'observer'] as const;

function diffSeats(ctx: DiffContext, oldId: string, newId: string): void {
  const o = ctx.old.model.bodies.get(oldId)!;
  const n = ctx.new.model.bodies.get(newId)!;
  const oi = ctx.old.bodyAt.get(oldId)!;
  const ni = ctx.new.bodyAt.get(newId)!;
  const section = bodySection(newId);
  const oldSeats = new Map<string, [SeatDoc, number]>();
  o.seats?.forEach((s, k) => oldSeats.has(s.id) || oldSeats.set(s.id, [s, k]));
  const seen = new Set<string>();
  n.seats?.forEach((seat, k) => {
    if (seen.has(seat.id)) return;
    seen.add(seat.id);
    const at = ['bodies', ni, 'seats', k];
    const before = oldSeats.get(seat.id);
    if (!before) {
      ctx.emit({ kind: 'seat.added', section, path: path('bodies', newId, 'seats', seat.id), old: null, new: seatValue(ctx.new, seat), at: { new: at } });
      return;
    }
    const [old, ok] = before;
    const oldAt = ['bodies', oi, 'seats', ok];
    for (const field of SEAT_FIELDS) {
      if (old[field] === seat[field]) continue;
      const value = (side: Side, v: unknown): JsonValue => (v === undefined ? null : field === 'party' ? partyRef(side, v as string) : (v as JsonValue));
      ctx.emit({
        kind: 'seat.changed',
        section,
        path: path('bodies', newId, 'seats', seat.id, field),
        field,
        subject: compact({ id: seat.id, role: seat.role, side: seat.side }),
        old: value(ctx.old, old[field]),
        new: value(ctx.new, seat[field]),
        at: { old: [...oldAt, field], new: [...at, field] },
      });
    }
    if (!old.born && !seat.born) return;
    const bornPath = path('bodies', newId, 'seats', seat.id, 'born');
    const subject = compact({ id: seat.id, role: seat.role, side: seat.side });
    const bornAt = { old: [...oldAt, 'born'], new: [...at, 'born'] };
    if (!old.born && seat.born) ctx.emit({ kind: 'born.added', section, path: bornPath, subject, old: null, new: bornValue(ctx.new, seat), at: bornAt });
    else if (old.born && !seat.born) ctx.emit({ kind: 'born.removed', section, path: bornPath, subject, old: bornValue(ctx.old, old), new: null, at: bornAt });
    else if (old.born && seat.born) {
      const sameRule = canonical(selectorKey(ctx, 'old', old.born.of)) === canonical(selectorKey(ctx, 'new', seat.born.of));
      if (!sameRule || normalizeText(old.born.says) !== normalizeText(seat.born.says)) {
        ctx.emit({ kind: 'born.changed', section, path: bornPath, field: sameRule ? 'says' : 'of', subject, old: bornValue(ctx.old, old), new: bornValue(ctx.new, seat), at: bornAt });
      }
    }
  });
  o.seats?.forEach((seat, k) => {
    if (seen.has(seat.id) || oldSeats.get(seat.id)![1] !== k) return;
    ctx.emit({ kind: 'seat.removed', section, path: path('bodies', newId, 'seats', seat.id), old: seatValue(ctx.old, seat), new: null, at: { old: ['bodies', oi, 'seats', k] } });
  });
}

/**
 * Member facts that name a person, a party or a body. Facts that only name a municipality are the
 * body's municipalities, which diffBodies reports.
 */
function memberKey(ctx: DiffContext, side: 'old' | 'new', m: MemberDoc): string | undefined {
  if (m.person === undefined && m.party === undefined && m.body === undefined) return undefined;
  const s = ctx[side];
  const body = m.body === undefined ? '' : side === 'old' ? newBodyId(ctx, m.body) : m.body;
  const person = m.person === undefined ? '' : m.person.replace(/\s+/g, ' ').trim().toLowerCase();
  return [m.seat, m.municipality === undefined ? '' : codeOf(s, m.municipality), m.party ?? '', body, person].join('|');
}

function memberValue(side: Side, m: MemberDoc): JsonValue {
  return compact({
    seat: m.seat,
    person: m.person,
    party_letter: m.party_letter,
    municipality: m.municipality === undefined ? undefined : municipalityRef(side, m.municipality),
    party: m.party === undefined ? undefined : partyRef(side, m.party),
    body: m.body === undefined ? undefined : bodyRef(side, m.body),
  });
}

function diffMembers(ctx: DiffContext, oldId: string, newId: string): void {
  const collect = (side: 'old' | 'new', id: string): Map<string, [MemberDoc, number]> => {
    const out = new Map<string, [MemberDoc, number]>();
    ctx[side].model.bodies.get(id)!.members?.forEach((m, k) => {
      const key = memberKey(ctx, side, m);
      if (key !== undefined && !out.has(key)) out.set(key, [m, k]);
    });
    return out;
  };
  const before = collect('old', oldId);
  const after = collect('new', newId);
  const section = bodySection(newId);
  const memberPath = (m: MemberDoc): string => path('bodies', newId, 'members', m.seat, m.person ?? m.body ?? m.party ?? '');
  for (const [key, [m, k]] of after) {
    if (before.has(key)) continue;
    ctx.emit({ kind: 'member.added', section, path: memberPath(m), old: null, new: memberValue(ctx.new, m), at: { new: ['bodies', ctx.new.bodyAt.get(newId)!, 'members', k] } });
  }
  for (const [key, [m, k]] of before) {
    if (after.has(key)) continue;
    ctx.emit({ kind: 'member.removed', section, path: memberPath(m), old: memberValue(ctx.old, m), new: null, at: { old: ['bodies', ctx.old.bodyAt.get(oldId)!, 'members', k] } });
  }
}

/** A selector key as short text: "all", "self" or "body=x,post=co-chair" (ids as in the new file). */
export function writtenSelector(key: unknown): string {
  if (typeof key === 'string') return key;
  return Object.entries(key as Record<string, unknown>)
    .filter(([, v]) => v !== undefined)
    .sort(([a], [b]) => (a < b ? -1 : 1))
    .map(([k, v]) => `${k}=${Array.isArray(v) ? [...(v as string[])].sort().join('+') : String(v)}`)
    .join(',');
}

function attendeeValue(side: Side, a: AttendeeDoc): JsonValue {
  return compact({ role: a.role, of: a.of === undefined ? undefined : selectorValue(side, a.of), optional: a.optional });
}

function diffAttendees(ctx: DiffContext, oldId: string, newId: string): void {
  const collect = (side: 'old' | 'new', id: string): Map<string, [AttendeeDoc, number]> => {
    const out = new Map<string, [AttendeeDoc, number]>();
    ctx[side].model.bodies.get(id)!.attendees?.forEach((a, k) => {
      const key = `${a.role}\u0000${a.of === undefined ? 'none' : writtenSelector(selectorKey(ctx, side, a.of))}`;
      if (!out.has(key)) out.set(key, [a, k]);
    });
    return out;
  };
  const before = collect('old', oldId);
  const after = collect('new', newId);
  const section = bodySection(newId);
  const oi = ctx.old.bodyAt.get(oldId)!;
  const ni = ctx.new.bodyAt.get(newId)!;
  // The selector goes into the path in a stable written form, so that two attendees with one role differ.
  const attendeePath = (key: string): string => path('bodies', newId, 'attendees', ...key.split('\u0000'));
  for (const [key, [a, k]] of after) {
    const old = before.get(key);
    if (!old) {
      ctx.emit({ kind: 'attendee.added', section, path: attendeePath(key), old: null, new: attendeeValue(ctx.new, a), at: { new: ['bodies', ni, 'attendees', k] } });
    } else if ((old[0].optional ?? false) !== (a.optional ?? false)) {
      ctx.emit({
        kind: 'attendee.changed',
        section,
        path: `${attendeePath(key)}/optional`,
        field: 'optional',
        old: attendeeValue(ctx.old, old[0]),
        new: attendeeValue(ctx.new, a),
        at: { old: ['bodies', oi, 'attendees', old[1]], new: ['bodies', ni, 'attendees', k] },
      });
    }
  }
  for (const [key, [a, k]] of before) {
    if (after.has(key)) continue;
    ctx.emit({ kind: 'attendee.removed', section, path: attendeePath(key), old: attendeeValue(ctx.old, a), new: null, at: { old: ['bodies', oi, 'attendees', k] } });
  }
}
