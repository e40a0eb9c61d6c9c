import { describe, expect, it } from 'vitest';
import { validateSource } from '../../src/index.js';
import { derive } from '../../src/model/derive.js';
import { MINIMAL } from '../helpers.js';

const TEXT = `${MINIMAL}municipalities: [Odense, Nyborg, Svendborg]
bodies:
  - { id: klynge, name: Klynge, municipalities: [Odense, Nyborg] }
  - id: udvalg
    name: Udvalg
    seats: [{ id: medlemmer, role: mayor, count: 2, born: { of: { body: klynge } } }]
  - id: forum
    name: Forum
    seats: [{ id: plads, count: 1 }]
    members: [{ seat: plads, municipality: Svendborg }]
`;

describe('derive', () => {
  const { model } = validateSource(TEXT, 'derive.yaml');

  it('derives the municipalities of a body from its list, its members or its born seats', () => {
    const derived = derive(model!);
    expect([...derived.bodyMunicipalities('klynge')].sort()).toEqual(['450', '461']);
    expect([...derived.bodyMunicipalities('forum')]).toEqual(['479']);
    expect([...derived.bornMunicipalities('udvalg', 'medlemmer')].sort()).toEqual(['450', '461']);
  });

  it('is worked out once per model, so validation, render and diff share the answers', () => {
    expect(derive(model!)).toBe(derive(model!));
    const other = validateSource(TEXT, 'derive.yaml').model!;
    expect(derive(other)).not.toBe(derive(model!));
  });
});
