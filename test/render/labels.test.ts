import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber } from '../../src/render/labels.js';

describe('formatNumber', () => {
  it('groups thousands and writes decimals per language', () => {
    expect(formatNumber(1550000, 'da')).toBe('1.550.000');
    expect(formatNumber(1550000, 'en')).toBe('1,550,000');
    expect(formatNumber(1.25, 'da')).toBe('1,25');
    expect(formatNumber(1.25, 'en')).toBe('1.25');
    expect(formatNumber(1000, 'da')).toBe('1.000');
    expect(formatNumber(999, 'da')).toBe('999');
    expect(formatNumber(-0, 'da')).toBe('-0');
  });

  it('writes small counts exactly as the locale formatter does', () => {
    const formats = { da: new Intl.NumberFormat('da-DK', { maximumFractionDigits: 2 }), en: new Intl.NumberFormat('en-GB', { maximumFractionDigits: 2 }) };
    for (const lang of ['da', 'en'] as const) {
      for (let n = -5; n <= 1500; n++) expect(formatNumber(n, lang)).toBe(formats[lang].format(n));
      for (const n of [0.5, 2.125, 12.3456, 999.999]) expect(formatNumber(n, lang)).toBe(formats[lang].format(n));
    }
  });
});

describe('formatDate', () => {
  it('writes dates in words, as far as they go', () => {
    expect(formatDate('2002-08-27', 'da')).toBe('27. august 2002');
    expect(formatDate('2002-08-27', 'en')).toBe('27 August 2002');
    expect(formatDate('2002-08', 'en')).toBe('August 2002');
    expect(formatDate('2002', 'da')).toBe('2002');
  });
});
