import type { DataPath } from '../diagnostic.js';
import { createRule } from '../engine/rule.js';

export default createRule({
  id: 'dates-in-order',
  meta: {
    description: 'Every period ends on or after the day it starts (from ≤ to, and a meeting’s date ≤ to).',
    defaultSeverity: 'error',
    messages: {
      endsBeforeStart: 'This ends ({{to}}) before it starts ({{from}}); swap or fix the dates.',
    },
    defaultOptions: {},
    examples: {
      failing:
        'bodies:\n  - id: klimaalliancen-i-hovedstadsregionen\n    name: Klimaalliancen i Hovedstadsregionen\n    from: "2027-12-31"\n    to: "2023-07-01"\n',
      passing:
        'bodies:\n  - id: klimaalliancen-i-hovedstadsregionen\n    name: Klimaalliancen i Hovedstadsregionen\n    from: "2023-07-01"\n    to: "2027-12-31"\n',
    },
  },
  check({ model, report }) {
    const doc = model.doc;
    // The schema admits only full YYYY-MM-DD dates here, so comparing the texts compares the days.
    const check = (from: string | undefined, to: string | undefined, at: DataPath): void => {
      if (from !== undefined && to !== undefined && to < from) report({ messageId: 'endsBeforeStart', data: { from, to }, path: [...at, 'to'] });
    };
    doc.municipalities?.forEach((p, i) => {
      if (typeof p === 'object') check(p.from, p.to, ['municipalities', i]);
    });
    doc.bodies?.forEach((body, b) => {
      check(body.from, body.to, ['bodies', b]);
      body.meetings?.events?.forEach((e, i) => check(e.date, e.to, ['bodies', b, 'meetings', 'events', i]));
    });
    doc.groupings?.forEach((g, i) => check(g.from, g.to, ['groupings', i]));
    doc.appointments?.forEach((a, i) => check(a.from, a.to, ['appointments', i]));
  },
});
