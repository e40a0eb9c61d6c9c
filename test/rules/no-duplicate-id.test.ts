import rule from '../../src/rules/no-duplicate-id.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    {
      name: 'different ids in every list',
      code:
        'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n  - id: sundhedsdirektoerforum\n    name: Sundhedsdirektørforum\n' +
        'parties:\n  - id: region-syddanmark\n    name: Region Syddanmark\n    kind: region\n',
    },
    {
      name: 'ids of different kinds may be equal (a body and a grouping both "sundhedsklynger")',
      code:
        'bodies:\n  - id: sundhedsklynger\n    name: Sundhedsklyngerne i Syddanmark\n' +
        'groupings:\n  - id: sundhedsklynger\n    name: De fire syddanske sundhedsklynger\n    bodies: [sundhedsklynger]\n',
    },
    {
      name: 'the same seat id in two bodies (borgmestre in KKR and in a health cluster)',
      code:
        'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    seats:\n      - { id: borgmestre, role: mayor, count: 22 }\n' +
        '  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    seats:\n      - { id: borgmestre, role: mayor, count: 4 }\n',
    },
    {
      name: 'one mandate shared by two clusters through a YAML alias keeps its task ids per body',
      code:
        'bodies:\n  - id: kommuneklynge-nord\n    name: Kommuneklynge Nord\n    mandate: &kommissorium\n      must:\n' +
        '        - { id: udpegninger, text: Koordinere udpegninger til arbejdsgrupper og lignende. }\n' +
        '  - id: kommuneklynge-midt\n    name: Kommuneklynge Midt\n    mandate: *kommissorium\n',
    },
    {
      name: 'appointments without ids',
      code:
        'bodies:\n  - id: kkr-hovedstaden\n    name: KKR Hovedstaden\n' +
        'appointments:\n  - { body: kkr-hovedstaden, person: Karsten Längerich }\n  - { body: kkr-hovedstaden, vacant: true }\n',
    },
  ],
  invalid: [
    {
      name: 'two bodies with the id "kkr"',
      code: 'bodies:\n  - id: kkr\n    name: KKR Syddanmark\n  - id: kkr\n    name: KKR Hovedstaden\n',
      errors: [{ messageId: 'duplicate', line: 11, column: 9, message: 'Another body already has the id "kkr" (KKR Syddanmark); ids must be unique.' }],
    },
    {
      name: 'a source that repeats the header source "s" is named by the first one\'s title',
      code: '  - id: s\n    title: Dagsorden 2023, KKR Hovedstaden\n',
      errors: [{ messageId: 'duplicate', line: 8, column: 9, message: 'Another source already has the id "s" (Source); ids must be unique.' }],
    },
    {
      name: 'three parties with one id: the second and the third are reported, each naming the first',
      code:
        'parties:\n  - { id: region, name: Region Hovedstaden, kind: region }\n  - { id: region, name: Region Sjælland, kind: region }\n' +
        '  - { id: region, name: Region Syddanmark, kind: region }\n',
      errors: [
        { messageId: 'duplicate', line: 10, column: 11, message: 'Another party already has the id "region" (Region Hovedstaden); ids must be unique.' },
        { messageId: 'duplicate', line: 11, column: 11, message: 'Another party already has the id "region" (Region Hovedstaden); ids must be unique.' },
      ],
    },
    {
      name: 'two seats of one body with the same id',
      code:
        'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    seats:\n      - id: borgmestre\n        role: mayor\n' +
        '      - id: borgmestre\n        role: council-member\n',
      errors: [
        { messageId: 'duplicateSeat', line: 14, column: 13, message: 'KKR Syddanmark already has a seat with the id "borgmestre"; seat ids must be unique within a body.' },
      ],
    },
    {
      name: 'a must task and a may task of one mandate with the same id',
      code:
        'bodies:\n  - id: kommuneklynge-byen\n    name: Kommuneklynge Byen\n    mandate:\n      must:\n' +
        '        - id: samordning\n          text: Forberede og koordinere kommuneklyngens deltagelse i møderne i Samordningsudvalget, med henblik på at styrke den kommunale indflydelse.\n' +
        '      may:\n        - id: samordning\n          text: Anvendes som fora for vidensdeling og erfaringsudveksling mellem kommunerne.\n',
      errors: [
        {
          messageId: 'duplicateTask',
          line: 16,
          column: 15,
          message:
            'The mandate of Kommuneklynge Byen already has a task with the id "samordning" ("Forberede og koordinere kommuneklyngens deltagelse i…"); task ids must be unique within a body.',
        },
      ],
    },
    {
      name: 'two appointments with one id; the first is named by person and body',
      code:
        'bodies:\n  - id: samarbejdsudvalget-almen-praksis\n    name: Samarbejdsudvalget vedr. almen praksis\n' +
        'appointments:\n  - id: su-almen-praksis\n    body: samarbejdsudvalget-almen-praksis\n    person: Karsten Längerich\n    municipality: Allerød\n' +
        '  - id: su-almen-praksis\n    body: samarbejdsudvalget-almen-praksis\n    vacant: true\n',
      errors: [
        {
          messageId: 'duplicate',
          line: 16,
          column: 9,
          message: 'Another appointment already has the id "su-almen-praksis" (Karsten Längerich, Samarbejdsudvalget vedr. almen praksis); ids must be unique.',
        },
      ],
    },
    {
      name: 'groupings and reports',
      code:
        'bodies:\n  - { id: kommuneklynge-nord, name: Kommuneklynge Nord }\n' +
        'groupings:\n  - { id: klynger, name: Kommuneklyngerne, bodies: [kommuneklynge-nord] }\n  - { id: klynger, name: Sundhedsklyngerne, bodies: [kommuneklynge-nord] }\n' +
        'reports:\n  - { id: noegletal, title: 6-by nøgletal 2007 }\n  - { id: noegletal, title: 6-by nøgletal 2009 }\n',
      errors: [
        { messageId: 'duplicate', line: 12, column: 11, message: 'Another grouping already has the id "klynger" (Kommuneklyngerne); ids must be unique.' },
        { messageId: 'duplicate', line: 15, column: 11, message: 'Another report already has the id "noegletal" (6-by nøgletal 2007); ids must be unique.' },
      ],
    },
    {
      name: 'two bodies with one id report the body once, not every seat they share',
      code:
        'bodies:\n  - id: kkr\n    name: KKR Syddanmark\n    seats: [{ id: borgmestre, role: mayor }]\n' +
        '  - id: kkr\n    name: KKR Midtjylland\n    seats: [{ id: borgmestre, role: mayor }]\n',
      errors: [{ messageId: 'duplicate', line: 12, column: 9 }],
    },
  ],
});
