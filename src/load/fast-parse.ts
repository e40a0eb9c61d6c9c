import jsYaml from 'js-yaml';

/**
 * The fast path: js-yaml reads plain structure files several times faster than the `yaml` package,
 * but keeps no positions and is laxer in corners. So it is used only where the two are known to give
 * the same data (a differential test keeps it so), and `parse-yaml.ts` reads every file that has a
 * finding, or anything this path does not take, with positions.
 */

// YAML 1.2 core schema types, as the `yaml` package resolves them (js-yaml's own core differs).
const nullType = new jsYaml.Type('tag:yaml.org,2002:null', {
  kind: 'scalar',
  resolve: (data: string) => /^(?:~|null|Null|NULL)?$/.test(data),
  construct: () => null,
  defaultStyle: 'lowercase',
});
const boolType = new jsYaml.Type('tag:yaml.org,2002:bool', {
  kind: 'scalar',
  resolve: (data: string) => /^(?:true|True|TRUE|false|False|FALSE)$/.test(data),
  construct: (data: string) => data === 'true' || data === 'True' || data === 'TRUE',
});
const intType = new jsYaml.Type('tag:yaml.org,2002:int', {
  kind: 'scalar',
  resolve: (data: string) => /^(?:[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+)$/.test(data),
  construct: (data: string) => (data.startsWith('0o') ? parseInt(data.slice(2), 8) : data.startsWith('0x') ? parseInt(data.slice(2), 16) : Number(data)),
});
const floatType = new jsYaml.Type('tag:yaml.org,2002:float', {
  kind: 'scalar',
  resolve: (data: string) => /^(?:[-+]?(?:\.[0-9]+|[0-9]+(?:\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?|[-+]?\.(?:inf|Inf|INF)|\.nan|\.NaN|\.NAN)$/.test(data),
  construct: (data: string) => (/nan$/i.test(data) ? NaN : /inf$/i.test(data) ? (data.startsWith('-') ? -Infinity : Infinity) : Number(data)),
});
const SCHEMA = new jsYaml.Schema({ implicit: [nullType, boolType, intType, floatType], explicit: [] });

/**
 * Syntax the fast path leaves to the full reader: anchors, aliases and tags; explicit and complex
 * keys; directives; merge keys; tabs; lone CR line breaks. A false alarm only costs speed.
 */
const NOT_FOR_FAST_PATH = /\t|(?:^|[\s[{,])[&*!][^\s,\]}]|(?:^|[\s[{,-])\?(?:\s|$)|^%|<<|\r(?!\n)|\{\s*[[{]|,\s*\[|[\]}]\s*:|["'[\]{},]#/m;

export type FastParseResult = { ok: true; data: unknown } | { ok: false };

/** Plain data, when the fast path is sure it reads the text exactly as `parseYaml` would. */
export function fastParse(text: string, maxDepth: number): FastParseResult {
  if (NOT_FOR_FAST_PATH.test(text) || hasMultiLineQuote(text)) return { ok: false };
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema: SCHEMA });
  } catch {
    return { ok: false };
  }
  // An empty document, or data the full reader would refuse, is left to it for the diagnostic.
  if (data === null || data === undefined || !plainWithin(data, maxDepth)) return { ok: false };
  return { ok: true, data };
}

/**
 * Whether a quoted scalar runs over a line break: the two readers differ on how its continuation
 * lines must be indented, so such files take the full reader. A quote counts where a token starts.
 */
function hasMultiLineQuote(text: string): boolean {
  // Lines of a block scalar (after `key: >-` or `- |`) are text: quotes there open nothing.
  let blockParent = -1;
  for (const line of text.split('\n')) {
    const indent = line.length - line.trimStart().length;
    if (blockParent >= 0) {
      if (line.trim() === '' || indent > blockParent) continue;
      blockParent = -1;
    }
    if (/(?:^|[\s:-])[|>][-+0-9]*\s*(?:#.*)?$/.test(line)) blockParent = indent;
    let i = 0;
    while (i < line.length) {
      const c = line[i]!;
      if (c === '#' && (i === 0 || /\s/.test(line[i - 1]!))) break;
      const tokenStart = i === 0 || /[\s[{,:]/.test(line[i - 1]!);
      if ((c === '"' || c === "'") && tokenStart) {
        let j = i + 1;
        for (; j < line.length; j++) {
          if (c === '"' && line[j] === '\\') j++;
          else if (line[j] === c) {
            if (c === "'" && line[j + 1] === "'") j++;
            else break;
          }
        }
        if (j >= line.length) return true;
        i = j + 1;
        continue;
      }
      // Skip a plain scalar up to the next separator, so a quote inside it (6-by's) is text.
      if (!/[\s[\]{},:]/.test(c)) {
        while (i < line.length && !/[\s[\]{},]/.test(line[i]!) && !(line[i] === ':' && /\s|$/.test(line[i + 1] ?? ''))) i++;
        continue;
      }
      i++;
    }
  }
  return false;
}

/** Only finite numbers, and no deeper than the limit (checked without recursion). */
function plainWithin(root: unknown, maxDepth: number): boolean {
  const stack: [unknown, number][] = [[root, 0]];
  while (stack.length > 0) {
    const [value, depth] = stack.pop()!;
    if (typeof value === 'number' && !Number.isFinite(value)) return false;
    if (value === null || typeof value !== 'object') continue;
    if (depth + 1 > maxDepth) return false;
    for (const child of Array.isArray(value) ? value : Object.values(value)) stack.push([child, depth + 1]);
  }
  return true;
}
