import { describe, expect, it } from 'vitest';
import { validate, type StructureModel } from '../src/index.js';

const EXAMPLES = new URL('../examples/', import.meta.url).pathname;

async function load(file: string): Promise<StructureModel> {
  const report = await validate([file], { cwd: EXAMPLES });
  return report.files[0]!.model!;
}

const names = (model: StructureModel, refs: (string | number)[] | 'all' | undefined) =>
  refs === 'all' ? model.participants.map((m) => m.name).sort() : (refs ?? []).map((r) => model.municipality(r)?.name).sort();

describe('examples hold the facts of their seeds', () => {
  it('6-by 2007 (seed 000): six cities, København since 27 August 2002, eight fora with cadence and secretariats', async () => {
    const m = await load('6-by-2007.yaml');
    expect(m.participants.map((p) => p.name).sort()).toEqual(['Aalborg', 'Aarhus', 'Esbjerg', 'København', 'Odense', 'Randers']);
    expect(m.doc.municipalities).toContainEqual(expect.objectContaining({ municipality: 'København', from: '2002-08-27' }));
    const fora = [...m.bodies.values()].filter((b) => b.parent === 'samarbejdet').map((b) => b.name);
    expect(fora).toEqual([
      '6-by direktørmøder',
      '6-by fællesmøder borgmestre og direktør',
      "6-by's møder for myndighedschefer",
      'IT-erfagruppe vedrørende omsorgssystemer',
      '6-by KL – Kommunal sundhedsopgaver',
      '6-by ældreområde',
      '6-by Sundhedsområdet',
      '6-by tandpleje',
    ]);
    expect(m.bodies.get('direktoermoeder')?.meetings?.cadence).toMatchObject({ per_year: 3, approximate: true });
    expect(m.bodies.get('it-erfagruppe-omsorgssystemer')?.meetings?.cadence?.per_year).toBe(4);
    const chefs = m.bodies.get('myndighedschefmoeder')!;
    expect(chefs.meetings?.cadence?.per_year).toBe(4);
    expect(chefs.posts?.filter((p) => p.post === 'secretariat').map((p) => m.municipality(p.holder?.municipality)?.name)).toEqual(['Odense', 'Aarhus']);
    expect(m.doc.history).toContainEqual(expect.objectContaining({ date: '2002-08-27', event: 'joined', municipality: 'København' }));
    expect(m.doc.reports?.[0]).toMatchObject({ every_years: 2, latest: { published: '2007-05', number: 3 } });
    const events = [...m.bodies.values()].flatMap((b) => b.meetings?.events ?? []).map((e) => `${e.date}..${e.to}`);
    expect(events).toEqual(expect.arrayContaining(['2008-01-21..2008-01-22', '2008-02-05..2008-02-06']));
  });

  it('5-by 2001 (seed 000): the five cities before København joined, with the same body ids', async () => {
    const old = await load('5-by-2001.yaml');
    const later = await load('6-by-2007.yaml');
    expect(old.participants.map((p) => p.name).sort()).toEqual(['Aalborg', 'Aarhus', 'Esbjerg', 'Odense', 'Randers']);
    expect([...old.bodies.keys()].every((id) => later.bodies.has(id))).toBe(true);
    expect(old.bodies.has('it-erfagruppe-omsorgssystemer')).toBe(false);
  });

  it('Hovedstaden 2015 (seed 001): five clusters over the 29 municipalities, five must and four may tasks', async () => {
    const m = await load('hovedstaden-kommuneklynger-2015.yaml');
    expect(m.participants).toHaveLength(29);
    const grouping = m.groupings.get('kommuneklynger-2015')!;
    expect(grouping.bodies.map((id) => m.bodies.get(id)!.name)).toEqual(
      expect.arrayContaining([expect.stringContaining('Bornholm'), expect.stringContaining('Nord'), expect.stringContaining('Midt'), expect.stringContaining('Syd'), expect.stringContaining('Byen')]),
    );
    const covered = grouping.bodies.flatMap((id) => names(m, m.bodies.get(id)!.municipalities));
    expect(covered.sort()).toEqual(m.participants.map((p) => p.name).sort());
    expect(names(m, m.bodies.get('kommuneklynge-byen')!.municipalities)).toEqual(['Frederiksberg', 'København']);
    const mandate = m.bodies.get('kommuneklynge-syd')!.mandate!;
    expect(mandate.must).toHaveLength(5);
    expect(mandate.may).toHaveLength(4);
    expect(mandate.scope).toMatch(/somatiske/);
    expect(m.bodies.get('kommuneklynge-syd')!.seats?.[0]).toMatchObject({ role: 'representative', decides: true, born: { of: 'self' } });
    for (const related of ['samordningsudvalget', 'embedsmandsudvalget-for-sundhed', 'das', 'pas', 'kkr-hovedstaden']) {
      expect(m.bodies.get(related)?.external, related).toBe(true);
    }
  });

  it('Syddanmark (seed 002): 22 born mayors in KKR, co-chairs born in SSU, directors of SSU municipalities in the forretningsudvalg', async () => {
    const m = await load('syddanmark-sundhed.yaml');
    expect(m.participants).toHaveLength(22);
    expect(m.bodies.get('kkr-syddanmark')!.seats).toContainEqual(expect.objectContaining({ role: 'mayor', count: 22, born: expect.objectContaining({ of: 'all' }) }));
    expect(m.bodies.get('kkr-syddanmark')!.attendees).toContainEqual(
      expect.objectContaining({ role: 'municipal-director', of: { post: 'chair', body: 'kkr-syddanmark' } }),
    );
    const ssu = m.bodies.get('sundhedssamarbejdsudvalget')!;
    expect(ssu.seats).toContainEqual(expect.objectContaining({ count: 4, born: expect.objectContaining({ of: { post: 'co-chair', grouping: 'politiske-sundhedsklynger' } }) }));
    expect(ssu.posts).toContainEqual(expect.objectContaining({ post: 'vice-chair', side: 'municipalities' }));
    expect(m.bodies.get('sundhedsdirektoerforum-fu')!.seats).toContainEqual(
      expect.objectContaining({ count: 5, born: expect.objectContaining({ of: { body: 'sundhedssamarbejdsudvalget' } }) }),
    );
    expect(m.bodies.get('sundhedsdirektoerforum')!.established_by).toBe('kommunaldirektoerkredsen');
    for (const id of ['politiske-sundhedsklynger', 'administrative-sundhedsklynger']) {
      const g = m.groupings.get(id)!;
      expect(g.bodies).toHaveLength(4);
      expect(g.bodies.flatMap((b) => names(m, m.bodies.get(b)!.municipalities)).sort()).toEqual(m.participants.map((p) => p.name).sort());
    }
    expect(m.bodies.get('kkr-syddanmark')!.posts).toContainEqual(expect.objectContaining({ post: 'chair', holder: expect.objectContaining({ person: 'Johannes Lundsfryd Jensen' }) }));
  });

  it('KKR Hovedstaden 2023 (seed 004): the vacant general-practice seat, the development group and the climate alliance money', async () => {
    const m = await load('kkr-hovedstaden-2023.yaml');
    expect(m.participants).toHaveLength(29);
    const vacancy = m.doc.appointments!.find((a) => a.vacant)!;
    expect(vacancy).toMatchObject({ body: 'samarbejdsudvalget-almen-praksis', offered_to: 'Ø', decided_on: '2023-04-21', on_behalf_of: 'kkr-hovedstaden' });
    expect(m.doc.appointments).toContainEqual(expect.objectContaining({ person: 'Susanne Damsgaard', party_letter: 'L' }));
    const group = m.bodies.get('klimaalliancen-politisk-udviklingsgruppe')!;
    expect(group.seats!.reduce((sum, s) => sum + (s.count ?? 0), 0)).toBe(15);
    expect(group.meetings?.cadence?.per_year).toBe(2);
    const alliance = m.bodies.get('klimaalliancen-i-hovedstadsregionen')!;
    expect([alliance.from, alliance.to]).toEqual(['2023-07-01', '2027-12-31']);
    const contributions = alliance.finance!.contributions!;
    expect(contributions.map((c) => [c.amount, c.fte])).toEqual([
      [250000, 1.5],
      [1550000, 1.25],
    ]);
    expect(alliance.finance!.total!.amount).toBe(contributions.reduce((s, c) => s + (c.amount ?? 0), 0));
  });

  it('KKR 2016 (seed 003): the five KKR divide the 98 municipalities 29/17/22/19/11', async () => {
    const m = await load('kkr-2016.yaml');
    expect(m.participants).toHaveLength(98);
    const kkr = m.groupings.get('de-fem-kkr')!.bodies.map((id) => [m.bodies.get(id)!.name, names(m, m.bodies.get(id)!.municipalities).length]);
    expect(kkr).toEqual([
      ['KKR Hovedstaden', 29],
      ['KKR Sjælland', 17],
      ['KKR Syddanmark', 22],
      ['KKR Midtjylland', 19],
      ['KKR Nordjylland', 11],
    ]);
  });
});
