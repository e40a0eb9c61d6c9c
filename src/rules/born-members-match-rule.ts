import { createRule } from '../engine/rule.js';
import { describeSelector, hasUnrecordedPart, municipalityName, readsUnknownMunicipality } from '../model/describe.js';
import { compareDanish } from '../compare-danish.js';

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
        // The members on this seat, by the index of their fact and their municipality's code.
        const held: { i: number; code: string }[] = [];
        let unknown = false;
        body.members?.forEach((m, i) => {
          if (m.seat !== seat.id || m.municipality === undefined) return;
          const code = model.municipality(m.municipality)?.code;
          if (code === undefined) unknown = true;
          else held.push({ i, code });
        });
        if (held.length === 0 || unknown || readsUnknownMunicipality(model, seat.born.of, body.id)) return;
        const expected = derived.bornMunicipalities(body.id, seat.id);
        // Nothing derived means the rule's facts are unrecorded (derived-rule-resolves looks at that).
        if (expected.size === 0) return;
        const heldCodes = new Set(held.map((m) => m.code));
        const missing = [...expected].filter((code) => !heldCodes.has(code));
        const extra = held.filter(({ code }) => !expected.has(code));
        if (missing.length === 0 && extra.length === 0) return;
        const rule = describeSelector(model, seat.born.of);
        for (const municipality of missing.map(municipalityName).sort(compareDanish)) {
          report({ messageId: 'missing', data: { municipality, seat: seat.id, body: body.name, rule }, path: ['bodies', b, 'seats', s, 'born'], target: 'key' });
        }
        // A partly recorded rule cannot say who is wrongly seated, only who is missing.
        if (extra.length === 0 || hasUnrecordedPart(model, derived, seat.born.of, body.id)) return;
        for (const { i, code } of extra) {
          report({ messageId: 'notDerived', data: { municipality: municipalityName(code), seat: seat.id, body: body.name, rule }, path: ['bodies', b, 'members', i, 'municipality'] });
        }
      });
    });
  },
});
