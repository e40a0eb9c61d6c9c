import { readFileSync } from 'node:fs';
import AjvModule from 'ajv';
import { describe, expect, it } from 'vitest';
import { diffStructures, diffTimeline } from '../../src/diff/diff.js';
import { formatDiffJson } from '../../src/diff/format-json.js';
import { formatDiffMarkdown } from '../../src/diff/format-markdown.js';
import { formatDiffText } from '../../src/diff/format-text.js';
import { CHANGE_KINDS } from '../../src/diff/types.js';
import { diffTexts, example } from './helpers.js';

// ajv is CommonJS; its default export sits one level down under NodeNext (as in src/schema).
const Ajv = AjvModule.default;
const schema = JSON.parse(readFileSync('schemas/diff-output.schema.json', 'utf8')) as Record<string, unknown>;
const validateOutput = new Ajv({ allErrors: true, strict: true }).compile(schema);

const BEFORE = `municipalities: [Odense, Kolding, Vejle]
bodies:
  - id: klynge
    name: Sundhedsklynge Lillebælt
    municipalities: [Odense, Kolding, Vejle]
    posts:
      - { post: co-chair, holder: { municipality: Kolding } }
    mandate:
      must: [Koordinere udpegninger]
      may: [Følge op på medfinansieringen]
`;
const AFTER = `municipalities: [Odense, Kolding, Vejle, Fredericia]
bodies:
  - id: klynge
    name: Sundhedsklynge Lillebælt
    municipalities: [Odense, Kolding, Vejle, Fredericia]
    posts:
      - { post: co-chair, holder: { municipality: Odense } }
    mandate:
      must: [Koordinere udpegninger, Følge op på medfinansieringen]
`;

describe('text', () => {
  const step = diffTexts(BEFORE, AFTER);

  it('groups changes by body, each with a sign and the line in the new file', () => {
    expect(formatDiffText([step], { lang: 'en' })).toBe(
      [
        'old.yaml → new.yaml',
        'Test (21 April 2023) → Test (21 April 2023): 3 changes',
        '',
        'The structure',
        '  + Fredericia joined the collaboration.  new.yaml:8',
        '',
        'Sundhedsklynge Lillebælt',
        '  ~ Odense replaced Kolding as co-chair.  new.yaml:14',
        '  ~ Task moved from may to must: “Følge op på medfinansieringen”.  new.yaml:16',
        '',
      ].join('\n'),
    );
  });

  it('colours signs, headings and places only when asked, as validate does', () => {
    const coloured = formatDiffText([step], { lang: 'da', color: true });
    expect(coloured).toContain('\u001b[4mStrukturen\u001b[24m\n  \u001b[32m+\u001b[39m Fredericia trådte ind i samarbejdet.  \u001b[2mnew.yaml:8\u001b[22m');
    expect(coloured).toContain('\u001b[33m~\u001b[39m Odense afløste Kolding som medformand.');
    expect(formatDiffText([step], { lang: 'da' })).not.toMatch(/\u001b/);
  });

  it('shows the old and the new wording of a reworded text under its change', () => {
    const reworded = diffTexts(BEFORE, BEFORE.replace('[Koordinere udpegninger]', '[Koordinere alle udpegninger]'));
    expect(formatDiffText([reworded], { lang: 'en' }).split('\n').slice(3)).toEqual([
      'Sundhedsklynge Lillebælt',
      '  ~ Task in must reworded: “Koordinere alle udpegninger”.  new.yaml:16',
      '      - Koordinere udpegninger',
      '      + Koordinere alle udpegninger',
      '',
    ]);
  });

  it('says when nothing changed, and separates the steps of a timeline', () => {
    const same = diffTexts(BEFORE, BEFORE);
    expect(formatDiffText([same], { lang: 'en' })).toBe('old.yaml → new.yaml\nTest (21 April 2023) → Test (21 April 2023)\nNo changes.\n');
    expect(formatDiffText([same, same], { lang: 'da' })).toBe(
      'old.yaml → new.yaml\nTest (21. april 2023) → Test (21. april 2023)\nIngen ændringer.\n\nold.yaml → new.yaml\nTest (21. april 2023) → Test (21. april 2023)\nIngen ændringer.\n',
    );
  });

  it('shows control characters from a file as visible escapes', () => {
    const hostile = diffTexts(BEFORE, BEFORE.replace('name: Sundhedsklynge Lillebælt', 'name: "Sundhedsklynge \\u001b[31mLillebælt"'));
    expect(formatDiffText([hostile], { lang: 'en' })).toContain('Sundhedsklynge Lillebælt was renamed Sundhedsklynge \\u001b[31mLillebælt.');
  });
});

