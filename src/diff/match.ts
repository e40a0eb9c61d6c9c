/**
 * Which body (and grouping) in the old structure is which in the new one. Ids first; then an explicit
 * `renamed_from` in either file; then, for bodies left over, the same municipalities and a similar name.
 * Every step is symmetric, so swapping the files pairs the same bodies.
 */
import { foldForComparison } from '../suggest.js';
import { MAX_SIMILARITY_PAIRS, pairBySimilarity, similarity } from './compare.js';
import type { Side } from './context.js';

export type MatchedBy = 'id' | 'renamed_from' | 'similar';

export interface Matching {
  toNew: Map<string, string>;
  toOld: Map<string, string>;
  /** How each pair was found, by the new id. */
  by: Map<string, MatchedBy>;
}

/** A name is similar enough at this score (letter pairs shared), when the members are the same too. */
export const SIMILAR_NAME = 0.5;
/** Bodies with no municipalities on record share nothing else, so their names must be much closer. */
export const SIMILAR_NAME_WITHOUT_MEMBERS = 0.8;

function emptyMatching(): Matching {
  return { toNew: new Map(), toOld: new Map(), by: new Map() };
}

function pair(m: Matching, oldId: string, newId: string, by: MatchedBy): void {
  m.toNew.set(oldId, newId);
  m.toOld.set(newId, oldId);
  m.by.set(newId, by);
}

export function matchBodies(oldSide: Side, newSide: Side): Matching {
  const m = emptyMatching();
  const oldBodies = oldSide.model.bodies;
  const newBodies = newSide.model.bodies;
  for (const id of newBodies.keys()) if (oldBodies.has(id)) pair(m, id, id, 'id');

  // renamed_from names the earlier id or the earlier name; a name counts only when it picks one body.
  const byName = (bodies: Map<string, { name: string }>, taken: Map<string, string>): Map<string, string[]> => {
    const out = new Map<string, string[]>();
    for (const [id, body] of bodies) {
      if (taken.has(id)) continue;
      const key = foldForComparison(body.name);
      out.set(key, [...(out.get(key) ?? []), id]);
    }
    return out;
  };
  const explicit = (from: Map<string, { renamed_from?: string }>, fromTaken: Map<string, string>, to: Map<string, { name: string }>, toTaken: Map<string, string>, link: (fromId: string, toId: string) => void): void => {
    const names = byName(to, toTaken);
    for (const [id, body] of from) {
      if (fromTaken.has(id) || body.renamed_from === undefined) continue;
      const earlier = body.renamed_from;
      let target: string | undefined = to.has(earlier) && !toTaken.has(earlier) ? earlier : undefined;
      if (target === undefined) {
        const named = names.get(foldForComparison(earlier))?.filter((x) => !toTaken.has(x));
        if (named?.length === 1) target = named[0];
      }
      if (target !== undefined) link(id, target);
    }
  };
  explicit(newBodies, m.toOld, oldBodies, m.toNew, (newId, oldId) => pair(m, oldId, newId, 'renamed_from'));
  explicit(oldBodies, m.toNew, newBodies, m.toOld, (oldId, newId) => pair(m, oldId, newId, 'renamed_from'));

  // Bodies with the same municipalities are only compared among themselves, which keeps this linear.
  const groups = new Map<string, { old: string[]; new: string[] }>();
  const signature = (side: Side, id: string): string => [...side.derived.bodyMunicipalities(id)].sort().join(',');
  for (const id of oldBodies.keys()) {
    if (m.toNew.has(id)) continue;
    const key = signature(oldSide, id);
    const group = groups.get(key) ?? { old: [], new: [] };
    group.old.push(id);
    groups.set(key, group);
  }
  for (const id of newBodies.keys()) {
    if (m.toOld.has(id)) continue;
    const group = groups.get(signature(newSide, id));
    group?.new.push(id);
  }
  for (const [key, group] of groups) {
    if (group.new.length === 0 || group.old.length * group.new.length > MAX_SIMILARITY_PAIRS) continue;
    const threshold = key === '' ? SIMILAR_NAME_WITHOUT_MEMBERS : SIMILAR_NAME;
    const pairs = pairBySimilarity(
      group.old,
      group.new,
      (a, b) => similarity(oldBodies.get(a)!.name, newBodies.get(b)!.name),
      { left: (a) => a, right: (b) => b },
      threshold,
    );
    for (const [oldId, newId] of pairs) pair(m, oldId, newId, 'similar');
  }
  return m;
}

/** A grouping keeps its id, or else is the grouping whose bodies (as matched) overlap most, at least half. */
export function matchGroupings(oldSide: Side, newSide: Side, bodies: Matching): Matching {
  const m = emptyMatching();
  const oldGroupings = oldSide.model.groupings;
  const newGroupings = newSide.model.groupings;
  for (const id of newGroupings.keys()) if (oldGroupings.has(id)) pair(m, id, id, 'id');

  const newBodySets = new Map<string, Set<string>>();
  const byBody = new Map<string, string[]>();
  for (const [id, g] of newGroupings) {
    if (m.toOld.has(id)) continue;
    const set = new Set(g.bodies);
    newBodySets.set(id, set);
    for (const b of set) byBody.set(b, [...(byBody.get(b) ?? []), id]);
  }
  const left: { id: string; bodies: Set<string> }[] = [];
  const candidates = new Set<string>();
  for (const [id, g] of oldGroupings) {
    if (m.toNew.has(id)) continue;
    const mapped = new Set(g.bodies.map((b) => bodies.toNew.get(b) ?? `\u0000${b}`));
    left.push({ id, bodies: mapped });
    for (const b of mapped) for (const n of byBody.get(b) ?? []) candidates.add(n);
  }
  const right = [...newBodySets.keys()].filter((id) => candidates.has(id));
  if (left.length * right.length <= MAX_SIMILARITY_PAIRS) {
    const jaccard = (a: Set<string>, b: Set<string>): number => {
      let shared = 0;
      for (const x of a) if (b.has(x)) shared++;
      const all = a.size + b.size - shared;
      return all === 0 ? 0 : shared / all;
    };
    const pairs = pairBySimilarity(left, right, (a, b) => jaccard(a.bodies, newBodySets.get(b)!), { left: (a) => a.id, right: (b) => b }, 0.5);
    for (const [a, b] of pairs) pair(m, a.id, b, 'similar');
  }
  return m;
}
