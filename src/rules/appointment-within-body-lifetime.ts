import { createRule } from '../engine/rule.js';
import type { BodyDoc } from '../model/types.js';

export default createRule({
  id: 'appointment-within-body-lifetime',
  meta: {
    description: "An appointment's period lies within the lifetime of the body it appoints to.",
    defaultSeverity: 'error',
    messages: {
      startsBefore: 'This appointment to {{body}} starts on {{date}}, before the body exists (from {{bodyFrom}}).',
      startsAfter: 'This appointment to {{body}} starts on {{date}}, after the body has ended (to {{bodyTo}}).',
      endsBefore: 'This appointment to {{body}} ends on {{date}}, before the body exists (from {{bodyFrom}}).',
      endsAfter: 'This appointment to {{body}} runs to {{date}}, after the body has ended (to {{bodyTo}}).',
    },
    defaultOptions: {},
    examples: {
      failing: [
        'bodies:',
        '  - id: klimaalliancen-i-hovedstadsregionen',
        '    name: Klimaalliancen i Hovedstadsregionen',
        '    from: "2023-07-01"',
        '    to: "2027-12-31"',
        'appointments:',
        '  - body: klimaalliancen-i-hovedstadsregionen',
        '    municipality: Allerød',
        '    role: mayor',
        '    from: "2023-05-01"',
        '',
      ].join('\n'),
      passing: [
        'bodies:',
        '  - id: klimaalliancen-i-hovedstadsregionen',
        '    name: Klimaalliancen i Hovedstadsregionen',
        '    from: "2023-07-01"',
        '    to: "2027-12-31"',
        'appointments:',
        '  - body: klimaalliancen-i-hovedstadsregionen',
        '    municipality: Allerød',
        '    role: mayor',
        '    from: "2023-07-01"',
        '    to: "2025-12-31"',
        '',
      ].join('\n'),
    },
  },
  check({ model, report }) {
    const appointments = model.doc.appointments ?? [];
    // The message's data is made only for a finding: a national file has tens of thousands of appointments.
    const found = (body: BodyDoc, i: number, messageId: 'startsBefore' | 'startsAfter' | 'endsBefore' | 'endsAfter', field: 'from' | 'to'): void => {
      const data = { body: body.name, bodyFrom: body.from ?? '', bodyTo: body.to ?? '', date: appointments[i]![field]! };
      report({ messageId, data, path: ['appointments', i, field] });
    };
    appointments.forEach((appointment, i) => {
      const body = model.bodies.get(appointment.body);
      if (!body) return;
      // ISO dates (YYYY-MM-DD) compare correctly as strings; `to` is the last day, so equal dates are inside.
      const { from, to } = appointment;
      if (from !== undefined) {
        if (body.from !== undefined && from < body.from) found(body, i, 'startsBefore', 'from');
        if (body.to !== undefined && from > body.to) found(body, i, 'startsAfter', 'from');
      }
      if (to !== undefined) {
        if (body.from !== undefined && to < body.from) found(body, i, 'endsBefore', 'to');
        if (body.to !== undefined && to > body.to) found(body, i, 'endsAfter', 'to');
      }
    });
  },
});
