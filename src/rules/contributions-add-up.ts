import { createRule } from '../engine/rule.js';
import type { AmountDoc } from '../model/types.js';

/** Sums closer than this are equal: it absorbs floating-point noise but not one øre's error. */
const TOLERANCE = 0.005;

/** Danish number style, as in the source documents: 1.550.000 and 1,25 (at most two decimals; never negative here). */
function danishNumber(value: number): string {
  const [whole = '', decimals = ''] = value.toFixed(2).split('.');
  const fraction = decimals.replace(/0+$/, '');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (fraction ? `,${fraction}` : '');
}

const PER: Record<NonNullable<AmountDoc['per']>, string> = { year: ' a year', period: ' for the whole period' };

export default createRule({
  id: 'contributions-add-up',
  meta: {
    description: "A body's contributions add up to the total given in its finance (amount and årsværk).",
    defaultSeverity: 'error',
    messages: {
      amount: 'The contributions to {{body}} add up to {{sum}}, but the total says {{total}}; they differ by {{difference}}.',
      fte: 'The contributions to {{body}} add up to {{sum}} årsværk, but the total says {{total}} årsværk; they differ by {{difference}} årsværk.',
    },
    defaultOptions: {},
    examples: {
      failing: [
        'bodies:',
        '  - id: klimaalliancen-i-hovedstadsregionen',
        '    name: Klimaalliancen i Hovedstadsregionen',
        '    finance:',
        '      currency: DKK',
        '      total: { amount: 1800000, per: year }',
        '      contributions:',
        '        - { side: region, amount: 250000, fte: 1.5, per: year }',
        '        - { side: municipalities, amount: 1500000, fte: 1.25, per: year }',
        '',
      ].join('\n'),
      passing: [
        'bodies:',
        '  - id: klimaalliancen-i-hovedstadsregionen',
        '    name: Klimaalliancen i Hovedstadsregionen',
        '    finance:',
        '      currency: DKK',
        '      total: { amount: 1800000, per: year }',
        '      contributions:',
        '        - { side: region, amount: 250000, fte: 1.5, per: year }',
        '        - { side: municipalities, amount: 1550000, fte: 1.25, per: year }',
        '',
      ].join('\n'),
    },
  },
  check({ model, report }) {
    model.doc.bodies?.forEach((body, b) => {
      const finance = body.finance;
      if (!finance?.total) return;
      const total = finance.total;
      const unit = finance.currency === 'EUR' ? 'euro' : 'kr.';

      const compare = (field: 'amount' | 'fte'): void => {
        const expected = total[field];
        const parts = (finance.contributions ?? []).flatMap((c) => (c[field] === undefined ? [] : [{ value: c[field], per: c.per }]));
        // Nothing to add up when no contribution gives the figure; a year and a period cannot be added.
        if (expected === undefined || parts.length === 0) return;
        const pers = new Set([total.per, ...parts.map((c) => c.per)].filter((p) => p !== undefined));
        if (pers.size > 1) return;
        const sum = parts.reduce((acc, c) => acc + c.value, 0);
        const difference = Math.abs(sum - expected);
        if (difference <= TOLERANCE) return;
        const path = ['bodies', b, 'finance', 'total', field];
        if (field === 'fte') {
          report({ messageId: 'fte', data: { body: body.name, sum: danishNumber(sum), total: danishNumber(expected), difference: danishNumber(difference) }, path });
          return;
        }
        const per = [...pers][0];
        const data = {
          body: body.name,
          sum: `${danishNumber(sum)} ${unit}${per ? PER[per] : ''}`,
          total: `${danishNumber(expected)} ${unit}`,
          difference: `${danishNumber(difference)} ${unit}`,
        };
        report({ messageId: 'amount', data, path });
      };
      compare('amount');
      compare('fte');
    });
  },
});
