import type { StructureModel } from './build-model.js';
import type { BodyDoc, MunicipalityRef, PostKind, Selector } from './types.js';

/** A set of municipalities, by code. */
export type MunicipalitySet = ReadonlySet<string>;

/**
 * What the facts and rules of a structure imply: the municipalities of a body, who holds a post,
 * which municipalities a selector picks. Every answer is memoized, so each rule can ask freely and a
 * whole structure is derived in linear time. Rules that depend on each other in a circle yield an
 * empty set instead of recursing for ever.
 */
export interface Derived {
  participants: MunicipalitySet;
  /** A body's own `municipalities` list, else its members' municipalities, else what its born seats derive. */
  bodyMunicipalities(bodyId: string): MunicipalitySet;
  /** Municipalities in the body's member facts, for one seat or all. */
  memberMunicipalities(bodyId: string, seatId?: string): MunicipalitySet;
  /** Municipalities a born seat's rule derives (one seat each). */
  bornMunicipalities(bodyId: string, seatId: string): MunicipalitySet;
  /** Municipalities holding a post in a body: the holder facts, else the post's derived rule. */
  postHolders(bodyId: string, post: PostKind): MunicipalitySet;
  /** Municipalities of all bodies of a grouping. */
  groupingMunicipalities(groupingId: string): MunicipalitySet;
  /** The set a selector picks, read in the context of a body (for `self`). */
  select(selector: Selector, contextBodyId?: string): MunicipalitySet;
  /** Codes of a list of references, leaving out unknown municipalities. */
  codes(refs: readonly MunicipalityRef[] | 'all' | undefined): MunicipalitySet;
}

const EMPTY: MunicipalitySet = new Set();

const DERIVED = Symbol('derived');

/**
 * The derived sets of a model, made once per model: the rules, the rendered view and diff share the
 * answers. Kept on the model itself (a hidden property), not in a WeakMap: a WeakMap's entries
 * outlive their model until a full collection, which cost `validate` of 1,000 files 39 MB and 19%.
 */
export function derive(model: StructureModel): Derived {
  return attached(model, DERIVED, () => deriveFresh(model));
}

/**
 * What `make` gives, made once per owner and kept on it as a hidden property, so that it goes with
 * its owner (a module-level WeakMap's entries outlive their keys until a full collection).
 */
export function attached<T>(owner: object, key: symbol, make: () => T): T {
  const holder = owner as { [key: symbol]: T | undefined };
  let value = holder[key];
  if (value === undefined) {
    value = make();
    Object.defineProperty(owner, key, { value });
  }
  return value;
}

function deriveFresh(model: StructureModel): Derived {
  const participants = new Set(model.participants.map((m) => m.code));
  const memo = new Map<string, MunicipalitySet>();
  const busy = new Set<string>();

  const cached = (key: string, compute: () => MunicipalitySet): MunicipalitySet => {
    const hit = memo.get(key);
    if (hit) return hit;
    if (busy.has(key)) return EMPTY;
    busy.add(key);
    try {
      const value = compute();
      memo.set(key, value);
      return value;
    } finally {
      busy.delete(key);
    }
  };

  const codes = (refs: readonly MunicipalityRef[] | 'all' | undefined): MunicipalitySet => {
    if (refs === 'all') return participants;
    const out = new Set<string>();
    for (const ref of refs ?? []) {
      const m = model.municipality(ref);
      if (m) out.add(m.code);
    }
    return out;
  };

  const union = (sets: Iterable<MunicipalitySet>): MunicipalitySet => {
    const out = new Set<string>();
    for (const set of sets) for (const code of set) out.add(code);
    return out;
  };

  const memberMunicipalities = (bodyId: string, seatId?: string): MunicipalitySet =>
    cached(`members:${bodyId}:${seatId ?? ''}`, () => {
      const body = model.bodies.get(bodyId);
      return codes((body?.members ?? []).filter((m) => seatId === undefined || m.seat === seatId).flatMap((m) => (m.municipality === undefined ? [] : [m.municipality])));
    });

  const bornMunicipalities = (bodyId: string, seatId: string): MunicipalitySet =>
    cached(`born:${bodyId}:${seatId}`, () => {
      const seat = model.seats.get(bodyId)?.get(seatId);
      return seat?.born ? select(seat.born.of, bodyId) : EMPTY;
    });

  const bodyMunicipalities = (bodyId: string): MunicipalitySet =>
    cached(`body:${bodyId}`, () => {
      const body: BodyDoc | undefined = model.bodies.get(bodyId);
      if (!body) return EMPTY;
      if (body.municipalities !== undefined) return codes(body.municipalities);
      const members = memberMunicipalities(bodyId);
      if (members.size > 0) return members;
      return union((body.seats ?? []).filter((s) => s.born).map((s) => bornMunicipalities(bodyId, s.id)));
    });

  const postHolders = (bodyId: string, post: PostKind): MunicipalitySet =>
    cached(`post:${bodyId}:${post}`, () => {
      const posts = (model.bodies.get(bodyId)?.posts ?? []).filter((p) => p.post === post);
      const facts = codes(posts.flatMap((p) => (p.holder?.municipality === undefined ? [] : [p.holder.municipality])));
      if (facts.size > 0) return facts;
      return union(posts.filter((p) => p.derived).map((p) => select(p.derived!.of, bodyId)));
    });

  const groupingMunicipalities = (groupingId: string): MunicipalitySet =>
    cached(`grouping:${groupingId}`, () => union((model.groupings.get(groupingId)?.bodies ?? []).map(bodyMunicipalities)));

  const select = (selector: Selector, contextBodyId?: string): MunicipalitySet => {
    if (selector === 'all') return participants;
    if (selector === 'self') return contextBodyId === undefined ? EMPTY : bodyMunicipalities(contextBodyId);
    const parts: MunicipalitySet[] = [];
    if (selector.post !== undefined) {
      const bodies = selector.body !== undefined ? [selector.body] : (model.groupings.get(selector.grouping ?? '')?.bodies ?? []);
      parts.push(union(bodies.map((b) => postHolders(b, selector.post!))));
    } else {
      if (selector.body !== undefined) parts.push(bodyMunicipalities(selector.body));
      if (selector.grouping !== undefined) parts.push(groupingMunicipalities(selector.grouping));
    }
    if (selector.municipalities !== undefined) parts.push(codes(selector.municipalities));
    return parts.length === 1 ? parts[0]! : union(parts);
  };

  return { participants, bodyMunicipalities, memberMunicipalities, bornMunicipalities, postHolders, groupingMunicipalities, select, codes };
}
