import { expect, it } from 'vitest';
import rule from '../../src/rules/no-link-cycle.js';
import { validateSource } from '../../src/validate.js';
import { HEADER, testRule } from './rule-tester.js';

/** Bodies as one-line maps: [id, name, extra keys]. */
const bodies = (...rows: [string, string, string?][]): string =>
  'bodies:\n' + rows.map(([id, name, extra]) => `  - { id: ${id}, name: ${name}${extra ? `, ${extra}` : ''} }\n`).join('');

testRule(rule, {
  valid: [
    {
      name: 'a tree of parents (Syddanmark: forretningsudvalg under Sundhedsdirektørforum under Kommunaldirektørkredsen)',
      code: bodies(
        ['kommunaldirektoerkredsen', 'Kommunaldirektørkredsen'],
        ['sundhedsdirektoerforum', 'Sundhedsdirektørforum', 'established_by: kommunaldirektoerkredsen'],
        ['forretningsudvalg', 'Forretningsudvalget for Sundhedsdirektørforum', 'parent: sundhedsdirektoerforum'],
      ),
    },
    {
      name: 'supports chains that end (administrative clusters support political clusters that support SSU)',
      code: bodies(
        ['sundhedssamarbejdsudvalget', 'Sundhedssamarbejdsudvalget'],
        ['sundhedsklynge-fyn', 'Sundhedsklynge Fyn', 'supports: sundhedssamarbejdsudvalget'],
        ['adm-klynge-fyn', 'Administrativ sundhedsklynge Fyn', 'supports: sundhedsklynge-fyn'],
      ),
    },
    {
      name: 'links of different kinds that go round together are not a cycle of one kind',
      code: bodies(
        ['sundhedsdirektoerforum', 'Sundhedsdirektørforum', 'supports: forretningsudvalg'],
        ['forretningsudvalg', 'Forretningsudvalget for Sundhedsdirektørforum', 'parent: sundhedsdirektoerforum'],
      ),
    },
    {
      name: 'a link to an unknown body ends the walk (no-unknown-reference reports it)',
      code: bodies(['kkr-syddanmark', 'KKR Syddanmark', 'parent: kl']),
    },
  ],
  invalid: [
    {
      name: 'two bodies each other\'s parent',
      code: bodies(
        ['sundhedsdirektoerforum', 'Sundhedsdirektørforum', 'parent: forretningsudvalg'],
        ['forretningsudvalg', 'Forretningsudvalget for Sundhedsdirektørforum', 'parent: sundhedsdirektoerforum'],
      ),
      errors: [
        {
          messageId: 'parentCycle',
          line: 9,
          column: 72,
          message:
            'The parent links go round in a circle: Sundhedsdirektørforum → Forretningsudvalget for Sundhedsdirektørforum → Sundhedsdirektørforum. A body cannot be its own ancestor.',
        },
      ],
    },
    {
      name: 'a body that is its own parent',
      code: 'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    parent: kkr-syddanmark\n',
      errors: [
        { messageId: 'parentCycle', line: 11, column: 13, message: 'The parent links go round in a circle: KKR Syddanmark → KKR Syddanmark. A body cannot be its own ancestor.' },
      ],
    },
    {
      name: 'a supports cycle of three reached from a body outside it is reported once, at its first body in the file',
      code: bodies(
        ['adm-klynge-fyn', 'Administrativ sundhedsklynge Fyn', 'supports: sundhedsklynge-fyn'],
        ['sundhedssamarbejdsudvalget', 'Sundhedssamarbejdsudvalget', 'supports: forretningsudvalg'],
        ['sundhedsklynge-fyn', 'Sundhedsklynge Fyn', 'supports: sundhedssamarbejdsudvalget'],
        ['forretningsudvalg', 'Forretningsudvalget for Sundhedsdirektørforum', 'supports: sundhedsklynge-fyn'],
      ),
      errors: [
        {
          messageId: 'supportsCycle',
          line: 10,
          column: 83,
          message:
            'The supports links go round in a circle: Sundhedssamarbejdsudvalget → Forretningsudvalget for Sundhedsdirektørforum → Sundhedsklynge Fyn → Sundhedssamarbejdsudvalget. A body cannot support itself, not even through other bodies.',
        },
      ],
    },
    {
      name: 'an established_by cycle',
      code: bodies(
        ['kommunaldirektoerkredsen', 'Kommunaldirektørkredsen', 'established_by: sundhedsdirektoerforum'],
        ['sundhedsdirektoerforum', 'Sundhedsdirektørforum', 'established_by: kommunaldirektoerkredsen'],
      ),
      errors: [
        {
          messageId: 'establishedByCycle',
          line: 9,
          column: 84,
          message:
            'The established_by links go round in a circle: Kommunaldirektørkredsen → Sundhedsdirektørforum → Kommunaldirektørkredsen. A body cannot be set up by itself, not even through other bodies.',
        },
      ],
    },
    {
      name: 'two separate parent cycles are reported once each',
      code: bodies(
        ['direktoermoeder', '6-by direktørmøder', 'parent: faellesmoeder'],
        ['it-erfagruppe', 'IT-erfagruppe vedrørende omsorgssystemer', 'parent: it-erfagruppe'],
        ['faellesmoeder', '6-by fællesmøder borgmestre og direktør', 'parent: direktoermoeder'],
      ),
      errors: [
        { messageId: 'parentCycle', line: 9, column: 62 },
        { messageId: 'parentCycle', line: 10, column: 82 },
      ],
    },
  ],
});

it('no-link-cycle: a parent chain of 5,000 bodies closing into one circle is one finding, without deep recursion', () => {
  const n = 5000;
  const rows: [string, string, string][] = [];
  for (let i = 0; i < n; i++) rows.push([`udvalg-${i}`, `Udvalg ${i}`, `parent: udvalg-${(i + 1) % n}`]);
  const found = validateSource(HEADER + bodies(...rows), 'chain.yaml', { rules: [rule] }).diagnostics;
  expect(found.map((d) => [d.messageId, d.line])).toEqual([['parentCycle', 9]]);
});
