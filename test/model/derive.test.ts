import { describe, expect, it } from 'vitest';
import { validateSource } from '../../src/index.js';
import { derive } from '../../src/model/derive.js';
import { MINIMAL } from '../helpers.js';

const TEXT = `${MINIMAL}municipalities: [Odense, Nyborg, Svendborg]
bodies:
  - id: kkr
    name: KKR
    seats:
      - id: borgmestre
        role: mayor
        born: { of: all }
  - id: klynge
    name: Klynge
    municipalities: [Odense, Nyborg]
`;

describe('derive', () => {
  const { model } = validateSource(TEXT, 'derive.yaml');

  it('derives the municipalities of a body from its list or its born seats', () => {
    const derived = derive(model!);
    expect([...derived.bodyMunicipalities('klynge')].sort()).toEqual(['450', '461']);
    expect([...derived.bornMunicipalities('kkr', 'borgmestre')].sort()).toEqual(['450', '461', '479']);
  });

  it('is worked out once per model, so validation, render and diff share the answers', () => {
    expect(derive(model!)).toBe(derive(model!));
    const other = validateSource(TEXT, 'derive.yaml').model!;
    expect(derive(other)).not.toBe(derive(model!));
  });
});
