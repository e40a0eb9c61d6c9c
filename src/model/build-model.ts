import type { DataPath } from '../diagnostic.js';
import { findMunicipality, type Municipality } from './registry.js';
import type {
  BodyDoc,
  GroupingDoc,
  HolderDoc,
  MunicipalityRef,
  PartyDoc,
  SeatDoc,
  Selector,
  SourceDoc,
  StructureDoc,
} from './types.js';

export type ReferenceKind = 'body' | 'party' | 'source' | 'grouping' | 'seat';

/** A place in the file that names another entry by id. */
export interface IdReference {
  kind: ReferenceKind;
  id: string;
  path: DataPath;
  /** For seats: the body whose seats the id must name. */
  scope?: string;
  resolved: boolean;
}

/** A place in the file that names a municipality. */
export interface MunicipalityReference {
  ref: MunicipalityRef;
  path: DataPath;
  municipality?: Municipality;
}

/** An id that is declared more than once among entries of one kind. */
export interface Declaration {
  kind: ReferenceKind | 'task' | 'report' | 'appointment';
  id: string;
  path: DataPath;
  scope?: string;
}

/** The typed model that rules, rendering and diffing work on. References are resolved. */
export interface StructureModel {
  doc: StructureDoc;
  date: string;
  /** Participating municipalities, resolved, in file order (unknown ones left out). */
  participants: Municipality[];
  bodies: Map<string, BodyDoc>;
  parties: Map<string, PartyDoc>;
  groupings: Map<string, GroupingDoc>;
  sources: Map<string, SourceDoc>;
  /** Seats by body id, then seat id. */
  seats: Map<string, Map<string, SeatDoc>>;
  declarations: Declaration[];
  references: IdReference[];
  municipalityReferences: MunicipalityReference[];
  /** The municipality a reference in the file resolves to (undefined when unknown). */
  municipality(ref: MunicipalityRef | undefined): Municipality | undefined;
}

