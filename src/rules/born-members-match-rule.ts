import { createRule } from '../engine/rule.js';
import type { StructureModel } from '../model/build-model.js';
import type { Derived } from '../model/derive.js';
import { MUNICIPALITIES } from '../model/registry.js';
import type { MunicipalityRef, PostKind, Selector } from '../model/types.js';

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
 * Whether a selector unions over a grouping in which some body contributes nothing (its post holder
 * or its municipalities are not recorded): the derived set is then known to be incomplete.
 */
export function hasUnrecordedPart(model: StructureModel, derived: Derived, selector: Selector): boolean {
  if (typeof selector === 'string' || selector.grouping === undefined) return false;
  const post: PostKind | undefined = selector.post;
  // With a post, a named body wins over the grouping (as in derive's select).
  if (post !== undefined && selector.body !== undefined) return false;
  const bodies = model.groupings.get(selector.grouping)?.bodies ?? [];
  return bodies.some((id) => (post === undefined ? derived.bodyMunicipalities(id) : derived.postHolders(id, post)).size === 0);
}

export default createRule({
  id: 'born-members-match-rule',
  meta: {
    description: "The members on a born seat are exactly the municipalities the seat's rule derives.",
    defaultSeverity: 'error',
    messages: {
      missing:
        '{{municipality}} should hold a born seat "{{seat}}" in {{body}} by its rule ({{rule}}), but no member on that seat is from {{municipality}}.',
      notDerived: '{{municipality}} holds a born seat "{{seat}}" in {{body}}, but its rule ({{rule}}) does not give {{municipality}}.',
    },
    defaultOptions: {},
    examples: {
      failing:
        'municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\nbodies:\n  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n    seats:\n      - { id: borgmestre, role: mayor, born: { of: self } }\n    members:\n      - { seat: borgmestre, municipality: Haderslev }\n      - { seat: borgmestre, municipality: Aabenraa }\n      - { seat: borgmestre, municipality: Sønderborg }\n      - { seat: borgmestre, municipality: Vejle }\n',
      passing:
        'municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\nbodies:\n  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n    seats:\n      - { id: borgmestre, role: mayor, born: { of: self } }\n    members:\n      - { seat: borgmestre, municipality: Haderslev }\n      - { seat: borgmestre, municipality: Aabenraa }\n      - { seat: borgmestre, municipality: Sønderborg }\n      - { seat: borgmestre, municipality: Tønder }\n',
    },
  },
  check({ model, derived, report }) {
    model.doc.bodies?.forEach((body, b) => {
      // A repeated body or seat id is reported elsewhere; the derived sets describe the first one only.
      if (model.bodies.get(body.id) !== body) return;
      body.seats?.forEach((seat, s) => {
        if (!seat.born || model.seats.get(body.id)?.get(seat.id) !== seat) return;
        const members = (body.members ?? []).flatMap((m, i) => (m.seat === seat.id && m.municipality !== undefined ? [{ i, ref: m.municipality }] : []));
        if (members.length === 0) return;
        const held = members.map((m) => ({ i: m.i, code: model.municipality(m.ref)?.code }));
        if (held.some((m) => m.code === undefined) || readsUnknownMunicipality(model, seat.born.of, body.id)) return;
        const expected = derived.bornMunicipalities(body.id, seat.id);
        // Nothing derived means the rule's facts are unrecorded (derived-rule-resolves looks at that).
        if (expected.size === 0) return;
        const rule = describeSelector(model, seat.born.of);
        const heldCodes = new Set(held.map((m) => m.code));
        const missing = [...expected].filter((code) => !heldCodes.has(code)).map(municipalityName);
        for (const municipality of missing.sort((x, y) => x.localeCompare(y, 'da'))) {
          report({ messageId: 'missing', data: { municipality, seat: seat.id, body: body.name, rule }, path: ['bodies', b, 'seats', s, 'born'], target: 'key' });
        }
        // A partly recorded rule cannot say who is wrongly seated, only who is missing.
        if (hasUnrecordedPart(model, derived, seat.born.of)) return;
        for (const { i, code } of held) {
          if (code === undefined || expected.has(code)) continue;
          const municipality = municipalityName(code);
          report({ messageId: 'notDerived', data: { municipality, seat: seat.id, body: body.name, rule }, path: ['bodies', b, 'members', i, 'municipality'] });
        }
      });
    });
  },
});
