/**
 * Plain scalars as the YAML 1.2 core schema resolves them in the `yaml` package (js-yaml's own core
 * differs: `0101`, `yes`, timestamps). Shared by the fast path's js-yaml schema and the line reader.
 */

function startsNumber(data: string): boolean {
  const c = data.charCodeAt(0);
  return (c >= 0x30 && c <= 0x39) || c === 0x2b || c === 0x2d;
}

// Each test looks at the first character before its pattern: most scalars are names and text.
export const isNull = (data: string): boolean => data.length === 0 || ('~nN'.includes(data[0]!) && /^(?:~|null|Null|NULL)$/.test(data));
export const isBool = (data: string): boolean => 'tTfF'.includes(data[0]!) && /^(?:true|True|TRUE|false|False|FALSE)$/.test(data);
export const toBool = (data: string): boolean => data === 'true' || data === 'True' || data === 'TRUE';
export const isInt = (data: string): boolean => startsNumber(data) && /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(data);
export const toInt = (data: string): number => (data.startsWith('0o') ? parseInt(data.slice(2), 8) : data.startsWith('0x') ? parseInt(data.slice(2), 16) : Number(data));
export const isFloat = (data: string): boolean =>
  (startsNumber(data) || data[0] === '.') && /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(data);
export const toFloat = (data: string): number => (/nan$/i.test(data) ? NaN : /inf$/i.test(data) ? (data.startsWith('-') ? -Infinity : Infinity) : Number(data));

/** A plain scalar's value: null, a boolean, a number, or the text itself. */
export function resolvePlainScalar(data: string): unknown {
  if (isNull(data)) return null;
  if (isBool(data)) return toBool(data);
  if (isInt(data)) return toInt(data);
  if (isFloat(data)) return toFloat(data);
  return data;
}