/** Builds the model of a document that has passed the schema. */
export function buildModel(doc: StructureDoc): StructureModel {
  const declarations: Declaration[] = [];
  const references: IdReference[] = [];
  const municipalityReferences: MunicipalityReference[] = [];

  const index = <T extends { id: string }>(kind: Declaration['kind'], items: T[] | undefined, at: string): Map<string, T> => {
    const map = new Map<string, T>();
    items?.forEach((item, i) => {
      declarations.push({ kind, id: item.id, path: [at, i, 'id'] });
      if (!map.has(item.id)) map.set(item.id, item);
    });
    return map;
  };
  const sources = index('source', doc.sources, 'sources');
  const parties = index('party', doc.parties, 'parties');
  const bodies = index('body', doc.bodies, 'bodies');
  const groupings = index('grouping', doc.groupings, 'groupings');

  const seats = new Map<string, Map<string, SeatDoc>>();
  doc.bodies?.forEach((body, b) => {
    const bodySeats = seats.get(body.id) ?? new Map<string, SeatDoc>();
    seats.set(body.id, bodySeats);
    body.seats?.forEach((seat, s) => {
      declarations.push({ kind: 'seat', id: seat.id, path: ['bodies', b, 'seats', s, 'id'], scope: body.id });
      if (!bodySeats.has(seat.id)) bodySeats.set(seat.id, seat);
    });
    for (const kind of ['must', 'may'] as const) {
      body.mandate?.[kind]?.forEach((task, t) => {
        if (typeof task === 'object' && task.id) declarations.push({ kind: 'task', id: task.id, path: ['bodies', b, 'mandate', kind, t, 'id'], scope: body.id });
      });
    }
  });
  doc.reports?.forEach((r, i) => declarations.push({ kind: 'report', id: r.id, path: ['reports', i, 'id'] }));
  doc.appointments?.forEach((a, i) => {
    if (a.id) declarations.push({ kind: 'appointment', id: a.id, path: ['appointments', i, 'id'] });
  });

  const known: Record<ReferenceKind, (id: string, scope?: string) => boolean> = {
    body: (id) => bodies.has(id),
    party: (id) => parties.has(id),
    source: (id) => sources.has(id),
    grouping: (id) => groupings.has(id),
    seat: (id, scope) => scope !== undefined && (seats.get(scope)?.has(id) ?? false),
  };
  const ref = (kind: ReferenceKind, id: string | undefined, path: DataPath, scope?: string): void => {
    if (id === undefined) return;
    references.push({ kind, id, path, scope, resolved: known[kind](id, scope) });
  };
  const cache = new Map<MunicipalityRef, Municipality | undefined>();
  const municipality = (r: MunicipalityRef | undefined): Municipality | undefined => {
    if (r === undefined) return undefined;
    if (!cache.has(r)) cache.set(r, findMunicipality(r));
    return cache.get(r);
  };
  const muni = (r: MunicipalityRef | undefined, path: DataPath): void => {
    if (r !== undefined) municipalityReferences.push({ ref: r, path, municipality: municipality(r) });
  };
  const munis = (list: MunicipalityRef[] | 'all' | undefined, path: DataPath): void => {
    if (Array.isArray(list)) list.forEach((r, i) => muni(r, [...path, i]));
  };
  const selector = (sel: Selector | undefined, path: DataPath): void => {
    if (sel === undefined || typeof sel === 'string') return;
    ref('body', sel.body, [...path, 'body']);
    ref('grouping', sel.grouping, [...path, 'grouping']);
    munis(sel.municipalities, [...path, 'municipalities']);
  };
  const holder = (h: HolderDoc | undefined, path: DataPath): void => {
    if (!h) return;
    muni(h.municipality, [...path, 'municipality']);
    ref('party', h.party, [...path, 'party']);
    ref('body', h.body, [...path, 'body']);
  };

  const participants: Municipality[] = [];
  doc.municipalities?.forEach((p, i) => {
    const r = typeof p === 'object' ? p.municipality : p;
    const path = typeof p === 'object' ? ['municipalities', i, 'municipality'] : ['municipalities', i];
    muni(r, path);
    const m = municipality(r);
    if (m && !participants.includes(m)) participants.push(m);
    if (typeof p === 'object') ref('source', p.source, ['municipalities', i, 'source']);
  });
  doc.parties?.forEach((p, i) => ref('source', p.source, ['parties', i, 'source']));

  doc.bodies?.forEach((body, b) => {
    const at = (...rest: (string | number)[]): DataPath => ['bodies', b, ...rest];
    ref('body', body.parent, at('parent'));
    ref('body', body.established_by, at('established_by'));
    ref('body', body.supports, at('supports'));
    body.sits_in?.forEach((id, i) => ref('body', id, at('sits_in', i)));
    ref('source', body.source, at('source'));
    munis(body.municipalities, at('municipalities'));
    ref('source', body.mandate?.source, at('mandate', 'source'));
    body.seats?.forEach((seat, s) => {
      ref('party', seat.party, at('seats', s, 'party'));
      selector(seat.born?.of, at('seats', s, 'born', 'of'));
      ref('source', seat.born?.source, at('seats', s, 'born', 'source'));
      ref('source', seat.source, at('seats', s, 'source'));
    });
    body.members?.forEach((m, i) => {
      ref('seat', m.seat, at('members', i, 'seat'), body.id);
      holder(m, at('members', i));
      ref('source', m.source, at('members', i, 'source'));
    });
    body.attendees?.forEach((a, i) => {
      selector(a.of, at('attendees', i, 'of'));
      ref('source', a.source, at('attendees', i, 'source'));
    });
    body.posts?.forEach((p, i) => {
      holder(p.holder, at('posts', i, 'holder'));
      selector(p.derived?.of, at('posts', i, 'derived', 'of'));
      ref('seat', p.among, at('posts', i, 'among'), body.id);
      ref('source', p.source, at('posts', i, 'source'));
    });
    ref('body', body.meetings?.cadence?.aligned_with, at('meetings', 'cadence', 'aligned_with'));
    body.meetings?.hosts?.forEach((h, i) => holder(h, at('meetings', 'hosts', i)));
    body.meetings?.events?.forEach((e, i) => {
      holder(e.host, at('meetings', 'events', i, 'host'));
      ref('source', e.source, at('meetings', 'events', i, 'source'));
    });
    ref('source', body.finance?.source, at('finance', 'source'));
    body.finance?.contributions?.forEach((c, i) => {
      ref('party', c.party, at('finance', 'contributions', i, 'party'));
      ref('party', c.delivered_by, at('finance', 'contributions', i, 'delivered_by'));
      muni(c.municipality, at('finance', 'contributions', i, 'municipality'));
    });
  });

  doc.groupings?.forEach((g, i) => {
    g.bodies.forEach((id, j) => ref('body', id, ['groupings', i, 'bodies', j]));
    munis(g.partitions, ['groupings', i, 'partitions']);
    g.exceptions?.forEach((e, j) => {
      muni(e.municipality, ['groupings', i, 'exceptions', j, 'municipality']);
      e.bodies?.forEach((id, k) => ref('body', id, ['groupings', i, 'exceptions', j, 'bodies', k]));
    });
    ref('source', g.source, ['groupings', i, 'source']);
  });
  doc.appointments?.forEach((a, i) => {
    ref('body', a.body, ['appointments', i, 'body']);
    ref('seat', a.seat, ['appointments', i, 'seat'], a.body);
    ref('body', a.on_behalf_of, ['appointments', i, 'on_behalf_of']);
    muni(a.municipality, ['appointments', i, 'municipality']);
    ref('source', a.source, ['appointments', i, 'source']);
  });
  doc.reports?.forEach((r, i) => ref('source', r.source, ['reports', i, 'source']));
  doc.history?.forEach((e, i) => {
    muni(e.municipality, ['history', i, 'municipality']);
    ref('body', e.body, ['history', i, 'body']);
    ref('source', e.source, ['history', i, 'source']);
  });

  return {
    doc,
    date: doc.date,
    participants,
    bodies,
    parties,
    groupings,
    sources,
    seats,
    declarations,
    references,
    municipalityReferences,
    municipality,
  };
}
