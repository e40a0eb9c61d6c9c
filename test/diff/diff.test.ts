import { describe, expect, it } from 'vitest';
import { diffStructures } from '../../src/diff/diff.js';
import type { DiffStep } from '../../src/diff/types.js';
import { MINIMAL } from '../helpers.js';
import { structure } from './helpers.js';

const BODIES = `municipalities: [Odense, Svendborg]
bodies:
  - id: a
    name: Forum A
  - id: b
    name: "Forum B" # renamed below
    municipalities: [Odense]
`;

const lines = (step: DiffStep) => step.changes.map((c) => `${c.locations.old?.line ?? '-'}:${c.locations.old?.column ?? '-'} ${c.locations.new?.line ?? '-'}:${c.locations.new?.column ?? '-'}`);

describe('where diffStructures places each change', () => {
  const before = structure(MINIMAL + BODIES, 'old.yaml');
  const after = structure(MINIMAL + BODIES.replace('"Forum B"', '"Forum Bee"').replace('  - id: a\n    name: Forum A\n', '') + '  - id: c\n    name: Forum C\n', 'new.yaml');

  it('walks the lines of a file the line reader took, and places changes where the positions read from it would', () => {
    expect(before.valueStart).toBeDefined();
    const walked = lines(diffStructures(before, after));
    const read = lines(diffStructures({ ...before, valueStart: undefined }, { ...after, valueStart: undefined }));
    expect(walked).toEqual(read);
    // Both renames, at the names: "Forum B" (old line 13, new line 11) and Forum A, now Forum C (old 11, new 14).
    expect(diffStructures(before, after).changes.map((c) => c.kind)).toEqual(['body.renamed', 'body.renamed']);
    expect(walked).toEqual(['13:11 11:11', '11:11 14:11']);
  });

  it('asks locate where the walk cannot say', () => {
    const unknown = () => undefined;
    expect(lines(diffStructures({ ...before, valueStart: unknown }, { ...after, valueStart: unknown }))).toEqual(lines(diffStructures(before, after)));
    const elsewhere = () => ({ line: 99, column: 1 });
    expect(lines(diffStructures({ ...before, valueStart: elsewhere }, { ...after, valueStart: elsewhere }))).toEqual(['99:1 99:1', '99:1 99:1']);
  });
});
