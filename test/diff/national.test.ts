import { describe, expect, it } from 'vitest';
import { diffStructures } from '../../src/diff/diff.js';
import { formatDiffJson } from '../../src/diff/format-json.js';
import { formatDiffText } from '../../src/diff/format-text.js';
import { kinds, sentences, structure } from './helpers.js';
import { nationalStructure } from './national.js';

describe('national-scale structures', () => {
  it('diffs 3,000 bodies with members, posts, mandates and appointments, reporting only what changed', () => {
    const before = structure(nationalStructure(3000, 'old'), 'old.yaml');
    const after = structure(nationalStructure(3000, 'new'), 'new.yaml');
    const step = diffStructures(before, after);
    expect(kinds(step)).toEqual([
      'structure.changed /id',
      'structure.changed /date',
      'body.municipality-removed /bodies/b1/municipalities/101',
      'seat.changed /bodies/b1/seats/borgmestre/count',
      'post.holder-changed /bodies/b1/posts/chair/holder',
      'body.municipality-added /bodies/b2/municipalities/101',
      'seat.changed /bodies/b2/seats/borgmestre/count',
      'post.holder-changed /bodies/b7/posts/chair/holder',
      'task.moved /bodies/b8/mandate/tasks/Udveksle erfaringer mellem kommunerne i forum 8',
      'body.municipality-added /bodies/b25/municipalities/813',
      'body.municipality-removed /bodies/b25/municipalities/751',
      'body.renamed /bodies/b100-ny',
      'body.added /bodies/b3000',
      'body.removed /bodies/b2999',
      'grouping.municipality-moved /groupings/klynger/municipalities/101',
    ]);
    expect(sentences(step).slice(-4)).toEqual([
      'new:1428 Forum 100 was renamed Sundhedsforum 100. Its id changed from b100 to b100-ny.',
      'new:42014 Body added: Forum 3000, under Forum 299.',
      'old:42014 Body removed: Forum 2999.',
      'new:42 København moved from Forum 1 to Forum 2.',
    ]);
  });

  it('prints how the time grows with the size (timings are printed, never asserted)', () => {
    const rows: string[] = [];
    for (const n of [1500, 3000, 6000]) {
      const start = performance.now();
      const before = structure(nationalStructure(n, 'old'), 'old.yaml');
      const after = structure(nationalStructure(n, 'new'), 'new.yaml');
      const validated = performance.now();
      // Without a locator the diff is pure model work; with one, the first location also reads positions.
      const pure = diffStructures({ model: before.model!, file: 'old.yaml' }, { model: after.model!, file: 'new.yaml' });
      const diffed = performance.now();
      const step = diffStructures(before, after);
      const located = performance.now();
      formatDiffText([step], { lang: 'da' });
      formatDiffJson([step], { lang: 'da' });
      const formatted = performance.now();
      const ms = (a: number, b: number): string => `${(b - a).toFixed(0).padStart(5)} ms`;
      rows.push(`${String(n).padStart(5)} bodies: validate ${ms(start, validated)}, diff ${ms(validated, diffed)}, diff with lines ${ms(diffed, located)}, format ${ms(located, formatted)}`);
      expect(pure.changes).toHaveLength(15);
      expect(step.changes).toHaveLength(15);
    }
    console.info(`govcheck diff on generated national structures (two files each):\n${rows.join('\n')}`);
  });
});
