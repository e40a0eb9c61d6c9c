import type { DataPath } from './diagnostic.js';

/** The value at a path in plain data, reading own properties only (never the prototype chain). */
export function valueAt(root: unknown, path: DataPath): unknown {
  let value = root;
  for (const segment of path) {
    if (value === null || typeof value !== 'object') return undefined;
    value = Object.prototype.hasOwnProperty.call(value, segment) ? (value as Record<string | number, unknown>)[segment] : undefined;
  }
  return value;
}
