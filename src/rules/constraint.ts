import { evaluateConstraint } from '../constraints/evaluate.js';
import { MESSAGES } from '../constraints/messages.js';
import { createSelections } from '../constraints/select.js';
import { forEachBodies, validateConstraint } from '../constraints/validate-constraint.js';
import { createWords } from '../constraints/words.js';
import { createRule } from '../engine/rule.js';

export default createRule({
  id: 'constraint',
  meta: {
    description: 'The checks of your own under `constraints` hold: counts, partitions, subsets, equal sets and unique holders.',
    defaultSeverity: 'error',
    messages: MESSAGES,
    defaultOptions: {},
    examples: {
      failing: `municipalities: [Odense, Kolding]
bodies:
  - id: ssu
    name: Sundhedssamarbejdsudvalget
    seats:
      - { id: klyngemedformaend, side: municipalities, count: 4 }
      - { id: femte-plads, side: municipalities, count: 2 }
constraints:
  - id: ssu-fem-kommunale-pladser
    says: Kommunerne har fem pladser i Sundhedssamarbejdsudvalget.
    count: { seats: { body: ssu, side: municipalities } }
    exactly: 5
`,
      passing: `municipalities: [Odense, Kolding]
bodies:
  - id: ssu
    name: Sundhedssamarbejdsudvalget
    seats:
      - { id: klyngemedformaend, side: municipalities, count: 4 }
      - { id: femte-plads, side: municipalities, count: 1 }
constraints:
  - id: ssu-fem-kommunale-pladser
    says: Kommunerne har fem pladser i Sundhedssamarbejdsudvalget.
    count: { seats: { body: ssu, side: municipalities } }
    exactly: 5
`,
    },
  },
  check({ model, derived, report }) {
    const constraints = model.doc.constraints ?? [];
    if (constraints.length === 0) return;
    const selections = createSelections(model, derived);
    const context = { derived, selections, words: createWords(model) };
    const ids = new Set<string>();
    constraints.forEach((c, i) => {
      // The constraint's id is the subject, so an exception can accept one constraint's findings.
      const reportAbout = (r: Parameters<typeof report>[0]) => report({ ...r, subject: c.id });
      if (ids.has(c.id)) reportAbout({ messageId: 'duplicateId', data: { id: c.id }, path: ['constraints', i, 'id'] });
      ids.add(c.id);
      const problems = validateConstraint(c, i, model, selections);
      problems.forEach(reportAbout);
      if (problems.length > 0) return;
      const bodies = c.for_each ? forEachBodies(c, model, selections) : [undefined];
      for (const body of bodies) evaluateConstraint(c, i, body, context).forEach(reportAbout);
    });
  },
});
