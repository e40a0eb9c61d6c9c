import rule from '../../src/rules/derived-rule-resolves.js';
import { testRule } from './rule-tester.js';

const MUNICIPALITIES = 'municipalities: [Middelfart, Assens, Odense, Haderslev, Aabenraa, Sønderborg, Tønder]\n';
const PARTIES = 'parties:\n  - { id: region-syddanmark, name: Region Syddanmark, kind: region }\n';

/** Sundhedssamarbejdsudvalget as syddanmark-sundhed.yaml has it: rules only, no facts recorded. */
const SSU_RULES_ONLY =
  '  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n' +
  '    seats: [{ id: klyngemedformaend, role: mayor, count: 4, born: { of: { post: co-chair, grouping: politiske-sundhedsklynger } } }]\n' +
  '    attendees:\n' +
  '      - { role: municipal-director, of: { post: vice-chair, body: sundhedssamarbejdsudvalget } }\n' +
  '      - { role: health-director, of: { body: sundhedssamarbejdsudvalget }, optional: true }\n' +
  '    posts: [{ post: vice-chair, side: municipalities, says: "Kommunerne har næstformandsposten." }]\n' +
  '  - id: sundhedsklynge-soenderjylland\n    name: Sundhedsklynge Sønderjylland\n    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]\n' +
  '    seats: [{ id: borgmestre, role: mayor, count: 4, born: { of: self } }]\n' +
  '    attendees: [{ role: health-director, of: { post: co-chair, body: sundhedsklynge-soenderjylland } }]\n' +
  '    posts: [{ post: co-chair, side: municipalities, note: Indehaveren oplyses ikke. }]\n' +
  '  - id: sundhedsdirektoerforum-fu\n    name: Forretningsudvalget for Sundhedsdirektørforum\n' +
  '    seats: [{ id: direktoerer, role: health-director, count: 5, born: { of: { body: sundhedssamarbejdsudvalget } } }]\n' +
  '  - id: samarbejdsforum-kommuner-region\n    name: Samarbejdsforum mellem kommuner og region\n' +
  '    members: [{ seat: kommunernes-fu, body: sundhedsdirektoerforum-fu }]\n    seats: [{ id: kommunernes-fu }]\n' +
  '    posts: [{ post: co-chair, derived: { role: health-director, of: { post: vice-chair, body: sundhedssamarbejdsudvalget } } }]\n' +
  '    attendees: [{ role: staff, of: { body: samarbejdsforum-kommuner-region } }]\n' +
  'groupings:\n  - id: politiske-sundhedsklynger\n    name: De politiske sundhedsklynger\n    bodies: [sundhedsklynge-soenderjylland]\n';

