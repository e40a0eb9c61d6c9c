/** Appointments: people starting and ending in seats, and changes to the records of decisions. */
import type { AppointmentDoc } from '../../model/types.js';
import { canonical, path } from '../compare.js';
import { bodyRef, codeOf, compact, municipalityRef, newBodyId, type DiffContext, type Side } from '../context.js';
import type { ChangeKind, JsonValue } from '../types.js';
import { bodySection } from './bodies.js';

interface Record {
  index: number;
  a: AppointmentDoc;
  /** The body, by its id in the new file. */
  body: string;
}

/**
 * Appointments by key: their id, or else body, seat and person (or municipality). Records that share
 * such a key are numbered in the order of their content, not of the file, so that reordering them
 * changes nothing.
 */
function records(ctx: DiffContext, side: 'old' | 'new', folded: Map<string, string>): Map<string, Record> {
  const s = ctx[side];
  // A key's one record, or its records when several share it (an array only then: most keys have one).
  const groups = new Map<string, Record | Record[]>();
  const person = (name: string): string => {
    let f = folded.get(name);
    if (f === undefined) folded.set(name, (f = name.replace(/\s+/g, ' ').trim().toLowerCase()));
    return f;
  };
  s.model.doc.appointments?.forEach((a, index) => {
    const body = side === 'old' ? newBodyId(ctx, a.body) : a.body;
    const key = a.id ?? `${body}|${a.seat ?? ''}|${a.person !== undefined ? person(a.person) : a.municipality !== undefined ? codeOf(s, a.municipality) : a.vacant ? 'vacant' : ''}`;
    const record = { index, a, body };
    const group = groups.get(key);
    if (group === undefined) groups.set(key, record);
    else if (Array.isArray(group)) group.push(record);
    else groups.set(key, [group, record]);
  });
  const out = new Map<string, Record>();
  for (const [key, group] of groups) {
    if (!Array.isArray(group)) {
      out.set(key, group);
      continue;
    }
    // Repeated keys are mostly terms of one seat, told apart by their dates; the whole record
    // (its canonical form, made once) decides the rest.
    const whole = new Map<Record, string>();
    const content = (r: Record): string => {
      let c = whole.get(r);
      if (c === undefined) whole.set(r, (c = canonical(r.a)));
      return c;
    };
    group.sort((x, y) => compareText(x.a.from, y.a.from) || compareText(x.a.to, y.a.to) || compareText(content(x), content(y)) || x.index - y.index);
    group.forEach((r, n) => out.set(n === 0 ? key : `${key}|${n + 1}`, r));
  }
  return out;
}

/** Text in code-unit order, a missing value first. */
function compareText(a: string | undefined, b: string | undefined): number {
  return a === b ? 0 : a === undefined ? -1 : b === undefined ? 1 : a < b ? -1 : 1;
}

/** Someone holds the seat on the file's date: not ended, not vacant, and within its dates. */
function active(side: Side, a: AppointmentDoc): boolean {
  const date = side.model.date;
  return a.status !== 'ended' && a.vacant !== true && !(a.to !== undefined && a.to < date) && !(a.from !== undefined && a.from > date);
}

function value(side: Side, a: AppointmentDoc): JsonValue {
  return compact({
    id: a.id,
    body: bodyRef(side, a.body),
    seat: a.seat,
    person: a.person,
    party_letter: a.party_letter,
    municipality: a.municipality === undefined ? undefined : municipalityRef(side, a.municipality),
    role: a.role,
    on_behalf_of: a.on_behalf_of === undefined ? undefined : bodyRef(side, a.on_behalf_of),
    from: a.from,
    to: a.to,
    status: a.status,
    vacant: a.vacant,
    seat_belongs_to: a.seat_belongs_to,
    offered_to: a.offered_to,
    decided_on: a.decided_on,
  });
}

/** Fields compared as written, in the order their changes are reported; then the two that name something in the file. */
const PLAIN_FIELDS = ['status', 'seat', 'role', 'from', 'to', 'vacant', 'party_letter', 'seat_belongs_to', 'offered_to', 'decided_on'] as const;
const REFERENCE_FIELDS = ['municipality', 'on_behalf_of'] as const;

