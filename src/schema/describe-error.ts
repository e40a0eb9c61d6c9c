import type { ErrorObject } from 'ajv';
import type { DataPath } from '../diagnostic.js';
import { closest } from '../suggest.js';
import type { SchemaProblem } from './validate-schema.js';

const TYPE_NAMES: Record<string, string> = {
  string: 'text',
  integer: 'a whole number',
  number: 'a number',
  boolean: 'true or false',
  array: 'a list',
  object: 'a map of keys and values',
  null: 'empty',
};

/** Short, safe rendering of a value from the file for use inside a message. */
export function showValue(value: unknown): string {
  if (value === null || value === undefined) return 'nothing';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'object') return 'a map';
  const text = typeof value === 'string' ? JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}...` : value) : String(value);
  return text;
}

function typeName(value: unknown): string {
  if (value === null) return 'empty';
  if (Array.isArray(value)) return 'a list';
  if (typeof value === 'string') return `the text ${showValue(value)}`;
  if (typeof value === 'number') return `the number ${value}`;
  if (typeof value === 'boolean') return String(value);
  return 'a map';
}

function subject(path: DataPath): string {
  for (let i = path.length - 1; i >= 0; i--) {
    const segment = path[i];
    if (typeof segment === 'string') {
      return i === path.length - 1 ? `"${segment}"` : `Each entry of "${segment}"`;
    }
  }
  return 'The file';
}

const SINGULAR: Record<string, string> = { bodies: 'body', parties: 'party', municipalities: 'entry of municipalities', history: 'history event' };

/** "This body", "This seat", "The file": the entry a path ends at, for messages about the whole entry. */
function entryName(path: DataPath): string {
  if (path.length === 0) return 'The file';
  const last = path[path.length - 1];
  const owner = typeof last === 'number' ? path[path.length - 2] : last;
  if (typeof owner !== 'string') return 'This entry';
  const noun = typeof last === 'number' ? (SINGULAR[owner] ?? owner.replace(/s$/, '')) : owner.replace(/_/g, ' ');
  return `This ${noun}`;
}

function orList(items: readonly unknown[]): string {
  const shown = items.map((i) => (typeof i === 'string' ? i : JSON.stringify(i)));
  if (shown.length <= 1) return shown.join('');
  return `${shown.slice(0, -1).join(', ')} or ${shown[shown.length - 1]}`;
}

const FORMAT_HINTS: Record<string, string> = {
  date: 'a real date written YYYY-MM-DD, like 2023-04-21',
  uri: 'a full web address, like https://www.kl.dk/',
};

/** One plain sentence for one Ajv error, placed where a person would fix it. */
export function describeSchemaError(error: ErrorObject, path: DataPath): SchemaProblem {
  const params = error.params as Record<string, unknown>;
  const value = error.data;
  const what = subject(path);
  switch (error.keyword) {
    case 'additionalProperties': {
      const key = String(params.additionalProperty);
      const allowed = Object.keys(((error.parentSchema as { properties?: object } | undefined)?.properties ?? {}) as object);
      const guess = closest(key, allowed);
      const hint = guess ? ` Did you mean "${guess}"?` : ` Allowed keys here: ${allowed.join(', ')}.`;
      return { path: [...path, key], target: 'key', message: `Unknown key "${key}".${hint}`, suggestion: guess };
    }
    case 'required':
      return {
        path,
        target: path.length > 0 && typeof path[path.length - 1] === 'string' ? 'key' : 'value',
        message: `${entryName(path)} has no "${String(params.missingProperty)}"; add it.`,
        missingKey: String(params.missingProperty),
      };
    case 'type': {
      const types = ([] as string[]).concat(params.type as string | string[]);
      return { path, target: 'value', message: `${what} must be ${orList(types.map((t) => TYPE_NAMES[t] ?? t))}, but it is ${typeName(value)}.` };
    }
    case 'enum': {
      const allowed = params.allowedValues as unknown[];
      const guess = typeof value === 'string' ? closest(value, allowed.map(String)) : undefined;
      const hint = guess ? ` Did you mean "${guess}"?` : '';
      return { path, target: 'value', message: `${what} must be one of: ${allowed.map(String).join(', ')}; ${showValue(value)} is not.${hint}` };
    }
    case 'const':
      return { path, target: 'value', message: `${what} must be ${JSON.stringify(params.allowedValue)}, but it is ${showValue(value)}.` };
    case 'format': {
      const hint = FORMAT_HINTS[String(params.format)] ?? `in the format ${String(params.format)}`;
      return { path, target: 'value', message: `${what} must be ${hint}; ${showValue(value)} is not.` };
    }
    case 'pattern': {
      const isId = error.schemaPath.includes('id') || (error.parentSchema as { description?: string })?.description?.includes('identifier');
      const hint = isId ? 'an id of lower-case letters, digits and hyphens, like kkr-syddanmark' : `text matching ${String(params.pattern)}`;
      return { path, target: 'value', message: `${what} must be ${hint}; ${showValue(value)} is not.` };
    }
    case 'minimum':
    case 'maximum':
      return { path, target: 'value', message: `${what} must be ${error.keyword === 'minimum' ? 'at least' : 'at most'} ${String(params.limit)}; it is ${showValue(value)}.` };
    case 'minLength':
      return { path, target: 'value', message: `${what} must not be empty.` };
    case 'maxLength':
      return { path, target: 'value', message: `${what} is too long: at most ${String(params.limit)} characters.` };
    case 'minItems':
      return { path, target: 'value', message: `${what} must list at least ${String(params.limit)} ${Number(params.limit) === 1 ? 'entry' : 'entries'}.` };
    case 'minProperties':
      return { path, target: 'value', message: `${what} must have at least ${String(params.limit)} ${Number(params.limit) === 1 ? 'key' : 'keys'}; it says nothing.` };
    default:
      return { path, target: 'value', message: `${what}: ${error.message ?? 'does not fit the schema'}.` };
  }
}
