import type { DataPath } from '../diagnostic.js';
import type { StructureModel } from '../model/build-model.js';
import { suggestMunicipality } from '../model/registry.js';
import type { BodyDoc, ConstraintDoc, EntitySelection, MunicipalityRef, MunicipalitySelection } from '../model/types.js';
import { closest } from '../suggest.js';
import type { Finding } from './messages.js';
import { EACH, type Selections } from './select.js';
import { joinAnd } from './words.js';

export const CHECKS = ['count', 'partition', 'subset', 'equal', 'unique'] as const;

/** Which `by` fits which selection. */
const BY_FOR: Record<Exclude<keyof EntitySelection, 'municipalities'>, readonly string[]> = {
  bodies: ['id'],
  seats: ['id'],
  members: ['municipality', 'person'],
  posts: ['municipality', 'person'],
};
const WHAT: Record<keyof typeof BY_FOR, string> = { bodies: 'Bodies', seats: 'Seats', members: 'Members', posts: 'Posts' };

/** The bodies a for_each checks: its grouping's, then the listed ones, each once, unknown ids left out. */
export function forEachBodies(c: ConstraintDoc, model: StructureModel, selections: Selections): BodyDoc[] {
  const out = new Set<BodyDoc>();
  const add = (body: BodyDoc | undefined): void => {
    if (body) out.add(body);
  };
  if (c.for_each?.grouping !== undefined) selections.groupingBodies(c.for_each.grouping).forEach(add);
  c.for_each?.bodies?.forEach((id) => add(model.bodies.get(id)));
  return [...out];
}

/**
 * Problems in how a constraint is written: not exactly one check, bounds that do not fit, `$each`
 * without a for_each, ids and municipalities that do not exist. A constraint with any of them is not
 * evaluated, so that one typo gives one message and not a failed check besides.
 */
export function validateConstraint(c: ConstraintDoc, at: number, model: StructureModel, selections: Selections): Finding[] {
  const found: Finding[] = [];
  const base: DataPath = ['constraints', at];
  const id = c.id;
  const checks = CHECKS.filter((k) => c[k] !== undefined);
  if (checks.length === 0) found.push({ messageId: 'noCheck', data: { id }, path: [...base, 'id'] });
  if (checks.length > 1) found.push({ messageId: 'severalChecks', data: { id, checks: joinAnd(checks) }, path: [...base, 'id'] });

  const bounds = (['exactly', 'min', 'max'] as const).filter((k) => c[k] !== undefined);
  if (c.count === undefined) {
    for (const key of bounds) found.push({ messageId: 'boundsWithoutCount', data: { id, key }, path: [...base, key], target: 'key' });
  } else if (bounds.length === 0) {
    found.push({ messageId: 'countWithoutBounds', data: { id }, path: [...base, 'count'], target: 'key' });
  } else if (c.exactly !== undefined && bounds.length > 1) {
    found.push({ messageId: 'exactlyWithRange', data: { id, other: joinAnd(bounds.filter((k) => k !== 'exactly')) }, path: [...base, 'exactly'], target: 'key' });
  } else if (c.min !== undefined && c.max !== undefined && c.min > c.max) {
    found.push({ messageId: 'emptyRange', data: { id, min: c.min, max: c.max }, path: [...base, 'max'] });
  }

  if (c.unique !== undefined) {
    const kind = (Object.keys(c.unique) as (keyof EntitySelection)[])[0]!;
    if (kind === 'municipalities') {
      found.push({ messageId: 'uniqueMunicipalities', data: { id }, path: [...base, 'unique', 'municipalities'], target: 'key' });
    } else if (c.by === undefined) {
      found.push({ messageId: 'uniqueWithoutBy', data: { id, allowed: BY_FOR[kind].join(' or ') }, path: [...base, 'unique'], target: 'key' });
    } else if (!BY_FOR[kind].includes(c.by)) {
      found.push({ messageId: 'byDoesNotFit', data: { id, what: WHAT[kind], by: c.by, allowed: BY_FOR[kind].join(' or ') }, path: [...base, 'by'] });
    }
  } else if (c.by !== undefined) {
    found.push({ messageId: 'byWithoutUnique', data: { id }, path: [...base, 'by'], target: 'key' });
  }

  found.push(...new ReferenceCheck(c, base, model, selections).run());
  return found;
}

