/** Bodies: added, removed, renamed, moved to another parent, their facts, and which municipalities they have. */
import type { DataPath } from '../../diagnostic.js';
import type { BodyDoc } from '../../model/types.js';
import { canonical, normalizeText, path, sameSet } from '../compare.js';
import { bodyRef, codeOf, codeRef, compact, newBodyId, type DiffContext, type Side } from '../context.js';
import type { JsonValue } from '../types.js';
import { compareDanish } from '../../compare-danish.js';

export function bodySection(id: string): string {
  return path('bodies', id);
}

/** Matched bodies as [old id, new id], in the new file's order. */
export function matchedBodies(ctx: DiffContext): [string, string][] {
  const out: [string, string][] = [];
  for (const id of ctx.new.model.bodies.keys()) {
    const old = ctx.bodies.toOld.get(id);
    if (old !== undefined) out.push([old, id]);
  }
  return out;
}

export function diffBodies(ctx: DiffContext): void {
  for (const [id, body] of ctx.new.model.bodies) {
    const oldId = ctx.bodies.toOld.get(id);
    const i = ctx.new.bodyAt.get(id)!;
    if (oldId === undefined) {
      const value = compact({ id, name: body.name, parent: body.parent === undefined ? undefined : bodyRef(ctx.new, body.parent) });
      ctx.emit({ kind: 'body.added', section: bodySection(id), path: bodySection(id), old: null, new: value, at: { new: ['bodies', i] } });
      continue;
    }
    diffMatchedBody(ctx, oldId, id);
  }
  for (const [id, body] of ctx.old.model.bodies) {
    if (ctx.bodies.toNew.has(id)) continue;
    const value = compact({ id, name: body.name, parent: body.parent === undefined ? undefined : bodyRef(ctx.old, body.parent) });
    ctx.emit({ kind: 'body.removed', section: bodySection(id), path: bodySection(id), old: value, new: null, at: { old: ['bodies', ctx.old.bodyAt.get(id)!] } });
  }
}

type FieldKind = 'text' | 'prose' | 'set' | 'body' | 'bodies';
const FIELDS: [keyof BodyDoc, FieldKind][] = [
  ['short_name', 'text'],
  ['kind', 'text'],
  ['scope', 'text'],
  ['level', 'text'],
  ['external', 'text'],
  ['from', 'text'],
  ['to', 'text'],
  ['purpose', 'prose'],
  ['area', 'set'],
  ['established_by', 'body'],
  ['supports', 'body'],
  ['sits_in', 'bodies'],
  ['source', 'text'],
];

function diffMatchedBody(ctx: DiffContext, oldId: string, newId: string): void {
  const o = ctx.old.model.bodies.get(oldId)!;
  const n = ctx.new.model.bodies.get(newId)!;
  const oi = ctx.old.bodyAt.get(oldId)!;
  const ni = ctx.new.bodyAt.get(newId)!;
  const section = bodySection(newId);
  if (o.name !== n.name || oldId !== newId) {
    ctx.emit({ kind: 'body.renamed', section, path: section, old: { id: oldId, name: o.name }, new: { id: newId, name: n.name }, at: { old: ['bodies', oi, 'name'], new: ['bodies', ni, 'name'] } });
  }
  const oldParent = o.parent === undefined ? undefined : newBodyId(ctx, o.parent);
  if (oldParent !== n.parent) {
    ctx.emit({
      kind: 'body.moved',
      section,
      path: path('bodies', newId, 'parent'),
      old: o.parent === undefined ? null : bodyRef(ctx.old, o.parent),
      new: n.parent === undefined ? null : bodyRef(ctx.new, n.parent),
      at: { old: ['bodies', oi, 'parent'], new: ['bodies', ni, 'parent'] },
    });
  }
  for (const [field, kind] of FIELDS) {
    const a = o[field];
    const b = n[field];
    let same: boolean;
    let value = (_side: Side, v: unknown): JsonValue => (v === undefined ? null : (v as JsonValue));
    if (kind === 'prose') same = normalizeText(a as string | undefined) === normalizeText(b as string | undefined);
    else if (kind === 'set') same = canonical(a) === canonical(b);
    else if (kind === 'body') {
      same = (a === undefined ? undefined : newBodyId(ctx, a as string)) === b;
      value = (side, v) => (v === undefined ? null : bodyRef(side, v as string));
    } else if (kind === 'bodies') {
      same = canonical((a as string[] | undefined)?.map((x) => newBodyId(ctx, x))) === canonical(b);
      value = (side, v) => (v === undefined ? null : (v as string[]).map((x) => bodyRef(side, x)));
    } else same = a === b;
    if (same) continue;
    ctx.emit({
      kind: 'body.changed',
      section,
      path: path('bodies', newId, field),
      field,
      old: value(ctx.old, a),
      new: value(ctx.new, b),
      at: { old: ['bodies', oi, field], new: ['bodies', ni, field] },
    });
  }
  diffBodyMunicipalities(ctx, oldId, newId);
}

/** Where a municipality of a body is written: in its list, in a member fact, or (derived) at the body. */
export function municipalityAt(side: Side, bodyId: string, code: string): DataPath {
  const i = side.bodyAt.get(bodyId)!;
  const body = side.model.bodies.get(bodyId)!;
  if (Array.isArray(body.municipalities)) {
    const j = body.municipalities.findIndex((r) => codeOf(side, r) === code);
    if (j >= 0) return ['bodies', i, 'municipalities', j];
  }
  const k = (body.members ?? []).findIndex((m) => m.municipality !== undefined && codeOf(side, m.municipality) === code);
  if (k >= 0) return ['bodies', i, 'members', k];
  return body.municipalities !== undefined ? ['bodies', i, 'municipalities'] : ['bodies', i];
}

const byName = (a: { name: string }, b: { name: string }): number => compareDanish(a.name, b.name);

/**
 * Municipalities that are in the body on one side only. A body that has every participant on both
 * sides follows the collaboration, whose joining and leaving is reported once, at the top.
 */
function diffBodyMunicipalities(ctx: DiffContext, oldId: string, newId: string): void {
  const before = ctx.old.derived.bodyMunicipalities(oldId);
  const after = ctx.new.derived.bodyMunicipalities(newId);
  if (sameSet(before, after)) return;
  if (before.size > 0 && after.size > 0 && sameSet(before, ctx.old.derived.participants) && sameSet(after, ctx.new.derived.participants)) return;
  const section = bodySection(newId);
  const added = [...after].filter((c) => !before.has(c)).map(codeRef).sort(byName);
  const removed = [...before].filter((c) => !after.has(c)).map(codeRef).sort(byName);
  for (const m of added) {
    ctx.emit({ kind: 'body.municipality-added', section, path: path('bodies', newId, 'municipalities', m.code), old: null, new: m, at: { new: municipalityAt(ctx.new, newId, m.code) } });
  }
  for (const m of removed) {
    ctx.emit({ kind: 'body.municipality-removed', section, path: path('bodies', newId, 'municipalities', m.code), old: m, new: null, at: { old: municipalityAt(ctx.old, oldId, m.code) } });
  }
}
