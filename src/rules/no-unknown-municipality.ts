import { createRule } from '../engine/rule.js';
import { suggestMunicipality } from '../model/registry.js';

export default createRule({
  id: 'no-unknown-municipality',
  meta: {
    description: 'Every municipality named is one of the 98 Danish municipalities (by name, alias or code).',
    defaultSeverity: 'error',
    messages: {
      unknown: '"{{ref}}" is not a Danish municipality. Did you mean {{suggestion}}?',
      unknownNoSuggestion: '"{{ref}}" is not a Danish municipality name, alias or code. Run `govcheck registry {{ref}}` to look it up.',
    },
    defaultOptions: {},
    examples: {
      failing: 'municipalities: [Odense, Århuus]\n',
      passing: 'municipalities: [Odense, Århus, "0101"]\n',
    },
  },
  check({ model, report }) {
    for (const ref of model.unknownMunicipalities) {
      const suggestion = suggestMunicipality(ref.ref);
      report(
        suggestion
          ? { messageId: 'unknown', data: { ref: ref.ref, suggestion }, path: ref.path }
          : { messageId: 'unknownNoSuggestion', data: { ref: ref.ref }, path: ref.path },
      );
    }
  },
});