/** Whether the plain fields are all the same: most appointments do not change, and a field by name is read much faster than by variable. */
function samePlainFields(o: AppointmentDoc, n: AppointmentDoc): boolean {
  return (
    o.status === n.status &&
    o.seat === n.seat &&
    o.role === n.role &&
    o.from === n.from &&
    o.to === n.to &&
    o.vacant === n.vacant &&
    o.party_letter === n.party_letter &&
    o.seat_belongs_to === n.seat_belongs_to &&
    o.offered_to === n.offered_to &&
    o.decided_on === n.decided_on
  );
}

export function diffAppointments(ctx: DiffContext): void {
  // People hold many appointments, in both files: each name is folded once.
  const folded = new Map<string, string>();
  const before = records(ctx, 'old', folded);
  const after = records(ctx, 'new', folded);
  const emit = (kind: ChangeKind, key: string, o: Record | undefined, n: Record | undefined, date: string | undefined, field?: string): void => {
    const body = (n ?? o)!.body;
    ctx.emit({
      kind,
      section: bodySection(body),
      path: field === undefined ? path('appointments', key) : path('appointments', key, field),
      ...(field === undefined ? {} : { field, subject: value(n ? ctx.new : ctx.old, (n ?? o)!.a) }),
      old: o ? (field === undefined ? value(ctx.old, o.a) : fieldValue(ctx.old, o.a, field)) : null,
      new: n ? (field === undefined ? value(ctx.new, n.a) : fieldValue(ctx.new, n.a, field)) : null,
      ...(date ? { date } : {}),
      at: { old: o ? ['appointments', o.index, ...(field ? [field] : [])] : undefined, new: n ? ['appointments', n.index, ...(field ? [field] : [])] : undefined },
    });
  };
  for (const [key, n] of after) {
    const o = before.get(key);
    const isActive = active(ctx.new, n.a);
    if (!o) {
      emit(isActive ? 'appointment.started' : 'appointment.added', key, undefined, n, isActive ? (n.a.from ?? n.a.decided_on) : undefined);
      continue;
    }
    const wasActive = active(ctx.old, o.a);
    if (!wasActive && isActive) emit('appointment.started', key, o, n, n.a.from ?? n.a.decided_on);
    else if (wasActive && !isActive) emit('appointment.ended', key, o, n, n.a.to ?? o.a.to);
    else {
      if (o.body !== n.body) emit('appointment.changed', key, o, n, undefined, 'body');
      if (!samePlainFields(o.a, n.a)) for (const field of PLAIN_FIELDS) if (o.a[field] !== n.a[field]) emit('appointment.changed', key, o, n, undefined, field);
      for (const field of REFERENCE_FIELDS) {
        if (comparable(ctx, 'old', o.a, field) !== comparable(ctx, 'new', n.a, field)) emit('appointment.changed', key, o, n, undefined, field);
      }
    }
  }
  for (const [key, o] of before) {
    if (after.has(key)) continue;
    const wasActive = active(ctx.old, o.a);
    emit(wasActive ? 'appointment.ended' : 'appointment.removed', key, o, undefined, wasActive ? o.a.to : undefined);
  }
}

function comparable(ctx: DiffContext, side: 'old' | 'new', a: AppointmentDoc, field: (typeof REFERENCE_FIELDS)[number]): unknown {
  if (field === 'municipality') return a.municipality === undefined ? undefined : codeOf(ctx[side], a.municipality);
  return a.on_behalf_of === undefined ? undefined : side === 'old' ? newBodyId(ctx, a.on_behalf_of) : a.on_behalf_of;
}

function fieldValue(side: Side, a: AppointmentDoc, field: string): JsonValue {
  if (field === 'body') return bodyRef(side, a.body);
  if (field === 'municipality') return a.municipality === undefined ? null : municipalityRef(side, a.municipality);
  if (field === 'on_behalf_of') return a.on_behalf_of === undefined ? null : bodyRef(side, a.on_behalf_of);
  const v = (a as unknown as { [k: string]: JsonValue | undefined })[field];
  return v === undefined ? null : v;
}
