// Every body id used anywhere in a structure names a body declared under `bodies`; every appointment's
// seat is a seat of its body. (govcheck: no-unknown-reference, for bodies and seats.)
const LINKS = ['parent', 'established_by', 'supports'];

function selectorBodies(selector, path, out) {
  if (selector && typeof selector === 'object' && typeof selector.body === 'string' && selector.body !== '$each') {
    out.push([selector.body, [...path, 'body']]);
  }
}

export default function bodyReferences(doc) {
  if (!doc || typeof doc !== 'object' || !Array.isArray(doc.bodies)) return [];
  const declared = new Map();
  doc.bodies.forEach((b) => {
    if (b && typeof b.id === 'string' && !declared.has(b.id)) declared.set(b.id, b);
  });
  const refs = [];
  doc.bodies.forEach((b, i) => {
    if (!b || typeof b !== 'object') return;
    const at = ['bodies', i];
    for (const key of LINKS) if (typeof b[key] === 'string') refs.push([b[key], [...at, key]]);
    if (Array.isArray(b.sits_in)) b.sits_in.forEach((id, j) => refs.push([id, [...at, 'sits_in', j]]));
    (b.members ?? []).forEach((m, j) => m && typeof m.body === 'string' && refs.push([m.body, [...at, 'members', j, 'body']]));
    (b.seats ?? []).forEach((s, j) => s && s.born && selectorBodies(s.born.of, [...at, 'seats', j, 'born', 'of'], refs));
    (b.attendees ?? []).forEach((a, j) => a && selectorBodies(a.of, [...at, 'attendees', j, 'of'], refs));
    (b.posts ?? []).forEach((p, j) => {
      if (!p) return;
      if (p.holder && typeof p.holder.body === 'string') refs.push([p.holder.body, [...at, 'posts', j, 'holder', 'body']]);
      if (p.derived) selectorBodies(p.derived.of, [...at, 'posts', j, 'derived', 'of'], refs);
    });
    const cadence = b.meetings && b.meetings.cadence;
    if (cadence && typeof cadence.aligned_with === 'string') refs.push([cadence.aligned_with, [...at, 'meetings', 'cadence', 'aligned_with']]);
  });
  (doc.groupings ?? []).forEach((g, i) => {
    if (g && Array.isArray(g.bodies)) g.bodies.forEach((id, j) => refs.push([id, ['groupings', i, 'bodies', j]]));
  });
  const results = [];
  (doc.appointments ?? []).forEach((a, i) => {
    if (!a || typeof a !== 'object') return;
    if (typeof a.body === 'string') {
      refs.push([a.body, ['appointments', i, 'body']]);
      const body = declared.get(a.body);
      if (body && typeof a.seat === 'string' && !(body.seats ?? []).some((s) => s && s.id === a.seat)) {
        results.push({ message: `Seat "${a.seat}" is not a seat of body "${a.body}".`, path: ['appointments', i, 'seat'] });
      }
    }
    if (typeof a.on_behalf_of === 'string') refs.push([a.on_behalf_of, ['appointments', i, 'on_behalf_of']]);
  });
  for (const [id, path] of refs) {
    if (typeof id === 'string' && !declared.has(id)) results.push({ message: `No body has the id "${id}".`, path });
  }
  return results;
}
