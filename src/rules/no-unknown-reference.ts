import { createRule } from '../engine/rule.js';
import type { ReferenceKind } from '../model/build-model.js';
import { closest } from '../suggest.js';

const LISTS: Record<ReferenceKind, string> = {
  body: 'bodies',
  party: 'parties',
  source: 'sources',
  grouping: 'groupings',
  seat: 'seats',
};

export default createRule({
  id: 'no-unknown-reference',
  meta: {
    description: 'Every id used to refer to a body, party, source, grouping or seat is declared in the file.',
    defaultSeverity: 'error',
    messages: {
      unknown: 'No {{kind}} has the id "{{id}}"; declare it under {{list}} or fix the reference.',
      unknownWithSuggestion: 'No {{kind}} has the id "{{id}}". Did you mean "{{suggestion}}"?',
      unknownSeat: 'The body "{{body}}" has no seat "{{id}}". Did you mean "{{suggestion}}"?',
      unknownSeatNoSuggestion: 'The body "{{body}}" has no seat "{{id}}"; its seats are: {{seats}}.',
    },
    defaultOptions: {},
    examples: {
      failing: 'bodies:\n  - id: fu\n    name: Forretningsudvalget\n    parent: sundhedsdirektorforum\n  - id: sundhedsdirektoerforum\n    name: Sundhedsdirektørforum\n',
      passing: 'bodies:\n  - id: fu\n    name: Forretningsudvalget\n    parent: sundhedsdirektoerforum\n  - id: sundhedsdirektoerforum\n    name: Sundhedsdirektørforum\n',
    },
  },
  check({ model, report }) {
    const declared: Record<ReferenceKind, () => Iterable<string>> = {
      body: () => model.bodies.keys(),
      party: () => model.parties.keys(),
      source: () => model.sources.keys(),
      grouping: () => model.groupings.keys(),
      seat: () => [],
    };
    for (const ref of model.unresolvedReferences) {
      if (ref.kind === 'seat') {
        const seats = [...(model.seats.get(ref.scope ?? '')?.keys() ?? [])];
        if (!model.bodies.has(ref.scope ?? '')) continue; // the body reference itself is reported
        const suggestion = closest(ref.id, seats);
        report(
          suggestion
            ? { messageId: 'unknownSeat', data: { id: ref.id, body: ref.scope ?? '', suggestion }, path: ref.path }
            : { messageId: 'unknownSeatNoSuggestion', data: { id: ref.id, body: ref.scope ?? '', seats: seats.join(', ') || 'none' }, path: ref.path },
        );
        continue;
      }
      const suggestion = closest(ref.id, declared[ref.kind]());
      report(
        suggestion
          ? { messageId: 'unknownWithSuggestion', data: { kind: ref.kind, id: ref.id, suggestion }, path: ref.path }
          : { messageId: 'unknown', data: { kind: ref.kind, id: ref.id, list: LISTS[ref.kind] }, path: ref.path },
      );
    }
  },
});
