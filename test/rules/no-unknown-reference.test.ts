import rule from '../../src/rules/no-unknown-reference.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'parent, supports and seat references that exist', code: 'bodies:\n  - id: a\n    name: A\n    seats: [{ id: borgmestre }]\n    members: [{ seat: borgmestre, municipality: Odense }]\n  - id: b\n    name: B\n    parent: a\n    supports: a\n' },
    { name: 'a source reference', code: 'bodies:\n  - id: a\n    name: A\n    source: s\n' },
  ],
  invalid: [
    {
      name: 'a misspelt parent, with a suggestion',
      code: 'bodies:\n  - id: sundhedsdirektoerforum\n    name: S\n  - id: fu\n    name: FU\n    parent: sundhedsdirektorforum\n',
      errors: [{ messageId: 'unknownWithSuggestion', line: 13, column: 13, message: 'No body has the id "sundhedsdirektorforum". Did you mean "sundhedsdirektoerforum"?' }],
    },
    {
      name: 'a source that does not exist, nothing close',
      code: 'bodies:\n  - id: a\n    name: A\n    source: seed-999-xyz\n',
      errors: [{ messageId: 'unknown', line: 11, column: 13, message: 'No source has the id "seed-999-xyz"; declare it under sources or fix the reference.' }],
    },
    {
      name: 'a member on a seat the body does not have',
      code: 'bodies:\n  - id: a\n    name: A\n    seats: [{ id: borgmestre }]\n    members: [{ seat: borgmester, municipality: Odense }]\n',
      errors: [{ messageId: 'unknownSeat', line: 12, column: 23, message: 'The body "a" has no seat "borgmester". Did you mean "borgmestre"?' }],
    },
    {
      name: 'a grouping of bodies that do not exist, and a selector grouping',
      code: 'bodies:\n  - id: a\n    name: A\n    seats: [{ id: x, born: { of: { post: co-chair, grouping: klynger } } }]\ngroupings:\n  - id: klynger-2022\n    name: K\n    bodies: [nord]\n',
      errors: [
        { messageId: 'unknown', line: 11, column: 62 },
        { messageId: 'unknown', line: 15, column: 14 },
      ],
    },
  ],
});
