import rule from '../../src/rules/born-members-match-rule.js';
import { testRule } from './rule-tester.js';

const SYDDANMARK_LIST = [
  'Middelfart', 'Assens', 'Faaborg-Midtfyn', 'Kerteminde', 'Nyborg', 'Odense', 'Svendborg', 'Nordfyns', 'Langeland', 'Ærø', 'Haderslev',
  'Billund', 'Sønderborg', 'Tønder', 'Esbjerg', 'Fanø', 'Varde', 'Vejen', 'Aabenraa', 'Fredericia', 'Kolding', 'Vejle',
];
const SYDDANMARK = `municipalities: [${SYDDANMARK_LIST.join(', ')}]\n`;
const mayors = (names: string[]): string => names.map((m) => `      - { seat: borgmestre, municipality: ${m} }\n`).join('');

/** KKR Syddanmark with its born mayors and the given member facts: the seat is line 12, members from line 14. */
const kkr = (names: string[]): string =>
  SYDDANMARK +
  'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    seats: [{ id: borgmestre, role: mayor, count: 22, born: { of: all } }]\n    members:\n' +
  mayors(names);

/** Four clusters (lines 10–25 when they follow SYDDANMARK and "bodies:"); `unrecorded` leaves out co-chairs. */
const clusters = (unrecorded: string[] = []): string =>
  [
    ['sundhedsklynge-soenderjylland', 'Sundhedsklynge Sønderjylland', 'Haderslev, Aabenraa, Sønderborg, Tønder', 'Sønderborg'],
    ['sundhedsklynge-fyn', 'Sundhedsklynge Fyn (OUH)', 'Assens, Faaborg-Midtfyn, Kerteminde, Langeland, Nordfyns, Nyborg, Odense, Svendborg, Ærø', 'Odense'],
    ['sundhedsklynge-lillebaelt', 'Sundhedsklynge Lillebælt', 'Fredericia, Kolding, Middelfart, Vejle', 'Vejle'],
    ['sundhedsklynge-sydvestjylland', 'Sundhedsklynge Sydvestjylland', 'Billund, Esbjerg, Fanø, Varde, Vejen', 'Esbjerg'],
  ]
    .map(
      ([id, name, munis, chair]) =>
        `  - id: ${id}\n    name: ${name}\n    municipalities: [${munis}]\n` +
        (unrecorded.includes(id!) ? '    posts: [{ post: co-chair, side: municipalities }]\n' : `    posts: [{ post: co-chair, side: municipalities, holder: { municipality: ${chair} } }]\n`),
    )
    .join('');
const GROUPING =
  'groupings:\n  - id: politiske-sundhedsklynger\n    name: De fire politiske sundhedsklynger i Syddanmark\n' +
  '    bodies: [sundhedsklynge-soenderjylland, sundhedsklynge-fyn, sundhedsklynge-lillebaelt, sundhedsklynge-sydvestjylland]\n';
/** Sundhedssamarbejdsudvalget with a born seat for the cluster co-chairs (seat on line 28) and the given members. */
const ssu = (members: string[], unrecorded: string[] = []): string =>
  SYDDANMARK +
  'bodies:\n' +
  clusters(unrecorded) +
  '  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n    seats:\n' +
  '      - { id: co-chairs, role: mayor, count: 4, born: { of: { post: co-chair, grouping: politiske-sundhedsklynger } } }\n' +
  '      - { id: kommunal-femte-plads, role: politician, count: 1 }\n    members:\n' +
  members.map((m) => `      - { seat: co-chairs, municipality: ${m} }\n`).join('') +
  '      - { seat: kommunal-femte-plads, municipality: Kolding }\n' +
  GROUPING;

