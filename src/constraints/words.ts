import type { StructureModel } from '../model/build-model.js';
import { MUNICIPALITIES } from '../model/registry.js';
import type { ConstraintDoc, EntitySelection, MunicipalitySelection, Side } from '../model/types.js';
import { resolveEach, type BodyFilter } from './select.js';
import { compareDanish } from '../compare-danish.js';

const NAMES = new Map(MUNICIPALITIES.map((m) => [m.code, m.name]));
const LIST_LIMIT = 8;

const SIDE_WORDS: Record<Side, string> = {
  municipalities: 'municipal',
  region: 'regional',
  'general-practice': 'general-practice',
  kl: 'KL',
  state: 'state',
  foundation: 'foundation',
  other: 'other',
};

export const municipalityName = (code: string): string => NAMES.get(code) ?? code;

/** "A", "A and B", "A, B and C"; long lists end in "and 12 more". */
export function joinAnd(items: readonly string[]): string {
  if (items.length <= 1) return items[0] ?? '';
  const shown = items.length > LIST_LIMIT ? [...items.slice(0, LIST_LIMIT - 1), `${items.length - LIST_LIMIT + 1} more`] : items;
  return `${shown.slice(0, -1).join(', ')} and ${shown[shown.length - 1]}`;
}

/** Municipality names of a set of codes, in Danish order. */
export const municipalityList = (codes: Iterable<string>): string => joinAnd([...codes].map(municipalityName).sort(compareDanish));

export const isAre = (n: number): string => (n === 1 ? 'is' : 'are');

const plural = (n: number, one: string, many: string): string => (n === 1 ? one : many);
const words = (...parts: (string | undefined | false)[]): string => parts.filter(Boolean).join(' ');

export function expectedText(c: ConstraintDoc): string {
  if (c.exactly !== undefined) return `exactly ${c.exactly}`;
  if (c.min !== undefined && c.max !== undefined) return `between ${c.min} and ${c.max}`;
  return c.min !== undefined ? `at least ${c.min}` : `at most ${c.max}`;
}

/** The constraint's `says`, as the end of a failure's last sentence (which supplies the full stop). */
export function saysText(c: ConstraintDoc): string {
  const text = c.says?.trim().replace(/\s+/g, ' ').replace(/\.$/, '');
  return text ? `. The mandate says: "${text}"` : '';
}

/** How constraints name bodies, groupings and the sets and entries they select. */
export function createWords(model: StructureModel) {
  const bodyName = (id: string): string => model.bodies.get(id)?.name ?? id;
  const groupingName = (id: string): string => model.groupings.get(id)?.name ?? id;

  /** A municipality set with its preposition: "in X", "among the chair holders in X". */
  const municipalitiesPhrase = (selection: MunicipalitySelection, each?: string): string => {
    if (selection === 'all') return 'among the participants';
    const named: string[] = [];
    const body = resolveEach(selection.body, each);
    if (body !== undefined) named.push(bodyName(body));
    if (selection.grouping !== undefined) named.push(groupingName(selection.grouping));
    const supported = resolveEach(selection.supported_by, each);
    if (supported !== undefined) named.push(`the bodies supporting ${bodyName(supported)}`);
    const where = joinAnd(named);
    const { post, seat } = selection;
    const parts: string[] = [];
    if (named.length > 0) {
      if (post !== undefined && seat !== undefined) parts.push(`among the ${post} holders on seat "${seat}" of ${where}`);
      else if (post !== undefined) parts.push(`among the ${post} holders in ${where}`);
      else if (seat !== undefined) parts.push(`among the members on seat "${seat}" of ${where}`);
      else parts.push(`in ${where}`);
    }
    if (selection.municipalities !== undefined) parts.push('among the listed municipalities');
    return parts.join(' or ');
  };

  /** "the political bodies of De fire klynger": what a body filter selects. */
  const bodiesPhrase = (filter: BodyFilter, each?: string): string => {
    const parent = resolveEach(filter.parent, each);
    const supports = resolveEach(filter.supports, each);
    return words(
      'the',
      filter.kind,
      filter.level,
      'bodies',
      filter.grouping !== undefined && `of ${groupingName(filter.grouping)}`,
      parent !== undefined && `under ${bodyName(parent)}`,
      supports !== undefined && `supporting ${bodyName(supports)}`,
    );
  };

  /**
   * What an entity selection counts, as a noun for n of them: "municipal seats", "chair posts".
   * The body the message is already about is not named again.
   */
  const entitiesNoun = (selection: EntitySelection, n: number, contextBody: string | undefined, each?: string): string => {
    const where = (filter: { body?: string; grouping?: string }): string | false => {
      const body = resolveEach(filter.body, each);
      if (body !== undefined && body !== contextBody) return `in ${bodyName(body)}`;
      return filter.grouping !== undefined && `in ${groupingName(filter.grouping)}`;
    };
    if (selection.municipalities !== undefined) {
      const m = selection.municipalities;
      const onlyContext = m !== 'all' && m.body !== undefined && resolveEach(m.body, each) === contextBody && Object.keys(m).length === 1;
      const phrase = m === 'all' || onlyContext ? undefined : municipalitiesPhrase(m, each);
      return words(plural(n, 'municipality', 'municipalities'), phrase);
    }
    if (selection.bodies) return bodiesPhrase(selection.bodies, each).replace(/^the /, '').replace(/\bbodies\b/, plural(n, 'body', 'bodies'));
    if (selection.seats) {
      const f = selection.seats;
      return words(
        f.side && SIDE_WORDS[f.side],
        f.born === true ? 'born' : f.born === false && 'non-born',
        f.observer === true ? 'observer' : f.observer === false && 'non-observer',
        f.role?.replace(/-/g, ' '),
        plural(n, 'seat', 'seats'),
        where(f),
      );
    }
    if (selection.members) {
      const f = selection.members;
      return words(plural(n, 'member', 'members'), f.seat !== undefined && `on seat "${f.seat}"`, where(f));
    }
    const f = selection.posts ?? {};
    return words(f.side && SIDE_WORDS[f.side], f.post, plural(n, 'post', 'posts'), where(f));
  };

  return { bodyName, groupingName, municipalitiesPhrase, bodiesPhrase, entitiesNoun };
}

export type Words = ReturnType<typeof createWords>;
