/** The structure as a whole: its name, id, date and region, and the municipalities taking part. */
import type { MunicipalityRef, ParticipantDoc } from '../../model/types.js';
import { path } from '../compare.js';
import { codeOf, compact, municipalityRef, type DiffContext, type Side } from '../context.js';
import type { JsonValue } from '../types.js';

export function diffStructureFields(ctx: DiffContext): void {
  const o = ctx.old.model.doc;
  const n = ctx.new.model.doc;
  if (o.name !== n.name) ctx.emit({ kind: 'structure.renamed', section: '/', path: '/name', old: o.name, new: n.name, at: { old: ['name'], new: ['name'] } });
  for (const field of ['id', 'date', 'region'] as const) {
    if (o[field] === n[field]) continue;
    ctx.emit({ kind: 'structure.changed', section: '/', path: path(field), field, old: o[field] ?? null, new: n[field] ?? null, at: { old: [field], new: [field] } });
  }
}

interface Participation {
  index: number;
  entry: ParticipantDoc;
  active: boolean;
}

/** Participants by code. One listed with a `to` before the file's date (or a `from` after it) takes no part. */
function participations(side: Side): Map<string, Participation> {
  const out = new Map<string, Participation>();
  const date = side.model.date;
  side.model.doc.municipalities?.forEach((item, index) => {
    const entry: ParticipantDoc = typeof item === 'object' ? item : { municipality: item };
    const m = side.model.municipality(entry.municipality);
    if (!m || out.has(m.code)) return;
    const active = !(entry.to !== undefined && entry.to < date) && !(entry.from !== undefined && entry.from > date);
    out.set(m.code, { index, entry, active });
  });
  return out;
}

function participantValue(side: Side, p: Participation | undefined): JsonValue {
  if (!p) return null;
  return compact({ ...municipalityRef(side, p.entry.municipality), from: p.entry.from, to: p.entry.to });
}

/**
 * The latest history event of this kind for the municipality, about the collaboration as a whole: no
 * body, or a body all participants belong to.
 */
function eventDate(side: Side, event: 'joined' | 'left', code: string): string | undefined {
  let best: string | undefined;
  for (const e of side.model.doc.history ?? []) {
    if (e.event !== event || e.municipality === undefined || codeOf(side, e.municipality as MunicipalityRef) !== code) continue;
    if (e.body !== undefined) {
      const set = side.derived.bodyMunicipalities(e.body);
      const all = side.derived.participants;
      if (set.size !== all.size || [...all].some((c) => !set.has(c))) continue;
    }
    if (best === undefined || e.date > best) best = e.date;
  }
  return best;
}

export function diffParticipants(ctx: DiffContext): void {
  const before = participations(ctx.old);
  const after = participations(ctx.new);
  const codes = [...after.keys(), ...[...before.keys()].filter((c) => !after.has(c))];
  for (const code of codes) {
    const o = before.get(code);
    const n = after.get(code);
    const at = { old: o ? ['municipalities', o.index] : undefined, new: n ? ['municipalities', n.index] : undefined };
    const base = { section: '/', path: path('municipalities', code), old: participantValue(ctx.old, o), new: participantValue(ctx.new, n), at };
    const wasIn = o?.active === true;
    const isIn = n?.active === true;
    if (!wasIn && isIn) {
      const date = n!.entry.from ?? eventDate(ctx.new, 'joined', code);
      ctx.emit({ kind: 'participant.joined', ...base, ...(date ? { date } : {}) });
    } else if (wasIn && !isIn) {
      const date = n?.entry.to ?? o!.entry.to ?? eventDate(ctx.new, 'left', code);
      ctx.emit({ kind: 'participant.left', ...base, ...(date ? { date } : {}) });
    } else if (o && n) {
      for (const field of ['from', 'to'] as const) {
        if (o.entry[field] === n.entry[field]) continue;
        ctx.emit({
          kind: 'participant.changed',
          section: '/',
          path: path('municipalities', code, field),
          field,
          subject: municipalityRef(ctx.new, n.entry.municipality),
          old: o.entry[field] ?? null,
          new: n.entry[field] ?? null,
          at: { old: ['municipalities', o.index, field], new: ['municipalities', n.index, field] },
        });
      }
    }
  }
}
