// Changes made to generated structures after they are built: a "next version" of a structure that
// differs slightly (for `govcheck diff`), and the errors injected into the corpus on purpose.
import { Comment } from './yaml-writer.mjs';
import { fold } from './municipalities.mjs';

const realBodies = (doc) => doc.bodies.filter((b) => !(b instanceof Comment));
const addDays = (iso, n) => new Date(Date.parse(`${iso}T00:00:00Z`) + n * 86_400_000).toISOString().slice(0, 10);

const NEW_FIRST = ['Astrid', 'Emil', 'Freja', 'Magnus', 'Nanna', 'Oliver', 'Ellen', 'Villads', 'Asta', 'Carl'];
const NEW_LAST = ['Brandt', 'Kirkegaard', 'Overgaard', 'Winther', 'Bendtsen', 'Fog', 'Hald', 'Riis'];
const newName = (rng) => `${rng.pick(NEW_FIRST)} ${rng.pick(NEW_LAST)}`;

/** Renames one key of an object in place, keeping the order of the keys. */
function renameKey(obj, from, to) {
  const entries = Object.entries(obj);
  for (const k of Object.keys(obj)) delete obj[k];
  for (const [k, v] of entries) obj[k === from ? to : k] = v;
}

/**
 * The structure a month later: some chairs changed, some bodies renamed, some members left their
 * seat with a successor appointed, one network added and one closed. About 1% of the file differs.
 */
export function nextVersion(doc, rng) {
  const next = structuredCloneKeepingClasses(doc);
  next.date = addDays(doc.date, 31);
  const bodies = realBodies(next);
  const changes = { renamed: 0, chairs: 0, successions: 0, added: 0, removed: 0 };

  for (const body of bodies) {
    if (rng.chance(0.01)) {
      body.name = `${body.name} (ny struktur)`;
      changes.renamed++;
    }
    const chair = body.posts?.find((p) => p.post === 'chair' && p.holder);
    if (chair && rng.chance(0.01)) {
      const holder = chair.holder.value ?? chair.holder;
      holder.person = newName(rng);
      changes.chairs++;
    }
  }

  const appointments = next.appointments;
  for (let i = 0; i < appointments.length; i++) {
    const a = appointments[i];
    if (a.status !== 'in-force' || a.from === undefined || a.to === undefined || a.from >= doc.date || !rng.chance(0.01)) continue;
    const leaves = addDays(doc.date, rng.int(1, 25));
    const successor = { body: a.body, seat: a.seat, person: newName(rng), party_letter: a.party_letter, municipality: a.municipality, on_behalf_of: a.on_behalf_of, role: a.role, from: addDays(leaves, 1), to: a.to, status: 'in-force', decided_on: leaves };
    a.to = leaves;
    a.status = 'ended';
    appointments.splice(i + 1, 0, successor);
    i++;
    changes.successions++;
  }

  // Close one network (nothing refers to networks) and open a new one like another.
  const networks = bodies.filter((b) => b.seats?.[0]?.id === 'deltagere');
  if (networks.length > 2) {
    const closed = rng.pick(networks);
    next.bodies = next.bodies.filter((b) => b !== closed);
    changes.removed++;
    const model = networks.find((b) => b !== closed);
    next.bodies.push({ ...structuredCloneKeepingClasses(model), id: `${model.id.slice(0, 70)}-ny`, name: `${model.name}, ny`, from: next.date });
    changes.added++;
  }
  return { doc: next, changes };
}

/** A deep copy that keeps the writer's style classes (flow lists, folded text, comments). */
function structuredCloneKeepingClasses(value) {
  if (Array.isArray(value)) return value.map(structuredCloneKeepingClasses);
  if (value && typeof value === 'object') {
    const copy = Object.create(Object.getPrototypeOf(value));
    for (const [k, v] of Object.entries(value)) copy[k] = structuredCloneKeepingClasses(v);
    return copy;
  }
  return value;
}

const MISSPELT = { name: 'nmae', parent: 'parnet', municipalities: 'municipalites', purpose: 'purpsoe', source: 'soruce', kind: 'knid', seats: 'seat' };
const NOT_MUNICIPALITIES = ['Københaven', 'Aarhuus', 'Odensee', 'Sønderborgg', 'Nordby', 'Vestkysten', 'Frederikssværk', 'Skagen', 'Roskile', 'Hjørring Øst'];
export const ERROR_KINDS = ['misspelt-key', 'unknown-municipality', 'duplicate-id', 'unknown-reference'];

/** Injects one error of the given kind; returns a short description of what was changed. */
export function injectError(doc, kind, rng, known) {
  const bodies = realBodies(doc);
  switch (kind) {
    case 'misspelt-key': {
      const body = rng.pick(bodies.filter((b) => b.id !== bodies[0].id));
      const keys = Object.keys(body).filter((k) => MISSPELT[k] && body[k] !== undefined);
      const key = rng.pick(keys);
      renameKey(body, key, MISSPELT[key]);
      return `bodies: "${body.id}" has "${MISSPELT[key]}" for "${key}"`;
    }
    case 'unknown-municipality': {
      const name = rng.pick(NOT_MUNICIPALITIES.filter((n) => !known.has(fold(n))));
      const list = doc.municipalities.value ?? doc.municipalities;
      const i = rng.int(0, list.length - 1);
      if (typeof list[i] === 'object') list[i].municipality = name;
      else list[i] = name;
      return `municipalities[${i}] is "${name}"`;
    }
    case 'duplicate-id': {
      const networks = bodies.filter((b) => b.seats?.[0]?.id === 'deltagere');
      const pool = networks.length ? networks : bodies.slice(1);
      const body = rng.pick(pool);
      const other = rng.pick(bodies.filter((b) => b !== body));
      const was = body.id;
      body.id = other.id;
      return `body "${was}" renamed to the existing id "${other.id}"`;
    }
    case 'unknown-reference': {
      const withParent = bodies.filter((b) => b.parent !== undefined);
      const body = rng.pick(withParent.length ? withParent : bodies.slice(1));
      const target = `${body.parent ?? bodies[0].id}-udvalg`;
      body.parent = target;
      return `body "${body.id}" has parent "${target}", which is not declared`;
    }
    default:
      throw new Error(`unknown error kind ${kind}`);
  }
}
