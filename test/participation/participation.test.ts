import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { participation, renderParticipation, UnknownSubjectError, validateSource, type ParticipationInput, type ParticipationView } from '../../src/index.js';
import { escapeMarkdown } from '../../src/render/escape.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const FIXTURES = new URL('./fixtures/', import.meta.url).pathname;

function load(dir: string, file: string, shown = file): ParticipationInput {
  const report = validateSource(readFileSync(dir + file, 'utf8'), shown);
  expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return { model: report.model!, file: shown };
}

/** Every example, in file order, as `govcheck render examples` reads them. */
const examples = (): ParticipationInput[] =>
  readdirSync(EXAMPLES)
    .filter((f) => f.endsWith('.yaml'))
    .sort()
    .map((f) => load(EXAMPLES, f, `examples/${f}`));
const fixture = (name: string) => [load(FIXTURES, name, `fixtures/${name}`)];

/** The rows of one structure as `name | why… | posts | cadence | secretariat`, for asserting a whole row. */
function rowsOf(view: ParticipationView, structureId: string): string[] {
  const structure = view.structures.find((s) => s.id === structureId);
  expect(structure, `no rows for ${structureId}`).toBeDefined();
  return structure!.rows.map((r) =>
    [
      r.name,
      r.roles.map((x) => `${x.why}${x.person ? ` – ${x.person}` : ''}${x.statusLabel ? ` (${x.statusLabel})` : ''}`).join('; ') || '–',
      r.posts.map((p) => p.text).join('; ') || '–',
      r.cadence ?? '–',
      r.secretariat.join(', ') || '–',
    ].join(' | '),
  );
}

