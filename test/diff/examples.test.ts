import { describe, expect, it } from 'vitest';
import { diffStructures } from '../../src/diff/diff.js';
import { example, kinds, mirrorOf, sentences, shape, structure } from './helpers.js';

describe('5-by 2001 → 6-by 2007', () => {
  const step = diffStructures(example('5-by-2001'), example('6-by-2007'));

  it('reports København joining the collaboration on 27 August 2002, at its line in the new file', () => {
    const joined = step.changes.find((c) => c.kind === 'participant.joined')!;
    expect(joined).toMatchObject({
      section: '/',
      path: '/municipalities/101',
      old: null,
      new: { code: '101', name: 'København', from: '2002-08-27' },
      date: '2002-08-27',
      locations: { old: null, new: { file: 'examples/6-by-2007.yaml', line: 36, column: 5, pointer: '/municipalities/5' } },
    });
    expect(sentences(step)).toContain('new:36 København joined the collaboration on 27 August 2002.');
    expect(sentences(step, 'da')).toContain('new:36 København trådte ind i samarbejdet den 27. august 2002.');
  });

  it('reports every change in governance terms, body by body', () => {
    expect(sentences(step)).toEqual([
      'new:8 The structure was renamed from 5-by samarbejdet to 6-by samarbejdet.',
      "new:7 The structure's id changed from 5-by-samarbejdet to 6-by-samarbejdet.",
      "new:9 The structure's date changed from 31 December 2001 to 2 November 2007.",
      'new:36 København joined the collaboration on 27 August 2002.',
      'new:46 5-by samarbejdet was renamed 6-by samarbejdet.',
      'new:47 Short name changed from 5-by to 6-by.',
      'new:53 The purpose was reworded.',
      'new:71 5-by direktørmøder was renamed 6-by direktørmøder.',
      'new:91 Meeting added: 5 February 2008, Konference for 6-byernes direktører (ældre/sundhedsområdet).',
      'new:103 5-by fællesmøder borgmestre og direktør was renamed 6-by fællesmøder borgmestre og direktør.',
      'new:113 Meeting added: 21 January 2008, 6-by mødet mellem de politiske udvalg.',
      "new:134 5-by's møder for myndighedschefer was renamed 6-by's møder for myndighedschefer.",
      'new:159 Body added: IT-erfagruppe vedrørende omsorgssystemer, under 6-by samarbejdet.',
      'new:184 5-by KL – Kommunal sundhedsopgaver was renamed 6-by KL – Kommunal sundhedsopgaver.',
      'new:197 5-by ældreområde was renamed 6-by ældreområde.',
      'new:207 5-by Sundhedsområdet was renamed 6-by Sundhedsområdet.',
      'new:223 5-by tandpleje was renamed 6-by tandpleje.',
      'new:235 Report added: 6-by nøgletal, every 2 years.',
      'new:258 History event added: 27 August 2002, joined (København, 6-by samarbejdet).',
      'new:266 History event added: 27 August 2002, renamed (6-by samarbejdet).',
      'new:273 History event added: 2003, established (IT-erfagruppe vedrørende omsorgssystemer).',
      'new:278 History event added: May 2007, report.',
    ]);
    expect(kinds(step).slice(0, 7)).toEqual([
      'structure.renamed /name',
      'structure.changed /id',
      'structure.changed /date',
      'participant.joined /municipalities/101',
      'body.renamed /bodies/samarbejdet',
      'body.changed /bodies/samarbejdet/short_name',
      'body.changed /bodies/samarbejdet/purpose',
    ]);
  });

  it('matches Århus in 2001 with Aarhus in 2007: the same municipality is no change', () => {
    expect(step.changes.filter((c) => c.path === '/municipalities/751')).toEqual([]);
  });

  it('takes the date from a history "joined" event when the participant entry has none', () => {
    const text = example('6-by-2007').source!.replace('    from: "2002-08-27"\n', '');
    const joined = diffStructures(example('5-by-2001'), structure(text, 'examples/6-by-2007.yaml')).changes.find((c) => c.kind === 'participant.joined')!;
    expect(joined.date).toBe('2002-08-27');
    expect(joined.new).toEqual({ code: '101', name: 'København' });
  });
});