testRule(rule, {
  valid: [
    { name: 'KKR Syddanmark lists all 22 born mayors', code: kkr(SYDDANMARK_LIST) },
    {
      name: 'Sundhedsklynge Sønderjylland: its four mayors (self)',
      code:
        'bodies:\n  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n' +
        '    seats: [{ id: borgmestre, role: mayor, born: { of: self } }]\n    members:\n' +
        mayors(['Tønder', 'Sønderborg', 'Aabenraa', 'Haderslev']),
    },
    { name: 'Sundhedssamarbejdsudvalget seats the four recorded cluster co-chairs', code: ssu(['Sønderborg', 'Odense', 'Vejle', 'Esbjerg']) },
    {
      name: 'rule only, no member facts on the seat',
      code: SYDDANMARK + 'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    seats: [{ id: borgmestre, role: mayor, born: { of: all } }]\n',
    },
    {
      name: 'no co-chair recorded: the rule derives nothing to compare with',
      code: ssu(['Sønderborg', 'Odense'], ['sundhedsklynge-soenderjylland', 'sundhedsklynge-fyn', 'sundhedsklynge-lillebaelt', 'sundhedsklynge-sydvestjylland']),
    },
    {
      name: 'a member with an unknown municipality is left to no-unknown-municipality',
      code:
        'bodies:\n  - id: sundhedsklynge-lillebaelt\n    name: Sundhedsklynge Lillebælt\n    municipalities: [Fredericia, Kolding, Middelfart, Vejle]\n' +
        '    seats: [{ id: borgmestre, role: mayor, born: { of: self } }]\n    members:\n' +
        mayors(['Fredericia', 'Kolding', 'Midelfart', 'Vejle']),
    },
    {
      name: 'members on other seats are not compared',
      code:
        'bodies:\n  - id: sundhedsklynge-lillebaelt\n    name: Sundhedsklynge Lillebælt\n    municipalities: [Fredericia, Kolding, Middelfart, Vejle]\n' +
        '    seats: [{ id: borgmestre, role: mayor, born: { of: self } }, { id: region }]\n    members:\n      - { seat: region, municipality: Odense }\n',
    },
  ],
  invalid: [
    {
      name: 'KKR Syddanmark lists 21 mayors; Odense is missing',
      code: kkr(SYDDANMARK_LIST.filter((m) => m !== 'Odense')),
      errors: [
        {
          messageId: 'missing',
          line: 12,
          column: 55,
          message:
            'Odense should hold a born seat "borgmestre" in KKR Syddanmark by its rule (all participants), but no member on that seat is from Odense.',
        },
      ],
    },
    {
      name: 'Sundhedsklynge Sønderjylland lists Vejle instead of Tønder',
      code:
        'bodies:\n  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n' +
        '    seats:\n      - id: borgmestre\n        role: mayor\n        born: { of: self }\n    members:\n' +
        mayors(['Haderslev', 'Aabenraa', 'Sønderborg', 'Vejle']),
      errors: [
        {
          messageId: 'missing',
          line: 15,
          column: 9,
          message:
            "Tønder should hold a born seat \"borgmestre\" in Sundhedsklynge Sønderjylland by its rule (this body's municipalities), but no member on that seat is from Tønder.",
        },
        {
          messageId: 'notDerived',
          line: 20,
          column: 43,
          message: "Vejle holds a born seat \"borgmestre\" in Sundhedsklynge Sønderjylland, but its rule (this body's municipalities) does not give Vejle.",
        },
      ],
    },
    {
      name: 'Aarhus on the co-chair seats of Sundhedssamarbejdsudvalget instead of Esbjerg',
      code: ssu(['Sønderborg', 'Odense', 'Vejle', 'Aarhus']),
      errors: [
        { messageId: 'missing', line: 29, column: 49 },
        {
          messageId: 'notDerived',
          line: 35,
          column: 42,
          message:
            'Aarhus holds a born seat "co-chairs" in Sundhedssamarbejdsudvalget, but its rule (the co-chairs of De fire politiske sundhedsklynger i Syddanmark) does not give Aarhus.',
        },
      ],
    },
    {
      name: 'two co-chairs recorded: a missing one is reported, an unexplained member is not yet',
      code: ssu(['Sønderborg', 'Aarhus', 'Kolding'], ['sundhedsklynge-lillebaelt', 'sundhedsklynge-sydvestjylland']),
      errors: [
        {
          messageId: 'missing',
          line: 29,
          column: 49,
          message:
            'Odense should hold a born seat "co-chairs" in Sundhedssamarbejdsudvalget by its rule (the co-chairs of De fire politiske sundhedsklynger i Syddanmark), but no member on that seat is from Odense.',
        },
      ],
    },
    {
      name: 'the forretningsudvalg lists a director from a municipality not in Sundhedssamarbejdsudvalget',
      code:
        'bodies:\n  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n    municipalities: [Sønderborg, Odense, Vejle, Esbjerg, Kolding]\n' +
        '  - id: sundhedsdirektoerforum-fu\n    name: Forretningsudvalget for Sundhedsdirektørforum\n' +
        '    seats: [{ id: direktoerer, role: health-director, born: { of: { body: sundhedssamarbejdsudvalget } } }]\n    members:\n' +
        ['Sønderborg', 'Odense', 'Vejle', 'Esbjerg', 'Svendborg'].map((m) => `      - { seat: direktoerer, municipality: ${m} }\n`).join(''),
      errors: [
        {
          messageId: 'missing',
          line: 14,
          column: 55,
          message:
            'Kolding should hold a born seat "direktoerer" in Forretningsudvalget for Sundhedsdirektørforum by its rule (the municipalities of Sundhedssamarbejdsudvalget), but no member on that seat is from Kolding.',
        },
        { messageId: 'notDerived', line: 20, column: 44 },
      ],
    },
  ],
});
