import rule from '../../src/rules/mandate-has-must-task.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'the joint kommissorium of 2015 lists must and may tasks',
      code:
        'bodies:\n  - id: kommuneklynge-bornholm\n    name: Kommuneklynge Bornholm\n    mandate:\n      source: s\n      scope: det somatiske område\n' +
        '      must:\n        - id: udpegninger\n          text: Koordinere udpegninger til arbejdsgrupper og lignende.\n' +
        '      may:\n        - Anvendes som fora for vidensdeling og erfaringsudveksling mellem kommunerne.\n',
    },
    {
      name: 'a body without a mandate is not checked',
      code: 'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    description: Politisk forum for de 22 kommuner i Syddanmark.\n',
    },
    {
      name: 'a mandate shared through a YAML alias, with its must tasks',
      code:
        'bodies:\n  - id: kommuneklynge-nord\n    name: Kommuneklynge Nord\n    mandate: &kommissorium\n      must:\n' +
        '        - Forberede og koordinere kommuneklyngens deltagelse i møderne i Samordningsudvalget.\n' +
        '  - id: kommuneklynge-midt\n    name: Kommuneklynge Midt\n    mandate: *kommissorium\n',
    },
  ],
  invalid: [
    {
      name: 'a mandate with only may tasks',
      code:
        'bodies:\n  - id: kommuneklynge-syd\n    name: Kommuneklynge Syd\n    mandate:\n      may:\n' +
        '        - Bidrage til at understøtte det politiske samarbejde mellem klyngekommunernes politikere.\n',
      errors: [
        {
          messageId: 'noMustTask',
          line: 11,
          column: 5,
          message:
            'The mandate of Kommuneklynge Syd lists no task the body must do (skal); add the must tasks, or record an exception for mandate-has-must-task that says why there are none.',
        },
      ],
    },
    {
      name: 'an empty must list',
      code: 'bodies:\n  - id: sundhedsdirektoerforum\n    name: Sundhedsdirektørforum\n    mandate:\n      scope: sundhed\n      must: []\n',
      errors: [{ messageId: 'noMustTask', line: 11, column: 5 }],
    },
    {
      name: 'a mandate with only a source',
      code: 'bodies:\n  - { id: kommuneklynge-byen, name: Kommuneklynge Byen, mandate: { source: s } }\n',
      errors: [{ messageId: 'noMustTask', line: 9, column: 57 }],
    },
    {
      name: 'a shared mandate without must tasks is reported at each body that uses it',
      code:
        'bodies:\n  - id: kommuneklynge-nord\n    name: Kommuneklynge Nord\n    mandate: &kommissorium\n      may:\n' +
        '        - Anvendes som fora for vidensdeling og erfaringsudveksling mellem kommunerne.\n' +
        '  - id: kommuneklynge-midt\n    name: Kommuneklynge Midt\n    mandate: *kommissorium\n',
      errors: [
        { messageId: 'noMustTask', line: 11, column: 5 },
        { messageId: 'noMustTask', line: 16, column: 5, message: 'The mandate of Kommuneklynge Midt lists no task the body must do (skal); add the must tasks, or record an exception for mandate-has-must-task that says why there are none.' },
      ],
    },
  ],
});
