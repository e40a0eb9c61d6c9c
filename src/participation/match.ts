import type { StructureModel } from '../model/build-model.js';
import { findMunicipality, suggestMunicipality, type Municipality } from '../model/registry.js';
import { closest } from '../suggest.js';

/** One structure for the participation view: its model (from `validate`) and the file it came from. */
export interface ParticipationInput {
  model: StructureModel;
  file: string;
}

/** Whom a participation view is about: a municipality, or a person named in the structures. */
export type Subject =
  | { kind: 'municipality'; query: string; municipality: Municipality; /** A person of the same name, whom the view is not about. */ alsoPerson?: string }
  | { kind: 'person'; query: string; /** The name as first written in the structures. */ name: string };

/** `--for` names neither a municipality nor a person of the given structures. */
export class UnknownSubjectError extends Error {
  constructor(
    readonly query: string,
    /** Likely meant: the closest municipality and the closest person's name, when close enough. */
    readonly suggestions: string[],
  ) {
    const did = suggestions.length > 0 ? ` Did you mean ${suggestions.join(' or ')}?` : '';
    super(
      query.trim() === ''
        ? 'Give the name, alias or code of a municipality, or the name of a person, with --for.'
        : `"${query}" is neither a municipality nor a person named in the given structures.${did}`,
    );
    this.name = 'UnknownSubjectError';
  }
}

/** A person's name for comparison: case folded, spaces trimmed and collapsed (accents are kept). */
export function normalizeName(text: string): string {
  return text.normalize('NFC').trim().replace(/\s+/g, ' ').toLocaleLowerCase('da');
}

/**
 * Every person the structures name as a member, a post holder or an appointee, each once (by
 * normalized name), spelled as first written, in file order.
 */
export function personNames(inputs: readonly ParticipationInput[]): string[] {
  const seen = new Map<string, string>();
  const add = (person: string | undefined) => {
    if (person === undefined || person.trim() === '') return;
    const key = normalizeName(person);
    if (!seen.has(key)) seen.set(key, person.trim().replace(/\s+/g, ' '));
  };
  for (const { model } of inputs) {
    for (const body of model.bodies.values()) {
      for (const member of body.members ?? []) add(member.person);
      for (const post of body.posts ?? []) add(post.holder?.person);
    }
    for (const appointment of model.doc.appointments ?? []) add(appointment.person);
  }
  return [...seen.values()];
}

/**
 * Reads `--for`: a municipality (name, alias or code, as the registry knows them) wins over a person
 * of the same name, which is then named in `alsoPerson`; else a person named in the structures; else
 * an UnknownSubjectError with the closest municipality and person as suggestions.
 */
export function resolveSubject(inputs: readonly ParticipationInput[], who: string): Subject {
  const query = who;
  if (who.trim() === '') throw new UnknownSubjectError(who, []);
  const persons = personNames(inputs);
  const key = normalizeName(who);
  const person = persons.find((p) => normalizeName(p) === key);
  const municipality = findMunicipality(who);
  if (municipality) return { kind: 'municipality', query, municipality, alsoPerson: person };
  if (person !== undefined) return { kind: 'person', query, name: person };
  const suggestions = [suggestMunicipality(who), closest(who, persons)].filter((s): s is string => s !== undefined);
  throw new UnknownSubjectError(who, [...new Set(suggestions)]);
}
