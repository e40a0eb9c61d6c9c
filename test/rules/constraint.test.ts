import rule from '../../src/rules/constraint.js';
import { testRule } from './rule-tester.js';

// Syddanmark in small (seed 002): a committee, two political clusters and the administrative
// clusters under them. Bodies come last, so that a case can add bodies before its constraints.
// With the 7-line header, `bodies:` is line 13 and a case's own text starts on line 49.
const SYD = `municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder, Esbjerg, Varde]
groupings:
  - id: klynger
    name: De politiske sundhedsklynger
    bodies: [klynge-syd, klynge-vest]
bodies:
  - id: ssu
    name: Sundhedssamarbejdsudvalget
    seats:
      - { id: klyngemedformaend, side: municipalities, count: 2 }
      - { id: femte-plads, side: municipalities, count: 1 }
      - { id: region, side: region }
    members:
      - { seat: klyngemedformaend, municipality: Aabenraa }
      - { seat: klyngemedformaend, municipality: Esbjerg }
  - id: klynge-syd
    name: Sundhedsklynge Sønderjylland
    kind: political
    level: cluster
    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]
    posts:
      - { post: co-chair, side: municipalities, holder: { municipality: Aabenraa } }
  - id: klynge-vest
    name: Sundhedsklynge Sydvestjylland
    kind: political
    level: cluster
    municipalities: [Esbjerg, Varde]
    posts:
      - { post: co-chair, side: municipalities, holder: { municipality: Esbjerg } }
  - id: adm-syd
    name: Administrativ klynge Sønderjylland
    kind: administrative
    level: cluster
    supports: klynge-syd
    municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder]
  - id: adm-vest
    name: Administrativ klynge Sydvestjylland
    kind: administrative
    level: cluster
    supports: klynge-vest
    municipalities: [Esbjerg, Varde]
`;

// 6-by (seed 000): the memo's secretariats. Its own text starts on line 19.
const SIXBY = `municipalities: [Odense, Aalborg, Esbjerg, Randers, Aarhus, København]
bodies:
  - id: samarbejdet
    name: 6-by samarbejdet
    municipalities: all
  - id: myndighedschefmoeder
    name: 6-by's møder for myndighedschefer
    parent: samarbejdet
    posts:
      - { post: secretariat, holder: { municipality: Odense } }
      - { post: secretariat, holder: { municipality: Århus } }
`;

// KKR Hovedstaden 2023 (seed 004): the Klimaalliance's political development group. Its own text starts on line 18.
const KLIMA = `bodies:
  - id: udviklingsgruppe
    name: Den politiske udviklingsgruppe for den nationale Klimaalliance
    seats:
      - { id: kkr-repraesentanter, role: politician, side: municipalities, count: 5 }
      - { id: region-repraesentanter, role: politician, side: region, count: 5 }
      - { id: fu-kl, role: politician, side: kl, count: 1 }
      - { id: fu-danske-regioner, role: politician, side: region, count: 1 }
      - { id: realdania, role: observer, side: foundation, count: 1, observer: true }
      - { id: concito, role: observer, side: other, count: 1, observer: true }
      - { id: c40, role: observer, side: other, count: 1, observer: true }
`;

