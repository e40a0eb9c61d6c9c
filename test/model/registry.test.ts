import { describe, expect, it } from 'vitest';
import { MUNICIPALITIES, findMunicipality, regionOn, suggestMunicipality } from '../../src/model/registry.js';

describe('municipality registry', () => {
  it('holds the 98 municipalities with their regions', () => {
    expect(MUNICIPALITIES).toHaveLength(98);
    const perRegion = Object.fromEntries(
      ['Hovedstaden', 'Sjælland', 'Syddanmark', 'Midtjylland', 'Nordjylland'].map((r) => [r, MUNICIPALITIES.filter((m) => m.region === r).length]),
    );
    expect(perRegion).toEqual({ Hovedstaden: 29, Sjælland: 17, Syddanmark: 22, Midtjylland: 19, Nordjylland: 11 });
  });

  it('finds a municipality by name, alias and code with or without a leading zero', () => {
    for (const ref of ['København', 'københavn', 'Københavns Kommune', 'Copenhagen', '101', '0101', 101]) {
      expect(findMunicipality(ref)?.name, String(ref)).toBe('København');
    }
    expect(findMunicipality('Århus')?.name).toBe('Aarhus');
    expect(findMunicipality('Høje Taastrup')?.code).toBe('169');
    expect(findMunicipality('Nordfyn')?.name).toBe('Nordfyns');
  });

  it('does not take Christiansø (411) or an unknown name for a municipality', () => {
    expect(findMunicipality('411')).toBeUndefined();
    expect(findMunicipality('Christiansø')).toBeUndefined();
    expect(findMunicipality('Århuus')).toBeUndefined();
  });

  it('suggests the closest name for a misspelling', () => {
    expect(suggestMunicipality('Århuus')).toBe('Aarhus');
    expect(suggestMunicipality('Kobenhavn')).toBe('København');
    expect(suggestMunicipality('Zzzzzzz')).toBeUndefined();
  });

  it('moves Hovedstaden and Sjælland into Region Østdanmark on 1 January 2027', () => {
    const bornholm = findMunicipality('Bornholm')!;
    const koege = findMunicipality('Køge')!;
    const odense = findMunicipality('Odense')!;
    expect(regionOn(bornholm, '2026-12-31')).toBe('Hovedstaden');
    expect(regionOn(bornholm, '2027-01-01')).toBe('Østdanmark');
    expect(regionOn(koege, '2027-01-01')).toBe('Østdanmark');
    expect(regionOn(odense, '2027-01-01')).toBe('Syddanmark');
  });
});
