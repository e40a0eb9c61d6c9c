import rule from '../../src/rules/grouping-partitions-municipalities.js';
import { testRule } from './rule-tester.js';

// The 29 municipalities of Region Hovedstaden, one line (line 8 of every case that starts with it).
const HOVEDSTADEN =
  'municipalities: [København, Frederiksberg, Albertslund, Brøndby, Dragør, Glostrup, Hvidovre, Høje-Taastrup, Ishøj, Tårnby, Vallensbæk, Ballerup, Egedal, Furesø, Gentofte, Gladsaxe, Herlev, Lyngby-Taarbæk, Rudersdal, Rødovre, Allerød, Fredensborg, Frederikssund, Gribskov, Halsnæs, Helsingør, Hillerød, Hørsholm, Bornholm]\n';

// The five kommuneklynger of 2015 (clusters.csv, rows H-kommuneklynger-2015): lines 9–24; the grouping's partitions is line 29.
const KLYNGER_2015 = `bodies:
  - id: klynge-bornholm
    name: Klynge Bornholm
    municipalities: [Bornholm]
  - id: klynge-nord
    name: Klynge Nord
    municipalities: [Allerød, Fredensborg, Frederikssund, Gribskov, Halsnæs, Helsingør, Hillerød, Hørsholm]
  - id: klynge-midt
    name: Klynge Midt
    municipalities: [Ballerup, Egedal, Furesø, Gentofte, Gladsaxe, Herlev, Lyngby-Taarbæk, Rudersdal, Rødovre]
  - id: klynge-syd
    name: Klynge Syd
    municipalities: [Albertslund, Brøndby, Dragør, Glostrup, Hvidovre, Høje-Taastrup, Ishøj, Tårnby, Vallensbæk]
  - id: klynge-byen
    name: Klynge Byen
    municipalities: [København, Frederiksberg]
`;

const GROUPING_2015 = `groupings:
  - id: kommuneklynger-2015
    name: Kommuneklynger 2015
    bodies: [klynge-bornholm, klynge-nord, klynge-midt, klynge-syd, klynge-byen]
    partitions: all
`;

// The 2022 health clusters (clusters.csv, rows H-sundhedsklynger-2022): København is in Byen and Syd.
const SUNDHEDSKLYNGER_2022 = `bodies:
  - id: sundhedsklynge-byen
    name: Sundhedsklynge Byen
    municipalities: [København, Frederiksberg]
  - id: sundhedsklynge-syd
    name: Sundhedsklynge Syd
    municipalities: [Albertslund, Brøndby, Dragør, Glostrup, Hvidovre, Høje-Taastrup, Ishøj, København, Tårnby, Vallensbæk]
  - id: sundhedsklynge-midt
    name: Sundhedsklynge Midt
    municipalities: [Ballerup, Egedal, Furesø, Gentofte, Gladsaxe, Herlev, Lyngby-Taarbæk, Rudersdal, Rødovre]
  - id: sundhedsklynge-nord
    name: Sundhedsklynge Nord
    municipalities: [Allerød, Fredensborg, Frederikssund, Gribskov, Halsnæs, Helsingør, Hillerød, Hørsholm]
  - id: sundhedsklynge-bornholm
    name: Sundhedsklynge Bornholm
    municipalities: [Bornholm]
groupings:
  - id: sundhedsklynger-2022
    name: Sundhedsklynger 2022
    bodies: [sundhedsklynge-byen, sundhedsklynge-syd, sundhedsklynge-midt, sundhedsklynge-nord, sundhedsklynge-bornholm]
    partitions: all
`;

const EXCEPTION_REASON = '        reason: clusters.csv fører København under både Bispebjerg og Frederiksberg Hospital og Amager og Hvidovre Hospital.\n';

