import rule from '../../src/rules/dates-in-order.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'København joined 6-by on 27 August 2002 and has no end',
      code: 'municipalities:\n  - municipality: København\n    from: "2002-08-27"\n  - Odense\n',
    },
    {
      name: 'Klimaalliancen i Hovedstadsregionen runs 1 July 2023 – 31 December 2027',
      code: 'bodies:\n  - id: klimaalliancen\n    name: Klimaalliancen i Hovedstadsregionen\n    from: "2023-07-01"\n    to: "2027-12-31"\n',
    },
    {
      name: 'a one-day period and a two-day meeting (the 6-by meeting in København 21–22 January 2008)',
      code:
        'bodies:\n  - id: faellesmoeder\n    name: 6-by fællesmøder borgmestre og direktør\n    from: "2008-01-21"\n    to: "2008-01-21"\n' +
        '    meetings:\n      events:\n        - { date: "2008-01-21", to: "2008-01-22", place: København }\n        - { date: "2008-02-05" }\n',
    },
    {
      name: 'an appointment decided after it ends is not this rule\'s concern',
      code:
        'bodies:\n  - { id: kkr-hovedstaden, name: KKR Hovedstaden }\n' +
        'appointments:\n  - { body: kkr-hovedstaden, person: Karsten Längerich, from: "2022-01-01", to: "2023-04-21", decided_on: "2023-06-01" }\n',
    },
  ],
  invalid: [
    {
      name: 'a participant that leaves before it joins',
      code: 'municipalities:\n  - municipality: Gentofte\n    from: "2023-05-01"\n    to: "2023-01-01"\n',
      errors: [{ messageId: 'endsBeforeStart', line: 11, column: 9, message: 'This ends (2023-01-01) before it starts (2023-05-01); swap or fix the dates.' }],
    },
    {
      name: 'a body whose dates are swapped',
      code: 'bodies:\n  - id: klimaalliancen\n    name: Klimaalliancen i Hovedstadsregionen\n    from: "2027-12-31"\n    to: "2023-07-01"\n',
      errors: [{ messageId: 'endsBeforeStart', line: 12, column: 9, message: 'This ends (2023-07-01) before it starts (2027-12-31); swap or fix the dates.' }],
    },
    {
      name: 'a meeting that ends the day before it starts',
      code:
        'bodies:\n  - id: faellesmoeder\n    name: 6-by fællesmøder borgmestre og direktør\n    meetings:\n      events:\n' +
        '        - date: "2008-01-22"\n          to: "2008-01-21"\n',
      errors: [{ messageId: 'endsBeforeStart', line: 14, column: 15, message: 'This ends (2008-01-21) before it starts (2008-01-22); swap or fix the dates.' }],
    },
    {
      name: 'a grouping and an appointment, each reported at its to',
      code:
        'bodies:\n  - { id: sundhedsklynge-byen, name: Sundhedsklynge Byen }\n' +
        'groupings:\n  - id: sundhedsklynger\n    name: Sundhedsklyngerne\n    bodies: [sundhedsklynge-byen]\n    from: "2022-07-01"\n    to: "2021-12-31"\n' +
        'appointments:\n  - body: sundhedsklynge-byen\n    from: "2023-04-21"\n    to: "2022-04-21"\n',
      errors: [
        { messageId: 'endsBeforeStart', line: 15, column: 9, message: 'This ends (2021-12-31) before it starts (2022-07-01); swap or fix the dates.' },
        { messageId: 'endsBeforeStart', line: 19, column: 9 },
      ],
    },
  ],
});
