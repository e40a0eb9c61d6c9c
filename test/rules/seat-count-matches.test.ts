import rule from '../../src/rules/seat-count-matches.js';
import { testRule } from './rule-tester.js';

const SYDDANMARK_21 =
  'Middelfart, Assens, Faaborg-Midtfyn, Kerteminde, Nyborg, Odense, Svendborg, Nordfyns, Langeland, Ærø, Haderslev, Billund, Sønderborg, Tønder, Esbjerg, Fanø, Varde, Vejen, Aabenraa, Fredericia, Kolding';
/** The 22 municipalities of KKR Syddanmark (one line). */
const SYDDANMARK = `municipalities: [${SYDDANMARK_21}, Vejle]\n`;

/** The four political clusters with their co-chairs recorded (lines 9–24 after the header and SYDDANMARK). */
const CLUSTERS =
  '  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n    posts: [{ post: co-chair, holder: { municipality: Sønderborg } }]\n' +
  '  - id: sundhedsklynge-fyn\n    name: Sundhedsklynge Fyn (OUH)\n    municipalities: [Assens, Faaborg-Midtfyn, Kerteminde, Langeland, Nordfyns, Nyborg, Odense, Svendborg, Ærø]\n    posts: [{ post: co-chair, holder: { municipality: Odense } }]\n' +
  '  - id: sundhedsklynge-lillebaelt\n    name: Sundhedsklynge Lillebælt\n    municipalities: [Fredericia, Kolding, Middelfart, Vejle]\n    posts: [{ post: co-chair, holder: { municipality: Vejle } }]\n' +
  '  - id: sundhedsklynge-sydvestjylland\n    name: Sundhedsklynge Sydvestjylland\n    municipalities: [Billund, Esbjerg, Fanø, Varde, Vejen]\n    posts: [{ post: co-chair, holder: { municipality: Esbjerg } }]\n';
const GROUPING =
  'groupings:\n  - id: politiske-sundhedsklynger\n    name: De fire politiske sundhedsklynger i Syddanmark\n' +
  '    bodies: [sundhedsklynge-soenderjylland, sundhedsklynge-fyn, sundhedsklynge-lillebaelt, sundhedsklynge-sydvestjylland]\n';

