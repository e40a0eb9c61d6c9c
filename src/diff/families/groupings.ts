/** Groupings (clusters): added, removed, renamed, their bodies, and municipalities moving between their bodies. */
import type { GroupingDoc } from '../../model/types.js';
import { canonical, path } from '../compare.js';
import { bodyRef, codeOf, codeRef, newBodyId, type DiffContext, type Side } from '../context.js';
import type { JsonValue } from '../types.js';
import { municipalityAt } from './bodies.js';
import { compareDanish } from '../../compare-danish.js';

const byName = (a: { name: string }, b: { name: string }): number => compareDanish(a.name, b.name);

export function groupingSection(id: string): string {
  return path('groupings', id);
}

export function diffGroupings(ctx: DiffContext): void {
  for (const [id, g] of ctx.new.model.groupings) {
    const i = ctx.new.groupingAt.get(id)!;
    const oldId = ctx.groupings.toOld.get(id);
    if (oldId === undefined) {
      ctx.emit({ kind: 'grouping.added', section: groupingSection(id), path: groupingSection(id), old: null, new: groupingValue(ctx.new, g), at: { new: ['groupings', i] } });
      continue;
    }
    diffMatchedGrouping(ctx, oldId, id);
  }
  for (const [id, g] of ctx.old.model.groupings) {
    if (ctx.groupings.toNew.has(id)) continue;
    ctx.emit({ kind: 'grouping.removed', section: groupingSection(id), path: groupingSection(id), old: groupingValue(ctx.old, g), new: null, at: { old: ['groupings', ctx.old.groupingAt.get(id)!] } });
  }
}

function groupingValue(side: Side, g: GroupingDoc): JsonValue {
  return { id: g.id, name: g.name, bodies: g.bodies.map((b) => bodyRef(side, b)) };
}

/** For each municipality, the grouping's bodies it is in (by new id), from the bodies' derived municipalities. */
function placements(ctx: DiffContext, side: 'old' | 'new', g: GroupingDoc): Map<string, Map<string, string>> {
  const s = ctx[side];
  const out = new Map<string, Map<string, string>>();
  for (const body of new Set(g.bodies)) {
    const key = side === 'old' ? newBodyId(ctx, body) : body;
    for (const code of s.derived.bodyMunicipalities(body)) {
      const bodies = out.get(code) ?? new Map<string, string>();
      bodies.set(key, body);
      out.set(code, bodies);
    }
  }
  return out;
}

