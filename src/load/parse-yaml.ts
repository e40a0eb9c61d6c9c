import { createRequire } from 'node:module';
import type { CST, Document, Node as YamlNode, Pair } from 'yaml';
import type { DataPath, SourceRange } from '../diagnostic.js';
import { DEFAULT_LIMITS, type Limits } from '../limits.js';

// The `yaml` package is loaded on first use: a clean file is read by the fast path and never needs it,
// and loading it costs a third of a cold start.
type YamlModule = typeof import('yaml');
let yamlModule: YamlModule | undefined;
const loadYaml = (): YamlModule => (yamlModule ??= createRequire(import.meta.url)('yaml') as YamlModule);
const isAlias = (node: unknown) => loadYaml().isAlias(node);
const isMap = (node: unknown) => loadYaml().isMap(node);
const isPair = (node: unknown) => loadYaml().isPair(node);
const isScalar = (node: unknown) => loadYaml().isScalar(node);
const isSeq = (node: unknown) => loadYaml().isSeq(node);


export interface YamlProblem {
  message: string;
  range: SourceRange;
  /** Fatal problems mean the file cannot be read as one YAML document. */
  fatal: boolean;
}

export type LocateTarget = 'key' | 'value';

export interface ParsedYaml {
  /** Plain data: objects, arrays, strings, numbers, booleans and null only. */
  data: unknown;
  /** The source range of the value (or its key) at `path`; the nearest existing ancestor when the path goes further. */
  locate(path: DataPath, target?: LocateTarget): SourceRange;
}

export interface ParseResult {
  parsed?: ParsedYaml;
  problems: YamlProblem[];
}

const CORE_TAGS = new Set([
  'tag:yaml.org,2002:str',
  'tag:yaml.org,2002:int',
  'tag:yaml.org,2002:float',
  'tag:yaml.org,2002:bool',
  'tag:yaml.org,2002:null',
  'tag:yaml.org,2002:map',
  'tag:yaml.org,2002:seq',
]);

/**
 * Reads one YAML 1.2 document (core schema) into plain data and a locator for source positions.
 * This is the only module that knows YAML nodes. It never throws on bad input: every problem is
 * returned with a position, and anything that could hang or crash later stages is refused here.
 */
export function parseYaml(source: string, limits: Limits = DEFAULT_LIMITS): ParseResult {
  // YAML 1.2 counts a lone CR as a line break too; the parser does not, so make it LF (same length).
  const text = source.replace(/\r(?!\n)/g, '\n');
  const { Composer, LineCounter, Parser } = loadYaml();
  const lineCounter = new LineCounter();
  const rangeAt = (start: number, end: number): SourceRange => {
    const a = lineCounter.linePos(start);
    const b = lineCounter.linePos(Math.max(start, end));
    return { line: a.line, column: a.col, endLine: b.line, endColumn: b.col };
  };
  const problems: YamlProblem[] = [];
  const fatal = (message: string, start: number, end = start + 1): ParseResult => {
    problems.push({ message, range: rangeAt(start, end), fatal: true });
    return { problems };
  };

  const control = findControlCharacter(text);
  if (control) return { problems: [control] };

  const tokens = [...new Parser(lineCounter.addNewLine).parse(text)];
  const tooDeep = findTooDeep(tokens, limits.maxDepth);
  if (tooDeep !== undefined) {
    return fatal(
      `The YAML is nested more than ${limits.maxDepth} levels deep (the --max-depth limit). A structure file never needs that; check the indentation here, or raise --max-depth.`,
      tooDeep,
    );
  }

  // uniqueKeys is off because its check is quadratic; duplicates are found below in linear time.
  const composer = new Composer({ version: '1.2', schema: 'core', uniqueKeys: false, strict: true });
  const docs = [...composer.compose(tokens, true, text.length)] as Document.Parsed[];
  const doc = docs[0]!;
  if (docs.length > 1) {
    const second = docs[1]!;
    const start = second.range?.[0] ?? text.length;
    return fatal('A structure file holds one YAML document, but a second one starts here (after ---). Split it into two files.', start);
  }
  for (const error of doc.errors) {
    problems.push({ message: firstLine(error.message), range: rangeAt(error.pos[0], error.pos[1]), fatal: true });
  }
  for (const warning of doc.warnings) {
    const tag = warning.code === 'TAG_RESOLVE_FAILED' ? /: (\S+?)\.?$/.exec(firstLine(warning.message))?.[1] : undefined;
    const message = tag ? `The tag ${tag} is not supported; write the value as plain text.` : firstLine(warning.message);
    problems.push({ message, range: rangeAt(warning.pos[0], warning.pos[1]), fatal: true });
  }
  if (problems.length > 0) return { problems };
  if (doc.directives?.yaml.explicit && doc.directives.yaml.version !== '1.2') {
    const at = text.indexOf('%YAML');
    return fatal('govcheck reads YAML 1.2 only, where `yes` stays text and `0301` is the number 301. Remove the %YAML line.', Math.max(0, at), Math.max(0, at) + 9);
  }
  if (doc.contents === null || (isScalar(doc.contents) && doc.contents.value === null && doc.contents.range?.[0] === doc.contents.range?.[1])) {
    return fatal('The file is empty. A structure file starts with `govcheck: 1`.', 0);
  }

  const { count, anchors } = scanNodes(doc.contents);
  const resolve = (alias: { source: string; range?: [number, number, number] | null }) => resolveAlias(alias, anchors);
  const converted = toPlain(doc, rangeAt, limits.aliasAllowance, count, resolve);
  if (!converted.ok) {
    problems.push(converted.problem);
    return { problems };
  }
  const root = doc.contents as YamlNode;
  const pairIndex = new WeakMap<object, Map<string, Pair>>();
  return {
    problems,
    parsed: {
      data: converted.value,
      locate: (path, target = 'value') => locate(resolve, root, path, target, rangeAt, pairIndex),
    },
  };
}

