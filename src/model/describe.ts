/** Words for derived sets, and whether a derived set is complete: shared by the composition rules. */
import type { StructureModel } from './build-model.js';
import { attached, type Derived } from './derive.js';
import { MUNICIPALITIES } from './registry.js';
import type { MunicipalityRef, PostKind, Selector } from './types.js';

const NAMES = new Map(MUNICIPALITIES.map((m) => [m.code, m.name]));

/** A municipality's official name from its code. */
export function municipalityName(code: string): string {
  return NAMES.get(code) ?? code;
}

/** A selector in words, for messages: "all participants", "the co-chairs of <grouping name>". */
export function describeSelector(model: StructureModel, selector: Selector): string {
  if (selector === 'all') return 'all participants';
  if (selector === 'self') return "this body's municipalities";
  const bodyName = (id: string): string => model.bodies.get(id)?.name ?? id;
  const groupingName = (id: string): string => model.groupings.get(id)?.name ?? id;
  const parts: string[] = [];
  if (selector.post !== undefined) {
    if (selector.body !== undefined) parts.push(`the ${selector.post} of ${bodyName(selector.body)}`);
    else if (selector.grouping !== undefined) parts.push(`the ${selector.post}s of ${groupingName(selector.grouping)}`);
    else parts.push(`the ${selector.post}s`);
  } else {
    if (selector.body !== undefined) parts.push(`the municipalities of ${bodyName(selector.body)}`);
    if (selector.grouping !== undefined) parts.push(`the municipalities of ${groupingName(selector.grouping)}`);
  }
  if (selector.municipalities !== undefined) parts.push('the listed municipalities');
  return parts.join(' and ');
}

/**
 * Whether a selector reads a municipality list that names an unknown municipality. The derived set
 * then silently lacks it, and comparing against it would repeat no-unknown-municipality's finding.
 */
export function readsUnknownMunicipality(model: StructureModel, selector: Selector, contextBodyId: string): boolean {
  const unknown = (refs: readonly (MunicipalityRef | { municipality: MunicipalityRef })[] | 'all' | undefined): boolean =>
    Array.isArray(refs) && refs.some((r) => model.municipality(typeof r === 'object' ? r.municipality : r) === undefined);
  if (selector === 'all') return unknown(model.doc.municipalities);
  if (selector === 'self') return unknown(model.bodies.get(contextBodyId)?.municipalities);
  if (unknown(selector.municipalities)) return true;
  return selector.post === undefined && selector.body !== undefined && unknown(model.bodies.get(selector.body)?.municipalities);
}

/**
 * Whether the set a selector derives is known to be incomplete, a lower bound rather than the whole:
 * it reads a grouping in which some body contributes nothing yet, or a body whose municipalities are
 * incomplete (see bodyMunicipalitiesIncomplete).
 */
export function hasUnrecordedPart(model: StructureModel, derived: Derived, selector: Selector, contextBodyId: string): boolean {
  if (selector === 'all') return false;
  if (selector === 'self') return bodyMunicipalitiesIncomplete(model, derived, contextBodyId);
  const post: PostKind | undefined = selector.post;
  // With a post, a named body wins over the grouping (as in derive's select).
  if (post !== undefined && selector.body !== undefined) return false;
  const grouping = selector.grouping === undefined ? [] : (model.groupings.get(selector.grouping)?.bodies ?? []);
  if (post !== undefined) return grouping.some((id) => derived.postHolders(id, post).size === 0);
  const incomplete = (id: string): boolean => bodyMunicipalitiesIncomplete(model, derived, id);
  return (selector.body !== undefined && incomplete(selector.body)) || grouping.some(incomplete);
}

/**
 * The answers of bodyMunicipalitiesIncomplete, kept on the model's derived sets themselves
 * (attached()): a module-level WeakMap keyed by them kept every file's answers alive through the young
 * generation's collections, which copied about three times as much (1,000 files: ~555 KB against
 * ~160 KB per collection on average).
 */
const INCOMPLETE = Symbol('incompleteBodies');

/**
 * Whether a body's derived municipalities are known to be only part of the whole: nothing is derived,
 * or (with no list and no members) they come from born seats of which one reads an incomplete set, or
 * another municipal seat has neither rule nor members — Sundhedssamarbejdsudvalget has five municipal
 * seats, of which only the four cluster co-chairs are born.
 */
export function bodyMunicipalitiesIncomplete(model: StructureModel, derived: Derived, bodyId: string): boolean {
  const memo = attached(derived, INCOMPLETE, () => new Map<string, boolean>());
  const hit = memo.get(bodyId);
  if (hit !== undefined) return hit;
  // While the answer is being worked out, a circle of rules back to this body counts as incomplete.
  memo.set(bodyId, true);
  const body = model.bodies.get(bodyId);
  let result = true;
  if (body && derived.bodyMunicipalities(bodyId).size > 0) {
    result =
      body.municipalities === undefined &&
      derived.memberMunicipalities(bodyId).size === 0 &&
      (body.seats ?? []).some((seat) =>
        seat.born ? hasUnrecordedPart(model, derived, seat.born.of, bodyId) : seat.party === undefined && (seat.side ?? 'municipalities') === 'municipalities',
      );
  }
  memo.set(bodyId, result);
  return result;
}
