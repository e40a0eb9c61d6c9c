import jsYaml from 'js-yaml';
import { AliasTargets } from './alias-targets.js';
import { isBool, isFloat, isInt, isNull, toBool, toFloat, toInt } from './core-scalars.js';
import { readWithPositions, type MaybeLocate } from './fast-locate.js';
import { MAX_KEY_LENGTH, readLines } from './line-reader.js';

/**
 * The fast path: the line reader (line-reader.ts) first, then js-yaml, read plain structure files
 * several times faster than the `yaml` package, but keep no positions, and js-yaml is laxer in
 * corners. So each is used only where it is known to give the same data as `yaml` (differential
 * tests keep them so), and `parse-yaml.ts` reads every file that has a finding, or anything this
 * path does not take, with positions.
 */

// YAML 1.2 core schema types, as the `yaml` package resolves them (js-yaml's own core differs).
const nullType = new jsYaml.Type('tag:yaml.org,2002:null', { kind: 'scalar', resolve: isNull, construct: () => null, defaultStyle: 'lowercase' });
const boolType = new jsYaml.Type('tag:yaml.org,2002:bool', { kind: 'scalar', resolve: isBool, construct: toBool });
const intType = new jsYaml.Type('tag:yaml.org,2002:int', { kind: 'scalar', resolve: isInt, construct: toInt });
const floatType = new jsYaml.Type('tag:yaml.org,2002:float', { kind: 'scalar', resolve: isFloat, construct: toFloat });
export const FAST_SCHEMA = new jsYaml.Schema({ implicit: [nullType, boolType, intType, floatType], explicit: [] });

/**
 * Syntax the fast path leaves to the full reader: tags; aliases used as keys; explicit and complex
 * keys; directives; merge keys; tabs; lone CR line breaks; two anchors on one node, an anchor
 * before a key on its line, or an anchor on an empty key (js-yaml takes all three). A false alarm
 * only costs speed. Each pattern runs only when its first character occurs in the text, since one
 * regular expression over the whole file costs more than the parse of a clean file's flow collections.
 */