testRule(rule, {
  valid: [
    {
      name: 'KKR Syddanmark: 22 born mayors of 22 participants',
      code: SYDDANMARK + 'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    seats:\n      - { id: borgmestre, role: mayor, count: 22, born: { of: all } }\n',
    },
    {
      name: 'Sundhedsklynge Sønderjylland: four born mayors, all four listed',
      code:
        'bodies:\n  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n' +
        '    seats: [{ id: borgmestre, role: mayor, count: 4, born: { of: self } }]\n    members:\n' +
        '      - { seat: borgmestre, municipality: Haderslev }\n      - { seat: borgmestre, municipality: Aabenraa }\n' +
        '      - { seat: borgmestre, municipality: Sønderborg }\n      - { seat: borgmestre, municipality: Tønder }\n',
    },
    {
      name: 'four co-chair seats in Sundhedssamarbejdsudvalget from four recorded co-chairs',
      code:
        SYDDANMARK +
        'bodies:\n' +
        CLUSTERS +
        '  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n' +
        '    seats: [{ id: klyngemedformaend, role: mayor, count: 4, born: { of: { post: co-chair, grouping: politiske-sundhedsklynger } } }]\n' +
        GROUPING,
    },
    {
      name: 'only one cluster records its co-chair: the derived set is incomplete, not wrong',
      code:
        SYDDANMARK +
        'bodies:\n' +
        '  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n    posts: [{ post: co-chair, holder: { municipality: Sønderborg } }]\n' +
        '  - id: sundhedsklynge-fyn\n    name: Sundhedsklynge Fyn (OUH)\n    municipalities: [Odense]\n    posts: [{ post: co-chair }]\n' +
        '  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n' +
        '    seats: [{ id: klyngemedformaend, role: mayor, count: 2, born: { of: { post: co-chair, grouping: klynger } } }]\n' +
        'groupings:\n  - id: klynger\n    name: Klynger\n    bodies: [sundhedsklynge-soenderjylland, sundhedsklynge-fyn]\n',
    },
    {
      name: 'the forretningsudvalg reads five SSU municipalities, of which only the four born ones are known',
      code:
        SYDDANMARK +
        'bodies:\n' +
        CLUSTERS +
        '  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n    seats:\n' +
        '      - { id: klyngemedformaend, role: mayor, count: 4, born: { of: { post: co-chair, grouping: politiske-sundhedsklynger } } }\n' +
        '      - { id: kommunal-femte-plads, role: politician, side: municipalities, count: 1 }\n' +
        '  - id: sundhedsdirektoerforum-fu\n    name: Forretningsudvalget for Sundhedsdirektørforum\n' +
        '    seats: [{ id: direktoerer, role: health-director, count: 5, born: { of: { body: sundhedssamarbejdsudvalget } } }]\n' +
        GROUPING,
    },
    {
      name: 'rule-only bodies: no co-chair recorded yet, nothing to compare',
      code:
        'bodies:\n  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n' +
        '    seats: [{ id: klyngemedformaend, role: mayor, count: 4, born: { of: { post: co-chair, grouping: klynger } } }]\n' +
        '  - id: sundhedsklynge-fyn\n    name: Sundhedsklynge Fyn (OUH)\n    posts: [{ post: co-chair }]\n' +
        'groupings:\n  - id: klynger\n    name: Klynger\n    bodies: [sundhedsklynge-fyn]\n',
    },
    {
      name: 'a body sitting as a whole fills one seat',
      code:
        'bodies:\n  - id: samarbejdsforum-kommuner-region\n    name: Samarbejdsforum mellem kommuner og region\n' +
        '    seats: [{ id: kommunernes-fu, side: municipalities, count: 1 }]\n    members: [{ seat: kommunernes-fu, body: sundhedsdirektoerforum-fu }]\n' +
        '  - id: sundhedsdirektoerforum-fu\n    name: Forretningsudvalget for Sundhedsdirektørforum\n',
    },
    {
      name: 'an unknown municipality in the rule is left to no-unknown-municipality',
      code:
        'bodies:\n  - id: sundhedsklynge-lillebaelt\n    name: Sundhedsklynge Lillebælt\n    municipalities: [Fredericia, Kolding, Middelfart, Vejl]\n' +
        '    seats: [{ id: borgmestre, role: mayor, count: 4, born: { of: self } }]\n',
    },
  ],
  invalid: [
    {
      name: 'KKR Syddanmark declares 22 mayors, but only 21 municipalities participate',
      code: `municipalities: [${SYDDANMARK_21}]\nbodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    seats:\n      - { id: borgmestre, role: mayor, count: 22, born: { of: all } }\n`,
      errors: [
        {
          messageId: 'bornCount',
          line: 13,
          column: 47,
          message:
            'Seat "borgmestre" of KKR Syddanmark declares 22 seats, but its rule derives 21 municipalities (all participants). Correct the count, or the municipalities the rule reads.',
        },
      ],
    },
    {
      name: 'Sundhedsklynge Sønderjylland lists three of its four mayors',
      code:
        'bodies:\n  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    seats:\n      - id: borgmestre\n        role: mayor\n        count: 4\n    members:\n' +
        '      - { seat: borgmestre, municipality: Haderslev }\n      - { seat: borgmestre, municipality: Aabenraa }\n      - { seat: borgmestre, municipality: Sønderborg }\n',
      errors: [
        {
          messageId: 'tooFewMembers',
          line: 14,
          column: 16,
          message:
            'Seat "borgmestre" of Sundhedsklynge Sønderjylland declares 4 seats, but the body lists only 3 members on it. Add the missing members, or correct the count.',
        },
      ],
    },
    {
      name: 'two members on the one fifth municipal seat of Sundhedssamarbejdsudvalget',
      code:
        'bodies:\n  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n    seats: [{ id: kommunal-femte-plads, role: politician, count: 1 }]\n    members:\n' +
        '      - { seat: kommunal-femte-plads, municipality: Kolding }\n      - { seat: kommunal-femte-plads, municipality: Svendborg }\n',
      errors: [
        {
          messageId: 'tooManyMembers',
          line: 11,
          column: 66,
          message:
            'Seat "kommunal-femte-plads" of Sundhedssamarbejdsudvalget declares 1 seat, but the body lists 2 members on it. Remove the members who do not hold this seat, or correct the count.',
        },
      ],
    },
    {
      name: 'five co-chair seats, but the four clusters have four co-chairs',
      code:
        SYDDANMARK +
        'bodies:\n' +
        CLUSTERS +
        '  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n' +
        '    seats: [{ id: klyngemedformaend, role: mayor, count: 5, born: { of: { post: co-chair, grouping: politiske-sundhedsklynger } } }]\n' +
        GROUPING,
      errors: [
        {
          messageId: 'bornCount',
          line: 28,
          column: 58,
          message:
            'Seat "klyngemedformaend" of Sundhedssamarbejdsudvalget declares 5 seats, but its rule derives 4 municipalities (the co-chairs of De fire politiske sundhedsklynger i Syddanmark). Correct the count, or the municipalities the rule reads.',
        },
      ],
    },
    {
      name: 'the forretningsudvalg expects five directors, but Sundhedssamarbejdsudvalget has only its four born seats',
      code:
        SYDDANMARK +
        'bodies:\n' +
        CLUSTERS +
        '  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n' +
        '    seats: [{ id: klyngemedformaend, role: mayor, count: 4, born: { of: { post: co-chair, grouping: politiske-sundhedsklynger } } }]\n' +
        '  - id: sundhedsdirektoerforum-fu\n    name: Forretningsudvalget for Sundhedsdirektørforum\n' +
        '    seats: [{ id: direktoerer, role: health-director, count: 5, born: { of: { body: sundhedssamarbejdsudvalget } } }]\n' +
        GROUPING,
      errors: [
        {
          messageId: 'bornCount',
          line: 31,
          column: 62,
          message:
            'Seat "direktoerer" of Forretningsudvalget for Sundhedsdirektørforum declares 5 seats, but its rule derives 4 municipalities (the municipalities of Sundhedssamarbejdsudvalget). Correct the count, or the municipalities the rule reads.',
        },
      ],
    },
    {
      name: 'a cluster of four that declares five mayors and lists four: both findings',
      code:
        'bodies:\n  - id: sundhedsklynge-lillebaelt\n    name: Sundhedsklynge Lillebælt\n    municipalities: [Fredericia, Kolding, Middelfart, Vejle]\n' +
        '    seats: [{ id: borgmestre, role: mayor, count: 5, born: { of: self } }]\n    members:\n' +
        '      - { seat: borgmestre, municipality: Fredericia }\n      - { seat: borgmestre, municipality: Kolding }\n' +
        '      - { seat: borgmestre, municipality: Middelfart }\n      - { seat: borgmestre, municipality: Vejle }\n',
      errors: [
        { messageId: 'bornCount', line: 12, column: 51 },
        { messageId: 'tooFewMembers', line: 12, column: 51 },
      ],
    },
  ],
});
