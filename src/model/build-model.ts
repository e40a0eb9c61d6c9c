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

/** A place in the file that names another entry by an id no entry of that kind has. */
export interface IdReference {
  kind: ReferenceKind;
  id: string;
  path: DataPath;
  /** For seats: the body whose seats the id must name. */
  scope?: string;
}

/** A place in the file that names a municipality that is not one of the 98. */
export interface MunicipalityReference {
  ref: MunicipalityRef;
  path: DataPath;
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
  /** References to ids that no entry has (a valid file has none). */
  unresolvedReferences: IdReference[];
  /** Municipalities named that are not Danish municipalities. */
  unknownMunicipalities: MunicipalityReference[];
  /** The municipality a reference in the file resolves to (undefined when unknown). */
  municipality(ref: MunicipalityRef | undefined): Municipality | undefined;
}

/** Builds the model of a document that has passed the schema. */
export function buildModel(doc: StructureDoc): StructureModel {
  const declarations: Declaration[] = [];
  const unresolvedReferences: IdReference[] = [];
  const unknownMunicipalities: MunicipalityReference[] = [];

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
  // Only what does not resolve is kept, with its path: a national structure has tens of thousands of
  // references, and keeping each of them makes work for the garbage collector for nothing.
  const child = (base: DataPath, key: string | number): DataPath => {
    const path = base.slice();
    path.push(key);
    return path;
  };
  const ref = (kind: ReferenceKind, id: string | undefined, base: DataPath, key: string | number, scope?: string): void => {
    if (id === undefined) return;
    if (!known[kind](id, scope)) unresolvedReferences.push({ kind, id, path: child(base, key), scope });
  };
  const cache = new Map<MunicipalityRef, Municipality | undefined>();
  const municipality = (r: MunicipalityRef | undefined): Municipality | undefined => {
    if (r === undefined) return undefined;
    if (!cache.has(r)) cache.set(r, findMunicipality(r));
    return cache.get(r);
  };
  const muni = (r: MunicipalityRef | undefined, base: DataPath, key: string | number): void => {
    if (r !== undefined && municipality(r) === undefined) unknownMunicipalities.push({ ref: r, path: child(base, key) });
  };
  const munis = (list: MunicipalityRef[] | 'all' | undefined, path: DataPath): void => {
    if (Array.isArray(list)) list.forEach((r, i) => muni(r, path, i));
  };
  const selector = (sel: Selector | undefined, path: DataPath): void => {
    if (sel === undefined || typeof sel === 'string') return;
    ref('body', sel.body, path, 'body');
    ref('grouping', sel.grouping, path, 'grouping');
    if (sel.municipalities !== undefined) munis(sel.municipalities, child(path, 'municipalities'));
  };
  const holder = (h: HolderDoc, path: DataPath): void => {
    muni(h.municipality, path, 'municipality');
    ref('party', h.party, path, 'party');
    ref('body', h.body, path, 'body');
  };

  const participants: Municipality[] = [];
  doc.municipalities?.forEach((p, i) => {
    const r = typeof p === 'object' ? p.municipality : p;
    if (typeof p === 'object') muni(r, ['municipalities', i], 'municipality');
    else muni(r, ['municipalities'], i);
    const m = municipality(r);
    if (m && !participants.includes(m)) participants.push(m);
    if (typeof p === 'object') ref('source', p.source, ['municipalities', i], 'source');
  });
  doc.parties?.forEach((p, i) => ref('source', p.source, ['parties', i], 'source'));

  doc.bodies?.forEach((body, b) => {
    const at: DataPath = ['bodies', b];
    ref('body', body.parent, at, 'parent');
    ref('body', body.established_by, at, 'established_by');
    ref('body', body.supports, at, 'supports');
    body.sits_in?.forEach((id, i) => ref('body', id, ['bodies', b, 'sits_in'], i));
    ref('source', body.source, at, 'source');
    if (body.municipalities !== undefined) munis(body.municipalities, ['bodies', b, 'municipalities']);
    if (body.mandate) ref('source', body.mandate.source, ['bodies', b, 'mandate'], 'source');
    body.seats?.forEach((seat, s) => {
      const path: DataPath = ['bodies', b, 'seats', s];
      ref('party', seat.party, path, 'party');
      if (seat.born) {
        selector(seat.born.of, ['bodies', b, 'seats', s, 'born', 'of']);
        ref('source', seat.born.source, ['bodies', b, 'seats', s, 'born'], 'source');
      }
      ref('source', seat.source, path, 'source');
    });
    body.members?.forEach((m, i) => {
      const path: DataPath = ['bodies', b, 'members', i];
      ref('seat', m.seat, path, 'seat', body.id);
      holder(m, path);
      ref('source', m.source, path, 'source');
    });
    body.attendees?.forEach((a, i) => {
      selector(a.of, ['bodies', b, 'attendees', i, 'of']);
      ref('source', a.source, ['bodies', b, 'attendees', i], 'source');
    });
    body.posts?.forEach((p, i) => {
      const path: DataPath = ['bodies', b, 'posts', i];
      if (p.holder) holder(p.holder, ['bodies', b, 'posts', i, 'holder']);
      if (p.derived) selector(p.derived.of, ['bodies', b, 'posts', i, 'derived', 'of']);
      ref('seat', p.among, path, 'among', body.id);
      ref('source', p.source, path, 'source');
    });
    const meetings = body.meetings;
    if (meetings) {
      if (meetings.cadence) ref('body', meetings.cadence.aligned_with, ['bodies', b, 'meetings', 'cadence'], 'aligned_with');
      meetings.hosts?.forEach((h, i) => holder(h, ['bodies', b, 'meetings', 'hosts', i]));
      meetings.events?.forEach((e, i) => {
        if (e.host) holder(e.host, ['bodies', b, 'meetings', 'events', i, 'host']);
        ref('source', e.source, ['bodies', b, 'meetings', 'events', i], 'source');
      });
    }
    if (body.finance) {
      ref('source', body.finance.source, ['bodies', b, 'finance'], 'source');
      body.finance.contributions?.forEach((c, i) => {
        const path: DataPath = ['bodies', b, 'finance', 'contributions', i];
        ref('party', c.party, path, 'party');
        ref('party', c.delivered_by, path, 'delivered_by');
        muni(c.municipality, path, 'municipality');
      });
    }
  });

  doc.groupings?.forEach((g, i) => {
    g.bodies.forEach((id, j) => ref('body', id, ['groupings', i, 'bodies'], j));
    if (g.partitions !== undefined) munis(g.partitions, ['groupings', i, 'partitions']);
    g.exceptions?.forEach((e, j) => {
      muni(e.municipality, ['groupings', i, 'exceptions', j], 'municipality');
      e.bodies?.forEach((id, k) => ref('body', id, ['groupings', i, 'exceptions', j, 'bodies'], k));
    });
    ref('source', g.source, ['groupings', i], 'source');
  });
  // One path for every appointment, set to its index: ref() and muni() copy it only for a finding.
  const appointment: (string | number)[] = ['appointments', 0];
  doc.appointments?.forEach((a, i) => {
    appointment[1] = i;
    ref('body', a.body, appointment, 'body');
    ref('seat', a.seat, appointment, 'seat', a.body);
    ref('body', a.on_behalf_of, appointment, 'on_behalf_of');
    muni(a.municipality, appointment, 'municipality');
    ref('source', a.source, appointment, 'source');
  });
  doc.reports?.forEach((r, i) => ref('source', r.source, ['reports', i], 'source'));
  doc.history?.forEach((e, i) => {
    const path: DataPath = ['history', i];
    muni(e.municipality, path, 'municipality');
    ref('body', e.body, path, 'body');
    ref('source', e.source, path, 'source');
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
    unresolvedReferences,
    unknownMunicipalities,
    municipality,
  };
}