function firstLine(message: string): string {
  const line = message.split('\n')[0]!.replace(/ at line \d+, column \d+:?$/, '');
  return line.endsWith('.') ? line : `${line}.`;
}

/** Iterative walk over the concrete syntax tree, so that hostile nesting cannot overflow the stack. */
function findTooDeep(tokens: CST.Token[], maxDepth: number): number | undefined {
  const stack: { token: CST.Token | undefined; depth: number }[] = tokens.map((token) => ({ token, depth: 0 }));
  while (stack.length > 0) {
    const { token, depth } = stack.pop()!;
    if (!token) continue;
    switch (token.type) {
      case 'document':
        stack.push({ token: token.value, depth });
        break;
      case 'block-map':
      case 'block-seq':
      case 'flow-collection': {
        if (depth + 1 > maxDepth) return token.offset;
        for (const item of token.items) {
          if ('key' in item) stack.push({ token: item.key ?? undefined, depth: depth + 1 });
          stack.push({ token: item.value, depth: depth + 1 });
        }
        break;
      }
      default:
        break;
    }
  }
  return undefined;
}

type RangeAt = (start: number, end: number) => SourceRange;
type Converted = { ok: true; value: unknown } | { ok: false; problem: YamlProblem };

class ConversionProblem {
  constructor(readonly problem: YamlProblem) {}
}

function nodeRange(node: { range?: [number, number, number] | null } | null | undefined, rangeAt: RangeAt): SourceRange {
  const r = node?.range;
  return r ? rangeAt(r[0], r[1]) : rangeAt(0, 0);
}

/**
 * Builds plain data from the node tree. Aliases are followed with a budget on the number of nodes
 * they add (alias bombs) and a check for aliases inside their own anchor (cycles).
 */
type ResolveAlias = (alias: { source: string; range?: [number, number, number] | null }) => unknown;

function toPlain(doc: Document.Parsed, rangeAt: RangeAt, aliasAllowance: number, ownNodes: number, resolve: ResolveAlias): Converted {
  let expandedNodes = 0;
  const budget = 2 * ownNodes + aliasAllowance;
  const inProgress = new Set<unknown>();
  const fail = (message: string, node: unknown): never => {
    throw new ConversionProblem({ message, range: nodeRange(node as YamlNode, rangeAt), fatal: true });
  };

  // `via` is the outermost alias being expanded: problems found inside an expansion are reported there.
  const convert = (node: unknown, via: unknown): unknown => {
    if (via && ++expandedNodes > budget) {
      fail('Aliases here expand the document far beyond its own size (an alias bomb, over the --max-alias-expansion limit). Write the values out, or raise --max-alias-expansion.', via);
    }
    if (node === null || node === undefined) return null;
    if (isAlias(node)) {
      const target = resolve(node);
      if (!target) fail(`The alias *${node.source} has no anchor &${node.source} before it.`, node);
      if (inProgress.has(target)) fail(`The alias *${node.source} is inside its own anchor &${node.source}, which would repeat it for ever.`, node);
      return convert(target, via ?? node);
    }
    const tag = (node as YamlNode).tag;
    if (tag && !CORE_TAGS.has(tag)) fail(`The tag ${tag.replace('tag:yaml.org,2002:', '!!')} is not supported; write the value as plain text.`, node);
    if (isScalar(node)) {
      const v = node.value;
      if (v === null || typeof v === 'string' || typeof v === 'boolean') return v;
      if (typeof v === 'number') {
        if (!Number.isFinite(v)) fail('Infinite and not-a-number values are not allowed here.', node);
        return v;
      }
      return fail('This value has a type govcheck cannot read; write it as plain text.', node);
    }
    inProgress.add(node);
    try {
      if (isSeq(node)) return node.items.map((item) => convert(item, via));
      if (isMap(node)) {
        const out: Record<string, unknown> = {};
        const seen = new Set<string>();
        for (const pair of node.items as Pair[]) {
          const keyNode = pair.key;
          if (isAlias(keyNode) || !isScalar(keyNode)) fail('Keys must be plain text, not lists, maps or aliases.', keyNode ?? node);
          const scalarKey = keyNode as { value: unknown; source?: string };
          const key = String(scalarKey.value);
          if (key === '<<') {
            fail('Merge keys (<<) belong to YAML 1.1, which govcheck does not read. Write the keys out, or use an alias (*name) for the whole value.', keyNode);
          }
          if (seen.has(key)) fail(`The key "${key}" appears twice in this map; keep one.`, keyNode);
          seen.add(key);
          const value = convert(pair.value, via);
          // Assigning "__proto__" would replace the object's prototype: define it as a plain property.
          if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
          else out[key] = value;
        }
        return out;
      }
      return fail('This YAML node cannot be read as data.', node);
    } finally {
      inProgress.delete(node);
    }
  };

  try {
    return { ok: true, value: convert(doc.contents, undefined) };
  } catch (error) {
    if (error instanceof ConversionProblem) return { ok: false, problem: error.problem };
    throw error;
  }
}

