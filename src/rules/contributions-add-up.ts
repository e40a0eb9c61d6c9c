import { createRule } from '../engine/rule.js';
import type { AmountDoc } from '../model/types.js';

/** Sums closer than this are equal: it absorbs floating-point noise but not one øre's error. */
const TOLERANCE = 0.005;

/**
 * Danish number style, as in the source documents: 1.550.000 kr., 1.550.000,50 kr. and 1,25 årsværk
 * (never negative here). Money keeps two decimals when it has øre; årsværk drop trailing zeros.
 */
function danishNumber(value: number, money: boolean): string {
  const [whole = '', decimals = ''] = value.toFixed(2).split('.');
  const fraction = decimals === '00' ? '' : money ? decimals : decimals.replace(/0+$/, '');
  return whole.replace(/\B(?=(\d{3})+(?!\d))/g, '.') + (fraction ? `,${fraction}` : '');
}

const PER: Record<NonNullable<AmountDoc['per']>, string> = { year: ' a year', period: ' for the whole period' };

export default createRule({
  id: 'contributions-add-up',
  meta: {
    description: "A body's contributions add up to the total given in its finance (amount and årsværk).",
    defaultSeverity: 'error',
    messages: {
      amount: 'The contributions to {{body}} add up to {{sum}} kr.{{per}}, but the total says {{total}} kr.; they differ by {{difference}} kr.',
      amountEuro: 'The contributions to {{body}} add up to {{sum}} euro{{per}}, but the total says {{total}} euro; they differ by {{difference}} euro.',
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
        '        - { side: municipalities, amount: 1549999, fte: 1.25, per: year }',
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
        const per = [...pers][0];
        const money = field === 'amount';
        const data = {
          body: body.name,
          sum: danishNumber(sum, money),
          per: per ? PER[per] : '',
          total: danishNumber(expected, money),
          difference: danishNumber(difference, money),
        };
        // Årsværk are a yearly measure already, so the fte sentence does not repeat the period.
        const messageId = field === 'fte' ? 'fte' : finance.currency === 'EUR' ? 'amountEuro' : 'amount';
        report({ messageId, data, path });
      };
      compare('amount');
      compare('fte');
    });
  },
});