describe('participation of a municipality', () => {
  it('lists for København every 6-by forum of the 2007 memo with cadence and secretariats, and its clusters', () => {
    const view = participation(examples(), 'København');
    expect(view.kind).toBe('municipality');
    expect(view.name).toBe('København');
    expect(view.code).toBe('101');
    const inherited = 'som kommune i 6-by samarbejdet (forummets egen sammensætning er ikke oplyst)';
    expect(rowsOf(view, '6-by-samarbejdet')).toEqual([
      '6-by samarbejdet | en af organets 6 kommuner | – | – | –',
      `6-by direktørmøder | ${inherited} | – | ca. 3 møder om året | –`,
      `6-by fællesmøder borgmestre og direktør | ${inherited} | – | – | –`,
      `6-by's møder for myndighedschefer | ${inherited} | – | 4 møder om året | Odense, Aarhus`,
      `IT-erfagruppe vedrørende omsorgssystemer | ${inherited} | – | 4 møder om året | –`,
      `6-by KL – Kommunal sundhedsopgaver | ${inherited} | – | – | –`,
      `6-by ældreområde | ${inherited} | – | – | –`,
      `6-by Sundhedsområdet | ${inherited} | – | – | –`,
      `6-by tandpleje | ${inherited} | – | – | –`,
    ]);
    // The memo: "Sundheds- og Omsorgsudvalget er vært ved 6-by mødet mellem de politiske udvalg."
    const political = view.structures[0]!.rows.find((r) => r.bodyId === 'faellesmoeder-borgmestre-direktoer')!;
    expect(political.hosting).toEqual(['vært for 6-by mødet mellem de politiske udvalg, 21. januar 2008 – 22. januar 2008, København']);
    expect(political.under).toBe('6-by samarbejdet');

    expect(rowsOf(view, 'hovedstaden-kommuneklynger-2015')).toEqual([
      'Kommuneklynge Byen | født medlem som repræsentant i København | – | Den enkelte kommuneklynge fastlægger en mødekadence tilpasset møder i Samordningsudvalget (og evt. Embedsmandsudvalget for Sundhed), tilpasset møderne i Samordningsudvalget | ikke oplyst',
      'KKR Hovedstaden | en af organets 29 kommuner | – | – | –',
    ]);
    expect(rowsOf(view, 'hovedstaden-sundhedsklynger-2022')).toEqual([
      'Sundhedsklynge Byen | en af organets 2 kommuner | – | – | –',
      'Sundhedsklynge Syd | en af organets 10 kommuner | – | – | –',
    ]);
    expect(rowsOf(view, 'kkr-hovedstaden-2023')).toEqual([
      'KKR Hovedstaden | født medlem som borgmester i København | – | – | –',
      'Sundhedssamarbejdsudvalget (SSU) Hovedstaden | medlem som politiker i København – Sisse Marie Welling | Næstformand: Sisse Marie Welling (rådmand) | – | –',
    ]);
    // Bodies not yet in force on 21 April 2023 are named apart, not counted.
    expect(view.structures.find((s) => s.id === 'kkr-hovedstaden-2023')!.notInForce.map((n) => n.name)).toEqual([
      'Klimaalliancen i Hovedstadsregionen',
      'Den politiske styregruppe for Klimaalliancen i Hovedstadsregionen',
    ]);
    expect(view.elsewhere.map((e) => e.name)).toEqual(['5-by samarbejdet', 'Sundhedssamarbejdet mellem de 22 kommuner i KKR Syddanmark']);

    expect(view.summary).toMatchObject({ structures: 5, fora: 17, meetingsPerYear: 11, approximate: true, foraWithCadence: 3, foraWithoutCadence: 14, posts: 1 });
    expect(view.summary.text).toBe('17 fora i 5 strukturer · ca. 11 møder om året i alt (14 fora uden oplyst antal møder) · 1 post');
    expect(view.summary.heldAtOnce).toBeUndefined();
    expect(view.asOfText).toBe('Pr. hver strukturs dato (31. december 2001 – 1. juni 2023)');
  });

  it('shows Odense’s 6-by secretariat and its Syddanmark seats, born and why', () => {
    const view = participation(examples(), 'Odense');
    const secretariat = view.structures.find((s) => s.id === '6-by-samarbejdet')!.rows.find((r) => r.bodyId === 'myndighedschefmoeder')!;
    expect(secretariat.posts).toEqual([{ post: 'secretariat', label: 'Sekretariat', person: undefined, derived: false, why: undefined, text: 'Sekretariat' }]);
    expect(secretariat.secretariat).toEqual(['Odense', 'Aarhus']);
    expect(secretariat.cadence).toBe('4 møder om året');
    expect(view.structures.find((s) => s.id === '5-by-samarbejdet')!.rows.find((r) => r.bodyId === 'myndighedschefmoeder')!.posts.map((p) => p.label)).toEqual([
      'Sekretariat',
    ]);

    expect(rowsOf(view, 'syddanmark-sundhed')).toEqual([
      'KKR Syddanmark | født medlem som borgmester i Odense | – | – | –',
      'Kommunaldirektørkredsen i Syddanmark | en af organets 22 kommuner | – | – | –',
      'Sundhedsdirektørforum | født medlem som sundhedsdirektør i Odense | – | – | –',
      'Sundhedsklynge Fyn (OUH) | født medlem som borgmester i Odense; deltager som sundhedsdirektør i Odense (organets egne kommuner), kan vælge at deltage | – | – | –',
      'Administrativ sundhedsklynge Fyn (OUH) | født medlem som sundhedsdirektør i Odense | – | – | –',
    ]);
    const kkr = view.structures.find((s) => s.id === 'syddanmark-sundhed')!.rows[0]!;
    expect(kkr).toMatchObject({ kind: 'political', kindLabel: 'Politisk', level: 'regional', levelLabel: 'Regionalt niveau', external: false });
    expect(kkr.roles[0]).toMatchObject({ basis: 'born', basisLabel: 'Født medlem', role: 'mayor', roleLabel: 'borgmester', seat: 'borgmestre', optional: false });
    expect(view.summary).toMatchObject({ fora: 24, posts: 2, meetingsPerYear: 18 });
  });

  it('names the person in a born seat from the post the same mayor holds, and a post derived by rule', () => {
    const view = participation(examples(), 'Middelfart', undefined, 'en');
    expect(rowsOf(view, 'syddanmark-sundhed')[0]).toBe(
      'KKR Syddanmark | born member as mayor of Middelfart – Johannes Lundsfryd Jensen; attends as municipal director of Middelfart (the chair of KKR Syddanmark) | Chair: Johannes Lundsfryd Jensen (mayor) | – | –',
    );
  });

  it('finds a municipality by alias and by code, and reads everything on --as-of', () => {
    expect(participation(examples(), 'Århus').name).toBe('Aarhus');
    expect(participation(examples(), '0101').name).toBe('København');
    expect(participation(examples(), 'kbh').name).toBe('København');
    const later = participation(examples(), 'København', '2023-07-02');
    expect(later.asOfText).toBe('Pr. 2. juli 2023');
    expect(rowsOf(later, 'kkr-hovedstaden-2023')).toEqual([
      'KKR Hovedstaden | født medlem som borgmester i København | – | – | –',
      'Klimaalliancen i Hovedstadsregionen | født medlem for København | – | – | –',
      'Den politiske styregruppe for Klimaalliancen i Hovedstadsregionen | som kommune i Klimaalliancen i Hovedstadsregionen (forummets egen sammensætning er ikke oplyst) | – | – | –',
      'Sundhedssamarbejdsudvalget (SSU) Hovedstaden | medlem som politiker i København – Sisse Marie Welling | Næstformand: Sisse Marie Welling (rådmand) | – | –',
    ]);
    expect(() => participation(examples(), 'København', '2023-02-30')).toThrow(RangeError);
  });

  it('says "did you mean" for an unknown municipality or person', () => {
    const unknown = (who: string) => {
      try {
        participation(examples(), who);
      } catch (error) {
        expect(error).toBeInstanceOf(UnknownSubjectError);
        return (error as UnknownSubjectError).message;
      }
      throw new Error(`${who} was found`);
    };
    expect(unknown('Århuus')).toBe('"Århuus" is neither a municipality nor a person named in the given structures. Did you mean Aarhus?');
    expect(unknown('Karsten Langerich')).toBe('"Karsten Langerich" is neither a municipality nor a person named in the given structures. Did you mean Karsten Längerich?');
    expect(unknown('Xyzzy Quux')).toBe('"Xyzzy Quux" is neither a municipality nor a person named in the given structures.');
  });

  it('takes the municipality when a person has the same name, and says so', () => {
    const view = participation(fixture('name-clash.yaml'), 'lemvig');
    expect(view.kind).toBe('municipality');
    expect(view.note).toBe('"lemvig" er både en kommune og navnet på en person i strukturerne; visningen gælder kommunen Lemvig.');
    expect(rowsOf(view, 'name-clash')).toEqual(['Vestforum | medlem som direktør i Lemvig – Bo Vestergaard | – | – | –']);
  });
});