describe('markdown', () => {
  it('puts a one-paragraph summary on top, then the changes by body', () => {
    expect(formatDiffMarkdown([diffTexts(BEFORE, AFTER)], { lang: 'en' })).toBe(
      [
        '## Test → Test',
        '',
        'From Test (21 April 2023) to Test (21 April 2023): Fredericia joined; 1 post changed hands; 1 mandate change. 3 changes in all.',
        '',
        '### The structure',
        '',
        '- Fredericia joined the collaboration. `new.yaml:8`',
        '',
        '### Sundhedsklynge Lillebælt',
        '',
        '- Odense replaced Kolding as co-chair. `new.yaml:14`',
        '- Task moved from may to must: “Følge op på medfinansieringen”. `new.yaml:16`',
        '',
      ].join('\n'),
    );
  });

  it('summarises the Hovedstaden clusters in Danish', () => {
    const md = formatDiffMarkdown([diffStructures(example('hovedstaden-kommuneklynger-2015'), example('hovedstaden-sundhedsklynger-2022'))], { lang: 'da' });
    expect(md.split('\n').slice(0, 3)).toEqual([
      '## Kommuneklyngerne i hovedstadsregionen – fælles kommissorium 2015 → Sundhedsklyngerne i Region Hovedstaden',
      '',
      'Fra Kommuneklyngerne i hovedstadsregionen – fælles kommissorium 2015 (18. februar 2015) til Sundhedsklyngerne i Region Hovedstaden (1. juli 2022): ' +
        '1 organ tilføjet, 5 organer fjernet, 5 organer omdøbt, 5 organer flyttet; 30 ændrede oplysninger om organer; 1 medlemsændring; 5 ændringer af pladser; ' +
        '15 postændringer; 5 ændringer af kommissorier; 5 mødeændringer; 1 kommune flyttet mellem klynger, 3 grupperingsændringer; ' +
        '8 ændringer af kilder og registreringer. 92 ændringer i alt.',
    ]);
    expect(md).toContain('\n### Gruppering: Sundhedsklyngerne i Region Hovedstaden (før: Kommuneklyngerne i hovedstadsregionen (2015))\n');
    expect(md).toContain('\n- København er nu i to klynger: Sundhedsklynge Byen og Sundhedsklynge Syd (før: Kommuneklynge Byen). `examples/hovedstaden-sundhedsklynger-2022.yaml:79`\n');
  });

  it('escapes Markdown in names from the files', () => {
    const md = formatDiffMarkdown([diffTexts(BEFORE, BEFORE.replace('name: Sundhedsklynge Lillebælt', 'name: "Klynge *Syd* | <b>[x](y)"'))], { lang: 'en' });
    expect(md).toContain('### Klynge \\*Syd\\* \\| &lt;b&gt;\\[x\\](y) (was: Sundhedsklynge Lillebælt)\n');
    expect(md).toContain('- Sundhedsklynge Lillebælt was renamed Klynge \\*Syd\\* \\| &lt;b&gt;\\[x\\](y). `new.yaml:11`\n');
  });
});

