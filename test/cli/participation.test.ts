import { mkdtempSync, readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

const FIXTURES = 'test/participation/fixtures';

describe('govcheck render --for (the built binary)', () => {
  it('prints one Markdown document for København over all the examples', () => {
    const { code, stdout, stderr } = runCli(['render', 'examples', '--template', 'participation', '--for', 'København']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('# Deltagelse: København\n')).toBe(true);
    expect(stdout.match(/^# /gm)).toHaveLength(1);
    expect(stdout).toContain('**17 fora i 5 strukturer · ca. 11 møder om året i alt (14 fora uden oplyst antal møder) · 1 post**');
    expect(stdout).toContain(
      "| **6-by's møder for myndighedschefer**, under 6-by samarbejdet | Administrativt · Klyngeniveau | som kommune i 6-by samarbejdet (forummets egen sammensætning er ikke oplyst) | – | 4 møder om året | Odense, Aarhus |\n",
    );
    expect(stdout).toContain('| **Kommuneklynge Byen** (Byen) | Administrativt · Klyngeniveau | født medlem som repræsentant i København |');
    expect(stdout).toContain('| **Sundhedsklynge Byen**, under Sundhedssamarbejdsudvalget i Region Hovedstaden, fra 1. juli 2022 | Politisk · Klyngeniveau | en af organets 2 kommuner |');
    // The structures in file order.
    const headings = stdout.match(/^## .*$/gm);
    expect(headings).toEqual([
      '## 6-by samarbejdet',
      '## Kommuneklyngerne i hovedstadsregionen – fælles kommissorium 2015',
      '## Sundhedsklyngerne i Region Hovedstaden',
      '## De fem KKR 2016',
      '## KKR Hovedstaden – dagsorden 21. april 2023',
    ]);
  });

  it('makes the participation view from --for alone', () => {
    const { code, stdout } = runCli(['render', 'examples/syddanmark-sundhed.yaml', '--for', 'Odense', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('| **Sundhedsklynge Fyn (OUH)**, from 1 July 2022 | Political · Cluster level | born member as mayor of Odense; attends as health director of Odense (the body\'s own municipalities), may choose to attend | – | – | – |\n');
    expect(stdout).toContain('| **Administrativ sundhedsklynge Fyn (OUH)** | Administrative · Cluster level | born member as health director of Odense | – | – | – |\n');
  });

  it('writes one HTML page for all files, to a file or into a folder, the same bytes every time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govcheck-participation-'));
    const toFile = ['render', 'examples', '--for', 'Odense', '--format', 'html', '-o', join(dir, 'odense.html')];
    expect(runCli(toFile).code).toBe(0);
    const page = readFileSync(join(dir, 'odense.html'), 'utf8');
    expect(page.startsWith('<!DOCTYPE html>\n<html lang="da">')).toBe(true);
    expect(page).toContain('<title>Deltagelse: Odense</title>');
    expect(page).toContain('<tr id="p2-myndighedschefmoeder" class="p-row kind-administrative">');
    runCli(toFile);
    expect(readFileSync(join(dir, 'odense.html'), 'utf8')).toBe(page);

    const folder = join(dir, 'site');
    expect(runCli(['render', 'examples', '--for', 'København', '--format', 'html', '--lang', 'en', '-o', `${folder}/`]).code).toBe(0);
    expect(readdirSync(folder)).toEqual(['participation-koebenhavn.html']);

    const { code, stdout } = runCli(['render', 'examples', '--for', 'Odense', '--format', 'html']);
    expect(code).toBe(0);
    expect(stdout).toBe(page);
  });

  it('shows a person, seats held at once and the overlap, on --as-of', () => {
    const { code, stdout } = runCli(['render', 'examples', '--for', 'karsten  längerich', '--as-of', '2023-04-21', '--lang', 'en']);
    expect(code).toBe(0);
    expect(stdout).toContain('# Participation: Karsten Längerich\n\nAs of 21 April 2023\n');
    expect(stdout).toContain('· 2 seats held at once (+ 1 proposed) · 1 overlapping term**');
    expect(stdout).toContain(
      '| **Den politiske partnerskabsgruppe for DK2020**, to 31 December 2023 | Political · National level · Outside this structure | appointed as mayor of Allerød, on behalf of KKR Hovedstaden **⚠ Overlapping term:** overlaps with Den politiske udviklingsgruppe for den nationale Klimaalliance to 31 December 2023 | – | – | – |\n',
    );
  });

  it('says which when a name is both a municipality and a person, and shows the municipality', () => {
    const { code, stdout, stderr } = runCli(['render', `${FIXTURES}/name-clash.yaml`, '--for', 'Lemvig']);
    expect(code).toBe(0);
    expect(stderr).toBe('govcheck: "Lemvig" is both a municipality and the name of a person in the structures; this view is of the municipality Lemvig.\n');
    expect(stdout).toContain('> "Lemvig" er både en kommune og navnet på en person i strukturerne; visningen gælder kommunen Lemvig.');
  });

  it.each([
    [['--for', 'Århuus'], 'govcheck: "Århuus" is neither a municipality nor a person named in the given structures. Did you mean Aarhus?\n'],
    [['--for', 'Karsten Langerich'], 'govcheck: "Karsten Langerich" is neither a municipality nor a person named in the given structures. Did you mean Karsten Längerich?\n'],
    [['--template', 'participation'], 'govcheck: The participation template needs --for <municipality or person>, for example --for København or --for "Karsten Längerich".\n'],
    [['--template', 'mandates', '--for', 'Odense'], 'govcheck: --for makes the participation view; it does not go with --template mandates. Leave out --template, or use --template participation.\n'],
    [['--for', 'Odense', '--as-of', '2023-02-30'], 'govcheck: --as-of needs a date written YYYY-MM-DD, like 2023-04-21; "2023-02-30" is not.\n'],
    [['--as-of', '2023-01-01'], 'govcheck: --as-of goes with --for (the participation view): govcheck render <files…> --for <municipality or person> --as-of YYYY-MM-DD.\n'],
    [['--for', '  '], 'govcheck: --for needs the name, alias or code of a municipality, or the name of a person.\n'],
  ])('exits 2 with one line for %j', (args, message) => {
    const { code, stdout, stderr } = runCli(['render', 'examples', ...args]);
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toBe(message);
  });
});
