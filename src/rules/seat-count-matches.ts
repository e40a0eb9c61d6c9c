import { createRule } from '../engine/rule.js';
import { describeSelector, hasUnrecordedPart, readsUnknownMunicipality } from '../model/describe.js';

const plural = (n: number, word: string): string => `${n} ${word}${n === 1 ? '' : 's'}`;
const municipalities = (n: number): string => (n === 1 ? '1 municipality' : `${n} municipalities`);

export default createRule({
  id: 'seat-count-matches',
  meta: {
    description: "A seat's count agrees with the members listed on it and with the municipalities its born rule derives.",
    defaultSeverity: 'error',
    messages: {
      tooFewMembers: 'Seat "{{seat}}" of {{body}} declares {{count}}, but the body lists only {{listed}} on it. Add the missing members, or correct the count.',
      tooManyMembers:
        'Seat "{{seat}}" of {{body}} declares {{count}}, but the body lists {{listed}} on it. Remove the members who do not hold this seat, or correct the count.',
      bornCount:
        'Seat "{{seat}}" of {{body}} declares {{count}}, but its rule derives {{derived}} ({{rule}}). Correct the count, or the municipalities the rule reads.',
    },
    defaultOptions: {},
    examples: {
      failing:
        'municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\nbodies:\n  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n    seats:\n      - { id: borgmestre, role: mayor, count: 5, born: { of: self } }\n',
      passing:
        'municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\nbodies:\n  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n    seats:\n      - { id: borgmestre, role: mayor, count: 4, born: { of: self } }\n',
    },
  },
  check({ model, derived, report }) {
    model.doc.bodies?.forEach((body, b) => {
      // A repeated body or seat id is reported elsewhere; members and derived sets belong to the first one.
      if (model.bodies.get(body.id) !== body) return;
      // Every member entry on a seat counts, also one naming a body or a party.
      const listed = new Map<string, number>();
      for (const m of body.members ?? []) listed.set(m.seat, (listed.get(m.seat) ?? 0) + 1);
      body.seats?.forEach((seat, s) => {
        if (seat.count === undefined || model.seats.get(body.id)?.get(seat.id) !== seat) return;
        // Built for a finding only: a national structure has thousands of seats that are fine.
        const path = (): (string | number)[] => ['bodies', b, 'seats', s, 'count'];
        const data = () => ({ seat: seat.id, body: body.name, count: plural(seat.count!, 'seat') });
        const n = listed.get(seat.id) ?? 0;
        if (n > seat.count) report({ messageId: 'tooManyMembers', data: { ...data(), listed: plural(n, 'member') }, path: path() });
        else if (n > 0 && n < seat.count) report({ messageId: 'tooFewMembers', data: { ...data(), listed: plural(n, 'member') }, path: path() });

        if (!seat.born || readsUnknownMunicipality(model, seat.born.of, body.id) || hasUnrecordedPart(model, derived, seat.born.of, body.id)) return;
        const derivedSize = derived.bornMunicipalities(body.id, seat.id).size;
        // An empty set means the rule's facts are not recorded yet: nothing to compare.
        if (derivedSize === 0 || derivedSize === seat.count) return;
        report({ messageId: 'bornCount', data: { ...data(), derived: municipalities(derivedSize), rule: describeSelector(model, seat.born.of) }, path: path() });
      });
    });
  },
});