/** Checks every id, `$each` and municipality a constraint names. */
class ReferenceCheck {
  private readonly found: Finding[] = [];
  private readonly each: BodyDoc[] | undefined;

  constructor(
    private readonly c: ConstraintDoc,
    private readonly base: DataPath,
    private readonly model: StructureModel,
    private readonly selections: Selections,
  ) {
    this.each = c.for_each ? forEachBodies(c, model, selections) : undefined;
  }

  run(): Finding[] {
    const { c, base } = this;
    this.id('source', c.source, [...base, 'source']);
    this.id('grouping', c.for_each?.grouping, [...base, 'for_each', 'grouping']);
    c.for_each?.bodies?.forEach((b, i) => this.id('body', b, [...base, 'for_each', 'bodies', i]));
    if (c.count) this.entitySelection(c.count, [...base, 'count']);
    if (c.unique) this.entitySelection(c.unique, [...base, 'unique']);
    if (c.partition) {
      this.bodyFilter(c.partition.bodies, [...base, 'partition', 'bodies']);
      if (c.partition.of !== undefined) this.municipalitySelection(c.partition.of, [...base, 'partition', 'of']);
    }
    for (const key of ['subset', 'equal'] as const) c[key]?.forEach((s, i) => this.municipalitySelection(s, [...base, key, i]));
    return this.found;
  }

  /** An id of a body, grouping or source; true when it can be followed further. */
  private id(kind: 'body' | 'grouping' | 'source', ref: string | undefined, path: DataPath): boolean {
    if (ref === undefined) return false;
    if (ref === EACH) {
      if (this.c.for_each === undefined) this.found.push({ messageId: 'eachOutsideForEach', data: { id: this.c.id }, path });
      return this.c.for_each !== undefined;
    }
    const map = kind === 'body' ? this.model.bodies : kind === 'grouping' ? this.model.groupings : this.model.sources;
    if (map.has(ref)) return true;
    const suggestion = closest(ref, map.keys());
    this.found.push(
      suggestion
        ? { messageId: 'unknownIdWithSuggestion', data: { kind, ref, suggestion }, path }
        : { messageId: 'unknownId', data: { kind, ref, id: this.c.id, list: kind === 'body' ? 'bodies' : `${kind}s` }, path },
    );
    return false;
  }

  /** A seat id, looked up on the bodies the selection can mean. */
  private seat(seat: string | undefined, bodies: BodyDoc[] | undefined, where: string, path: DataPath): void {
    if (seat === undefined || bodies === undefined) return;
    const ids = new Set<string>();
    for (const body of bodies) for (const id of this.model.seats.get(body.id)?.keys() ?? []) ids.add(id);
    if (ids.has(seat)) return;
    const suggestion = closest(seat, ids);
    this.found.push(
      suggestion
        ? { messageId: 'unknownSeatWithSuggestion', data: { ref: seat, where, suggestion }, path }
        : { messageId: 'unknownSeat', data: { ref: seat, where, seats: [...ids].sort().join(', ') || 'none' }, path },
    );
  }

  /** The bodies a `body` (or `$each`) names, for looking up seats; undefined when unknown. */
  private bodyTarget(ref: string): { bodies: BodyDoc[]; where: string } | undefined {
    if (ref === EACH) return this.each && { bodies: this.each, where: 'the bodies the for_each checks' };
    const body = this.model.bodies.get(ref);
    return body && { bodies: [body], where: `the body "${ref}"` };
  }

