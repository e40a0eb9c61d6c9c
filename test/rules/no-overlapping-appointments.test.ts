import rule from '../../src/rules/no-overlapping-appointments.js';
import { testRule } from './rule-tester.js';

// KKR Hovedstaden's one seat in the general-practice committee and the five KKR seats in the national
// Klimaalliance's development group (seed 004, punkt 4.1 and 3.3). Lines 8–15: the first appointment is line 16.
const BODIES = `bodies:
  - id: samarbejdsudvalget-almen-praksis
    name: Samarbejdsudvalget vedrørende almen praksis
    seats: [{ id: kkr-plads, role: politician, side: municipalities }, { id: region, side: region }]
  - id: klimaalliancen-politisk-udviklingsgruppe
    name: Den politiske udviklingsgruppe for den nationale Klimaalliance
    seats: [{ id: kkr-repraesentanter, role: politician, side: municipalities, count: 5 }]
appointments:
`;

const SU = 'body: samarbejdsudvalget-almen-praksis, seat: kkr-plads';
const UG = 'body: klimaalliancen-politisk-udviklingsgruppe, seat: kkr-repraesentanter';

testRule(rule, {
  valid: [
    {
      name: 'Damsgaard leaves and the seat is vacant, offered to Ø (as in the agenda of 21 April 2023)',
      code:
        BODIES +
        `  - { ${SU}, person: Susanne Damsgaard, party_letter: L, to: "2023-04-21", status: ended }\n` +
        `  - { ${SU}, vacant: true, seat_belongs_to: O, offered_to: Ø, decided_on: "2023-04-21", status: proposed }\n`,
    },
    {
      name: 'a successor from the day after the last day held',
      code: BODIES + `  - { ${SU}, person: Susanne Damsgaard, from: "2022-01-01", to: "2023-04-21", status: ended }\n  - { ${SU}, person: Jens Hansen, from: "2023-04-22" }\n`,
    },
    {
      name: 'a proposal does not hold the seat yet',
      code: BODIES + `  - { ${SU}, person: Susanne Damsgaard, from: "2022-01-01", status: in-force }\n  - { ${SU}, person: Jens Hansen, from: "2023-05-01", status: proposed }\n`,
    },
    {
      name: 'an ended appointment without an end date is not counted',
      code: BODIES + `  - { ${SU}, person: Susanne Damsgaard, from: "2022-01-01", status: ended }\n  - { ${SU}, person: Jens Hansen, from: "2023-05-01" }\n`,
    },
    {
      name: 'five KKR representatives on the five seats, different seats and unknown seats apart',
      code:
        BODIES +
        `  - { ${UG}, person: Karsten Längerich, municipality: Allerød, from: "2023-04-21" }\n` +
        `  - { ${UG}, municipality: Middelfart, role: mayor, from: "2023-04-21" }\n` +
        `  - { ${UG}, municipality: Roskilde, role: mayor, from: "2023-04-21" }\n` +
        `  - { ${UG}, municipality: Aarhus, role: mayor, from: "2023-04-21" }\n` +
        `  - { ${UG}, municipality: Aalborg, role: mayor, from: "2023-04-21" }\n` +
        `  - { ${SU}, person: Susanne Damsgaard, from: "2022-01-01" }\n` +
        '  - { body: samarbejdsudvalget-almen-praksis, seat: region, person: Jens Hansen, from: "2022-01-01" }\n' +
        '  - { body: samarbejdsudvalget-almen-praksis, seat: kkr-pladsen, person: Jens Hansen, from: "2022-01-01" }\n' +
        '  - { body: samarbejdsudvalget-almen-praksis, person: Jens Hansen, from: "2022-01-01" }\n',
    },
  ],
  invalid: [
    {
      name: 'a new member while Damsgaard still holds the one seat',
      code: BODIES + `  - { ${SU}, person: Susanne Damsgaard, party_letter: L, from: "2022-01-01", status: in-force }\n  - { ${SU}, person: Jens Hansen, from: "2023-05-01" }\n`,
      errors: [
        {
          messageId: 'overlap',
          line: 17,
          column: 91,
          message:
            'Susanne Damsgaard and Jens Hansen both hold the one seat "kkr-plads" in Samarbejdsudvalget vedrørende almen praksis from 2023-05-01; end the first appointment or add a seat.',
        },
      ],
    },
    {
      name: 'to is the last day held: a successor from that same day overlaps; file order does not matter',
      code: BODIES + `  - { ${SU}, person: Jens Hansen, from: "2023-04-21" }\n  - { ${SU}, person: Susanne Damsgaard, from: "2022-01-01", to: "2023-04-21", status: ended }\n`,
      errors: [{ messageId: 'overlap', line: 16, column: 91 }],
    },
    {
      name: 'an appointee named by municipality only',
      code: BODIES + `  - { ${SU}, municipality: Allerød, role: mayor, from: "2022-01-01" }\n  - { ${SU}, person: Jens Hansen, from: "2023-05-01" }\n`,
      errors: [
        {
          messageId: 'overlap',
          line: 17,
          column: 91,
          message:
            'The appointee from Allerød and Jens Hansen both hold the one seat "kkr-plads" in Samarbejdsudvalget vedrørende almen praksis from 2023-05-01; end the first appointment or add a seat.',
        },
      ],
    },
    {
      name: 'two appointments without dates',
      code: BODIES + `  - { ${SU}, person: Susanne Damsgaard }\n  - id: hansen\n    ${SU.replace(', ', '\n    ')}\n    person: Jens Hansen\n`,
      errors: [
        {
          messageId: 'overlapUndated',
          line: 17,
          column: 5,
          message:
            'Susanne Damsgaard and Jens Hansen both hold the one seat "kkr-plads" in Samarbejdsudvalget vedrørende almen praksis, and neither appointment says when it starts; give them from and to dates, or add a seat.',
        },
      ],
    },
    {
      name: 'each appointment over the count is compared with the holders, not with the other excess ones',
      code:
        BODIES +
        `  - { ${SU}, person: Susanne Damsgaard, from: "2020-01-01" }\n` +
        `  - { ${SU}, person: Jens Hansen, from: "2021-01-01", to: "2021-12-31" }\n` +
        `  - { ${SU}, person: Mette Holm, from: "2022-01-01" }\n`,
      errors: [
        { messageId: 'overlap', line: 17, column: 91 },
        {
          messageId: 'overlap',
          line: 18,
          column: 90,
          message:
            'Susanne Damsgaard and Mette Holm both hold the one seat "kkr-plads" in Samarbejdsudvalget vedrørende almen praksis from 2022-01-01; end the first appointment or add a seat.',
        },
      ],
    },
    {
      name: 'a sixth representative on the five seats of the development group',
      code:
        BODIES +
        `  - { ${UG}, person: Karsten Längerich, municipality: Allerød, from: "2023-04-21" }\n` +
        `  - { ${UG}, municipality: Middelfart, role: mayor, from: "2023-04-21" }\n` +
        `  - { ${UG}, municipality: Roskilde, role: mayor, from: "2023-04-21" }\n` +
        `  - { ${UG}, municipality: Aarhus, role: mayor, from: "2023-04-21" }\n` +
        `  - { ${UG}, municipality: Aalborg, role: mayor, from: "2023-04-21", to: "2025-12-31" }\n` +
        `  - { ${UG}, municipality: Odense, role: mayor, from: "2024-01-01" }\n` +
        `  - { ${UG}, municipality: Vejle, role: mayor, from: "2026-01-01" }\n`,
      errors: [
        {
          messageId: 'overCount',
          line: 21,
          column: 123,
          message:
            'The appointee from Odense holds one of the 5 seats "kkr-repraesentanter" in Den politiske udviklingsgruppe for den nationale Klimaalliance from 2024-01-01, when all 5 are already held; end an earlier appointment or raise the seat\'s count.',
        },
      ],
    },
    {
      name: 'a sixth representative without dates',
      code:
        BODIES +
        ['Allerød', 'Middelfart', 'Roskilde', 'Aarhus', 'Aalborg', 'Odense'].map((m) => `  - { ${UG}, municipality: ${m}, role: mayor }\n`).join(''),
      errors: [{ messageId: 'overCountUndated', line: 21, column: 5 }],
    },
  ],
});
