import rule from '../../src/rules/municipality-in-region.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'the Sønderjylland health cluster in Region Syddanmark',
      code:
        'region: Syddanmark\nmunicipalities: [Haderslev, Aabenraa, Sønderborg, Tønder, Middelfart, Assens]\n' +
        'bodies:\n  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n',
    },
    {
      name: 'without region, 6-by may span regions',
      code: 'municipalities: [København, Odense, Aalborg, Esbjerg, Randers, Aarhus]\n',
    },
    {
      name: 'Bornholm (400) and København by code are in Region Hovedstaden',
      code: 'region: Hovedstaden\nmunicipalities: [400, "0101", { municipality: Frederiksberg, from: "2002-01-01" }]\n',
    },
    {
      name: 'from 2027 København and Roskilde are both in Region Østdanmark',
      code: 'region: Østdanmark\nmunicipalities: [København, Roskilde, Bornholm]\n',
      asOf: '2027-03-01',
    },
    {
      name: 'an external body outside the structure is not bound by its region',
      code:
        'region: Hovedstaden\nmunicipalities: [København, Gentofte]\n' +
        'bodies:\n  - id: klimaalliancen\n    name: Den nationale Klimaalliance\n    external: true\n    municipalities: [København, Aarhus, Odense]\n',
    },
    {
      name: 'unknown municipalities are left to no-unknown-municipality',
      code: 'region: Syddanmark\nmunicipalities: [Odense, Christiansø]\n',
    },
  ],
  invalid: [
    {
      name: 'Aarhus in a Syddanmark structure',
      code: 'region: Syddanmark\nmunicipalities: [Odense, Aarhus]\n',
      asOf: '2023-06-01',
      errors: [
        { messageId: 'notInRegion', line: 9, column: 26, message: 'Aarhus is in Region Midtjylland, not in Region Syddanmark as this structure says (on 2023-06-01).' },
      ],
    },
    {
      name: 'Greve (0253) looks like a Capital Region code but is in Region Sjælland',
      code: 'region: Hovedstaden\nmunicipalities:\n  - København\n  - municipality: "0253"\n    note: Greve\n',
      errors: [
        { messageId: 'notInRegion', line: 11, column: 19, message: 'Greve is in Region Sjælland, not in Region Hovedstaden as this structure says (on 2023-04-21).' },
      ],
    },
    {
      name: 'a cluster that lists a municipality of another region',
      code:
        'region: Hovedstaden\nmunicipalities: [København, Frederiksberg]\n' +
        'bodies:\n  - id: kommuneklynge-byen\n    name: Kommuneklynge Byen\n    municipalities: [København, Frederiksberg, Roskilde]\n',
      errors: [{ messageId: 'notInRegion', line: 13, column: 48 }],
    },
    {
      name: 'Region Hovedstaden no longer exists in 2027',
      code: 'region: Hovedstaden\nmunicipalities: [København, Roskilde, Odense]\n',
      asOf: '2027-03-01',
      errors: [
        {
          messageId: 'regionGone',
          line: 9,
          column: 18,
          message: 'Region Hovedstaden no longer exists on 2027-03-01: from 2027-01-01 København is in Region Østdanmark. Write region: Østdanmark.',
        },
        { messageId: 'regionGone', line: 9, column: 29 },
        {
          messageId: 'notInRegion',
          line: 9,
          column: 39,
          message: 'Odense is in Region Syddanmark, not in Region Hovedstaden as this structure says (on 2027-03-01).',
        },
      ],
    },
    {
      name: 'Region Østdanmark does not exist before 2027',
      code: 'region: Østdanmark\nmunicipalities: [Roskilde, Aarhus]\n',
      errors: [
        {
          messageId: 'regionNotYet',
          line: 9,
          column: 18,
          message:
            'Region Østdanmark does not exist until 2027-01-01; on 2023-04-21 Roskilde is in Region Sjælland. Write the region of that day, or leave region out if the structure spans two regions.',
        },
        { messageId: 'notInRegion', line: 9, column: 28, message: 'Aarhus is in Region Midtjylland, not in Region Østdanmark as this structure says (on 2023-04-21).' },
      ],
    },
  ],
});
