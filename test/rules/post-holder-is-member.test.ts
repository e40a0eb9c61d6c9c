import rule from '../../src/rules/post-holder-is-member.js';
import { testRule } from './rule-tester.js';

const SYDDANMARK = 'municipalities: [Middelfart, Assens, Odense, Haderslev, Aabenraa, Sønderborg, Tønder, Kolding, Vejle, Fredericia]\n';
const PARTIES =
  'parties:\n  - { id: region-syddanmark, name: Region Syddanmark, kind: region }\n  - { id: almen-praksis, name: Almen praksis (PLO), kind: general-practice }\n';

testRule(rule, {
  valid: [
    {
      name: 'KKR Syddanmark: chair and vice-chair are among all participants',
      code:
        SYDDANMARK +
        'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    municipalities: all\n    posts:\n' +
        '      - { post: chair, side: municipalities, holder: { municipality: Middelfart, person: Johannes Lundsfryd Jensen, role: mayor } }\n' +
        '      - { post: vice-chair, side: municipalities, holder: { municipality: Assens, role: mayor } }\n',
    },
    {
      name: 'a cluster co-chair among the members listed on its seats',
      code:
        'bodies:\n  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    seats: [{ id: borgmestre, role: mayor }]\n    members:\n' +
        '      - { seat: borgmestre, municipality: Haderslev }\n      - { seat: borgmestre, municipality: Sønderborg }\n' +
        '    posts: [{ post: co-chair, side: municipalities, holder: { municipality: Sønderborg } }]\n',
    },
    {
      name: 'the vice-chair of Sundhedssamarbejdsudvalget is a cluster co-chair, a born member',
      code:
        SYDDANMARK +
        'bodies:\n' +
        '  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n' +
        '    posts: [{ post: co-chair, side: municipalities, holder: { municipality: Aabenraa } }]\n' +
        '  - id: sundhedsklynge-lillebaelt\n    name: Sundhedsklynge Lillebælt\n    municipalities: [Fredericia, Kolding, Middelfart, Vejle]\n' +
        '    posts: [{ post: co-chair, side: municipalities, holder: { municipality: Kolding } }]\n' +
        '  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n' +
        '    seats: [{ id: klyngemedformaend, role: mayor, born: { of: { post: co-chair, grouping: politiske-sundhedsklynger } } }]\n' +
        '    posts: [{ post: vice-chair, side: municipalities, holder: { municipality: Kolding } }]\n' +
        'groupings:\n  - id: politiske-sundhedsklynger\n    name: De politiske sundhedsklynger\n    bodies: [sundhedsklynge-soenderjylland, sundhedsklynge-lillebaelt]\n',
    },
    {
      name: 'the vice-chair may hold the fifth municipal seat of Sundhedssamarbejdsudvalget, which has no member facts',
      code:
        SYDDANMARK +
        'bodies:\n' +
        '  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n' +
        '    posts: [{ post: co-chair, side: municipalities, holder: { municipality: Aabenraa } }]\n' +
        '  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n    seats:\n' +
        '      - { id: klyngemedformaend, role: mayor, born: { of: { post: co-chair, grouping: klynger } } }\n' +
        '      - { id: kommunal-femte-plads, role: politician, side: municipalities, count: 1 }\n' +
        '    posts: [{ post: vice-chair, side: municipalities, holder: { municipality: Kolding } }]\n' +
        'groupings:\n  - id: klynger\n    name: De politiske sundhedsklynger\n    bodies: [sundhedsklynge-soenderjylland]\n',
    },
    {
      name: 'nothing is known about the members: nothing to compare',
      code: 'bodies:\n  - id: sundhedsklynge-fyn\n    name: Sundhedsklynge Fyn (OUH)\n    posts: [{ post: co-chair, side: municipalities, holder: { municipality: Odense } }]\n',
    },
    {
      name: 'a secretariat need not be held by a member (6-by myndighedschefmøder)',
      code:
        'bodies:\n  - id: myndighedschefmoeder\n    name: 6-by myndighedschefmøder\n    municipalities: [København, Aalborg, Esbjerg, Randers]\n' +
        '    posts:\n      - { post: secretariat, holder: { municipality: Odense } }\n      - { post: host, holder: { municipality: Aarhus } }\n',
    },
    {
      name: 'the region and general practice hold their own posts',
      code:
        PARTIES +
        'bodies:\n  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n    posts:\n' +
        '      - { post: chair, side: region, holder: { party: region-syddanmark } }\n' +
        '      - { post: co-chair, side: general-practice, holder: { party: almen-praksis } }\n',
    },
    {
      name: 'unknown municipality and party ids are left to other rules',
      code:
        PARTIES +
        'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    municipalities: [Odense]\n    posts:\n' +
        '      - { post: chair, side: municipalities, holder: { municipality: Odensee } }\n' +
        '      - { post: vice-chair, side: region, holder: { party: region-syd } }\n',
    },
  ],
  invalid: [
    {
      name: 'Randers chairs 6-by myndighedschefmøder without being a member',
      code:
        'bodies:\n  - id: myndighedschefmoeder\n    name: 6-by myndighedschefmøder\n    municipalities: [København, Aalborg, Esbjerg, Odense, Aarhus]\n' +
        '    posts:\n      - post: chair\n        holder: { municipality: Randers }\n',
      errors: [
        {
          messageId: 'notMember',
          line: 14,
          column: 33,
          message: 'Randers chairs 6-by myndighedschefmøder but is not a member of it; make Randers a member or name another chair.',
        },
      ],
    },
    {
      name: 'Kolding (Lillebælt) as co-chair of Sundhedsklynge Sønderjylland',
      code:
        SYDDANMARK +
        'bodies:\n  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n' +
        '    posts: [{ post: co-chair, side: municipalities, holder: { municipality: Kolding } }]\n',
      errors: [
        {
          messageId: 'notMember',
          line: 13,
          column: 77,
          message: 'Kolding co-chairs Sundhedsklynge Sønderjylland but is not a member of it; make Kolding a member or name another co-chair.',
        },
      ],
    },
    {
      name: 'the vice-chair of Sundhedssamarbejdsudvalget is not among the members derived from its born seats',
      code:
        SYDDANMARK +
        'bodies:\n' +
        '  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n' +
        '    posts: [{ post: co-chair, side: municipalities, holder: { municipality: Aabenraa } }]\n' +
        '  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n' +
        '    seats: [{ id: klyngemedformaend, role: mayor, born: { of: { post: co-chair, grouping: klynger } } }]\n' +
        '    posts: [{ post: vice-chair, side: municipalities, holder: { municipality: Vejle } }]\n' +
        'groupings:\n  - id: klynger\n    name: De politiske sundhedsklynger\n    bodies: [sundhedsklynge-soenderjylland]\n',
      errors: [
        {
          messageId: 'notMember',
          line: 17,
          column: 79,
          message: 'Vejle is vice-chair of Sundhedssamarbejdsudvalget but is not a member of it; make Vejle a member or name another vice-chair.',
        },
      ],
    },
    {
      name: 'the region named as the municipal co-chair of a cluster',
      code:
        PARTIES +
        'bodies:\n  - id: sundhedsklynge-fyn\n    name: Sundhedsklynge Fyn (OUH)\n    posts:\n      - post: co-chair\n        side: municipalities\n        holder: { party: region-syddanmark }\n',
      errors: [
        {
          messageId: 'partyOnMunicipalSide',
          line: 17,
          column: 26,
          message:
            'The co-chair of Sundhedsklynge Fyn (OUH) belongs to the municipalities, but its holder is Region Syddanmark. Name the municipality that holds it, or change the side.',
        },
      ],
    },
    {
      name: "general practice named as the region's chair",
      code: PARTIES + 'bodies:\n  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n    posts: [{ post: chair, side: region, holder: { party: almen-praksis } }]\n',
      errors: [
        {
          messageId: 'wrongPartyKind',
          line: 14,
          column: 59,
          message:
            'The chair of Sundhedssamarbejdsudvalget belongs to the region side, but its holder Almen praksis (PLO) is of kind general-practice. Name a party of kind region, or change the side.',
        },
      ],
    },
    {
      name: 'the region named as co-chair for general practice',
      code: PARTIES + 'bodies:\n  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n    posts: [{ post: co-chair, side: general-practice, holder: { party: region-syddanmark } }]\n',
      errors: [{ messageId: 'wrongPartyKind', line: 14, column: 72 }],
    },
    {
      name: "Odense named as the region's chair",
      code:
        SYDDANMARK + 'bodies:\n  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n    posts: [{ post: chair, side: region, holder: { municipality: Odense } }]\n',
      errors: [
        {
          messageId: 'municipalityOnPartySide',
          line: 12,
          column: 66,
          message:
            'The chair of Sundhedssamarbejdsudvalget belongs to the region side, but its holder is the municipality Odense. Name the region party that holds it, or change the side to municipalities.',
        },
      ],
    },
  ],
});
