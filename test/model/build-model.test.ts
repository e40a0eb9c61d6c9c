import { describe, expect, it } from 'vitest';
import { validateSource } from '../../src/index.js';
import { MINIMAL } from '../helpers.js';

const TEXT = `${MINIMAL}municipalities: [Odense, "0461", Århus, Århuus]
bodies:
  - id: kkr
    name: KKR
    seats:
      - id: borgmestre
        role: mayor
        born: { of: all }
    members:
      - { seat: borgmestre, municipality: 751 }
      - { seat: borgmestr, municipality: Odense }
    posts:
      - { post: chair, holder: { municipality: Odense }, source: s }
  - id: klynge
    name: Klynge
    parent: kkr
    supports: kkx
`;

describe('buildModel', () => {
  const { model, diagnostics } = validateSource(TEXT, 'model.yaml', { rules: [] });

  it('builds a model for a file that passes the schema', () => {
    expect(diagnostics).toEqual([]);
    expect(model?.bodies.get('klynge')?.parent).toBe('kkr');
    expect(model?.seats.get('kkr')?.get('borgmestre')?.role).toBe('mayor');
  });

  it('resolves participants by name, code and alias, once each', () => {
    expect(model?.participants.map((m) => m.name)).toEqual(['Odense', 'Aarhus']);
  });

  it('records every municipality reference with its path, resolved or not', () => {
    const refs = model!.municipalityReferences.map((r) => [r.path.join('.'), r.municipality?.name ?? null]);
    expect(refs).toEqual([
      ['municipalities.0', 'Odense'],
      ['municipalities.1', 'Odense'],
      ['municipalities.2', 'Aarhus'],
      ['municipalities.3', null],
      ['bodies.0.members.0.municipality', 'Aarhus'],
      ['bodies.0.members.1.municipality', 'Odense'],
      ['bodies.0.posts.0.holder.municipality', 'Odense'],
    ]);
  });

  it('resolves id references and marks the ones that point nowhere', () => {
    const unresolved = model!.references.filter((r) => !r.resolved).map((r) => `${r.kind} ${r.id} at ${r.path.join('.')}`);
    expect(unresolved).toEqual(['seat borgmestr at bodies.0.members.1.seat', 'body kkx at bodies.1.supports']);
    expect(model!.references.filter((r) => r.resolved).map((r) => `${r.kind} ${r.id}`)).toEqual(['seat borgmestre', 'source s', 'body kkr']);
  });
});