describe('Hovedstaden: kommuneklynger 2015 → sundhedsklynger 2022', () => {
  const step = diffStructures(example('hovedstaden-kommuneklynger-2015'), example('hovedstaden-sundhedsklynger-2022'));

  it('reports the five clusters as renamed (renamed_from), not as removed and added', () => {
    expect(step.changes.filter((c) => c.kind === 'body.renamed').map((c) => [c.old, c.new])).toEqual([
      [{ id: 'kommuneklynge-byen', name: 'Kommuneklynge Byen' }, { id: 'sundhedsklynge-byen', name: 'Sundhedsklynge Byen' }],
      [{ id: 'kommuneklynge-syd', name: 'Kommuneklynge Syd' }, { id: 'sundhedsklynge-syd', name: 'Sundhedsklynge Syd' }],
      [{ id: 'kommuneklynge-midt', name: 'Kommuneklynge Midt' }, { id: 'sundhedsklynge-midt', name: 'Sundhedsklynge Midt' }],
      [{ id: 'kommuneklynge-nord', name: 'Kommuneklynge Nord' }, { id: 'sundhedsklynge-nord', name: 'Sundhedsklynge Nord' }],
      [{ id: 'kommuneklynge-bornholm', name: 'Kommuneklynge Bornholm' }, { id: 'sundhedsklynge-bornholm', name: 'Sundhedsklynge Bornholm' }],
    ]);
    expect(sentences(step).filter((s) => s.includes('was renamed')).slice(1, 3)).toEqual([
      'new:56 Kommuneklynge Byen was renamed Sundhedsklynge Byen. Its id changed from kommuneklynge-byen to sundhedsklynge-byen.',
      'new:69 Kommuneklynge Syd was renamed Sundhedsklynge Syd. Its id changed from kommuneklynge-syd to sundhedsklynge-syd.',
    ]);
    expect(kinds(step).filter((k) => /^body\.(added|removed)/.test(k))).toEqual([
      'body.added /bodies/sundhedssamarbejdsudvalget',
      'body.removed /bodies/samordningsudvalget',
      'body.removed /bodies/embedsmandsudvalget-for-sundhed',
      'body.removed /bodies/das',
      'body.removed /bodies/pas',
      'body.removed /bodies/kkr-hovedstaden',
    ]);
  });

  it('reports København in two clusters now, and the grouping matched by its bodies', () => {
    const grouping = step.changes.filter((c) => c.section === '/groupings/sundhedsklynger-2022');
    expect(kinds({ ...step, changes: grouping })).toEqual([
      'grouping.renamed /groupings/sundhedsklynger-2022',
      'grouping.changed /groupings/sundhedsklynger-2022/from',
      'grouping.municipality-moved /groupings/sundhedsklynger-2022/municipalities/101',
      'grouping.exception-added /groupings/sundhedsklynger-2022/exceptions/101',
    ]);
    expect(sentences({ ...step, changes: grouping })).toEqual([
      'new:128 Kommuneklyngerne i hovedstadsregionen (2015) was renamed Sundhedsklyngerne i Region Hovedstaden. Its id changed from kommuneklynger-2015 to sundhedsklynger-2022.',
      'new:132 Start date set to 1 July 2022.',
      'new:79 København is now in two clusters: Sundhedsklynge Byen and Sundhedsklynge Syd (was in Kommuneklynge Byen).',
      'new:134 Exception recorded: København is in Sundhedsklynge Byen and Sundhedsklynge Syd.',
    ]);
    expect(sentences({ ...step, changes: grouping }, 'da')[2]).toBe('new:79 København er nu i to klynger: Sundhedsklynge Byen og Sundhedsklynge Syd (før: Kommuneklynge Byen).');
  });

  it('reports the changed members: København joins Sundhedsklynge Syd; the other clusters keep theirs', () => {
    expect(step.changes.filter((c) => c.kind.startsWith('body.municipality'))).toEqual([
      {
        kind: 'body.municipality-added',
        section: '/bodies/sundhedsklynge-syd',
        path: '/bodies/sundhedsklynge-syd/municipalities/101',
        old: null,
        new: { code: '101', name: 'København' },
        locations: { old: null, new: { file: 'examples/hovedstaden-sundhedsklynger-2022.yaml', line: 79, column: 7, pointer: '/bodies/2/municipalities/7' } },
      },
    ]);
    expect(sentences(step)).toContain('new:79 København is now in Sundhedsklynge Syd.');
  });

  it('reports what the clusters lost and gained, each cluster under its new name', () => {
    const byen = step.changes.filter((c) => c.section === '/bodies/sundhedsklynge-byen');
    expect(sentences({ ...step, changes: byen })).toEqual([
      'new:56 Kommuneklynge Byen was renamed Sundhedsklynge Byen. Its id changed from kommuneklynge-byen to sundhedsklynge-byen.',
      'new:62 Moved under Sundhedssamarbejdsudvalget i Region Hovedstaden (was at the top level).',
      'new:55 Short name removed (was Byen).',
      'new:58 Kind changed from administrative to political.',
      'new:59 Scope changed from cross-municipal to cross-sector.',
      'new:63 Start date set to 1 July 2022.',
      'new:55 The purpose was removed.',
      'new:66 Source changed from seed-001 to ref-clusters.',
      'old:146 Seat repraesentanter removed (representative, the municipalities).',
      'old:160 Post removed: chair.',
      'old:171 Post removed: coordinator.',
      'old:179 Post removed: secretariat.',
      'old:256 Mandate removed (it had 5 must tasks and 4 may tasks).',
      'new:55 Meeting cadence removed (was aligned with the meetings of Samordningsudvalget).',
    ]);
    expect(step.sections.find((s) => s.path === '/bodies/sundhedsklynge-byen')).toEqual({
      path: '/bodies/sundhedsklynge-byen',
      type: 'body',
      id: 'sundhedsklynge-byen',
      name: 'Sundhedsklynge Byen',
      was: 'Kommuneklynge Byen',
    });
  });
});

