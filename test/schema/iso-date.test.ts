import fc from 'fast-check';
import { createRequire } from 'node:module';
import { describe, expect, it } from 'vitest';
import { isIsoDate } from '../../src/schema/iso-date.js';

// ajv-formats' own `date` check, which isIsoDate replaces: they must agree on every string.
const { fullFormats } = createRequire(import.meta.url)('ajv-formats/dist/formats') as { fullFormats: { date: { validate: (s: string) => boolean } } };
const reference = fullFormats.date.validate;

describe('isIsoDate', () => {
  it('takes real dates and refuses the rest', () => {
    for (const date of ['2024-02-29', '2000-02-29', '2023-12-31', '0000-01-01', '2023-04-30']) expect(isIsoDate(date), date).toBe(true);
    for (const date of ['2023-02-29', '1900-02-29', '2023-04-31', '2023-13-01', '2023-00-10', '2023-01-00', '2023-1-01', '2023-01-01 ', ' 2023-01-01', '2023/01/01', '２０２３-01-01', '']) {
      expect(isIsoDate(date), date).toBe(false);
    }
  });

  it('agrees with ajv-formats on every day of four centuries and on random text (fixed seed and a fresh one)', () => {
    for (let year = 1899; year <= 2301; year += 1) {
      for (let month = 0; month <= 13; month++) {
        for (let day = 0; day <= 32; day++) {
          const date = `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
          if (isIsoDate(date) !== reference(date)) expect(isIsoDate(date), date).toBe(reference(date));
        }
      }
    }
    const text = fc.array(fc.constantFrom('0', '1', '2', '9', '-', '3', '02', '29', ' ', '\n', 'a', '/', '٣'), { maxLength: 14 }).map((p) => p.join(''));
    for (const params of [{ seed: 30, numRuns: 20000 }, { numRuns: 5000 }]) fc.assert(fc.property(text, (t) => isIsoDate(t) === reference(t)), params);
  });
});
