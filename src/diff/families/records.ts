/** What the structure keeps on record: sources, parties, reports, history events and constraints. */
import type { ConstraintDoc, EventDoc, PartyDoc, ReportDoc, SourceDoc } from '../../model/types.js';
import { canonical, normalizeText, path } from '../compare.js';
import { bodyRef, codeOf, compact, municipalityRef, newBodyId, newGroupingId, type DiffContext, type Side } from '../context.js';
import type { ChangeKind, JsonValue } from '../types.js';

export const RECORDS = '/records';

interface Entity {
  id: string;
}

/**
 * Compares two lists of entries with ids, field by field. `fields` turns an entry into comparable
 * values; `describe` gives the value shown for an added or removed entry and the subject of a change.
 */
function diffById<T extends Entity>(
  ctx: DiffContext,
  list: 'sources' | 'parties' | 'reports',
  family: 'source' | 'party' | 'report',
  fields: readonly (keyof T & string)[],
  describe: (side: Side, item: T) => { [key: string]: JsonValue },
): void {
  const index = (side: Side): Map<string, [T, number]> => {
    const out = new Map<string, [T, number]>();
    ((side.model.doc[list] ?? []) as unknown as T[]).forEach((item, i) => out.has(item.id) || out.set(item.id, [item, i]));
    return out;
  };
  const before = index(ctx.old);
  const after = index(ctx.new);
  const comparable = (v: unknown): string => canonical(typeof v === 'string' ? normalizeText(v) : v);
  for (const [id, [n, ni]] of after) {
    const o = before.get(id);
    if (!o) {
      ctx.emit({ kind: `${family}.added` as ChangeKind, section: RECORDS, path: path(list, id), old: null, new: describe(ctx.new, n), at: { new: [list, ni] } });
      continue;
    }
    const [old, oi] = o;
    for (const field of fields) {
      if (comparable(old[field]) === comparable(n[field])) continue;
      const value = (v: unknown): JsonValue => (v === undefined ? null : typeof v === 'string' ? normalizeText(v)! : (v as JsonValue));
      ctx.emit({
        kind: `${family}.changed` as ChangeKind,
        section: RECORDS,
        path: path(list, id, field),
        field,
        subject: describe(ctx.new, n),
        old: value(old[field]),
        new: value(n[field]),
        at: { old: [list, oi, field], new: [list, ni, field] },
      });
    }
  }
  for (const [id, [o, oi]] of before) {
    if (after.has(id)) continue;
    ctx.emit({ kind: `${family}.removed` as ChangeKind, section: RECORDS, path: path(list, id), old: describe(ctx.old, o), new: null, at: { old: [list, oi] } });
  }
}

export function diffRecords(ctx: DiffContext): void {
  diffById<SourceDoc>(ctx, 'sources', 'source', ['title', 'date', 'publisher', 'document', 'url'], (_, s) => compact({ id: s.id, title: normalizeText(s.title), date: s.date }));
  diffById<PartyDoc>(ctx, 'parties', 'party', ['name', 'kind'], (_, p) => ({ id: p.id, name: p.name, kind: p.kind }));
  diffById<ReportDoc>(ctx, 'reports', 'report', ['title', 'every_years', 'latest'], (_, r) => compact({ id: r.id, title: normalizeText(r.title), every_years: r.every_years, latest: r.latest as JsonValue | undefined }));
  diffHistory(ctx);
  diffConstraints(ctx);
}

function eventKey(ctx: DiffContext, side: 'old' | 'new', e: EventDoc): string {
  const body = e.body === undefined ? '' : side === 'old' ? newBodyId(ctx, e.body) : e.body;
  return [e.date, e.event, e.municipality === undefined ? '' : codeOf(ctx[side], e.municipality), body].join('|');
}

function eventValue(side: Side, e: EventDoc): JsonValue {
  return compact({
    date: e.date,
    event: e.event,
    municipality: e.municipality === undefined ? undefined : municipalityRef(side, e.municipality),
    body: e.body === undefined ? undefined : bodyRef(side, e.body),
    text: normalizeText(e.text),
  });
}

