// No two entries of the same kind share an id: sources, parties, bodies, groupings, appointments,
// reports, constraints; seats within their body. (govcheck: no-duplicate-id.)
const KINDS = ['sources', 'parties', 'bodies', 'groupings', 'appointments', 'reports', 'constraints'];

function duplicates(list, path, what, out) {
  if (!Array.isArray(list)) return;
  const seen = new Map();
  list.forEach((entry, i) => {
    const id = entry && typeof entry === 'object' ? entry.id : undefined;
    if (typeof id !== 'string') return;
    if (seen.has(id)) out.push({ message: `The ${what} id "${id}" is used twice (first at index ${seen.get(id)}).`, path: [...path, i, 'id'] });
    else seen.set(id, i);
  });
}

export default function uniqueIds(doc) {
  if (!doc || typeof doc !== 'object') return [];
  const out = [];
  for (const kind of KINDS) duplicates(doc[kind], [kind], kind.replace(/s$/, '').replace(/ie$/, 'y'), out);
  (Array.isArray(doc.bodies) ? doc.bodies : []).forEach((b, i) => b && duplicates(b.seats, ['bodies', i, 'seats'], 'seat', out));
  return out;
}