testRule(rule, {
  valid: [
    {
      name: 'KKR Syddanmark records its chair',
      code:
        MUNICIPALITIES +
        'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    municipalities: all\n' +
        '    attendees: [{ role: municipal-director, of: { post: chair, body: kkr-syddanmark } }]\n' +
        '    posts: [{ post: chair, side: municipalities, holder: { municipality: Middelfart, person: Johannes Lundsfryd Jensen } }]\n',
    },
    { name: 'rules whose facts are merely unrecorded (vice-chair, co-chairs, born seats) are left alone', code: MUNICIPALITIES + 'bodies:\n' + SSU_RULES_ONLY },
    {
      name: 'a chair held by the region picks no municipality, but it is recorded',
      code:
        PARTIES +
        'bodies:\n  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n' +
        '    attendees: [{ role: municipal-director, of: { post: chair, body: sundhedssamarbejdsudvalget } }]\n' +
        '    posts: [{ post: chair, side: region, holder: { party: region-syddanmark } }]\n',
    },
    {
      name: 'unknown ids and municipalities are left to other rules',
      code:
        'bodies:\n  - id: sundhedsklynge-fyn\n    name: Sundhedsklynge Fyn (OUH)\n    attendees:\n' +
        '      - { role: health-director, of: { post: co-chair, body: sundhedsklynge-fyen } }\n' +
        '      - { role: health-director, of: { grouping: klynger } }\n' +
        '      - { role: health-director, of: { municipalities: [Odensee] } }\n',
    },
    {
      name: 'an explicit empty list is a deliberate nobody',
      code: 'bodies:\n  - id: sundhedsklynge-fyn\n    name: Sundhedsklynge Fyn (OUH)\n    attendees: [{ role: observer, of: { municipalities: [] } }]\n',
    },
  ],
  invalid: [
    {
      name: 'the director of the chair municipality, but KKR Syddanmark has no chair',
      code:
        MUNICIPALITIES +
        'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    municipalities: all\n    attendees:\n' +
        '      - role: municipal-director\n        of: { post: chair, body: kkr-syddanmark }\n' +
        '    posts: [{ post: vice-chair, side: municipalities, holder: { municipality: Assens } }]\n',
      errors: [
        {
          messageId: 'noPost',
          line: 15,
          column: 9,
          message: 'This attendee rule picks nobody: KKR Syddanmark has no chair recorded. Record the chair, or the attendee cannot be derived.',
        },
      ],
    },
    {
      name: 'the co-chair of the regional forum reads a vice-chair that Sundhedssamarbejdsudvalget does not have',
      code:
        PARTIES +
        'bodies:\n  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n    posts: [{ post: chair, side: region, holder: { party: region-syddanmark } }]\n' +
        '  - id: samarbejdsforum-kommuner-region\n    name: Samarbejdsforum mellem kommuner og region\n    posts:\n      - post: co-chair\n        derived:\n          role: health-director\n' +
        '          of: { post: vice-chair, body: sundhedssamarbejdsudvalget }\n',
      errors: [
        {
          messageId: 'noPost',
          line: 20,
          column: 11,
          message:
            'This rule for the co-chair picks nobody: Sundhedssamarbejdsudvalget has no vice-chair recorded. Record the vice-chair, or the co-chair cannot be derived.',
        },
      ],
    },
    {
      name: 'born seats for cluster co-chairs, but no cluster has a co-chair post',
      code:
        'bodies:\n  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n' +
        '    seats: [{ id: klyngemedformaend, role: mayor, born: { of: { post: co-chair, grouping: klynger } } }]\n' +
        '  - id: sundhedsklynge-fyn\n    name: Sundhedsklynge Fyn (OUH)\n    municipalities: [Odense, Assens]\n    posts: [{ post: chair }]\n' +
        'groupings:\n  - id: klynger\n    name: De politiske sundhedsklynger\n    bodies: [sundhedsklynge-fyn]\n',
      errors: [
        {
          messageId: 'noPostInGrouping',
          line: 11,
          column: 59,
          message:
            'This born-seat rule picks nobody: no body of De politiske sundhedsklynger has a co-chair recorded. Record the co-chair in its bodies, or the born seats "klyngemedformaend" cannot be derived.',
        },
      ],
    },
    {
      name: 'the forretningsudvalg reads a Sundhedssamarbejdsudvalg with nothing in it',
      code:
        'bodies:\n  - id: sundhedssamarbejdsudvalget\n    name: Sundhedssamarbejdsudvalget\n' +
        '  - id: sundhedsdirektoerforum-fu\n    name: Forretningsudvalget for Sundhedsdirektørforum\n' +
        '    seats: [{ id: direktoerer, role: health-director, born: { of: { body: sundhedssamarbejdsudvalget } } }]\n',
      errors: [
        {
          messageId: 'emptyBody',
          line: 13,
          column: 63,
          message:
            'This born-seat rule picks nobody: Sundhedssamarbejdsudvalget lists no municipalities or members, and no rule gives it any. List its municipalities or members, or the born seats "direktoerer" cannot be derived.',
        },
      ],
    },
    {
      name: 'a cluster whose mayors are its own municipalities, but it lists none',
      code: 'bodies:\n  - id: sundhedsklynge-lillebaelt\n    name: Sundhedsklynge Lillebælt\n    seats: [{ id: borgmestre, role: mayor, born: { of: self } }]\n',
      errors: [{ messageId: 'emptyBody', line: 11, column: 52 }],
    },
    {
      name: 'a grouping of administrative clusters that list no municipalities',
      code:
        'bodies:\n  - id: sundhedsdirektoerforum\n    name: Sundhedsdirektørforum\n    attendees: [{ role: health-director, of: { grouping: adm-klynger } }]\n' +
        '  - id: adm-klynge-fyn\n    name: Administrativ sundhedsklynge Fyn (OUH)\n' +
        'groupings:\n  - id: adm-klynger\n    name: De administrative sundhedsklynger\n    bodies: [adm-klynge-fyn]\n',
      errors: [{ messageId: 'emptyGrouping', line: 11, column: 42 }],
    },
    {
      name: 'all participants, but the structure lists none',
      code: 'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    seats: [{ id: borgmestre, role: mayor, count: 22, born: { of: all } }]\n',
      errors: [
        {
          messageId: 'noParticipants',
          line: 11,
          column: 63,
          message:
            'This born-seat rule picks nobody: the structure lists no participating municipalities. List them under municipalities, or the born seats "borgmestre" cannot be derived.',
        },
      ],
    },
    {
      name: 'a post without a body',
      code: 'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    attendees: [{ role: municipal-director, of: { post: chair } }]\n',
      errors: [{ messageId: 'postWithoutBody', line: 11, column: 45 }],
    },
  ],
});
