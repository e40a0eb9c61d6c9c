import type { DataPath } from '../diagnostic.js';
import type { StructureModel } from '../model/build-model.js';
import type { Derived, MunicipalitySet } from '../model/derive.js';
import type { BodyDoc, EntitySelection, MunicipalitySelection, PostKind } from '../model/types.js';

/** The word that stands for the body a `for_each` is checking. */
export const EACH = '$each';

export type BodyFilter = NonNullable<EntitySelection['bodies']>;
type KeyName = 'municipality' | 'person' | 'id';

/** A value `unique` compares, with a label for messages and where it is written. */
export interface EntryKey {
  value: string;
  label: string;
  path: DataPath;
}

/** One selected body, seat declaration, member fact or post entry. */
export interface Entry {
  kind: 'body' | 'seat' | 'member' | 'post';
  body: BodyDoc;
  /** Where a finding about the entry points. */
  path: DataPath;
  /** What the entry adds to a count: a seat's `count` (1 without one), else 1. */
  weight: number;
  keys: Partial<Record<KeyName, EntryKey>>;
}

/** Where the municipalities of one body are written, by code. */
interface BodyPaths {
  list: Map<string, DataPath>;
  members: Map<string, DataPath>;
  seatMembers: Map<string, Map<string, DataPath>>;
  postHolders: Map<PostKind, Map<string, DataPath>>;
}

export interface Selections {
  /** The bodies in file order (the first of two bodies with one id). */
  readonly bodies: readonly BodyDoc[];
  /** Known bodies of a grouping, in file order. */
  groupingBodies(groupingId: string): BodyDoc[];
  /** Bodies whose `supports` names this body, in file order. */
  supporters(bodyId: string): BodyDoc[];
  municipalities(selection: MunicipalitySelection, each?: string): MunicipalitySet;
  selectBodies(filter: BodyFilter, each?: string): BodyDoc[];
  /** The seats, members or posts (or bodies) selected, in file order. */
  entries(selection: EntitySelection, each?: string): Entry[];
  /** Where a municipality of a selection is written: a list entry, a member fact or a post holder. */
  locate(selection: MunicipalitySelection, selectionPath: DataPath, code: string, each?: string): DataPath | undefined;
  /** Where a municipality of a body's own set is written. */
  locateInBody(bodyId: string, code: string): DataPath | undefined;
}

export const resolveEach = (id: string | undefined, each: string | undefined): string | undefined => (id === EACH ? each : id);

/** A memo key for a selection: the body being checked matters only when the selection says $each. */
function memoKey(selection: unknown, each: string | undefined): string {
  const text = JSON.stringify(selection);
  return text.includes(`"${EACH}"`) ? `${text}|${each}` : text;
}

const tidyPerson = (name: string): string => name.trim().replace(/\s+/g, ' ');

/**
 * What constraints select from a structure. Indexes are built once, and every answer for a given
 * selection is memoized, so a for_each over n bodies costs about as much as one pass over the file.
 */