const EXAMPLES = ['5-by-2001', '6-by-2007', 'hovedstaden-kommuneklynger-2015', 'hovedstaden-sundhedsklynger-2022', 'kkr-2016', 'kkr-hovedstaden-2023', 'syddanmark-sundhed'];

describe('a file against itself', () => {
  it.each(EXAMPLES)(
    '%s reports nothing',
    (name) => {
      const step = diffStructures(example(name), example(name));
      expect(step.changes).toEqual([]);
      expect(step.sections).toEqual([]);
    },
  );
});

describe('swapping old and new mirrors every change', () => {
  // Every pair of examples, including unrelated ones: the mirror must hold whatever the files are.
  it.each(EXAMPLES.flatMap((a, i) => EXAMPLES.slice(i + 1).map((b) => [a, b] as const)))('%s ↔ %s', (a, b) => {
    const forward = diffStructures(example(a), example(b)).changes;
    const backward = diffStructures(example(b), example(a)).changes;
    expect(forward.length).toBeGreaterThan(0);
    const sortKey = (x: unknown): string => JSON.stringify(x);
    expect(backward.map(shape).map(sortKey).sort()).toEqual(forward.map(mirrorOf).map(sortKey).sort());
  });

  it('turns joined into left, renamed into renamed back, added into removed', () => {
    const backward = diffStructures(example('6-by-2007'), example('5-by-2001'));
    expect(sentences(backward).filter((s) => /left|Body removed|samarbejdet was renamed/.test(s))).toEqual([
      'old:36 København left the collaboration.',
      'new:41 6-by samarbejdet was renamed 5-by samarbejdet.',
      'old:159 Body removed: IT-erfagruppe vedrørende omsorgssystemer.',
    ]);
    const clusters = diffStructures(example('hovedstaden-sundhedsklynger-2022'), example('hovedstaden-kommuneklynger-2015'));
    expect(sentences(clusters).filter((s) => s.includes('Sundhedsklynge Byen was renamed'))).toEqual([
      'new:246 Sundhedsklynge Byen was renamed Kommuneklynge Byen. Its id changed from sundhedsklynge-byen to kommuneklynge-byen.',
    ]);
    expect(sentences(clusters)).toContain('old:79 København is no longer in Kommuneklynge Syd.');
  });
});