/** History events, by date, kind, municipality and body; several alike are numbered in the order of their text. */
function diffHistory(ctx: DiffContext): void {
  const index = (side: 'old' | 'new'): Map<string, number> => {
    const groups = new Map<string, number[]>();
    const history = ctx[side].model.doc.history ?? [];
    history.forEach((e, i) => {
      const key = eventKey(ctx, side, e);
      groups.set(key, [...(groups.get(key) ?? []), i]);
    });
    const out = new Map<string, number>();
    const text = (i: number): string => normalizeText(history[i]!.text) ?? '';
    for (const [key, group] of groups) {
      group.sort((a, b) => (text(a) < text(b) ? -1 : text(a) > text(b) ? 1 : a - b));
      group.forEach((i, n) => out.set(n === 0 ? key : `${key}|${n + 1}`, i));
    }
    return out;
  };
  const before = index('old');
  const after = index('new');
  const eventPath = (key: string): string => path('history', ...key.split('|').filter((s) => s !== ''));
  for (const [key, i] of after) {
    if (before.has(key)) continue;
    const e = ctx.new.model.doc.history![i]!;
    ctx.emit({ kind: 'history.added', section: RECORDS, path: eventPath(key), old: null, new: eventValue(ctx.new, e), date: e.date, at: { new: ['history', i] } });
  }
  for (const [key, i] of before) {
    if (after.has(key)) continue;
    const e = ctx.old.model.doc.history![i]!;
    ctx.emit({ kind: 'history.removed', section: RECORDS, path: eventPath(key), old: eventValue(ctx.old, e), new: null, date: e.date, at: { old: ['history', i] } });
  }
}

const BODY_KEYS = new Set(['body', 'parent', 'supports', 'supported_by']);

/**
 * A constraint's meaning, comparable across files: body and grouping ids as in the new file, `says`
 * and `source` left out (they quote and cite; the rule is the rest), and the one ordered list — the
 * two sides of `subset` — kept in order.
 */
function constraintKey(ctx: DiffContext, side: 'old' | 'new', c: ConstraintDoc): string {
  const map = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string' && side === 'old') {
      if (key !== undefined && BODY_KEYS.has(key)) return newBodyId(ctx, value);
      if (key === 'grouping') return newGroupingId(ctx, value);
    }
    if (Array.isArray(value)) return value.map((v) => map(v, key === 'bodies' ? 'body' : undefined));
    if (value !== null && typeof value === 'object') {
      return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, map(v, k)]));
    }
    return value;
  };
  const { says: _says, source: _source, subset, ...rest } = c;
  return canonical({ ...(map(rest) as object), subset: subset ? { part: map(subset[0]), whole: map(subset[1]) } : undefined });
}

function diffConstraints(ctx: DiffContext): void {
  const index = (side: 'old' | 'new'): Map<string, number> => {
    const out = new Map<string, number>();
    ctx[side].model.doc.constraints?.forEach((c, i) => out.has(c.id) || out.set(c.id, i));
    return out;
  };
  const before = index('old');
  const after = index('new');
  const value = (c: ConstraintDoc): JsonValue => JSON.parse(JSON.stringify(c)) as JsonValue;
  for (const [id, i] of after) {
    const n = ctx.new.model.doc.constraints![i]!;
    const oi = before.get(id);
    if (oi === undefined) {
      ctx.emit({ kind: 'constraint.added', section: RECORDS, path: path('constraints', id), old: null, new: value(n), at: { new: ['constraints', i] } });
      continue;
    }
    const o = ctx.old.model.doc.constraints![oi]!;
    if (constraintKey(ctx, 'old', o) !== constraintKey(ctx, 'new', n)) {
      ctx.emit({ kind: 'constraint.changed', section: RECORDS, path: path('constraints', id), old: value(o), new: value(n), at: { old: ['constraints', oi], new: ['constraints', i] } });
    }
  }
  for (const [id, i] of before) {
    if (after.has(id)) continue;
    ctx.emit({ kind: 'constraint.removed', section: RECORDS, path: path('constraints', id), old: value(ctx.old.model.doc.constraints![i]!), new: null, at: { old: ['constraints', i] } });
  }
}
