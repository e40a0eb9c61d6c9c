import type { DataPath } from '../diagnostic.js';
import { createRule, type MessageData } from '../engine/rule.js';
import type { BodyDoc, Selector } from '../model/types.js';

type Nowhere = { messageId: 'noPost' | 'noPostInGrouping' | 'postWithoutBody' | 'emptyBody' | 'emptyGrouping' | 'noParticipants'; data: MessageData };

export default createRule({
  id: 'derived-rule-resolves',
  meta: {
    description: 'An attendee rule, derived post or born seat points at something that can yield municipalities.',
    defaultSeverity: 'warning',
    messages: {
      noPost: 'This {{rule}} picks nobody: {{body}} has no {{post}} recorded. Record the {{post}}, or {{target}} cannot be derived.',
      noPostInGrouping:
        'This {{rule}} picks nobody: no body of {{grouping}} has a {{post}} recorded. Record the {{post}} in its bodies, or {{target}} cannot be derived.',
      postWithoutBody: 'This {{rule}} picks nobody: it names the {{post}} but not of which body. Add body or grouping, or {{target}} cannot be derived.',
      emptyBody:
        'This {{rule}} picks nobody: {{body}} lists no municipalities or members, and no rule gives it any. List its municipalities or members, or {{target}} cannot be derived.',
      emptyGrouping:
        'This {{rule}} picks nobody: no body of {{grouping}} lists municipalities or members, and no rule gives them any. List their municipalities, or {{target}} cannot be derived.',
      noParticipants: 'This {{rule}} picks nobody: the structure lists no participating municipalities. List them under municipalities, or {{target}} cannot be derived.',
    },
    defaultOptions: {},
    examples: {
      failing:
        'municipalities: [Middelfart, Assens, Odense]\nbodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    municipalities: all\n    attendees:\n      - { role: municipal-director, of: { post: chair, body: kkr-syddanmark } }\n',
      passing:
        'municipalities: [Middelfart, Assens, Odense]\nbodies:\n  - id: kkr-syddanmark\n    name: KKR Syddanmark\n    municipalities: all\n    attendees:\n      - { role: municipal-director, of: { post: chair, body: kkr-syddanmark } }\n    posts:\n      - { post: chair, side: municipalities, holder: { municipality: Middelfart } }\n',
    },
  },
  check({ model, derived, report }) {
    /**
     * A body is nowhere when nothing could ever give it municipalities: no list, no members, no born
     * seat reading anything but itself. A body whose members or born-seat facts are merely not
     * recorded yet is somewhere.
     */
    const isEmptyBody = (body: BodyDoc): boolean =>
      (body.municipalities === undefined || (Array.isArray(body.municipalities) && body.municipalities.length === 0)) &&
      (body.members ?? []).length === 0 &&
      !(body.seats ?? []).some((s) => s.born && s.born.of !== 'self' && !(typeof s.born.of === 'object' && s.born.of.body === body.id && s.born.of.post === undefined));
    const hasPost = (body: BodyDoc, post: string): boolean => (body.posts ?? []).some((p) => p.post === post);

    /** Why a selector that picks nobody points nowhere; undefined when facts are only unrecorded or an id is unknown. */
    const nowhere = (selector: Selector, context: BodyDoc): Nowhere | undefined => {
      if (derived.select(selector, context.id).size > 0) return undefined;
      if (selector === 'all') return (model.doc.municipalities ?? []).length === 0 ? { messageId: 'noParticipants', data: {} } : undefined;
      if (selector === 'self') return isEmptyBody(context) ? { messageId: 'emptyBody', data: { body: context.name } } : undefined;
      // A listed municipality that yields nothing is unknown: no-unknown-municipality reports it.
      if ((selector.municipalities ?? []).length > 0) return undefined;
      const body = selector.body === undefined ? undefined : model.bodies.get(selector.body);
      const grouping = selector.grouping === undefined ? undefined : model.groupings.get(selector.grouping);
      if ((selector.body !== undefined && !body) || (selector.grouping !== undefined && !grouping)) return undefined;
      const groupingBodies = grouping?.bodies.flatMap((id) => model.bodies.get(id) ?? []) ?? [];
      if (grouping && groupingBodies.length < grouping.bodies.length) return undefined;
      const post = selector.post;
      if (post !== undefined) {
        if (body) return hasPost(body, post) ? undefined : { messageId: 'noPost', data: { body: body.name, post } };
        if (grouping) return groupingBodies.some((g) => hasPost(g, post)) ? undefined : { messageId: 'noPostInGrouping', data: { grouping: grouping.name, post } };
        return { messageId: 'postWithoutBody', data: { post } };
      }
      // Body and grouping are a union: it points nowhere only when both parts do.
      if (body && !isEmptyBody(body)) return undefined;
      if (grouping && !groupingBodies.every(isEmptyBody)) return undefined;
      if (body) return { messageId: 'emptyBody', data: { body: body.name } };
      return grouping ? { messageId: 'emptyGrouping', data: { grouping: grouping.name } } : undefined;
    };

    const check = (selector: Selector | undefined, context: BodyDoc, path: DataPath, rule: string, target: string): void => {
      if (selector === undefined) return;
      const found = nowhere(selector, context);
      if (found) report({ messageId: found.messageId, data: { ...found.data, rule, target }, path: [...path, 'of'], target: 'key' });
    };

    model.doc.bodies?.forEach((body, b) => {
      // A repeated body id is reported elsewhere; `self` would read the first body of that id.
      if (model.bodies.get(body.id) !== body) return;
      body.attendees?.forEach((a, i) => check(a.of, body, ['bodies', b, 'attendees', i], 'attendee rule', 'the attendee'));
      body.posts?.forEach((p, i) => check(p.derived?.of, body, ['bodies', b, 'posts', i, 'derived'], `rule for the ${p.post}`, `the ${p.post}`));
      body.seats?.forEach((s, i) => check(s.born?.of, body, ['bodies', b, 'seats', i, 'born'], 'born-seat rule', `the born seats "${s.id}"`));
    });
  },
});
