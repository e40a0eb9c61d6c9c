/** What every family of changes needs: both structures, their derived sets, where things are, and the matching. */
import type { StructureModel } from '../model/build-model.js';
import { derive, type Derived } from '../model/derive.js';
import { municipalityName } from '../model/describe.js';
import type { MunicipalityRef, Selector } from '../model/types.js';
import type { Matching } from './match.js';
import type { Change, JsonValue } from './types.js';

/** One structure, with indexes so that each family finds an entry's position in constant time. */
export interface Side {
  model: StructureModel;
  derived: Derived;
  /** Position of each body and grouping in the file's lists (the first, when an id repeats). */
  bodyAt: Map<string, number>;
  groupingAt: Map<string, number>;
}

export function makeSide(model: StructureModel): Side {
  const at = (items: { id: string }[] | undefined): Map<string, number> => {
    const map = new Map<string, number>();
    items?.forEach((item, i) => {
      if (!map.has(item.id)) map.set(item.id, i);
    });
    return map;
  };
  return { model, derived: derive(model), bodyAt: at(model.doc.bodies), groupingAt: at(model.doc.groupings) };
}

export interface DiffContext {
  old: Side;
  new: Side;
  bodies: Matching;
  groupings: Matching;
  emit(change: Change): void;
}

/** The id an old body has in the new file: its partner's id, or its own when it has none. */
export function newBodyId(ctx: DiffContext, oldId: string): string {
  return ctx.bodies.toNew.get(oldId) ?? oldId;
}

export function newGroupingId(ctx: DiffContext, oldId: string): string {
  return ctx.groupings.toNew.get(oldId) ?? oldId;
}

export type Ref = { id: string; name: string };

export function bodyRef(side: Side, id: string): Ref {
  return { id, name: side.model.bodies.get(id)?.name ?? id };
}

export function groupingRef(side: Side, id: string): Ref {
  return { id, name: side.model.groupings.get(id)?.name ?? id };
}

export function partyRef(side: Side, id: string): Ref {
  return { id, name: side.model.parties.get(id)?.name ?? id };
}

/** A municipality as the JSON output shows it: its code and official name (or the reference as written). */
export function municipalityRef(side: Side, ref: MunicipalityRef): { code: string; name: string } {
  const m = side.model.municipality(ref);
  return m ? { code: m.code, name: m.name } : { code: String(ref), name: String(ref) };
}

export function codeRef(code: string): { code: string; name: string } {
  return { code, name: municipalityName(code) };
}

/** The code a reference resolves to, or the reference itself when it names no municipality. */
export function codeOf(side: Side, ref: MunicipalityRef): string {
  return side.model.municipality(ref)?.code ?? `?${String(ref)}`;
}

/** A selector with names filled in, for the output and for wording. */
export function selectorValue(side: Side, selector: Selector): JsonValue {
  if (typeof selector === 'string') return selector;
  const out: { [key: string]: JsonValue } = {};
  if (selector.body !== undefined) out.body = bodyRef(side, selector.body);
  if (selector.grouping !== undefined) out.grouping = groupingRef(side, selector.grouping);
  if (selector.post !== undefined) out.post = selector.post;
  if (selector.municipalities !== undefined) out.municipalities = selector.municipalities.map((r) => municipalityRef(side, r));
  return out;
}

/** A selector's meaning, comparable across the two files: ids as in the new file, municipalities as codes. */
export function selectorKey(ctx: DiffContext, side: 'old' | 'new', selector: Selector): unknown {
  if (typeof selector === 'string') return selector;
  const s = ctx[side];
  const body = selector.body === undefined ? undefined : side === 'old' ? newBodyId(ctx, selector.body) : selector.body;
  const grouping = selector.grouping === undefined ? undefined : side === 'old' ? newGroupingId(ctx, selector.grouping) : selector.grouping;
  return { body, grouping, post: selector.post, municipalities: selector.municipalities?.map((r) => codeOf(s, r)) };
}

/** Drops undefined fields, so that the values in the output are plain JSON. */
export function compact(value: Record<string, JsonValue | undefined>): { [key: string]: JsonValue } {
  const out: { [key: string]: JsonValue } = {};
  for (const [k, v] of Object.entries(value)) if (v !== undefined) out[k] = v;
  return out;
}