/** The document's own node count, so that the alias budget scales with the file. */
type Anchors = Map<string, { offset: number; node: unknown }[]>;

/**
 * One walk over the document: its own node count (for the alias budget) and its anchors by name
 * with their offsets. `yaml`'s own Alias.resolve walks the whole document for every alias.
 */
function scanNodes(root: unknown): { count: number; anchors: Anchors } {
  let count = 0;
  const anchors: Anchors = new Map();
  const stack: unknown[] = [root];
  while (stack.length > 0) {
    const node = stack.pop();
    count++;
    const anchor = (node as { anchor?: string } | null)?.anchor;
    if (anchor && !isAlias(node)) {
      const list = anchors.get(anchor) ?? [];
      list.push({ offset: (node as YamlNode).range?.[0] ?? 0, node });
      anchors.set(anchor, list);
    }
    if (isSeq(node)) stack.push(...node.items);
    else if (isMap(node)) for (const pair of node.items) stack.push(pair.key, pair.value);
  }
  for (const list of anchors.values()) list.sort((a, b) => a.offset - b.offset);
  return { count, anchors };
}

/** The node an alias names: the last anchor of that name that starts before it. */
function resolveAlias(alias: { source: string; range?: [number, number, number] | null }, anchors: Anchors): unknown {
  const at = alias.range?.[0] ?? Infinity;
  let found: unknown;
  for (const entry of anchors.get(alias.source) ?? []) {
    if (entry.offset >= at) break;
    found = entry.node;
  }
  return found;
}

/** Pairs of a map by key, built once per map so that locating many keys stays linear. */
type PairIndex = WeakMap<object, Map<string, Pair>>;

function pairsOf(map: { items: unknown[] }, index: PairIndex): Map<string, Pair> {
  let pairs = index.get(map);
  if (!pairs) {
    pairs = new Map();
    for (const pair of map.items as Pair[]) {
      if (isScalar(pair.key) && !pairs.has(String(pair.key.value))) pairs.set(String(pair.key.value), pair);
    }
    index.set(map, pairs);
  }
  return pairs;
}

function locate(resolve: ResolveAlias, root: YamlNode, path: DataPath, target: LocateTarget, rangeAt: RangeAt, index: PairIndex): SourceRange {
  let node: unknown = root;
  // The pair that holds `node`, when `node` was reached through a map key.
  let pair: Pair | undefined;
  for (const segment of path) {
    if (isAlias(node)) node = resolve(node);
    let next: unknown;
    let nextPair: Pair | undefined;
    if (isMap(node)) {
      nextPair = pairsOf(node, index).get(String(segment));
      next = nextPair?.value;
    } else if (isSeq(node) && typeof segment === 'number') {
      next = node.items[segment];
    }
    if (next === undefined && nextPair === undefined) break;
    node = next;
    pair = nextPair;
    if (next === null && nextPair) break;
  }
  if (target === 'key' && isPair(pair) && pair.key) return nodeRange(pair.key as YamlNode, rangeAt);
  if (node && (node as YamlNode).range) return nodeRange(node as YamlNode, rangeAt);
  if (pair?.key) return nodeRange(pair.key as YamlNode, rangeAt);
  return rangeAt(0, 0);
}

/** The first character YAML does not allow (NUL, ESC and other controls), as a fatal problem. */
export function findControlCharacter(text: string): YamlProblem | undefined {
  const control = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffe\uffff]/.exec(text);
  if (!control) return undefined;
  const code = control[0].charCodeAt(0).toString(16).toUpperCase().padStart(4, '0');
  return {
    message: `The file contains the control character U+${code}, which YAML does not allow. Remove it (is this a binary file?).`,
    range: rangeAfterNewlines(text, control.index),
    fatal: true,
  };
}

/** Line and column of an offset, before the line counter has seen the text. */
function rangeAfterNewlines(text: string, offset: number): SourceRange {
  const before = text.slice(0, offset).split('\n');
  const line = before.length;
  const column = before[before.length - 1]!.length + 1;
  return { line, column, endLine: line, endColumn: column + 1 };
}
