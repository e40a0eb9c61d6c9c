import { createRule } from '../engine/rule.js';
import type { Declaration, StructureModel } from '../model/build-model.js';
import type { AppointmentDoc } from '../model/types.js';
import { valueAt } from '../value-at.js';

const TEXT_LIMIT = 60;
const shorten = (text: string): string => {
  const flat = text.replace(/\s+/g, ' ').trim();
  if (flat.length <= TEXT_LIMIT) return flat;
  const cut = flat.slice(0, TEXT_LIMIT);
  const space = cut.lastIndexOf(' ');
  return `${space > 0 ? cut.slice(0, space) : cut}…`; // cut at a word where there is one
};

/** How a message names an entry that has no `name`: an appointment by who holds it and where. */
function describeAppointment(model: StructureModel, appointment: AppointmentDoc): string {
  const body = model.bodies.get(appointment.body)?.name ?? appointment.body;
  const who = appointment.person ?? model.municipality(appointment.municipality)?.name;
  return who === undefined ? body : `${who}, ${body}`;
}

function describe(model: StructureModel, declaration: Declaration): string {
  const entry = valueAt(model.doc, declaration.path.slice(0, -1)); // the path ends in the entry's `id`
  switch (declaration.kind) {
    case 'source':
    case 'report':
      return (entry as { title: string }).title;
    case 'appointment':
      return describeAppointment(model, entry as AppointmentDoc);
    case 'task': // only tasks written as maps have ids
      return `"${shorten((entry as { text: string }).text)}"`;
    default:
      return (entry as { name?: string }).name ?? declaration.id;
  }
}

export default createRule({
  id: 'no-duplicate-id',
  meta: {
    description: 'No two entries of the same kind share an id (seats and tasks: within their body).',
    defaultSeverity: 'error',
    messages: {
      duplicate: 'Another {{kind}} already has the id "{{id}}" ({{first}}); ids must be unique.',
      duplicateSeat: '{{body}} already has a seat with the id "{{id}}"; seat ids must be unique within a body.',
      duplicateTask: 'The mandate of {{body}} already has a task with the id "{{id}}" ({{first}}); task ids must be unique within a body.',
    },
    defaultOptions: {},
    examples: {
      failing:
        'bodies:\n  - id: kkr\n    name: KKR Syddanmark\n  - id: kkr\n    name: KKR Hovedstaden\n',
      passing:
        'bodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n  - id: kkr-hovedstaden\n    name: KKR Hovedstaden\n',
    },
  },
  check({ model, report }) {
    const first = new Map<string, Declaration>();
    for (const declaration of model.declarations) {
      // Seats and tasks are scoped by the body entry they sit in (its index), so that two bodies that
      // share an id, already reported once, do not also report every seat they have in common.
      const scope = declaration.kind === 'seat' || declaration.kind === 'task' ? String(declaration.path[1]) : '';
      const key = `${declaration.kind}\u0000${scope}\u0000${declaration.id}`;
      const earlier = first.get(key);
      if (!earlier) {
        first.set(key, declaration);
        continue;
      }
      const { id, path } = declaration;
      if (declaration.kind === 'seat' || declaration.kind === 'task') {
        const body = model.doc.bodies?.[path[1] as number]?.name ?? declaration.scope ?? '';
        report(
          declaration.kind === 'seat'
            ? { messageId: 'duplicateSeat', data: { body, id }, path }
            : { messageId: 'duplicateTask', data: { body, id, first: describe(model, earlier) }, path },
        );
        continue;
      }
      report({ messageId: 'duplicate', data: { kind: declaration.kind, id, first: describe(model, earlier) }, path });
    }
  },
});