describe('participation of a person', () => {
  it('gathers Karsten Längerich’s post and appointments in KKR Hovedstaden 2023, with the overlap', () => {
    const view = participation(examples(), '  karsten   LÄNGERICH ');
    expect(view.kind).toBe('person');
    expect(view.name).toBe('Karsten Längerich');
    expect(rowsOf(view, 'kkr-hovedstaden-2023')).toEqual([
      'KKR Hovedstaden | – | Næstformand (som borgmester i Allerød) | – | –',
      'Den politiske udviklingsgruppe for den nationale Klimaalliance | udpeget som borgmester i Allerød, på vegne af KKR Hovedstaden (foreslået) | – | 2 møder om året | –',
      'Den politiske partnerskabsgruppe for DK2020 | udpeget som borgmester i Allerød, på vegne af KKR Hovedstaden | – | – | –',
    ]);
    const rows = view.structures[0]!.rows;
    expect(rows.map((r) => [r.overlapping, r.proposedOnly])).toEqual([
      [false, false],
      [true, true],
      [true, false],
    ]);
    expect(rows[1]!.overlaps).toEqual(['overlapper med Den politiske partnerskabsgruppe for DK2020 til 31. december 2023']);
    expect(rows[2]!.overlaps).toEqual(['overlapper med Den politiske udviklingsgruppe for den nationale Klimaalliance til 31. december 2023']);
    expect(view.summary).toMatchObject({ fora: 3, heldAtOnce: 2, proposed: 1, overlaps: 1, posts: 1, meetingsPerYear: 2 });
    expect(view.summary.text).toBe(
      '3 fora i 1 struktur · 2 møder om året i alt (2 fora uden oplyst antal møder) · 1 post · 2 pladser på én gang (+ 1 foreslået) · 1 overlappende periode',
    );
    expect(view.summary.tiles.find((t) => t.warn)).toEqual({ value: '1', label: 'Overlappende perioder', warn: true });
  });

  it('counts seats held at once and highlights overlapping terms, on the file’s date and on --as-of', () => {
    const onFileDate = participation(fixture('overlap.yaml'), 'Anne Testesen');
    expect(rowsOf(onFileDate, 'overlap-fixture')).toEqual([
      'KKR Eksempel | – | Formand (som borgmester i Viborg) | 6 møder om året | –',
      'Trafikselskabets bestyrelse | udpeget som borgmester i Viborg, på vegne af KKR Eksempel | – | 10 møder om året | –',
      'Erhvervshusets bestyrelse | udpeget som borgmester i Viborg, på vegne af KKR Eksempel | – | – | –',
    ]);
    const [kkr, trafik, erhverv] = onFileDate.structures[0]!.rows;
    expect(kkr!.overlapping).toBe(false);
    expect(trafik!.roles[0]!.period).toBe('fra 1. januar 2020 til 31. december 2022');
    expect(trafik!.overlaps).toEqual(['overlapper med Erhvervshusets bestyrelse fra 1. juni 2022 til 31. december 2022']);
    // Uddannelsesforum starts later, but its term overlaps the open-ended one: still named.
    expect(erhverv!.overlaps).toEqual([
      'overlapper med Trafikselskabets bestyrelse fra 1. juni 2022 til 31. december 2022',
      'overlapper med Uddannelsesforum fra 1. februar 2023 til 31. december 2023',
    ]);
    expect(onFileDate.summary).toMatchObject({ heldAtOnce: 3, proposed: 0, overlaps: 2, meetingsPerYear: 16, foraWithoutCadence: 1 });

    const later = participation(fixture('overlap.yaml'), 'Anne Testesen', '2023-06-01', 'en');
    expect(later.structures[0]!.rows.map((r) => r.name)).toEqual(['KKR Eksempel', 'Erhvervshusets bestyrelse', 'Uddannelsesforum']);
    expect(later.structures[0]!.rows[2]!.overlaps).toEqual(['overlaps with Erhvervshusets bestyrelse from 1 February 2023 to 31 December 2023']);
    expect(later.summary.text).toBe(
      '3 fora in 1 structure · 6 meetings a year in total (2 fora without a stated number of meetings) · 1 post · 3 seats held at once · 2 overlapping terms',
    );
  });

  it('fills the person of a municipality’s seats from the appointments in force', () => {
    const view = participation(fixture('overlap.yaml'), 'Viborg');
    expect(rowsOf(view, 'overlap-fixture')).toEqual([
      'KKR Eksempel | født medlem som borgmester i Viborg – Anne Testesen | Formand: Anne Testesen (borgmester) | 6 møder om året | –',
      'Trafikselskabets bestyrelse | udpeget som borgmester i Viborg, på vegne af KKR Eksempel – Anne Testesen | – | 10 møder om året | –',
      'Erhvervshusets bestyrelse | udpeget som borgmester i Viborg, på vegne af KKR Eksempel – anne testesen | – | – | –',
    ]);
  });
});

