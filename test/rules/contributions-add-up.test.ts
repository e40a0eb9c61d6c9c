import rule from '../../src/rules/contributions-add-up.js';
import { testRule } from './rule-tester.js';

// Klimaalliancen i Hovedstadsregionen (seed 004, punkt 3.4): "Region Hovedstaden bidrager med 1,5
// fuldtidsårsværk og 250.000 kr. i kontantbeløb årligt" and "Kommunerne i KKR Hovedstaden finansierer 1,25
// fuldtidsårsværk til et samlet beløb af 1.550.000 kr. årligt". Lines 8–13, `currency` is
// line 14 and `total` line 15.
const HEAD = `bodies:
  - id: klimaalliancen-i-hovedstadsregionen
    name: Klimaalliancen i Hovedstadsregionen
    from: "2023-07-01"
    to: "2027-12-31"
    finance:
`;

const finance = (total: string, region: string, municipalities: string, currency = 'DKK'): string =>
  `${HEAD}      currency: ${currency}
      total: ${total}
      contributions:
        - { side: region, ${region} }
        - { side: municipalities, delivered_by: gate-21, ${municipalities} }
`;

testRule(rule, {
  valid: [
    {
      name: '250.000 + 1.550.000 = 1.800.000 kr. a year, as in the agenda',
      code: finance('{ amount: 1800000, per: year }', 'amount: 250000, fte: 1.5, per: year', 'amount: 1550000, fte: 1.25, per: year'),
    },
    {
      name: 'årsværk that add up, with floating-point noise (0,1 + 0,2 = 0,3)',
      code: finance('{ fte: 0.3 }', 'fte: 0.1', 'fte: 0.2'),
    },
    {
      name: 'a total per period and contributions per year are not compared',
      code: finance('{ amount: 8100000, per: period }', 'amount: 250000, per: year', 'amount: 1550000, per: year'),
    },
    {
      name: 'contributions that give no amounts, and a total without contributions',
      code:
        finance('{ amount: 1800000, per: year }', 'fte: 1.5, per: year', 'fte: 1.25, per: year') +
        '  - id: klimaalliancen\n    name: Klimaalliancen\n    finance: { total: { amount: 1000000 } }\n',
    },
    {
      name: 'contributions without per are in the total’s unit: 4½ years of 1.800.000 kr.',
      code: finance('{ amount: 8100000, per: period }', 'amount: 1125000', 'amount: 6975000'),
    },
    {
      name: 'fte given in the contributions but not in the total',
      code: finance('{ amount: 1800000 }', 'amount: 250000, fte: 1.5', 'amount: 1550000, fte: 1.25'),
    },
  ],
  invalid: [
    {
      name: 'one krone off',
      code: finance('{ amount: 1800000, per: year }', 'amount: 250000, fte: 1.5, per: year', 'amount: 1549999, fte: 1.25, per: year'),
      errors: [
        {
          messageId: 'amount',
          line: 15,
          column: 24,
          message:
            'The contributions to Klimaalliancen i Hovedstadsregionen add up to 1.799.999 kr. a year, but the total says 1.800.000 kr.; they differ by 1 kr.',
        },
      ],
    },
    {
      name: 'årsværk that do not add up',
      code: finance('{ amount: 1800000, fte: 3, per: year }', 'amount: 250000, fte: 1.5, per: year', 'amount: 1550000, fte: 1.25, per: year'),
      errors: [
        {
          messageId: 'fte',
          line: 15,
          column: 38,
          message:
            'The contributions to Klimaalliancen i Hovedstadsregionen add up to 2,75 årsværk, but the total says 3 årsværk; they differ by 0,25 årsværk.',
        },
      ],
    },
    {
      name: 'transposed digits in a contribution for the whole period (per given on the total only)',
      code: finance('{ amount: 8100000, per: period }', 'amount: 1125000', 'amount: 6957000'),
      errors: [
        {
          messageId: 'amount',
          line: 15,
          column: 24,
          message:
            'The contributions to Klimaalliancen i Hovedstadsregionen add up to 8.082.000 kr. for the whole period, but the total says 8.100.000 kr.; they differ by 18.000 kr.',
        },
      ],
    },
    {
      name: 'one øre off, in euro, without per',
      code: finance('{ amount: 241610.5 }', 'amount: 33557.04', 'amount: 208053.45', 'EUR'),
      errors: [
        {
          messageId: 'amountEuro',
          line: 15,
          column: 24,
          message:
            'The contributions to Klimaalliancen i Hovedstadsregionen add up to 241.610,49 euro, but the total says 241.610,50 euro; they differ by 0,01 euro.',
        },
      ],
    },
  ],
});
