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
appointments:
  - { body: kkr, seat: borgmestre, municipality: Odense }
  - { body: kkx, seat: borgmestre, municipality: Aarhus }
  - { body: kkr, seat: formand, municipality: Vejle, on_behalf_of: klynge }
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

  it('keeps the municipalities named that are not Danish municipalities, with their paths', () => {
    expect(model!.unknownMunicipalities.map((r) => [r.path.join('.'), r.ref])).toEqual([['municipalities.3', 'Århuus']]);
    expect(model!.municipality('0461')?.name).toBe('Odense');
    expect(model!.municipality(751)?.name).toBe('Aarhus');
  });

  it('keeps the id references that point nowhere, and only those', () => {
    const unresolved = model!.unresolvedReferences.map((r) => `${r.kind} ${r.id} at ${r.path.join('.')}`);
    expect(unresolved).toEqual([
      'seat borgmestr at bodies.0.members.1.seat',
      'body kkx at bodies.1.supports',
      'body kkx at appointments.1.body',
      'seat borgmestre at appointments.1.seat',
      'seat formand at appointments.2.seat',
    ]);
  });
});
