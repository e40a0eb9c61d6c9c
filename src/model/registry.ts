import { boundedMemo } from '../bounded-memo.js';
import { closest, foldForComparison } from '../suggest.js';
import { MUNICIPALITY_ROWS } from './municipality-data.js';

export type RegionName = 'Hovedstaden' | 'Sjælland' | 'Syddanmark' | 'Midtjylland' | 'Nordjylland' | 'Østdanmark';

export interface Municipality {
  /** Official code without a leading zero, as a string ("101"). */
  code: string;
  name: string;
  aliases: readonly string[];
  /** The region before any reform; use regionOn() for a given date. */
  region: RegionName;
}

/** Hovedstaden and Sjælland merge into Region Østdanmark on this date. */
export const OESTDANMARK_FROM = '2027-01-01';

export const MUNICIPALITIES: readonly Municipality[] = MUNICIPALITY_ROWS.map(([code, name, region, aliases]) => ({
  code,
  name,
  region: region as RegionName,
  aliases,
}));

const byKey = new Map<string, Municipality>();
for (const m of MUNICIPALITIES) {
  byKey.set(m.code, m);
  byKey.set(foldForComparison(m.name), m);
  for (const alias of m.aliases) byKey.set(foldForComparison(alias), m);
}

/** The region a municipality belongs to on an ISO date. */
export function regionOn(municipality: Municipality, date: string): RegionName {
  if ((municipality.region === 'Hovedstaden' || municipality.region === 'Sjælland') && date >= OESTDANMARK_FROM) {
    return 'Østdanmark';
  }
  return municipality.region;
}

/** Whether `region` (as written in a file) covers the municipality on `date`. */
export function inRegion(municipality: Municipality, region: RegionName, date: string): boolean {
  const actual = regionOn(municipality, date);
  return actual === region || (region === 'Østdanmark' && (municipality.region === 'Hovedstaden' || municipality.region === 'Sjælland') && date >= OESTDANMARK_FROM);
}

const byWording = boundedMemo(lookUp);

/**
 * Finds a municipality by name, alias or code ("101", "0101", 101), ignoring case, hyphens and the
 * spelling of æ/ø/å. "… Kommune" is accepted after any name.
 */
export function findMunicipality(ref: string | number): Municipality | undefined {
  if (typeof ref === 'number') return Number.isInteger(ref) ? byKey.get(String(ref)) : undefined;
  // Files name the same municipalities in the same words: each wording is folded once per process.
  return byWording(ref);
}

function lookUp(ref: string): Municipality | undefined {
  const text = ref.trim();
  if (/^\d{1,4}$/.test(text)) return byKey.get(String(Number(text)));
  const key = foldForComparison(text);
  return byKey.get(key) ?? byKey.get(key.replace(/-?kommune$/, '').replace(/s$/, '')) ?? byKey.get(key.replace(/-?kommune$/, ''));
}

/** The official name closest to an unknown reference, for "did you mean". */
export function suggestMunicipality(ref: string | number): string | undefined {
  if (typeof ref === 'number' || /^\d+$/.test(String(ref).trim())) return undefined;
  const names = new Map<string, string>();
  for (const m of MUNICIPALITIES) {
    names.set(m.name, m.name);
    for (const a of m.aliases) names.set(a, m.name);
  }
  const hit = closest(String(ref), names.keys());
  return hit === undefined ? undefined : names.get(hit);
}
