import { createRule } from '../engine/rule.js';

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
    model.doc.appointments?.forEach((appointment, i) => {
      const body = model.bodies.get(appointment.body);
      if (!body) return;
      const data = { body: body.name, bodyFrom: body.from ?? '', bodyTo: body.to ?? '' };
      // ISO dates (YYYY-MM-DD) compare correctly as strings; `to` is the last day, so equal dates are inside.
      const { from, to } = appointment;
      if (from !== undefined) {
        if (body.from !== undefined && from < body.from) report({ messageId: 'startsBefore', data: { ...data, date: from }, path: ['appointments', i, 'from'] });
        if (body.to !== undefined && from > body.to) report({ messageId: 'startsAfter', data: { ...data, date: from }, path: ['appointments', i, 'from'] });
      }
      if (to !== undefined) {
        if (body.from !== undefined && to < body.from) report({ messageId: 'endsBefore', data: { ...data, date: to }, path: ['appointments', i, 'to'] });
        if (body.to !== undefined && to > body.to) report({ messageId: 'endsAfter', data: { ...data, date: to }, path: ['appointments', i, 'to'] });
      }
    });
  },
});