export function createSelections(model: StructureModel, derived: Derived): Selections {
  const bodies: BodyDoc[] = [];
  const positions = new Map<string, number>();
  model.doc.bodies?.forEach((body, i) => {
    if (model.bodies.get(body.id) !== body) return;
    bodies.push(body);
    positions.set(body.id, i);
  });
  const byParent = new Map<string, BodyDoc[]>();
  const bySupports = new Map<string, BodyDoc[]>();
  const push = (map: Map<string, BodyDoc[]>, key: string | undefined, body: BodyDoc): void => {
    if (key === undefined) return;
    const list = map.get(key);
    if (list) list.push(body);
    else map.set(key, [body]);
  };
  for (const body of bodies) {
    push(byParent, body.parent, body);
    push(bySupports, body.supports, body);
  }

  const code = (ref: string | number | undefined): string | undefined => model.municipality(ref)?.code;

  const participantPaths = new Map<string, DataPath>();
  model.doc.municipalities?.forEach((p, i) => {
    const c = code(typeof p === 'object' ? p.municipality : p);
    if (c !== undefined && !participantPaths.has(c)) participantPaths.set(c, typeof p === 'object' ? ['municipalities', i, 'municipality'] : ['municipalities', i]);
  });

  const groupingMemo = new Map<string, { list: BodyDoc[]; set: ReadonlySet<BodyDoc> }>();
  const grouping = (groupingId: string): { list: BodyDoc[]; set: ReadonlySet<BodyDoc> } => {
    let hit = groupingMemo.get(groupingId);
    if (!hit) {
      const ids = new Set(model.groupings.get(groupingId)?.bodies ?? []);
      const list = bodies.filter((b) => ids.has(b.id));
      hit = { list, set: new Set(list) };
      groupingMemo.set(groupingId, hit);
    }
    return hit;
  };
  const groupingBodies = (groupingId: string): BodyDoc[] => grouping(groupingId).list;
  const supporters = (bodyId: string): BodyDoc[] => bySupports.get(bodyId) ?? [];

  // The bodies a selection's `body`, `grouping` and `supported_by` name, in that order.
  const namedBodies = (selection: Exclude<MunicipalitySelection, 'all'>, each?: string): BodyDoc[] => {
    const out = new Set<BodyDoc>();
    const add = (body: BodyDoc | undefined): void => {
      if (body) out.add(body);
    };
    const body = resolveEach(selection.body, each);
    if (body !== undefined) add(model.bodies.get(body));
    if (selection.grouping !== undefined) groupingBodies(selection.grouping).forEach(add);
    const supported = resolveEach(selection.supported_by, each);
    if (supported !== undefined) supporters(supported).forEach(add);
    return [...out];
  };

  // A seat's members are its member facts; without any, what its born rule derives.
  const seatMunicipalities = (bodyId: string, seatId: string): MunicipalitySet => {
    const facts = derived.memberMunicipalities(bodyId, seatId);
    if (facts.size > 0 || !model.seats.get(bodyId)?.get(seatId)?.born) return facts;
    return derived.bornMunicipalities(bodyId, seatId);
  };

  const municipalityMemo = new Map<string, MunicipalitySet>();
  const municipalities = (selection: MunicipalitySelection, each?: string): MunicipalitySet => {
    if (selection === 'all') return derived.participants;
    const key = memoKey(selection, each);
    const hit = municipalityMemo.get(key);
    if (hit) return hit;
    const out = new Set<string>();
    const { post, seat } = selection;
    for (const body of namedBodies(selection, each)) {
      let set: MunicipalitySet;
      if (post !== undefined && seat !== undefined) {
        const onSeat = seatMunicipalities(body.id, seat);
        set = new Set([...derived.postHolders(body.id, post)].filter((c) => onSeat.has(c)));
      } else if (post !== undefined) set = derived.postHolders(body.id, post);
      else if (seat !== undefined) set = seatMunicipalities(body.id, seat);
      else set = derived.bodyMunicipalities(body.id);
      for (const c of set) out.add(c);
    }
    for (const c of derived.codes(selection.municipalities)) out.add(c);
    municipalityMemo.set(key, out);
    return out;
  };

  const selectBodies = (filter: BodyFilter, each?: string): BodyDoc[] => {
    const parent = resolveEach(filter.parent, each);
    const supports = resolveEach(filter.supports, each);
    // Start from the narrowest index, then apply every key.
    const candidates =
      filter.grouping !== undefined
        ? groupingBodies(filter.grouping)
        : parent !== undefined
          ? (byParent.get(parent) ?? [])
          : supports !== undefined
            ? supporters(supports)
            : bodies;
    const inGrouping = filter.grouping === undefined ? undefined : grouping(filter.grouping).set;
    return candidates.filter(
      (b) =>
        (inGrouping === undefined || inGrouping.has(b)) &&
        (parent === undefined || b.parent === parent) &&
        (supports === undefined || b.supports === supports) &&
        (filter.kind === undefined || b.kind === filter.kind) &&
        (filter.level === undefined || b.level === filter.level),
    );
  };

  // The bodies a seats, members or posts filter looks in.
  const bodiesOf = (filter: { body?: string; grouping?: string }, each?: string): BodyDoc[] => {
    const bodyId = resolveEach(filter.body, each);
    if (bodyId !== undefined) {
      const body = model.bodies.get(bodyId);
      if (!body) return [];
      return filter.grouping === undefined || grouping(filter.grouping).set.has(body) ? [body] : [];
    }
    return filter.grouping !== undefined ? groupingBodies(filter.grouping) : bodies;
  };

  const municipalityKey = (ref: string | number | undefined, path: DataPath): EntryKey | undefined => {
    const m = model.municipality(ref);
    return m ? { value: m.code, label: m.name, path } : undefined;
  };
  const personKey = (person: string | undefined, path: DataPath): EntryKey | undefined =>
    person === undefined || person.trim() === '' ? undefined : { value: tidyPerson(person).toLocaleLowerCase('da'), label: tidyPerson(person), path };

  const entryMemo = new Map<string, Entry[]>();
  const entries = (selection: EntitySelection, each?: string): Entry[] => {
    const key = memoKey(selection, each);
    const hit = entryMemo.get(key);
    if (hit) return hit;
    const out: Entry[] = [];
    const at = (body: BodyDoc, ...rest: (string | number)[]): DataPath => ['bodies', positions.get(body.id)!, ...rest];
    if (selection.bodies) {
      for (const body of selectBodies(selection.bodies, each)) {
        out.push({ kind: 'body', body, path: at(body, 'id'), weight: 1, keys: { id: { value: body.id, label: body.id, path: at(body, 'id') } } });
      }
    } else if (selection.seats) {
      const f = selection.seats;
      for (const body of bodiesOf(f, each)) {
        body.seats?.forEach((seat, s) => {
          if (f.side !== undefined && seat.side !== f.side) return;
          if (f.role !== undefined && seat.role !== f.role) return;
          if (f.observer !== undefined && (seat.observer ?? false) !== f.observer) return;
          if (f.born !== undefined && (seat.born !== undefined) !== f.born) return;
          const idPath = at(body, 'seats', s, 'id');
          out.push({
            kind: 'seat',
            body,
            path: seat.count === undefined ? idPath : at(body, 'seats', s, 'count'),
            weight: seat.count ?? 1,
            keys: { id: { value: seat.id, label: seat.id, path: idPath } },
          });
        });
      }
    } else if (selection.members) {
      const f = selection.members;
      for (const body of bodiesOf(f, each)) {
        body.members?.forEach((member, m) => {
          if (f.seat !== undefined && member.seat !== f.seat) return;
          const keys: Entry['keys'] = {};
          const muni = municipalityKey(member.municipality, at(body, 'members', m, 'municipality'));
          const person = personKey(member.person, at(body, 'members', m, 'person'));
          if (muni) keys.municipality = muni;
          if (person) keys.person = person;
          out.push({ kind: 'member', body, path: at(body, 'members', m, 'seat'), weight: 1, keys });
        });
      }
    } else if (selection.posts) {
      const f = selection.posts;
      for (const body of bodiesOf(f, each)) {
        body.posts?.forEach((post, p) => {
          if (f.post !== undefined && post.post !== f.post) return;
          if (f.side !== undefined && post.side !== f.side) return;
          const keys: Entry['keys'] = {};
          const muni = municipalityKey(post.holder?.municipality, at(body, 'posts', p, 'holder', 'municipality'));
          const person = personKey(post.holder?.person, at(body, 'posts', p, 'holder', 'person'));
          if (muni) keys.municipality = muni;
          if (person) keys.person = person;
          out.push({ kind: 'post', body, path: at(body, 'posts', p, 'post'), weight: 1, keys });
        });
      }
    }
    entryMemo.set(key, out);
    return out;
  };

  const pathsMemo = new Map<string, BodyPaths>();
  const bodyPaths = (body: BodyDoc): BodyPaths => {
    let paths = pathsMemo.get(body.id);
    if (paths) return paths;
    paths = { list: new Map(), members: new Map(), seatMembers: new Map(), postHolders: new Map() };
    const b = positions.get(body.id)!;
    const first = (map: Map<string, DataPath>, ref: string | number | undefined, path: DataPath): void => {
      const c = code(ref);
      if (c !== undefined && !map.has(c)) map.set(c, path);
    };
    if (Array.isArray(body.municipalities)) body.municipalities.forEach((ref, j) => first(paths!.list, ref, ['bodies', b, 'municipalities', j]));
    body.members?.forEach((member, m) => {
      const path = ['bodies', b, 'members', m, 'municipality'];
      first(paths!.members, member.municipality, path);
      if (!paths!.seatMembers.has(member.seat)) paths!.seatMembers.set(member.seat, new Map());
      first(paths!.seatMembers.get(member.seat)!, member.municipality, path);
    });
    body.posts?.forEach((post, p) => {
      if (!paths!.postHolders.has(post.post)) paths!.postHolders.set(post.post, new Map());
      first(paths!.postHolders.get(post.post)!, post.holder?.municipality, ['bodies', b, 'posts', p, 'holder', 'municipality']);
    });
    pathsMemo.set(body.id, paths);
    return paths;
  };

  // Follows the same order as derive's bodyMunicipalities: own list, else member facts.
  const locateInBody = (bodyId: string, c: string): DataPath | undefined => {
    const body = model.bodies.get(bodyId);
    if (!body) return undefined;
    if (body.municipalities === 'all') return participantPaths.get(c);
    const paths = bodyPaths(body);
    return body.municipalities !== undefined ? paths.list.get(c) : paths.members.get(c);
  };

  const listMemo = new Map<string, Map<string, DataPath>>();
  const locate = (selection: MunicipalitySelection, selectionPath: DataPath, c: string, each?: string): DataPath | undefined => {
    if (selection === 'all') return participantPaths.get(c);
    for (const body of namedBodies(selection, each)) {
      const paths = bodyPaths(body);
      const found =
        selection.post !== undefined
          ? paths.postHolders.get(selection.post)?.get(c)
          : selection.seat !== undefined
            ? paths.seatMembers.get(selection.seat)?.get(c)
            : locateInBody(body.id, c);
      if (found) return found;
    }
    if (selection.municipalities === undefined) return undefined;
    const key = JSON.stringify(selectionPath);
    let list = listMemo.get(key);
    if (!list) {
      list = new Map();
      selection.municipalities.forEach((ref, j) => {
        const listed = code(ref);
        if (listed !== undefined && !list!.has(listed)) list!.set(listed, [...selectionPath, 'municipalities', j]);
      });
      listMemo.set(key, list);
    }
    return list.get(c);
  };

  return { bodies, groupingBodies, supporters, municipalities, selectBodies, entries, locate, locateInBody };
}
