import { createRule } from '../engine/rule.js';

const LINKS = ['parent', 'supports', 'established_by'] as const;
type Link = (typeof LINKS)[number];

const MESSAGE_IDS = {
  parent: 'parentCycle',
  supports: 'supportsCycle',
  established_by: 'establishedByCycle',
} as const satisfies Record<Link, string>;

const UNVISITED = 0;
const ON_PATH = 1;
const DONE = 2;

export default createRule({
  id: 'no-link-cycle',
  meta: {
    description: 'The parent, supports and established_by links between bodies never go round in a circle.',
    defaultSeverity: 'error',
    messages: {
      parentCycle: 'The parent links go round in a circle: {{cycle}}. A body cannot be its own ancestor.',
      supportsCycle: 'The supports links go round in a circle: {{cycle}}. A body cannot support itself, not even through other bodies.',
      establishedByCycle:
        'The established_by links go round in a circle: {{cycle}}. A body cannot be set up by itself, not even through other bodies.',
    },
    defaultOptions: {},
    examples: {
      failing:
        'bodies:\n  - id: sundhedsdirektoerforum\n    name: Sundhedsdirektørforum\n    parent: forretningsudvalg\n' +
        '  - id: forretningsudvalg\n    name: Forretningsudvalget for Sundhedsdirektørforum\n    parent: sundhedsdirektoerforum\n',
      passing:
        'bodies:\n  - id: sundhedsdirektoerforum\n    name: Sundhedsdirektørforum\n' +
        '  - id: forretningsudvalg\n    name: Forretningsudvalget for Sundhedsdirektørforum\n    parent: sundhedsdirektoerforum\n',
    },
  },
  check({ model, report }) {
    const bodies = model.doc.bodies ?? [];
    // The first entry with an id is the one links resolve to (no-duplicate-id reports the others).
    const indexOf = new Map<string, number>();
    bodies.forEach((body, i) => {
      if (!indexOf.has(body.id)) indexOf.set(body.id, i);
    });

    for (const link of LINKS) {
      // Each body has at most one link of a kind, so following links from every body in turn, with
      // three colours, finds every cycle once and visits every body once: linear time, no recursion.
      const state = new Uint8Array(bodies.length);
      for (let start = 0; start < bodies.length; start++) {
        if (state[start] !== UNVISITED || indexOf.get(bodies[start]!.id) !== start) continue;
        const path: number[] = [];
        let at: number | undefined = start;
        while (at !== undefined && state[at] === UNVISITED) {
          state[at] = ON_PATH;
          path.push(at);
          const target: string | undefined = bodies[at]![link];
          at = target === undefined ? undefined : indexOf.get(target);
        }
        if (at !== undefined && state[at] === ON_PATH) {
          const cycle = path.slice(path.indexOf(at));
          // Report at the body of the cycle that comes first in the file, and read the circle from it.
          const first = cycle.reduce((best, i, k) => (i < cycle[best]! ? k : best), 0);
          const ordered = [...cycle.slice(first), ...cycle.slice(0, first)];
          const names = [...ordered, ordered[0]!].map((i) => bodies[i]!.name);
          report({ messageId: MESSAGE_IDS[link], data: { cycle: names.join(' → ') }, path: ['bodies', ordered[0]!, link] });
        }
        for (const i of path) state[i] = DONE;
      }
    }
  },
});