describe('json', () => {
  const pairs: [string, string][] = [
    ['5-by-2001', '6-by-2007'],
    ['6-by-2007', '5-by-2001'],
    ['hovedstaden-kommuneklynger-2015', 'hovedstaden-sundhedsklynger-2022'],
    ['kkr-2016', 'kkr-hovedstaden-2023'],
    ['syddanmark-sundhed', 'syddanmark-sundhed'],
  ];

  it.each(pairs)('%s → %s validates against schemas/diff-output.schema.json and round-trips', (a, b) => {
    for (const lang of ['da', 'en'] as const) {
      const text = formatDiffJson([diffStructures(example(a), example(b))], { lang });
      const data = JSON.parse(text) as unknown;
      expect(validateOutput(data), JSON.stringify(validateOutput.errors)).toBe(true);
      expect(`${JSON.stringify(data, null, 2)}\n`).toBe(text);
    }
  });

  it('describes a timeline, a new file and a deleted one', () => {
    const steps = [...diffTimeline([example('5-by-2001'), example('6-by-2007'), null]), diffStructures(null, example('5-by-2001'))];
    const text = formatDiffJson(steps, { lang: 'en' });
    const data = JSON.parse(text) as { summary: unknown; steps: { old: unknown; new: unknown; changes: { kind: string; message: string }[] }[] };
    expect(validateOutput(data), JSON.stringify(validateOutput.errors)).toBe(true);
    expect(`${JSON.stringify(data, null, 2)}\n`).toBe(text);
    expect(data.summary).toEqual({ steps: 3, changes: 24 });
    expect(data.steps[1]!.new).toBeNull();
    expect(data.steps[1]!.changes).toEqual([
      expect.objectContaining({ kind: 'structure.removed', message: 'Structure removed: 6-by samarbejdet (2 November 2007).' }),
    ]);
    expect(data.steps[2]!.changes[0]).toMatchObject({ kind: 'structure.added', message: 'New structure: 5-by samarbejdet (31 December 2001).' });
  });

  it('writes each change with kind, path, old and new values, a message and both locations', () => {
    const data = JSON.parse(formatDiffJson([diffStructures(example('5-by-2001'), example('6-by-2007'))], { lang: 'en' })) as {
      format: string;
      version: number;
      lang: string;
      steps: { old: unknown; summary: { changes: number; kinds: Record<string, number> }; changes: unknown[] }[];
    };
    expect(data).toMatchObject({ format: 'govcheck-diff', version: 1, lang: 'en' });
    expect(data.steps[0]!.old).toEqual({ file: 'examples/5-by-2001.yaml', id: '5-by-samarbejdet', name: '5-by samarbejdet', date: '2001-12-31' });
    expect(data.steps[0]!.summary.kinds).toEqual({
      'structure.renamed': 1,
      'structure.changed': 2,
      'participant.joined': 1,
      'body.renamed': 8,
      'body.changed': 2,
      'meetings.event-added': 2,
      'body.added': 1,
      'report.added': 1,
      'history.added': 4,
    });
    expect(data.steps[0]!.changes[4]).toEqual({
      kind: 'body.renamed',
      section: '/bodies/samarbejdet',
      path: '/bodies/samarbejdet',
      old: { id: 'samarbejdet', name: '5-by samarbejdet' },
      new: { id: 'samarbejdet', name: '6-by samarbejdet' },
      message: '5-by samarbejdet was renamed 6-by samarbejdet.',
      locations: {
        old: { file: 'examples/5-by-2001.yaml', line: 41, column: 11, pointer: '/bodies/0/name' },
        new: { file: 'examples/6-by-2007.yaml', line: 46, column: 11, pointer: '/bodies/0/name' },
      },
    });
  });

  it('lists every kind of change in the schema', () => {
    const definitions = schema.definitions as { kind: { enum: string[] } };
    expect(definitions.kind.enum).toEqual([...CHANGE_KINDS]);
  });
});