testRule(rule, {
  valid: [
    {
      name: 'a seat count that matches (seed 002: the municipal seats in Sundhedssamarbejdsudvalget)',
      code: `${SYD}constraints:
  - id: ssu-kommunale-pladser
    count: { seats: { body: ssu, side: municipalities } }
    exactly: 3
`,
    },
    {
      name: 'the cluster co-chairs sit in the committee (seed 002)',
      code: `${SYD}constraints:
  - id: medformaend-i-ssu
    subset:
      - { grouping: klynger, post: co-chair }
      - { body: ssu }
`,
    },
    {
      name: 'every political cluster has an administrative cluster with the same municipalities (seed 002)',
      code: `${SYD}constraints:
  - id: adm-klynge-under-hver
    for_each: { grouping: klynger }
    equal:
      - { body: $each }
      - { supported_by: $each }
`,
    },
    {
      name: 'the clusters partition the participants (seed 001), with and without of',
      code: `${SYD}constraints:
  - id: klynger-deler-kommunerne
    partition:
      bodies: { grouping: klynger }
  - id: klynger-deler-listen
    partition:
      bodies: { kind: political, level: cluster }
      of: { municipalities: [Tønder, Varde] }
`,
    },
    {
      name: 'each cluster has a co-chair post (seed 001: a chair in each cluster)',
      code: `${SYD}constraints:
  - id: medformand-i-hver-klynge
    for_each: { bodies: [klynge-syd, klynge-vest] }
    count: { posts: { body: $each, post: co-chair } }
    min: 1
`,
    },
    {
      name: 'one co-chair post per municipality, and each municipality once among the members',
      code: `${SYD}constraints:
  - id: en-medformand-pr-kommune
    unique: { posts: { grouping: klynger, post: co-chair } }
    by: municipality
  - id: ssu-kommuner-en-gang
    unique: { members: { body: ssu } }
    by: municipality
  - id: forskellige-klynger
    unique: { bodies: { level: cluster } }
    by: id
`,
    },
    {
      name: 'counts of municipalities and of bodies, with min and max',
      code: `${SYD}constraints:
  - id: klynge-stoerrelse
    for_each: { grouping: klynger }
    count: { municipalities: { body: $each } }
    min: 2
    max: 4
  - id: to-administrative-klynger
    count: { bodies: { kind: administrative, level: cluster } }
    exactly: 2
  - id: en-stoettende-klynge
    for_each: { grouping: klynger }
    count: { bodies: { supports: $each } }
    exactly: 1
`,
    },
    {
      name: 'a seat without member facts stands for what its born rule derives',
      code: `${SYD}  - id: kkr
    name: KKR Syddanmark
    seats:
      - { id: borgmestre, role: mayor, side: municipalities, born: { of: all } }
constraints:
  - id: borgmestrene-er-klyngernes
    equal:
      - { body: kkr, seat: borgmestre }
      - { grouping: klynger }
`,
    },
    {
      name: 'the secretariat municipalities are members (seed 000)',
      code: `${SIXBY}constraints:
  - id: sekretariat-hos-medlemmer
    says: Odense og Århus har sekretariatsfunktionen for disse mødefora.
    subset:
      - { body: myndighedschefmoeder, post: secretariat }
      - { body: samarbejdet }
`,
    },
    {
      name: 'seats counted by side, role and observer (seed 004)',
      code: `${KLIMA}constraints:
  - id: udviklingsgruppe-kommunale
    count: { seats: { body: udviklingsgruppe, side: municipalities, role: politician } }
    exactly: 5
  - id: udviklingsgruppe-regionale
    count: { seats: { body: udviklingsgruppe, side: region } }
    exactly: 6
  - id: udviklingsgruppe-medlemmer
    count: { seats: { body: udviklingsgruppe, observer: false } }
    exactly: 12
  - id: udviklingsgruppe-observatoerer
    count: { seats: { body: udviklingsgruppe, observer: true } }
    exactly: 3
`,
    },
    { name: 'no constraints at all', code: SIXBY },
  ],
  invalid: [
    {
      name: 'too many seats: at the constraint and at the seat that goes over',
      code: `${SYD.replace('femte-plads, side: municipalities, count: 1', 'femte-plads, side: municipalities, count: 2')}constraints:
  - id: ssu-fem-kommunale-pladser
    says: Kommunerne har fem pladser i Sundhedssamarbejdsudvalget.
    count: { seats: { body: ssu, side: municipalities } }
    exactly: 3
`,
      errors: [
        {
          messageId: 'countOver',
          line: 18,
          column: 57,
          message: 'This seat brings constraint "ssu-fem-kommunale-pladser" to 4 municipal seats, more than the 3 allowed.',
        },
        {
          messageId: 'countFails',
          line: 50,
          column: 9,
          message:
            'Constraint "ssu-fem-kommunale-pladser" fails for Sundhedssamarbejdsudvalget: 4 municipal seats, expected exactly 3. The mandate says: "Kommunerne har fem pladser i Sundhedssamarbejdsudvalget".',
        },
      ],
    },
    {
      name: 'too few: only the constraint is reported, for each body of the for_each that fails',
      code: `${SYD}constraints:
  - id: formand-i-hver-klynge
    for_each: { grouping: klynger }
    count: { posts: { body: $each, post: chair } }
    min: 1
`,
      errors: [
        { messageId: 'countFails', line: 50, column: 9, message: 'Constraint "formand-i-hver-klynge" fails for Sundhedsklynge Sydvestjylland: 0 chair posts, expected at least 1.' },
        { messageId: 'countFails', line: 50, column: 9, message: 'Constraint "formand-i-hver-klynge" fails for Sundhedsklynge Sønderjylland: 0 chair posts, expected at least 1.' },
      ],
    },
    {
      name: 'a count of members over the maximum points at the member that goes over',
      code: `${SYD}constraints:
  - id: en-medformand
    count: { members: { body: ssu, seat: klyngemedformaend } }
    max: 1
`,
      errors: [
        { messageId: 'countOver', line: 22, column: 17, message: 'This member brings constraint "en-medformand" to 2 members on seat "klyngemedformaend", more than the 1 allowed.' },
        { messageId: 'countFails', line: 50, column: 9 },
      ],
    },
    {
      name: 'a subset that fails: at the constraint and at the post holder outside the superset',
      code: `${SYD.replace('{ municipality: Esbjerg } }', '{ municipality: Varde } }')}constraints:
  - id: medformaend-i-ssu
    subset:
      - { grouping: klynger, post: co-chair }
      - { body: ssu }
`,
      errors: [
        {
          messageId: 'notInSuperset',
          line: 36,
          column: 73,
          message:
            'Varde is among the co-chair holders in De politiske sundhedsklynger but not in Sundhedssamarbejdsudvalget; constraint "medformaend-i-ssu" requires every municipality of the first set to be in the second.',
        },
        {
          messageId: 'subsetFails',
          line: 50,
          column: 9,
          message: 'Constraint "medformaend-i-ssu" fails: Varde is among the co-chair holders in De politiske sundhedsklynger but not in Sundhedssamarbejdsudvalget.',
        },
      ],
    },
    {
      name: 'a member outside the superset',
      code: `${SYD}constraints:
  - id: ssu-fra-klyngerne
    subset:
      - { body: ssu, seat: klyngemedformaend }
      - { body: klynge-syd }
`,
      errors: [
        { messageId: 'notInSuperset', line: 22, column: 50 },
        { messageId: 'subsetFails', line: 50, column: 9 },
      ],
    },
    {
      name: 'sets that differ for one body of a for_each: both directions, both places',
      code: `${SYD.replace('supports: klynge-vest\n    municipalities: [Esbjerg, Varde]', 'supports: klynge-vest\n    municipalities: [Esbjerg, Vejen]')}constraints:
  - id: adm-klynge-under-hver
    says: Under hver politisk klynge er der en administrativ klynge.
    for_each: { grouping: klynger }
    equal:
      - { body: $each }
      - { supported_by: $each }
`,
      errors: [
        {
          messageId: 'notInOther',
          line: 34,
          column: 31,
          message:
            'Varde is in Sundhedsklynge Sydvestjylland but not in the bodies supporting Sundhedsklynge Sydvestjylland; constraint "adm-klynge-under-hver" (checked for Sundhedsklynge Sydvestjylland) requires the two sets to be the same.',
        },
        { messageId: 'notInOther', line: 48, column: 31 },
        {
          messageId: 'equalFails',
          line: 50,
          column: 9,
          message:
            'Constraint "adm-klynge-under-hver" fails for Sundhedsklynge Sydvestjylland: Varde is in Sundhedsklynge Sydvestjylland but not in the bodies supporting Sundhedsklynge Sydvestjylland; Vejen is in the bodies supporting Sundhedsklynge Sydvestjylland but not in Sundhedsklynge Sydvestjylland. The mandate says: "Under hver politisk klynge er der en administrativ klynge".',
        },
      ],
    },
    {
      name: 'a partition with a municipality in no body and one in two',
      code: `${SYD.replace('[Esbjerg, Varde]\n    posts', '[Esbjerg, Tønder]\n    posts')}constraints:
  - id: klynger-deler-kommunerne
    partition:
      bodies: { grouping: klynger }
`,
      errors: [
        {
          messageId: 'notInPartition',
          line: 8,
          column: 68,
          message: 'Varde is in none of the bodies of De politiske sundhedsklynger; constraint "klynger-deler-kommunerne" puts each municipality in exactly one of them.',
        },
        {
          messageId: 'inTwoParts',
          line: 34,
          column: 31,
          message: 'Tønder is also in Sundhedsklynge Sønderjylland; constraint "klynger-deler-kommunerne" puts each municipality in exactly one of the bodies of De politiske sundhedsklynger.',
        },
        {
          messageId: 'partitionFails',
          line: 50,
          column: 9,
          message: 'Constraint "klynger-deler-kommunerne" fails: Varde is in none of the bodies of De politiske sundhedsklynger; Tønder is in more than one of them.',
        },
      ],
    },
    {
      name: 'a duplicate holder: at the constraint and at the second holder',
      code: `${SYD.replace('{ municipality: Esbjerg } }', '{ municipality: Aabenraa } }')}constraints:
  - id: en-medformand-pr-kommune
    unique: { posts: { grouping: klynger, post: co-chair } }
    by: municipality
`,
      errors: [
        {
          messageId: 'duplicate',
          line: 36,
          column: 73,
          message:
            'Aabenraa appears a second time among the selected co-chair posts in De politiske sundhedsklynger (first in Sundhedsklynge Sønderjylland); constraint "en-medformand-pr-kommune" allows each municipality once.',
        },
        {
          messageId: 'uniqueFails',
          line: 50,
          column: 9,
          message: 'Constraint "en-medformand-pr-kommune" fails: Aabenraa appears more than once among the selected co-chair posts in De politiske sundhedsklynger.',
        },
      ],
    },
    {
      name: 'the same person on two seats',
      code: `${SIXBY}    members:
      - { seat: chefer, municipality: Odense, person: Jens Hansen }
      - { seat: chefer, municipality: Aalborg, person: " Jens  Hansen" }
    seats: [{ id: chefer }]
constraints:
  - id: en-person-en-plads
    unique: { members: { body: myndighedschefmoeder } }
    by: person
`,
      errors: [
        { messageId: 'duplicate', line: 21, column: 56, message: 'Jens Hansen appears a second time among the selected members (first in 6-by\'s møder for myndighedschefer); constraint "en-person-en-plads" allows each person once.' },
        { messageId: 'uniqueFails', line: 24, column: 9, message: 'Constraint "en-person-en-plads" fails for 6-by\'s møder for myndighedschefer: Jens Hansen appears more than once among the selected members.' },
      ],
    },
    {
      name: 'no check, or two',
      code: `${SYD}constraints:
  - id: tom
    says: Intet.
  - id: to-ting
    subset: [all, { body: ssu }]
    equal: [all, all]
`,
      errors: [
        { messageId: 'noCheck', line: 50, column: 9, message: 'Constraint "tom" checks nothing; give it one of count, partition, subset, equal or unique.' },
        { messageId: 'severalChecks', line: 52, column: 9, message: 'Constraint "to-ting" has subset and equal; give each constraint exactly one check and write the others as constraints of their own.' },
      ],
    },
    {
      name: 'counts without bounds, bounds without a count, exactly with min, an empty range',
      code: `${SYD}constraints:
  - id: hvor-mange
    count: { bodies: {} }
  - id: uden-count
    subset: [all, all]
    min: 1
  - id: baade-og
    count: { bodies: {} }
    exactly: 2
    max: 3
  - id: umulig
    count: { bodies: {} }
    min: 4
    max: 3
`,
      errors: [
        { messageId: 'countWithoutBounds', line: 51, column: 5 },
        { messageId: 'boundsWithoutCount', line: 54, column: 5 },
        { messageId: 'exactlyWithRange', line: 57, column: 5 },
        { messageId: 'emptyRange', line: 62, column: 10 },
      ],
    },
    {
      name: 'unique without by, by without unique, a by that does not fit, unique over municipalities',
      code: `${SYD}constraints:
  - id: a
    unique: { members: { body: ssu } }
  - id: b
    subset: [all, all]
    by: person
  - id: c
    unique: { bodies: {} }
    by: person
  - id: d
    unique: { municipalities: all }
    by: municipality
`,
      errors: [
        { messageId: 'uniqueWithoutBy', line: 51, column: 5, message: 'Constraint "a" has unique but no by; add by: municipality or person.' },
        { messageId: 'byWithoutUnique', line: 54, column: 5 },
        { messageId: 'byDoesNotFit', line: 57, column: 9, message: 'Bodies have no person to compare; in constraint "c" use by: id.' },
        { messageId: 'uniqueMunicipalities', line: 59, column: 15 },
      ],
    },
    {
      name: '$each outside a for_each',
      code: `${SYD}constraints:
  - id: uden-for-each
    count: { posts: { body: $each, post: chair } }
    min: 1
`,
      errors: [
        {
          messageId: 'eachOutsideForEach',
          line: 51,
          column: 29,
          message: 'The word $each stands for the body a for_each is checking, but constraint "uden-for-each" has no for_each; add for_each or write a body id.',
        },
      ],
    },
    {
      name: 'unknown ids, with and without a suggestion',
      code: `${SYD}constraints:
  - id: stavefejl
    source: seed-999
    for_each: { grouping: klyngerne, bodies: [klynge-sy] }
    subset:
      - { body: sundhedssamarbejdsudvalg }
      - { supported_by: klynge-vets }
`,
      errors: [
        { messageId: 'unknownId', line: 51, column: 13, message: 'No source has the id "seed-999"; declare it under sources or fix constraint "stavefejl".' },
        { messageId: 'unknownIdWithSuggestion', line: 52, column: 27, message: 'No grouping has the id "klyngerne". Did you mean "klynger"?' },
        { messageId: 'unknownIdWithSuggestion', line: 52, column: 47, message: 'No body has the id "klynge-sy". Did you mean "klynge-syd"?' },
        { messageId: 'unknownId', line: 54, column: 17 },
        { messageId: 'unknownIdWithSuggestion', line: 55, column: 25 },
      ],
    },
    {
      name: 'unknown seats, on one body and on the bodies of a for_each',
      code: `${SYD}constraints:
  - id: pladser
    equal:
      - { body: ssu, seat: klyngemedformand }
      - { grouping: klynger, seat: borgmestre }
  - id: medlemmer
    for_each: { grouping: klynger }
    count: { members: { body: $each, seat: borgmestre } }
    min: 1
`,
      errors: [
        { messageId: 'unknownSeatWithSuggestion', line: 52, column: 28, message: 'No seat "klyngemedformand" is declared on the body "ssu". Did you mean "klyngemedformaend"?' },
        { messageId: 'unknownSeat', line: 53, column: 36, message: 'No seat "borgmestre" is declared on the bodies of the grouping "klynger"; the seats there are: none.' },
        { messageId: 'unknownSeat', line: 56, column: 44 },
      ],
    },
    {
      name: 'unknown municipalities in a list, and post or seat without a body',
      code: `${SYD}constraints:
  - id: liste
    subset:
      - { municipalities: [Aabenraa, Tønnder, Atlantis] }
      - { post: chair }
`,
      errors: [
        { messageId: 'unknownMunicipalityWithSuggestion', line: 52, column: 38, message: '"Tønnder" is not a Danish municipality. Did you mean Tønder?' },
        { messageId: 'unknownMunicipality', line: 52, column: 47 },
        { messageId: 'narrowWithoutBodies', line: 53, column: 11 },
      ],
    },
    {
      name: 'two constraints with one id',
      code: `${SYD}constraints:
  - id: klynger
    partition: { bodies: { grouping: klynger } }
  - id: klynger
    partition: { bodies: { grouping: klynger } }
`,
      errors: [{ messageId: 'duplicateId', line: 52, column: 9 }],
    },
  ],
});
