import rule from '../../src/rules/no-unknown-municipality.js';
import { testRule } from './rule-tester.js';

testRule(rule, {
  valid: [
    { name: 'names, aliases and codes with and without a leading zero', code: 'municipalities: [København, Københavns Kommune, Århus, 461, "0101", Høje Taastrup]\n' },
    { name: 'municipalities in holders and groupings', code: 'bodies:\n  - id: a\n    name: A\n    municipalities: [Odense]\n    posts: [{ post: chair, holder: { municipality: Odense } }]\n' },
  ],
  invalid: [
    {
      name: 'a misspelt name gets "did you mean"',
      code: 'municipalities: [Odense, Århuus]\n',
      errors: [{ messageId: 'unknown', line: 8, column: 26, message: '"Århuus" is not a Danish municipality. Did you mean Aarhus?' }],
    },
    {
      name: 'Christiansø has a code but is not a municipality',
      code: 'municipalities: [411]\n',
      errors: [{ messageId: 'unknownNoSuggestion', line: 8, column: 18 }],
    },
    {
      name: 'a post holder that is not a municipality',
      code: 'bodies:\n  - id: a\n    name: A\n    posts: [{ post: chair, holder: { municipality: Kobenhaven } }]\n',
      errors: [{ messageId: 'unknown', line: 11, column: 52, message: '"Kobenhaven" is not a Danish municipality. Did you mean København?' }],
    },
  ],
});