function diffMatchedGrouping(ctx: DiffContext, oldId: string, newId: string): void {
  const o = ctx.old.model.groupings.get(oldId)!;
  const n = ctx.new.model.groupings.get(newId)!;
  const oi = ctx.old.groupingAt.get(oldId)!;
  const ni = ctx.new.groupingAt.get(newId)!;
  const section = groupingSection(newId);
  if (o.name !== n.name || oldId !== newId) {
    ctx.emit({ kind: 'grouping.renamed', section, path: section, old: { id: oldId, name: o.name }, new: { id: newId, name: n.name }, at: { old: ['groupings', oi, 'name'], new: ['groupings', ni, 'name'] } });
  }
  for (const field of ['partitions', 'from', 'to'] as const) {
    const key = (side: Side, g: GroupingDoc): string => canonical(field === 'partitions' && Array.isArray(g.partitions) ? g.partitions.map((r) => codeOf(side, r)) : g[field]);
    if (key(ctx.old, o) === key(ctx.new, n)) continue;
    ctx.emit({ kind: 'grouping.changed', section, path: path('groupings', newId, field), field, old: (o[field] ?? null) as JsonValue, new: (n[field] ?? null) as JsonValue, at: { old: ['groupings', oi, field], new: ['groupings', ni, field] } });
  }

  const oldBodies = new Map(o.bodies.map((b, k) => [newBodyId(ctx, b), k] as const));
  const newBodies = new Map(n.bodies.map((b, k) => [b, k] as const));
  for (const [b, k] of newBodies) {
    if (oldBodies.has(b)) continue;
    ctx.emit({ kind: 'grouping.body-added', section, path: path('groupings', newId, 'bodies', b), old: null, new: bodyRef(ctx.new, b), at: { new: ['groupings', ni, 'bodies', k] } });
  }
  for (const [b, k] of oldBodies) {
    if (newBodies.has(b)) continue;
    ctx.emit({ kind: 'grouping.body-removed', section, path: path('groupings', newId, 'bodies', b), old: bodyRef(ctx.old, o.bodies[k]!), new: null, at: { old: ['groupings', oi, 'bodies', k] } });
  }

  // "clusters" when every body of the grouping is at cluster level, "bodies" otherwise.
  const unit = n.bodies.every((b) => ctx.new.model.bodies.get(b)?.level === 'cluster') ? 'cluster' : 'body';
  const before = placements(ctx, 'old', o);
  const after = placements(ctx, 'new', n);
  const codes = [...new Set([...after.keys(), ...before.keys()])].map(codeRef).sort((a, b) => compareDanish(a.name, b.name));
  for (const { code } of codes) {
    const was = before.get(code) ?? new Map<string, string>();
    const is = after.get(code) ?? new Map<string, string>();
    if (canonical([...was.keys()]) === canonical([...is.keys()])) continue;
    const oldRefs = [...was.values()].map((b) => bodyRef(ctx.old, b)).sort(byName);
    const newRefs = [...is.values()].map((b) => bodyRef(ctx.new, b)).sort(byName);
    // Point at the municipality in a body it joined (or left), where the move shows in the file.
    const joined = newRefs.find((r) => !was.has(r.id)) ?? newRefs[0];
    const left = oldRefs.find((r) => !is.has(newBodyId(ctx, r.id))) ?? oldRefs[0];
    ctx.emit({
      kind: 'grouping.municipality-moved',
      section,
      path: path('groupings', newId, 'municipalities', code),
      subject: { ...codeRef(code), unit },
      old: oldRefs,
      new: newRefs,
      at: {
        old: left === undefined ? undefined : municipalityAt(ctx.old, left.id, code),
        new: joined === undefined ? undefined : municipalityAt(ctx.new, joined.id, code),
      },
    });
  }

  const exceptions = (side: Side, g: GroupingDoc): Map<string, number> => {
    const out = new Map<string, number>();
    g.exceptions?.forEach((e, k) => out.has(codeOf(side, e.municipality)) || out.set(codeOf(side, e.municipality), k));
    return out;
  };
  const exceptionValue = (side: Side, g: GroupingDoc, k: number): JsonValue => {
    const e = g.exceptions![k]!;
    return { municipality: codeRef(codeOf(side, e.municipality)), bodies: (e.bodies ?? []).map((b) => bodyRef(side, b)), reason: e.reason.replace(/\s+/g, ' ').trim() };
  };
  const oldExceptions = exceptions(ctx.old, o);
  const newExceptions = exceptions(ctx.new, n);
  for (const [code, k] of newExceptions) {
    const ok = oldExceptions.get(code);
    const exceptionPath = path('groupings', newId, 'exceptions', code);
    if (ok === undefined) {
      ctx.emit({ kind: 'grouping.exception-added', section, path: exceptionPath, old: null, new: exceptionValue(ctx.new, n, k), at: { new: ['groupings', ni, 'exceptions', k] } });
      continue;
    }
    const oldBodiesOf = canonical((o.exceptions![ok]!.bodies ?? []).map((b) => newBodyId(ctx, b)));
    if (oldBodiesOf !== canonical(n.exceptions![k]!.bodies ?? [])) {
      ctx.emit({ kind: 'grouping.exception-changed', section, path: exceptionPath, old: exceptionValue(ctx.old, o, ok), new: exceptionValue(ctx.new, n, k), at: { old: ['groupings', oi, 'exceptions', ok], new: ['groupings', ni, 'exceptions', k] } });
    }
  }
  for (const [code, k] of oldExceptions) {
    if (newExceptions.has(code)) continue;
    ctx.emit({ kind: 'grouping.exception-removed', section, path: path('groupings', newId, 'exceptions', code), old: exceptionValue(ctx.old, o, k), new: null, at: { old: ['groupings', oi, 'exceptions', k] } });
  }
}
