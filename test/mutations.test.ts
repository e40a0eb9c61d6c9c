import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateSource } from '../src/index.js';

const EXAMPLES = new URL('../examples/', import.meta.url).pathname;

/** An example with each `[from, to]` replacement applied to the one place `from` occurs. */
function mutate(file: string, ...edits: [string, string][]): string {
  let text = readFileSync(EXAMPLES + file, 'utf8');
  for (const [from, to] of edits) {
    expect(text.split(from).length - 1, `"${from}" must occur once in ${file}`).toBe(1);
    text = text.replace(from, to);
  }
  return text;
}

function lineOf(text: string, needle: string): number {
  const index = text.indexOf(needle);
  expect(index, needle).toBeGreaterThanOrEqual(0);
  return text.slice(0, index).split('\n').length;
}

function findings(text: string, file: string) {
  return validateSource(text, file).diagnostics.map((d) => ({ ruleId: d.ruleId, line: d.line, message: d.message }));
}

describe('mutations of the examples fail with the right rule at the right line', () => {
  it('a municipality dropped from a 2015 cluster', () => {
    const text = mutate('hovedstaden-kommuneklynger-2015.yaml', ['Frederikssund, Gribskov, Halsnæs', 'Frederikssund, Halsnæs']);
    expect(findings(text, 'h.yaml')).toEqual([
      {
        ruleId: 'grouping-partitions-municipalities',
        line: lineOf(text, 'partitions: all'),
        message: expect.stringMatching(/^Gribskov is in none of the .*Kommuneklynge/),
      },
    ]);
  });

  it('a municipality put in two 2015 clusters', () => {
    const text = mutate('hovedstaden-kommuneklynger-2015.yaml', ['Rudersdal, Rødovre]', 'Rudersdal, Rødovre, Gribskov]']);
    const found = findings(text, 'h.yaml');
    expect(found).toEqual([{ ruleId: 'grouping-partitions-municipalities', line: lineOf(text, 'Rødovre, Gribskov]'), message: expect.any(String) }]);
    expect(found[0]!.message).toMatch(/Gribskov is in both Kommuneklynge Nord and Kommuneklynge Midt/);
  });

  it('København in two 2022 health clusters once its recorded exception is removed', () => {
    expect(findings(mutate('hovedstaden-sundhedsklynger-2022.yaml'), 'h.yaml')).toEqual([]);
    const exception = readFileSync(`${EXAMPLES}hovedstaden-sundhedsklynger-2022.yaml`, 'utf8').match(/    exceptions:\n(      .*\n|        .*\n)+/)![0];
    const text = mutate('hovedstaden-sundhedsklynger-2022.yaml', [exception, '']);
    expect(findings(text, 'h.yaml')).toEqual([
      {
        ruleId: 'grouping-partitions-municipalities',
        line: lineOf(text, '      København, Tårnby'),
        message: expect.stringMatching(/^København is in both Sundhedsklynge Byen and Sundhedsklynge Syd/),
      },
    ]);
  });

  it('a chair (here the vice chair) who is not a member', () => {
    const text = mutate('kkr-hovedstaden-2023.yaml', ['          municipality: Allerød\n          person: Karsten Längerich', '          municipality: Roskilde\n          person: Karsten Längerich']);
    const found = findings(text, 'k.yaml');
    expect(found).toEqual([{ ruleId: 'post-holder-is-member', line: lineOf(text, 'municipality: Roskilde'), message: expect.stringContaining('Roskilde') }]);
    expect(found[0]!.message).toBe('Roskilde is vice-chair of KKR Hovedstaden but is not a member of it; make Roskilde a member or name another vice-chair.');
  });

  it('a Syddanmark cluster co-chair missing from Sundhedssamarbejdsudvalget', () => {
    let text = readFileSync(`${EXAMPLES}syddanmark-sundhed.yaml`, 'utf8');
    // Record today's co-chairs as facts, then seat only three of them in the committee.
    for (const chair of ['Aabenraa', 'Odense', 'Kolding', 'Esbjerg']) {
      text = text.replace('        note: Indehaveren oplyses ikke i seeden og er udeladt.', `        holder: { municipality: ${chair}, role: mayor }`);
    }
    text = text.replace(
      '    source: seed-002\n\n  - id: samarbejdsforum-kommuner-region',
      '    members:\n      - { seat: klyngemedformaend, municipality: Aabenraa }\n      - { seat: klyngemedformaend, municipality: Kolding }\n      - { seat: klyngemedformaend, municipality: Esbjerg }\n    source: seed-002\n\n  - id: samarbejdsforum-kommuner-region',
    );
    const found = findings(text, 's.yaml').filter((f) => f.ruleId === 'born-members-match-rule');
    expect(found).toEqual([
      {
        ruleId: 'born-members-match-rule',
        line: lineOf(text, '          of: { post: co-chair, grouping: politiske-sundhedsklynger }') - 1,
        message: expect.stringMatching(/^Odense should hold a born seat "klyngemedformaend" in Sundhedssamarbejdsudvalget/),
      },
    ]);
  });

  it('a sixth municipal seat in Sundhedssamarbejdsudvalget', () => {
    const text = mutate('syddanmark-sundhed.yaml', [
      '      - id: kommunal-femte-plads\n        role: politician\n        side: municipalities\n        count: 1\n',
      '      - id: kommunal-femte-plads\n        role: politician\n        side: municipalities\n        count: 2\n',
    ]);
    const found = findings(text, 's.yaml');
    expect(found.map((f) => [f.ruleId, f.line])).toEqual([
      ['constraint', lineOf(text, '        count: 2\n')],
      ['constraint', lineOf(text, '  - id: ssu-fem-kommunale-pladser')],
    ]);
    expect(found[1]!.message).toMatch(/^Constraint "ssu-fem-kommunale-pladser" fails.*6 municipal seats.*exactly 5.*"Kommunerne har fem pladser i Sundhedssamarbejdsudvalget"/);
  });

  it('a Klimaalliance development group of 4 + 5 + 2 + 3', () => {
    const text = mutate('kkr-hovedstaden-2023.yaml', ['        count: 5\n        note: >-\n          "5 politiske', '        count: 4\n        note: >-\n          "5 politiske']);
    const found = findings(text, 'k.yaml');
    expect(found.map((f) => f.message)).toEqual([
      expect.stringMatching(/^Constraint "udviklingsgruppe-kommunale-pladser" fails.*4 municipal seats.*exactly 5/),
      expect.stringMatching(/^Constraint "udviklingsgruppe-medlemmer" fails.*11 .*exactly 12/),
    ]);
    expect(found.map((f) => f.line)).toEqual([lineOf(text, '  - id: udviklingsgruppe-kommunale-pladser'), lineOf(text, '  - id: udviklingsgruppe-medlemmer')]);
  });

  it('Aarhus in the Syddanmark structure', () => {
    const text = mutate('syddanmark-sundhed.yaml', ['municipalities:\n  - Middelfart\n', 'municipalities:\n  - Middelfart\n  - Aarhus\n']);
    expect(findings(text, 's.yaml')).toContainEqual({
      ruleId: 'municipality-in-region',
      line: lineOf(text, '  - Aarhus'),
      message: 'Aarhus is in Region Midtjylland, not in Region Syddanmark as this structure says (on 2023-06-01).',
    });
  });

  it('"Århuus"', () => {
    const text = mutate('6-by-2007.yaml', ['  - Aarhus\n', '  - Århuus\n']);
    expect(findings(text, '6.yaml')).toContainEqual({
      ruleId: 'no-unknown-municipality',
      line: lineOf(text, '  - Århuus'),
      message: '"Århuus" is not a Danish municipality. Did you mean Aarhus?',
    });
  });

  it('an appointment that ends before it starts', () => {
    const text = mutate('kkr-hovedstaden-2023.yaml', ['    on_behalf_of: kkr-hovedstaden\n    to: "2023-04-21"', '    on_behalf_of: kkr-hovedstaden\n    from: "2023-05-01"\n    to: "2023-04-21"']);
    expect(findings(text, 'k.yaml')).toContainEqual({
      ruleId: 'dates-in-order',
      line: lineOf(text, 'from: "2023-05-01"') + 1,
      message: 'This ends (2023-04-21) before it starts (2023-05-01); swap or fix the dates.',
    });
  });

  it('contributions one krone off', () => {
    const text = mutate('kkr-hovedstaden-2023.yaml', ['          amount: 250000', '          amount: 249999']);
    expect(findings(text, 'k.yaml')).toEqual([
      {
        ruleId: 'contributions-add-up',
        line: lineOf(text, 'total: { amount: 1800000'),
        message: 'The contributions to Klimaalliancen i Hovedstadsregionen add up to 1.799.999 kr. a year, but the total says 1.800.000 kr.; they differ by 1 kr.',
      },
    ]);
  });
});
