import { createRule } from '../engine/rule.js';

export default createRule({
  id: 'mandate-has-must-task',
  meta: {
    description: 'A body with a mandate lists at least one task it must do (skal).',
    defaultSeverity: 'warning',
    messages: {
      noMustTask:
        'The mandate of {{body}} lists no task the body must do (skal); add the must tasks, or record an exception for mandate-has-must-task that says why there are none.',
    },
    defaultOptions: {},
    examples: {
      failing:
        'bodies:\n  - id: kommuneklynge-nord\n    name: Kommuneklynge Nord\n    mandate:\n      scope: det somatiske område\n      may:\n' +
        '        - Anvendes som fora for vidensdeling og erfaringsudveksling mellem kommunerne.\n',
      passing:
        'bodies:\n  - id: kommuneklynge-nord\n    name: Kommuneklynge Nord\n    mandate:\n      scope: det somatiske område\n      must:\n' +
        '        - Koordinere udpegninger til arbejdsgrupper og lignende.\n      may:\n' +
        '        - Anvendes som fora for vidensdeling og erfaringsudveksling mellem kommunerne.\n',
    },
  },
  check({ model, report }) {
    model.doc.bodies?.forEach((body, b) => {
      if (body.mandate && !body.mandate.must?.length) {
        report({ messageId: 'noMustTask', data: { body: body.name }, path: ['bodies', b, 'mandate'], target: 'key' });
      }
    });
  },
});