describe('rendering the participation view', () => {
  const htmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;').replace(/=/g, '&#x3D;');

  it('writes the memo’s table for København in Markdown, one row per forum', () => {
    const md = renderParticipation(participation(examples(), 'København'), { format: 'md' });
    expect(md.startsWith('# Deltagelse: København\n\nPr. hver strukturs dato (31. december 2001 – 1. juni 2023) · Kommunekode 101\n\n')).toBe(true);
    expect(md).toContain('**17 fora i 5 strukturer · ca. 11 møder om året i alt (14 fora uden oplyst antal møder) · 1 post**');
    expect(md).toContain('## 6-by samarbejdet\n\nPr. 2\\. november 2007 · examples/6-by-2007.yaml · 9 fora\n\n| Forum | Art og niveau | Deltager som | Poster | Mødekadence | Sekretariat |\n|---|---|---|---|---|---|\n');
    expect(md).toContain(
      "| **6-by's møder for myndighedschefer**, under 6-by samarbejdet | Administrativt · Klyngeniveau | som kommune i 6-by samarbejdet (forummets egen sammensætning er ikke oplyst) | – | 4 møder om året | Odense, Aarhus |\n",
    );
    expect(md).toContain(
      '| **6-by direktørmøder**, under 6-by samarbejdet | Administrativt · Klyngeniveau | som kommune i 6-by samarbejdet (forummets egen sammensætning er ikke oplyst) | – | ca. 3 møder om året | – |\n',
    );
    expect(md).toContain('| **Sundhedsklynge Syd**, under Sundhedssamarbejdsudvalget i Region Hovedstaden, fra 1. juli 2022 | Politisk · Klyngeniveau | en af organets 10 kommuner | – | – | – |\n');
    expect(md).toContain(
      '| **Sundhedssamarbejdsudvalget (SSU) Hovedstaden** (SSU Hovedstaden), fra 1. juli 2022 | Politisk · Regionalt niveau · Uden for strukturen | medlem som politiker i København – Sisse Marie Welling | Næstformand: Sisse Marie Welling (rådmand) | – | – |\n',
    );
    // Every table row has the header's six columns.
    for (const line of md.split('\n').filter((l) => l.startsWith('| **'))) expect(line.replace(/\\\|/g, '').split('|').length, line).toBe(8);
    expect(md).toContain('Ingen deltagelse i: 5-by samarbejdet (31\\. december 2001); Sundhedssamarbejdet mellem de 22 kommuner i KKR Syddanmark (1\\. juni 2023)');
  });

  it('highlights the overlap in both formats and both languages', () => {
    const da = renderParticipation(participation(fixture('overlap.yaml'), 'Anne Testesen'), { format: 'md' });
    expect(da).toContain(
      '| **Trafikselskabets bestyrelse** | Politisk · Regionalt niveau | udpeget som borgmester i Viborg, på vegne af KKR Eksempel, fra 1. januar 2020 til 31. december 2022 **⚠ Overlappende periode:** overlapper med Erhvervshusets bestyrelse fra 1. juni 2022 til 31. december 2022 | – | 10 møder om året | – |\n',
    );
    const en = renderParticipation(participation(fixture('overlap.yaml'), 'Anne Testesen', undefined, 'en'), { format: 'html' });
    expect(en).toContain('<html lang="en">');
    expect(en).toMatch(/<tr id="p1-trafik" class="p-row kind-political overlap">/);
    expect(en).toContain('<strong><span aria-hidden="true">⚠ </span>Overlapping term</strong>');
    expect(en).toContain('<li>overlaps with Erhvervshusets bestyrelse from 1 June 2022 to 31 December 2022</li>');
    expect(en).toContain('<div class="p-tile warn"><dt>Overlapping terms</dt><dd>2</dd></div>');
    expect(en).toContain('<div class="p-tile"><dt>Seats held at once</dt><dd>3</dd></div>');
  });

  it.each(['København', 'Odense', 'Karsten Längerich'])('renders %s in both formats and both languages, the same bytes every time', (who) => {
    for (const lang of ['da', 'en'] as const) {
      const view = participation(examples(), who, undefined, lang);
      const md = renderParticipation(view, { format: 'md' });
      expect(renderParticipation(participation(examples(), who, undefined, lang), { format: 'md' })).toBe(md);
      const html = renderParticipation(view, { format: 'html' });
      expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
      expect(html).toContain(`<html lang="${lang}">`);
      expect(html).not.toMatch(/<script|<link|@import|url\(/i);
      for (const row of view.structures.flatMap((s) => s.rows)) {
        expect(md, row.name).toContain(`| **${escapeMarkdown(row.name)}**`);
        expect(html, row.name).toContain(`<span class="p-name">${htmlText(row.name)}</span>`);
      }
    }
    expect(renderParticipation(participation(examples(), who, undefined, 'en'), { format: 'md' })).toContain('| Forum | Kind and level | Takes part as | Posts | Cadence | Secretariat |');
  });

  it('shows the Syddanmark rows in English with the English wording of born members', () => {
    const md = renderParticipation(participation(examples(), 'Odense', undefined, 'en'), { format: 'md' });
    expect(md).toContain('| **KKR Syddanmark** | Political · Regional level | born member as mayor of Odense | – | – | – |\n');
    expect(md).toContain('| **Sundhedsdirektørforum** | Administrative · Regional level | born member as health director of Odense | – | – | – |\n');
    expect(md).toContain("| **5-by's møder for myndighedschefer**, under 5-by samarbejdet | Administrative · Cluster level | as a municipality of 5-by samarbejdet (the forum's own composition is not recorded) | Secretariat | 4 meetings a year | Odense, Aarhus |\n");
  });

  it('shows hostile names as text: escaped in Markdown, escaped by Handlebars in HTML', () => {
    const view = participation(fixture('hostile.yaml'), 'Odense');
    const md = renderParticipation(view, { format: 'md' });
    expect(md).not.toMatch(/<script|<img|<b>|<i>/);
    expect(md).toContain(
      '| **&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt; \\| a \\* b \\_c\\_ \\# \\[x\\](javascript:alert(1))** | Politisk · Øvrige | medlem som borgmester i Odense – &lt;img src=x onerror=alert(1)&gt; Jensen | Sekretariat: \\*\\*bold\\*\\* \\| pipe | 2 møder om året | \\*\\*bold\\*\\* \\| pipe, Odense |\n',
    );
    expect(md).toContain('## Hostile &lt;b&gt;structure&lt;/b&gt;\n');
    const html = renderParticipation(view, { format: 'html' });
    expect(html).not.toMatch(/<script|<img|<b>structure|<i>twice/);
    expect(html).toContain('<span class="p-name">&lt;script&gt;window.__pwned&#x3D;1&lt;/script&gt; | a * b _c_ # [x](javascript:alert(1))</span>');
    expect(html).toContain('<span class="person">&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; Jensen</span>');
    expect(html).not.toContain('href="javascript');

    const person = participation(fixture('hostile.yaml'), '<img src=x onerror=alert(1)> Jensen');
    expect(renderParticipation(person, { format: 'html' })).toContain('<title>Deltagelse: &lt;img src&#x3D;x onerror&#x3D;alert(1)&gt; Jensen</title>');
    expect(renderParticipation(person, { format: 'md' }).split('\n')[0]).toBe('# Deltagelse: &lt;img src=x onerror=alert(1)&gt; Jensen');
  });

  it('says when nothing was found', () => {
    const view = participation(fixture('overlap.yaml'), 'Aabenraa');
    expect(view.structures).toEqual([]);
    expect(view.summary.text).toBe('0 fora i 0 strukturer · 0 møder om året i alt · 0 poster');
    expect(renderParticipation(view, { format: 'md' })).toContain('\nIngen fora fundet i de givne strukturer.\n');
    expect(renderParticipation(view, { format: 'html' })).toContain('<p class="p-empty">Ingen fora fundet i de givne strukturer.</p>');
  });
});