const RARE_SYNTAX: readonly (readonly [string, RegExp])[] = [
  ['\t', /\t/],
  ['!', /(?:^|[\s[{,])![^\s,\]}]/m],
  ['*', /(?:^|[\s[{,?-])\*[^\s,\]}]+\s*:/m],
  ['&', /&[^\s,\]}]+\s+[*&]|&[^\s,\]}]+ +[^\s{[][^\n]*:(?:\s|$)|&[^\s,\]}]+\s+:(?:\s|$)/],
  ['?', /(?:^|[\s[{,-])\?(?:\s|$)/m],
  ['%', /^%/m],
  ['<<', /<</],
  ['\r', /\r(?!\n)/],
];

/** Flow collections as keys or nested at once (`{[`, `, [`, `]:`), and `#` right after a quote or bracket. */
const FLOW_NESTED_AFTER = /\s*[[{]/y;
const COLON_AFTER = /\s*:/y;
const SPACE = /\s/;

export function notForFastPath(text: string): boolean {
  for (const [first, pattern] of RARE_SYNTAX) if (text.includes(first) && pattern.test(text)) return true;
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) {
    FLOW_NESTED_AFTER.lastIndex = i + 1;
    if (FLOW_NESTED_AFTER.test(text)) return true;
  }
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) {
    let j = i - 1;
    while (j >= 0 && SPACE.test(text[j]!)) j--;
    if (text[j] === ',') return true;
  }
  for (const close of [']', '}']) {
    for (let i = text.indexOf(close); i >= 0; i = text.indexOf(close, i + 1)) {
      COLON_AFTER.lastIndex = i + 1;
      if (COLON_AFTER.test(text)) return true;
    }
  }
  for (let i = text.indexOf('#'); i >= 0; i = text.indexOf('#', i + 1)) if (i > 0 && '"\'[]{},'.includes(text[i - 1]!)) return true;
  return false;
}

/**
 * With `withPositions`, `locate` is null where the text could not be read with positions, and
 * undefined where they were not read yet. `byLines`: the line reader read the text.
 */
export type FastParsed = { ok: true; data: unknown; locate?: MaybeLocate | null; byLines?: true };
export type FastParseResult = FastParsed | { ok: false };

/**
 * Plain data, when the fast path is sure it reads the text exactly as `parseYaml` would; with
 * `withPositions`, read in the same pass with a locator where one lines up.
 */
export function fastParse(text: string, maxDepth: number, aliasAllowance: number, withPositions = false): FastParseResult {
  // Most structure files hold nothing but what the line reader takes: it reads them quickest. Its
  // files are located by walking their lines (lineLocator), and by js-yaml's listener only if need be.
  const lines = readLines(text, maxDepth);
  if (lines) {
    // The reader kept within depth, numbers and key lengths itself: only what aliases add is left.
    const within = lines.shared.size === 0 || plainWithin(lines.data, maxDepth, aliasAllowance, lines.shared);
    return within ? { ok: true, data: lines.data, byLines: true } : { ok: false };
  }
  if (notForFastPath(text) || hasMultiLineToken(text)) return { ok: false };
  let aliases = new AliasTargets();
  const read = withPositions ? readWithPositions(text, FAST_SCHEMA, aliases) : undefined;
  let data: unknown = read?.data;
  if (!read) {
    aliases = new AliasTargets();
    // Watches the aliases from the first node on, then stops listening: one call, not one per node.
    const listener = (_event: string, state: { anchorMap?: unknown; listener: unknown }) => {
      aliases.watch(state);
      state.listener = null;
    };
    try {
      data = jsYaml.load(text, { schema: FAST_SCHEMA, ...(text.includes('*') ? { listener } : {}) } as jsYaml.LoadOptions);
    } catch {
      return { ok: false };
    }
  }
  // An empty document, or data the full reader would refuse, is left to it for the diagnostic.
  if (data === null || data === undefined) return { ok: false };
  // Without an alias nothing is shared: a plain walk without bookkeeping will do.
  if (!(text.includes('*') ? plainWithin(data, maxDepth, aliasAllowance, aliases.targets) : plainTree(data, 0, maxDepth))) return { ok: false };
  return withPositions ? { ok: true, data, locate: read?.locate ?? null } : { ok: true, data };
}

/**
 * Whether the readers could differ on a token that runs over a line break: a quoted scalar (they
 * differ on how its continuation lines must be indented), or a flow collection ([…], {…}) whose
 * continuation lines are not indented deeper than the block it is in (js-yaml takes them, the full
 * reader does not). Such files take the full reader. A quote or bracket counts where a token starts.
 */
const INTERESTING = /["'[{|>]/g;
const LEADING_SPACE = /[^\S\n]*/y;
export const BLOCK_SCALAR_HEADER = /(?:^|[\s:-])[|>][-+0-9]*\s*(?:#.*)?$/;
/**
 * A line the scan below would find nothing in (a property test holds them together): `- ` and a
 * plain `key: ` if any, then a quoted scalar, a flow collection without quotes or brackets inside, or
 * plain text without quotes or brackets, closed on the line; then a comment. No `|` or `>` anywhere
 * (the scan takes those for a block scalar's header where it can).
 */
const SIMPLE_LINE =
  /[ ]*(?:- +)*(?:[^\s"'#[\]{},:|>&*!%@`?-][^\n"'#[\]{},:]*: +)?(?:"(?:[^"\\\n|>]|\\[^\n|>])*"|'(?:[^'\n|>]|'')*'|\[[^\n"'[\]{}#|>]*\]|\{[^\n"'[\]{}#|>]*\}|[^\s"'#[\]{},|>&*!%@`?-][^\n"'#[\]{}|>]*)?(?: +#[^\n|>]*)?[ ]*\r?(?=\n|$)/y;

/** Whether the line text[start…] (up to its line feed) is one SIMPLE_LINE passes; for tests. */
export function isSimpleLine(text: string, start = 0): boolean {
  SIMPLE_LINE.lastIndex = start;
  return SIMPLE_LINE.test(text);
}

/** Where a flow collection's block starts: after the indentation and any `- `. */
const FLOW_BLOCK_INDENT = / *(?:- +)*/y;

function hasMultiLineToken(text: string): boolean {
  if (!/["'[{]/.test(text)) return false;
  // Lines of a block scalar (after `key: >-` or `- |`) are text: quotes there open nothing.
  let blockParent = -1;
  let depth = 0;
  let flowIndent = 0;
  for (let start = 0, end = 0; start <= text.length; start = end + 1) {
    if (depth === 0 && blockParent < 0) {
      // Outside collections and block scalars only lines with a quote, bracket, | or > matter: skip to the next.
      INTERESTING.lastIndex = start;
      if (!INTERESTING.test(text)) return false;
      // The match is one character, just before lastIndex (test() makes no match object).
      start = text.lastIndexOf('\n', INTERESTING.lastIndex - 1) + 1;
      // Most such lines are a plain key and a value closed on the line: one regular expression passes them.
      SIMPLE_LINE.lastIndex = start;
      if (SIMPLE_LINE.test(text)) {
        end = SIMPLE_LINE.lastIndex;
        continue;
      }
    }
    end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    // Leading white space (what trimStart removes; a line holds no line feed), without slicing the line.
    LEADING_SPACE.lastIndex = start;
    LEADING_SPACE.test(text);
    const indent = LEADING_SPACE.lastIndex - start;
    const blank = start + indent >= end;
    if (depth > 0) {
      // Its lines must be deeper than the block; a closing bracket may stand at the block's indentation.
      const first = text.charCodeAt(start + indent);
      const closing = !blank && (first === 0x5d || first === 0x7d);
      if (!blank && (indent < flowIndent || (indent === flowIndent && !closing))) return true;
    } else if (blockParent >= 0) {
      if (blank || indent > blockParent) continue;
      blockParent = -1;
    }
    // Lines are looked at in place, by character code: a structure has thousands of quoted values.
    if (depth === 0 && (has(text, start, end, 0x7c) || has(text, start, end, 0x3e)) && BLOCK_SCALAR_HEADER.test(text.slice(start, end))) blockParent = indent;
    if (depth > 0 || hasQuoteOrOpening(text, start, end)) {
      const after = scanLine(text, start, end, depth);
      if (after < 0) return true;
      if (depth === 0 && after > 0) {
        FLOW_BLOCK_INDENT.lastIndex = start;
        FLOW_BLOCK_INDENT.test(text);
        flowIndent = FLOW_BLOCK_INDENT.lastIndex - start;
      }
      depth = after;
    }
  }
  return false;
}

function has(text: string, start: number, end: number, code: number): boolean {
  for (let i = start; i < end; i++) if (text.charCodeAt(i) === code) return true;
  return false;
}

function hasQuoteOrOpening(text: string, start: number, end: number): boolean {
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x22 || c === 0x27 || c === 0x5b || c === 0x7b) return true;
  }
  return false;
}

/** Space, tab or CR (a CR before the line feed). */
const isSpace = (c: number) => c === 0x20 || c === 0x09 || c === 0x0d;
/** [ ] { } , */
const isFlow = (c: number) => c === 0x5b || c === 0x5d || c === 0x7b || c === 0x7d || c === 0x2c;
/** Before a bracket that opens a collection: `key:` or `- `, and white space. */
const OPENS_COLLECTION = /(?::|(?:^|\s)-)\s+$/;

/**
 * The flow depth after the line text[start, end), from `depth` before it; -1 when a quoted scalar
 * that starts on it does not end on it. Plain scalars are skipped whole.
 */
export function scanLine(text: string, start: number, end: number, depth: number): number {
  let i = start;
  while (i < end) {
    const c = text.charCodeAt(i);
    const previous = i === start ? -1 : text.charCodeAt(i - 1);
    if (c === 0x23 /* # */ && (i === start || isSpace(previous))) return depth;
    const tokenStart = i === start || isSpace(previous) || isFlow(previous) || previous === 0x3a;
    if ((c === 0x22 || c === 0x27) && tokenStart) {
      let j = i + 1;
      for (; j < end; j++) {
        const d = text.charCodeAt(j);
        if (c === 0x22 && d === 0x5c /* \ */) j++;
        else if (d === c) {
          if (c === 0x27 && j + 1 < end && text.charCodeAt(j + 1) === 0x27) j++;
          else break;
        }
      }
      if (j >= end) return -1;
      i = j + 1;
    } else if (!isSpace(c) && !isFlow(c) && c !== 0x3a) {
      // A plain scalar runs to a flow indicator or to ": ", so a quote inside it (6-by's) is text.
      while (i < end) {
        const d = text.charCodeAt(i);
        if (isFlow(d) || isSpace(d) || (d === 0x3a && (i + 1 >= end || isSpace(text.charCodeAt(i + 1))))) break;
        i++;
      }
    } else {
      // A bracket opens a collection after `key:` or `- `, or inside one; elsewhere it is text ("[kan]").
      if ((c === 0x5b || c === 0x7b) && (depth > 0 || OPENS_COLLECTION.test(text.slice(start, i)))) depth++;
      else if ((c === 0x5d || c === 0x7d) && depth > 0) depth--;
      i++;
    }
  }
  return depth;
}

/** plainWithin for a tree: finite numbers, keys up to 1,000 characters, no deeper than the limit. */
function plainTree(value: unknown, depth: number, maxDepth: number): boolean {
  if (typeof value === 'number') return Number.isFinite(value);
  if (value === null || typeof value !== 'object') return true;
  if (depth + 1 > maxDepth) return false;
  if (Array.isArray(value)) {
    for (const item of value) if (!plainTree(item, depth + 1, maxDepth)) return false;
    return true;
  }
  for (const key in value) if (key.length > MAX_KEY_LENGTH || !plainTree((value as Record<string, unknown>)[key], depth + 1, maxDepth)) return false;
  return true;
}

/**
 * Only finite numbers; no key over 1,000 characters; no deeper than the limit; and, since js-yaml shares one object for an anchor
 * and its aliases, no alias cycle and no more expansion than the full reader's alias budget allows.
 * Sizes are memoized per shared object (`shared`: the aliases' values; every object when unknown),
 * so a shared subtree is measured once (linear in the file): anything else is reached one way only.
 * The recursion is no deeper than the depth limit.
 */
function plainWithin(root: unknown, maxDepth: number, aliasAllowance: number, shared: Set<object> | undefined): boolean {
  const size = new Map<object, number>();
  const onPath = new Set<object>();
  let distinct = 0;
  // The expanded size of a value, or -1 when the fast path must leave the file to the full reader.
  const measure = (value: unknown, depth: number): number => {
    if (typeof value === 'number') return Number.isFinite(value) ? 1 : -1;
    if (value === null || typeof value !== 'object') return 1;
    // A cycle runs through an alias, so only shared objects can be met again on the way down.
    const remember = shared === undefined || shared.has(value);
    if (remember) {
      const known = size.get(value);
      if (known !== undefined) return known;
      if (onPath.has(value)) return -1;
    }
    if (depth + 1 > maxDepth) return -1;
    if (remember) onPath.add(value);
    let total = 1;
    if (Array.isArray(value)) {
      distinct += 1 + value.length;
      for (const item of value) {
        const s = measure(item, depth + 1);
        if (s < 0) return -1;
        total += s;
      }
    } else {
      distinct += 1;
      for (const key in value) {
        if (key.length > MAX_KEY_LENGTH) return -1;
        distinct += 1;
        const s = measure((value as Record<string, unknown>)[key], depth + 1);
        if (s < 0) return -1;
        total += s;
      }
    }
    if (remember) {
      onPath.delete(value);
      size.set(value, total);
    }
    return total;
  };
  const expanded = measure(root, 0);
  return expanded >= 0 && expanded <= 2 * distinct + aliasAllowance;
}
