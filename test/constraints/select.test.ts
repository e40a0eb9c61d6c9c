import { describe, expect, it } from 'vitest';
import { createSelections } from '../../src/constraints/select.js';
import { derive } from '../../src/model/derive.js';
import { validateSource } from '../../src/index.js';
import { MINIMAL } from '../helpers.js';

// Syddanmark in small (seed 002), with a KKR whose mayors are born members and a committee with facts.
const TEXT = `${MINIMAL}municipalities: [Haderslev, Aabenraa, Esbjerg, { municipality: Varde }]
groupings:
  - { id: klynger, name: Klyngerne, bodies: [klynge-vest, klynge-syd, findes-ikke] }
bodies:
  - id: kkr
    name: KKR Syddanmark
    municipalities: all
    seats:
      - { id: borgmestre, role: mayor, side: municipalities, count: 4, born: { of: all } }
      - { id: medlemmer, side: municipalities }
  - id: ssu
    name: Sundhedssamarbejdsudvalget
    seats:
      - { id: medformaend, side: municipalities, count: 2 }
      - { id: region, side: region, observer: true }
    members:
      - { seat: medformaend, municipality: Aabenraa, person: Jan Riber Jakobsen }
      - { seat: medformaend, municipality: Esbjerg }
    posts:
      - { post: vice-chair, side: municipalities, holder: { municipality: Esbjerg } }
  - id: klynge-syd
    name: Sundhedsklynge Sønderjylland
    kind: political
    municipalities: [Haderslev, Aabenraa]
    posts: [{ post: co-chair, holder: { municipality: Aabenraa } }]
  - id: klynge-vest
    name: Sundhedsklynge Sydvestjylland
    kind: political
    municipalities: [Esbjerg, Varde]
    posts: [{ post: co-chair, holder: { municipality: Esbjerg } }]
  - id: adm-vest
    name: Administrativ klynge Sydvestjylland
    kind: administrative
    supports: klynge-vest
    parent: klynge-vest
    municipalities: [Esbjerg, Varde]
`;

const { model } = validateSource(TEXT, 'select.yaml', { rules: [] });
const selections = createSelections(model!, derive(model!));
const names = (codes: ReadonlySet<string>): string[] => [...codes].map((c) => model!.municipality(c)!.name).sort();

describe('municipality selections', () => {
  it('gives the participants for all, and a body or grouping its municipalities', () => {
    expect(names(selections.municipalities('all'))).toEqual(['Aabenraa', 'Esbjerg', 'Haderslev', 'Varde']);
    expect(names(selections.municipalities({ body: 'klynge-syd' }))).toEqual(['Aabenraa', 'Haderslev']);
    expect(names(selections.municipalities({ grouping: 'klynger' }))).toEqual(['Aabenraa', 'Esbjerg', 'Haderslev', 'Varde']);
  });

  it('narrows to post holders or to the members on a seat, in each named body', () => {
    expect(names(selections.municipalities({ grouping: 'klynger', post: 'co-chair' }))).toEqual(['Aabenraa', 'Esbjerg']);
    expect(names(selections.municipalities({ body: 'ssu', seat: 'medformaend' }))).toEqual(['Aabenraa', 'Esbjerg']);
    expect(names(selections.municipalities({ body: 'ssu', seat: 'medformaend', post: 'vice-chair' }))).toEqual(['Esbjerg']);
  });

  it('takes a seat without member facts from its born rule, and an undeclared one as empty', () => {
    expect(selections.municipalities({ body: 'kkr', seat: 'borgmestre' }).size).toBe(4);
    expect(selections.municipalities({ body: 'kkr', seat: 'medlemmer' }).size).toBe(0);
  });

  it('reads $each as the body being checked, also in supported_by', () => {
    expect(names(selections.municipalities({ supported_by: '$each' }, 'klynge-vest'))).toEqual(['Esbjerg', 'Varde']);
    expect(names(selections.municipalities({ body: '$each' }, 'klynge-syd'))).toEqual(['Aabenraa', 'Haderslev']);
  });

  it('joins a list to the sets of the named bodies', () => {
    expect(names(selections.municipalities({ body: 'klynge-syd', municipalities: ['Varde', 'Atlantis'] }))).toEqual(['Aabenraa', 'Haderslev', 'Varde']);
  });
});

describe('entity selections', () => {
  it('filters bodies by every key given, in file order', () => {
    expect(selections.selectBodies({ grouping: 'klynger' }).map((b) => b.id)).toEqual(['klynge-syd', 'klynge-vest']);
    expect(selections.selectBodies({ kind: 'political' }).map((b) => b.id)).toEqual(['klynge-syd', 'klynge-vest']);
    expect(selections.selectBodies({ parent: '$each', supports: 'klynge-vest' }, 'klynge-vest').map((b) => b.id)).toEqual(['adm-vest']);
    expect(selections.selectBodies({ grouping: 'klynger', kind: 'administrative' })).toEqual([]);
  });

  it('weighs seats by their count, 1 without one, and filters by side, observer and born', () => {
    const weights = (seats: object) => selections.entries({ seats }).map((e) => [e.keys.id!.value, e.weight]);
    expect(weights({ side: 'municipalities' })).toEqual([['borgmestre', 4], ['medlemmer', 1], ['medformaend', 2]]);
    expect(weights({ observer: true })).toEqual([['region', 1]]);
    expect(weights({ born: true })).toEqual([['borgmestre', 4]]);
    expect(weights({ body: 'ssu', observer: false })).toEqual([['medformaend', 2]]);
  });

  it('gives members and posts with the municipality and person they name, and where', () => {
    const [first, second] = selections.entries({ members: { body: 'ssu' } });
    expect(first!.keys.municipality).toEqual({ value: '580', label: 'Aabenraa', path: ['bodies', 1, 'members', 0, 'municipality'] });
    expect(first!.keys.person?.label).toBe('Jan Riber Jakobsen');
    expect(second!.keys.person).toBeUndefined();
    const posts = selections.entries({ posts: { grouping: 'klynger', post: 'co-chair' } });
    expect(posts.map((p) => p.path)).toEqual([
      ['bodies', 2, 'posts', 0, 'post'],
      ['bodies', 3, 'posts', 0, 'post'],
    ]);
  });
});

describe('locating a municipality of a selection', () => {
  it('finds the list entry, member fact or post holder that puts it there', () => {
    expect(selections.locate('all', [], '573')).toEqual(['municipalities', 3, 'municipality']);
    expect(selections.locate({ body: 'kkr' }, [], '561')).toEqual(['municipalities', 2]);
    expect(selections.locate({ body: 'klynge-syd' }, [], '580')).toEqual(['bodies', 2, 'municipalities', 1]);
    expect(selections.locate({ body: 'ssu' }, [], '561')).toEqual(['bodies', 1, 'members', 1, 'municipality']);
    expect(selections.locate({ grouping: 'klynger', post: 'co-chair' }, [], '561')).toEqual(['bodies', 3, 'posts', 0, 'holder', 'municipality']);
    expect(selections.locate({ municipalities: ['Varde'] }, ['constraints', 0, 'subset', 1], '573')).toEqual(['constraints', 0, 'subset', 1, 'municipalities', 0]);
  });

  it('finds nothing for a municipality a rule derives', () => {
    expect(selections.locate({ body: 'kkr', seat: 'borgmestre' }, [], '561')).toBeUndefined();
  });
});
