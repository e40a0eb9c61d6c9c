import rule from '../../src/rules/appointment-within-body-lifetime.js';
import { testRule } from './rule-tester.js';

// Klimaalliancen i Hovedstadsregionen runs from 1 July 2023 to the end of December 2027 (seed 004,
// punkt 3.4); the DK2020 partnership group continues to the end of 2023. Lines 8–21: the first
// appointment is line 22.
const BODIES = `bodies:
  - id: klimaalliancen-i-hovedstadsregionen
    name: Klimaalliancen i Hovedstadsregionen
    from: "2023-07-01"
    to: "2027-12-31"
    seats: [{ id: region-hovedstaden, side: region, count: 1 }]
  - id: dk2020-politisk-partnerskabsgruppe
    name: Den politiske partnerskabsgruppe for DK2020
    to: "2023-12-31"
    seats: [{ id: kkr-repraesentanter, role: politician, count: 5 }]
  - id: samarbejdsudvalget-almen-praksis
    name: Samarbejdsudvalget vedrørende almen praksis i Region Hovedstaden
    seats: [{ id: kkr-plads, role: politician }]
appointments:
`;

testRule(rule, {
  valid: [
    {
      name: 'an appointment for the whole lifetime, first and last day included',
      code: BODIES + '  - { body: klimaalliancen-i-hovedstadsregionen, seat: region-hovedstaden, from: "2023-07-01", to: "2027-12-31" }\n',
    },
    {
      name: 'an appointment without dates, or with only one side',
      code:
        BODIES +
        '  - { body: dk2020-politisk-partnerskabsgruppe, seat: kkr-repraesentanter, person: Karsten Längerich, party_letter: V, status: in-force }\n' +
        '  - { body: dk2020-politisk-partnerskabsgruppe, seat: kkr-repraesentanter, person: Karsten Längerich, from: "2018-01-01" }\n',
    },
    {
      name: 'a body without from or to bounds nothing',
      code: BODIES + '  - { body: samarbejdsudvalget-almen-praksis, seat: kkr-plads, person: Susanne Damsgaard, party_letter: L, from: "2018-01-01", to: "2023-04-21", status: ended }\n',
    },
    {
      name: 'an appointment to an unknown body is left to no-unknown-reference',
      code: BODIES + '  - { body: klimaalliancen-hovedstaden, from: "2020-01-01" }\n',
    },
  ],
  invalid: [
    {
      name: 'an appointment that starts before the body exists',
      code: BODIES + '  - body: klimaalliancen-i-hovedstadsregionen\n    seat: region-hovedstaden\n    from: "2023-05-01"\n    status: proposed\n',
      errors: [
        {
          messageId: 'startsBefore',
          line: 24,
          column: 11,
          message: 'This appointment to Klimaalliancen i Hovedstadsregionen starts on 2023-05-01, before the body exists (from 2023-07-01).',
        },
      ],
    },
    {
      name: 'an appointment that runs past the end of the DK2020 group',
      code: BODIES + '  - body: dk2020-politisk-partnerskabsgruppe\n    seat: kkr-repraesentanter\n    person: Karsten Längerich\n    from: "2022-01-01"\n    to: "2025-12-31"\n',
      errors: [
        {
          messageId: 'endsAfter',
          line: 26,
          column: 9,
          message: 'This appointment to Den politiske partnerskabsgruppe for DK2020 runs to 2025-12-31, after the body has ended (to 2023-12-31).',
        },
      ],
    },
    {
      name: 'an appointment wholly after the body has ended',
      code: BODIES + '  - { body: dk2020-politisk-partnerskabsgruppe, seat: kkr-repraesentanter, person: Karsten Längerich, from: "2024-01-01", to: "2025-12-31" }\n',
      errors: [
        {
          messageId: 'startsAfter',
          line: 22,
          column: 109,
          message: 'This appointment to Den politiske partnerskabsgruppe for DK2020 starts on 2024-01-01, after the body has ended (to 2023-12-31).',
        },
        { messageId: 'endsAfter', line: 22, column: 127 },
      ],
    },
    {
      name: 'an appointment that ends before the body exists, and one that starts a day too early',
      code:
        BODIES +
        '  - { body: klimaalliancen-i-hovedstadsregionen, seat: region-hovedstaden, from: "2021-01-01", to: "2023-06-30" }\n' +
        '  - { body: klimaalliancen-i-hovedstadsregionen, seat: region-hovedstaden, from: "2023-06-30", to: "2027-12-31" }\n',
      errors: [
        { messageId: 'startsBefore', line: 22, column: 82 },
        {
          messageId: 'endsBefore',
          line: 22,
          column: 100,
          message: 'This appointment to Klimaalliancen i Hovedstadsregionen ends on 2023-06-30, before the body exists (from 2023-07-01).',
        },
        { messageId: 'startsBefore', line: 23, column: 82 },
      ],
    },
  ],
});
