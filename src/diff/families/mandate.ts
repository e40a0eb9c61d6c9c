/** Mandates: tasks added, removed, reworded (similar text) or moved between must and may, and the scope. */
import type { MandateDoc, TaskDoc } from '../../model/types.js';
import { MAX_SIMILARITY_PAIRS, normalizeText, pairBySimilarity, path, similarity } from '../compare.js';
import { compact, type DiffContext } from '../context.js';
import type { JsonValue } from '../types.js';
import { bodySection, matchedBodies } from './bodies.js';

/** Tasks this alike (letter pairs shared) are one task reworded, not one removed and one added. */
export const SIMILAR_TASK = 0.6;

type List = 'must' | 'may';

interface Task {
  list: List;
  index: number;
  id?: string;
  text: string;
}

function tasks(mandate: MandateDoc | undefined): Task[] {
  const out: Task[] = [];
  for (const list of ['must', 'may'] as const) {
    mandate?.[list]?.forEach((t: TaskDoc, index) => {
      const text = normalizeText(typeof t === 'string' ? t : t.text) ?? '';
      out.push({ list, index, id: typeof t === 'object' ? t.id : undefined, text });
    });
  }
  return out;
}

function taskValue(t: Task): JsonValue {
  return compact({ list: t.list, id: t.id, text: t.text });
}

function hasMandate(m: MandateDoc | undefined): boolean {
  return m !== undefined && (m.scope !== undefined || (m.must?.length ?? 0) + (m.may?.length ?? 0) > 0);
}

function mandateValue(m: MandateDoc): JsonValue {
  const list = (l: List): JsonValue => tasks(m).filter((t) => t.list === l).map((t) => t.text);
  return compact({ scope: normalizeText(m.scope), must: list('must'), may: list('may') });
}

/**
 * Pairs the tasks of two mandates: by id, then by the same text, then by similar text. The steps are
 * the same seen from either side, so swapping the files pairs the same tasks.
 */
export function pairTasks(before: Task[], after: Task[]): { pairs: [Task, Task][]; removed: Task[]; added: Task[] } {
  const pairs: [Task, Task][] = [];
  const usedOld = new Set<Task>();
  const usedNew = new Set<Task>();
  const link = (a: Task, b: Task): void => {
    pairs.push([a, b]);
    usedOld.add(a);
    usedNew.add(b);
  };
  const oldById = new Map<string, Task>();
  for (const t of before) if (t.id !== undefined && !oldById.has(t.id)) oldById.set(t.id, t);
  for (const t of after) {
    const match = t.id === undefined ? undefined : oldById.get(t.id);
    if (match && !usedOld.has(match)) link(match, t);
  }
  // Same text: prefer a partner in the same list, so that two copies in must and may stay put.
  const oldByText = new Map<string, Task[]>();
  for (const t of before) if (!usedOld.has(t)) oldByText.set(t.text, [...(oldByText.get(t.text) ?? []), t]);
  for (const pass of ['same-list', 'any'] as const) {
    for (const t of after) {
      if (usedNew.has(t)) continue;
      const candidates = (oldByText.get(t.text) ?? []).filter((c) => !usedOld.has(c) && (pass === 'any' || c.list === t.list));
      if (candidates[0]) link(candidates[0], t);
    }
  }
  const restOld = before.filter((t) => !usedOld.has(t));
  const restNew = after.filter((t) => !usedNew.has(t));
  if (restOld.length * restNew.length <= MAX_SIMILARITY_PAIRS) {
    const key = (t: Task): string => `${t.list}:${t.text}`;
    for (const [a, b] of pairBySimilarity(restOld, restNew, (a, b) => similarity(a.text, b.text), { left: key, right: key }, SIMILAR_TASK)) link(a, b);
  }
  return { pairs, removed: before.filter((t) => !usedOld.has(t)), added: after.filter((t) => !usedNew.has(t)) };
}

export function diffMandates(ctx: DiffContext): void {
  for (const [oldId, newId] of matchedBodies(ctx)) {
    const o = ctx.old.model.bodies.get(oldId)!.mandate;
    const n = ctx.new.model.bodies.get(newId)!.mandate;
    const oi = ctx.old.bodyAt.get(oldId)!;
    const ni = ctx.new.bodyAt.get(newId)!;
    const section = bodySection(newId);
    const mandatePath = path('bodies', newId, 'mandate');
    const at = { old: ['bodies', oi, 'mandate'], new: ['bodies', ni, 'mandate'] };
    // A whole mandate that appears or goes is one change, not one per task.
    if (!hasMandate(o) && !hasMandate(n)) continue;
    if (!hasMandate(o)) {
      ctx.emit({ kind: 'mandate.added', section, path: mandatePath, old: null, new: mandateValue(n!), at: { new: at.new } });
      continue;
    }
    if (!hasMandate(n)) {
      ctx.emit({ kind: 'mandate.removed', section, path: mandatePath, old: mandateValue(o!), new: null, at: { old: at.old } });
      continue;
    }
    if (normalizeText(o!.scope) !== normalizeText(n!.scope)) {
      ctx.emit({ kind: 'mandate.changed', section, path: `${mandatePath}/scope`, field: 'scope', old: normalizeText(o!.scope) ?? null, new: normalizeText(n!.scope) ?? null, at: { old: [...at.old, 'scope'], new: [...at.new, 'scope'] } });
    }
    const { pairs, removed, added } = pairTasks(tasks(o), tasks(n));
    const taskAt = (side: 'old' | 'new', t: Task): (string | number)[] => ['bodies', side === 'old' ? oi : ni, 'mandate', t.list, t.index];
    const taskPath = (t: Task): string => path('bodies', newId, 'mandate', 'tasks', t.id ?? t.text);
    const changes: { t: Task; emit: () => void }[] = [];
    for (const [a, b] of pairs) {
      if (a.list === b.list && a.text === b.text) continue;
      const kind = a.list !== b.list ? 'task.moved' : 'task.reworded';
      changes.push({ t: b, emit: () => ctx.emit({ kind, section, path: taskPath(b), old: taskValue(a), new: taskValue(b), at: { old: taskAt('old', a), new: taskAt('new', b) } }) });
    }
    for (const t of added) changes.push({ t, emit: () => ctx.emit({ kind: 'task.added', section, path: taskPath(t), old: null, new: taskValue(t), at: { new: taskAt('new', t) } }) });
    // Tasks are reported in the new file's order; removed ones after them, in the old file's order.
    changes.sort((x, y) => (x.t.list === y.t.list ? x.t.index - y.t.index : x.t.list === 'must' ? -1 : 1));
    for (const c of changes) c.emit();
    for (const t of removed) ctx.emit({ kind: 'task.removed', section, path: taskPath(t), old: taskValue(t), new: null, at: { old: taskAt('old', t) } });
  }
}