  private municipalities(refs: readonly MunicipalityRef[] | undefined, path: DataPath): void {
    refs?.forEach((ref, i) => {
      if (this.model.municipality(ref)) return;
      const suggestion = suggestMunicipality(ref);
      this.found.push(
        suggestion
          ? { messageId: 'unknownMunicipalityWithSuggestion', data: { ref, suggestion }, path: [...path, i] }
          : { messageId: 'unknownMunicipality', data: { ref }, path: [...path, i] },
      );
    });
  }

  private municipalitySelection(s: MunicipalitySelection, path: DataPath): void {
    if (s === 'all') return;
    const bodyOk = this.id('body', s.body, [...path, 'body']);
    const groupingOk = this.id('grouping', s.grouping, [...path, 'grouping']);
    const supportedOk = this.id('body', s.supported_by, [...path, 'supported_by']);
    this.municipalities(s.municipalities, [...path, 'municipalities']);
    const named = s.body !== undefined || s.grouping !== undefined || s.supported_by !== undefined;
    for (const key of ['post', 'seat'] as const) {
      if (s[key] !== undefined && !named) this.found.push({ messageId: 'narrowWithoutBodies', data: { key }, path: [...path, key], target: 'key' });
    }
    // A seat is looked up only when every body source resolves, so one unknown id gives one message.
    if (s.seat === undefined || !named || (s.body !== undefined && !bodyOk) || (s.grouping !== undefined && !groupingOk) || (s.supported_by !== undefined && !supportedOk)) return;
    const bodies: BodyDoc[] = [];
    const where: string[] = [];
    if (s.body !== undefined) {
      const target = this.bodyTarget(s.body);
      bodies.push(...(target?.bodies ?? []));
      if (target) where.push(target.where);
    }
    if (s.grouping !== undefined) {
      bodies.push(...this.selections.groupingBodies(s.grouping));
      where.push(`the bodies of the grouping "${s.grouping}"`);
    }
    if (s.supported_by !== undefined) {
      const supported = s.supported_by === EACH ? (this.each ?? []).map((b) => b.id) : [s.supported_by];
      for (const id of supported) bodies.push(...this.selections.supporters(id));
      where.push(s.supported_by === EACH ? 'the bodies supporting the bodies the for_each checks' : `the bodies supporting "${s.supported_by}"`);
    }
    this.seat(s.seat, bodies, joinAnd(where), [...path, 'seat']);
  }

  private bodyFilter(f: NonNullable<EntitySelection['bodies']>, path: DataPath): void {
    this.id('grouping', f.grouping, [...path, 'grouping']);
    this.id('body', f.parent, [...path, 'parent']);
    this.id('body', f.supports, [...path, 'supports']);
  }

  private entitySelection(s: EntitySelection, path: DataPath): void {
    if (s.municipalities !== undefined) this.municipalitySelection(s.municipalities, [...path, 'municipalities']);
    if (s.bodies) this.bodyFilter(s.bodies, [...path, 'bodies']);
    for (const kind of ['seats', 'members', 'posts'] as const) {
      const f = s[kind];
      if (!f) continue;
      const at = [...path, kind];
      const bodyOk = this.id('body', f.body, [...at, 'body']);
      const groupingOk = this.id('grouping', f.grouping, [...at, 'grouping']);
      if (kind !== 'members' || s.members?.seat === undefined) continue;
      if (f.body !== undefined) {
        const target = bodyOk ? this.bodyTarget(f.body) : undefined;
        if (target) this.seat(s.members.seat, target.bodies, target.where, [...at, 'seat']);
      } else if (f.grouping !== undefined) {
        if (groupingOk) this.seat(s.members.seat, this.selections.groupingBodies(f.grouping), `the bodies of the grouping "${f.grouping}"`, [...at, 'seat']);
      } else {
        this.seat(s.members.seat, [...this.selections.bodies], 'any body', [...at, 'seat']);
      }
    }
  }
}
