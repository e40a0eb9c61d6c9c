import type { DataPath } from '../diagnostic.js';
import { createRule } from '../engine/rule.js';
import { MUNICIPALITIES } from '../model/registry.js';

const NAMES = new Map(MUNICIPALITIES.map((m) => [m.code, m.name]));

/** "A and B", "A, B and C". */
function andList(items: readonly string[]): string {
  return items.length < 2 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items[items.length - 1]}`;
}

export default createRule({
  id: 'grouping-partitions-municipalities',
  meta: {
    description: 'The bodies of a grouping divide its municipalities between them: each municipality in exactly one body.',
    defaultSeverity: 'error',
    messages: {
      missing: '{{municipality}} is in none of the clusters of {{grouping}}; add it to one of them.',
      inTwo:
        "{{municipality}} is in both {{first}} and {{second}} of {{grouping}}; a municipality belongs to one cluster, or record an exception under the grouping's exceptions.",
      inSeveral:
        "{{municipality}} is in {{bodies}} of {{grouping}}; a municipality belongs to one cluster, or record an exception under the grouping's exceptions.",
      beyondException:
        '{{municipality}} is in {{body}} of {{grouping}}, but its exception lists only {{listed}}; add {{body}} to the exception or take {{municipality}} out of it.',
      outside: '{{municipality}} is in {{body}} but is not one of the municipalities {{grouping}} divides.',
    },
    defaultOptions: {},
    examples: {
      failing: [
        'municipalities: [Allerød, Gribskov, Helsingør, Gentofte, Gladsaxe]',
        'bodies:',
        '  - id: kommuneklynge-nord',
        '    name: Kommuneklynge Nord',
        '    municipalities: [Allerød, Helsingør, Gentofte]',
        '  - id: kommuneklynge-midt',
        '    name: Kommuneklynge Midt',
        '    municipalities: [Gentofte, Gladsaxe]',
        'groupings:',
        '  - id: kommuneklynger-2015',
        '    name: Kommuneklyngerne i hovedstadsregionen (2015)',
        '    bodies: [kommuneklynge-nord, kommuneklynge-midt]',
        '    partitions: all',
        '',
      ].join('\n'),
      passing: [
        'municipalities: [Allerød, Gribskov, Helsingør, Gentofte, Gladsaxe]',
        'bodies:',
        '  - id: kommuneklynge-nord',
        '    name: Kommuneklynge Nord',
        '    municipalities: [Allerød, Gribskov, Helsingør]',
        '  - id: kommuneklynge-midt',
        '    name: Kommuneklynge Midt',
        '    municipalities: [Gentofte, Gladsaxe]',
        'groupings:',
        '  - id: kommuneklynger-2015',
        '    name: Kommuneklyngerne i hovedstadsregionen (2015)',
        '    bodies: [kommuneklynge-nord, kommuneklynge-midt]',
        '    partitions: all',
        '',
      ].join('\n'),
    },
  },
  check({ model, derived, report }) {
    const bodyIndex = new Map<string, number>();
    model.doc.bodies?.forEach((body, i) => {
      if (!bodyIndex.has(body.id)) bodyIndex.set(body.id, i);
    });
    const name = (code: string): string => NAMES.get(code) ?? code;
    const bodyName = (id: string): string => model.bodies.get(id)?.name ?? id;

    // Where a municipality is written in a body's own list; each list is indexed once, when first needed.
    const entries = new Map<string, Map<string, number>>();
    const entryPath = (bodyId: string, code: string): DataPath => {
      const b = bodyIndex.get(bodyId)!;
      let index = entries.get(bodyId);
      if (!index) {
        index = new Map();
        const list = model.bodies.get(bodyId)!.municipalities;
        if (Array.isArray(list)) {
          list.forEach((ref, k) => {
            const found = model.municipality(ref)?.code;
            if (found !== undefined && !index!.has(found)) index!.set(found, k);
          });
        }
        entries.set(bodyId, index);
      }
      const k = index.get(code);
      return k === undefined ? ['bodies', b, 'id'] : ['bodies', b, 'municipalities', k];
    };

    model.doc.groupings?.forEach((grouping, g) => {
      const bodies = [...new Set(grouping.bodies)].filter((id) => model.bodies.has(id));
      const partition = grouping.partitions === undefined ? undefined : derived.codes(grouping.partitions);

      // The bodies each municipality is in, in the grouping's order.
      const placed = new Map<string, string[]>();
      for (const id of bodies) {
        for (const code of derived.bodyMunicipalities(id)) {
          const where = placed.get(code);
          if (where) where.push(id);
          else placed.set(code, [id]);
        }
      }

      // Exceptions accept a municipality in several bodies: in any ('any') or in the listed ones.
      const accepted = new Map<string, Set<string> | 'any'>();
      for (const exception of grouping.exceptions ?? []) {
        const code = model.municipality(exception.municipality)?.code;
        if (code === undefined || accepted.get(code) === 'any') continue;
        if (!exception.bodies?.length) {
          accepted.set(code, 'any');
          continue;
        }
        const listed = (accepted.get(code) as Set<string> | undefined) ?? new Set<string>();
        for (const id of exception.bodies) listed.add(id);
        accepted.set(code, listed);
      }

      const data = { grouping: grouping.name };
      for (const [code, where] of placed) {
        const municipality = name(code);
        if (partition && !partition.has(code)) {
          // Taking it out of the bodies is the fix, so its overlaps are not reported on top.
          for (const id of where) report({ messageId: 'outside', data: { ...data, municipality, body: bodyName(id) }, path: entryPath(id, code) });
          continue;
        }
        if (where.length < 2) continue;
        const allowed = accepted.get(code);
        if (allowed === 'any') continue;
        if (allowed) {
          const listed = andList([...allowed].map(bodyName));
          for (const id of where.filter((b) => !allowed.has(b))) {
            report({ messageId: 'beyondException', data: { ...data, municipality, body: bodyName(id), listed }, path: entryPath(id, code) });
          }
          continue;
        }
        const path = entryPath(where[1]!, code);
        if (where.length === 2) {
          report({ messageId: 'inTwo', data: { ...data, municipality, first: bodyName(where[0]!), second: bodyName(where[1]!) }, path });
        } else {
          report({ messageId: 'inSeveral', data: { ...data, municipality, bodies: andList(where.map(bodyName)) }, path });
        }
      }

      for (const code of partition ?? []) {
        if (!placed.has(code)) {
          report({ messageId: 'missing', data: { ...data, municipality: name(code) }, path: ['groupings', g, 'partitions'], target: 'key' });
        }
      }
    });
  },
});