testRule(rule, {
  valid: [
    { name: 'the five kommuneklynger of 2015 divide the 29 municipalities', code: HOVEDSTADEN + KLYNGER_2015 + GROUPING_2015 },
    {
      name: 'København in Byen and Syd, recorded as an exception for those two clusters',
      code: HOVEDSTADEN + SUNDHEDSKLYNGER_2022 + '    exceptions:\n      - municipality: København\n        bodies: [sundhedsklynge-byen, sundhedsklynge-syd]\n' + EXCEPTION_REASON,
    },
    {
      name: 'an exception without bodies accepts any clusters',
      code: HOVEDSTADEN + SUNDHEDSKLYNGER_2022 + '    exceptions:\n      - municipality: "0101"\n' + EXCEPTION_REASON,
    },
    {
      name: 'without partitions, disjoint bodies that leave municipalities out are fine',
      code: `municipalities: [Odense, Assens, Haderslev, Sønderborg, Esbjerg]
bodies:
  - id: sundhedsklynge-soenderjylland
    name: Sundhedsklynge Sønderjylland
    municipalities: [Haderslev, Sønderborg]
  - id: sundhedsklynge-fyn
    name: Sundhedsklynge Fyn
    municipalities: [Odense, Assens]
groupings:
  - id: politiske-sundhedsklynger
    name: De politiske sundhedsklynger
    bodies: [sundhedsklynge-soenderjylland, sundhedsklynge-fyn]
`,
    },
    {
      name: 'a listed partition: the other participants may be anywhere',
      code: `municipalities: [København, Frederiksberg, Gentofte, Gladsaxe]
bodies:
  - id: kkr-hovedstaden
    name: KKR Hovedstaden
    municipalities: all
  - id: klynge-byen
    name: Klynge Byen
    municipalities: [København, Frederiksberg]
groupings:
  - id: byen
    name: Byen
    bodies: [klynge-byen]
    partitions: [København, Frederiksberg]
`,
    },
    {
      name: 'bodies whose municipalities come from their members and born seats',
      code: `municipalities: [Haderslev, Aabenraa, Sønderborg, Tønder, Fredericia, Kolding, Middelfart, Vejle]
bodies:
  - id: sundhedsklynge-soenderjylland
    name: Sundhedsklynge Sønderjylland
    seats: [{ id: borgmestre, role: mayor }]
    members:
      - { seat: borgmestre, municipality: Haderslev }
      - { seat: borgmestre, municipality: Aabenraa }
      - { seat: borgmestre, municipality: Sønderborg }
      - { seat: borgmestre, municipality: Tønder }
  - id: sundhedsklynge-lillebaelt
    name: Sundhedsklynge Lillebælt
    seats: [{ id: borgmestre, role: mayor, born: { of: { municipalities: [Fredericia, Kolding, Middelfart, Vejle] } } }]
groupings:
  - id: politiske-sundhedsklynger
    name: De politiske sundhedsklynger
    bodies: [sundhedsklynge-soenderjylland, sundhedsklynge-lillebaelt]
    partitions: all
`,
    },
    {
      name: 'unknown bodies and municipalities are left to the other rules',
      code: `municipalities: [Odense, Nyborg]
bodies:
  - id: fyn
    name: Sundhedsklynge Fyn
    municipalities: [Odense, Nyborg, Odensee]
groupings:
  - id: klynger
    name: Klyngerne
    bodies: [fyn, fyn-nord, fyn]
    partitions: [Odense, Nyborg, Nybrog]
`,
    },
  ],
  invalid: [
    {
      name: 'Gribskov is in no kommuneklynge',
      code: HOVEDSTADEN + KLYNGER_2015.replace('Frederikssund, Gribskov,', 'Frederikssund,') + GROUPING_2015,
      errors: [
        {
          messageId: 'missing',
          line: 29,
          column: 5,
          message: 'Gribskov is in none of the clusters of Kommuneklynger 2015; add it to one of them.',
        },
      ],
    },
    {
      name: 'København in Sundhedsklynge Byen and Syd without an exception',
      code: HOVEDSTADEN + SUNDHEDSKLYNGER_2022,
      errors: [
        {
          messageId: 'inTwo',
          line: 15,
          column: 94,
          message:
            "København is in both Sundhedsklynge Byen and Sundhedsklynge Syd of Sundhedsklynger 2022; a municipality belongs to one cluster, or record an exception under the grouping's exceptions.",
        },
      ],
    },
    {
      name: 'Roskilde (Region Sjælland) in a Hovedstaden kommuneklynge',
      code: HOVEDSTADEN + KLYNGER_2015.replace('Tårnby, Vallensbæk]', 'Tårnby, Vallensbæk, Roskilde]') + GROUPING_2015,
      errors: [
        {
          messageId: 'outside',
          line: 21,
          column: 114,
          message: 'Roskilde is in Klynge Syd but is not one of the municipalities Kommuneklynger 2015 divides.',
        },
      ],
    },
    {
      name: 'a municipality in three clusters is reported once, at the second',
      code: HOVEDSTADEN + KLYNGER_2015.replace('[Bornholm]', '[Bornholm, Gentofte]').replace('Vallensbæk]', 'Vallensbæk, Gentofte]') + GROUPING_2015,
      errors: [
        {
          messageId: 'inSeveral',
          line: 18,
          column: 48,
          message:
            "Gentofte is in Klynge Bornholm, Klynge Midt and Klynge Syd of Kommuneklynger 2015; a municipality belongs to one cluster, or record an exception under the grouping's exceptions.",
        },
      ],
    },
    {
      name: 'an exception for Byen and Syd does not cover Midt',
      code:
        HOVEDSTADEN +
        SUNDHEDSKLYNGER_2022.replace('[Ballerup,', '[København, Ballerup,') +
        '    exceptions:\n      - municipality: København\n        bodies: [sundhedsklynge-byen, sundhedsklynge-syd]\n' +
        EXCEPTION_REASON,
      errors: [
        {
          messageId: 'beyondException',
          line: 18,
          column: 22,
          message:
            'København is in Sundhedsklynge Midt of Sundhedsklynger 2022, but its exception lists only Sundhedsklynge Byen and Sundhedsklynge Syd; add Sundhedsklynge Midt to the exception or take København out of it.',
        },
      ],
    },
    {
      name: 'an exception for another municipality does not help',
      code: HOVEDSTADEN + SUNDHEDSKLYNGER_2022 + '    exceptions:\n      - municipality: Frederiksberg\n        reason: Ikke relevant.\n',
      errors: [{ messageId: 'inTwo', line: 15, column: 94 }],
    },
    {
      name: 'without partitions only overlaps are reported, also between member-derived bodies (at the body id)',
      code: `municipalities: [Middelfart, Kolding, Fredericia, Vejle]
bodies:
  - id: sundhedsklynge-lillebaelt
    name: Sundhedsklynge Lillebælt
    municipalities: [Middelfart, Kolding, Fredericia]
  - id: adm-klynge-lillebaelt
    name: Administrativ klynge Lillebælt
    seats: [{ id: sundhedsdirektoerer, role: health-director }]
    members:
      - { seat: sundhedsdirektoerer, municipality: Fredericia }
groupings:
  - id: lillebaelt
    name: Klyngerne ved Lillebælt
    bodies: [sundhedsklynge-lillebaelt, adm-klynge-lillebaelt]
`,
      errors: [
        {
          messageId: 'inTwo',
          line: 13,
          column: 9,
          message:
            "Fredericia is in both Sundhedsklynge Lillebælt and Administrativ klynge Lillebælt of Klyngerne ved Lillebælt; a municipality belongs to one cluster, or record an exception under the grouping's exceptions.",
        },
      ],
    },
    {
      name: 'a listed partition: a listed municipality left out and a body member outside the list',
      code: `municipalities: [København, Frederiksberg, Gentofte, Gladsaxe]
bodies:
  - id: klynge-byen
    name: Klynge Byen
    municipalities: [København, Gentofte]
groupings:
  - id: byen
    name: Byen
    bodies: [klynge-byen]
    partitions: [København, Frederiksberg]
`,
      errors: [
        { messageId: 'outside', line: 12, column: 33, message: 'Gentofte is in Klynge Byen but is not one of the municipalities Byen divides.' },
        { messageId: 'missing', line: 17, column: 5, message: 'Frederiksberg is in none of the clusters of Byen; add it to one of them.' },
      ],
    },
  ],
});
