import jsYaml from 'js-yaml';
import type { DataPath, SourceRange } from '../diagnostic.js';
import type { LocateTarget } from './parse-yaml.js';

/**
 * Source positions for a file the fast path reads, without the `yaml` package (five times slower):
 * js-yaml runs with a listener that sees every node open and close (again once a finding needs a
 * position, or in the one pass for `diff`), and each map and list of its result gets the ranges of
 * its keys and values. The ranges are checked against the result
 * as they are built; where they do not line up, this gives up and the full reader locates instead.
 * A differential test keeps the ranges equal to the full reader's.
 */

export type Locate = (path: DataPath, target?: LocateTarget) => SourceRange;

/** [start, end) offsets in the text. */
interface Span {
  start: number;
  end: number;
}

/**
 * The ranges of a map's entries (with its keys, in order) or of a list's items: six numbers each,
 * the key's start and end, the value's, and for an alias its anchor's; -1 where there is none. One
 * typed array per collection instead of an object per node keeps what a large file retains small.
 */
interface Children {
  keys?: string[];
  spans: Int32Array;
}
const STRIDE = 6;

/** A node js-yaml has finished: where it is and what it produced. */
interface Closed extends Span {
  kind: string | null;
  result: unknown;
  /** Followed by `:` on its line: the node is a key. */
  isKey: boolean;
  isAlias: boolean;
  /** For an alias: its anchor's node, which a path going further into the value is located at. */
  anchor?: Span;
}

/** The listener's view of js-yaml's loader state. */
interface LoaderState {
  position: number;
  kind: string | null;
  result: unknown;
  input: string;
}

class Misaligned extends Error {}

const isBlank = (c: number) => c === 0x20 || c === 0x09;
const isBreak = (c: number) => c === 0x0a || c === 0x0d;

/** The anchor `contentStart` last skipped (one per call; a module variable saves an object per node). */
let skippedAnchor: string | undefined;

/** Skips spaces, line breaks, comments and an anchor (`&name `): where a node's content starts. */
function contentStart(text: string, at: number): number {
  let i = at;
  skippedAnchor = undefined;
  for (;;) {
    const c = text.charCodeAt(i);
    if (isBlank(c) || isBreak(c)) i++;
    else if (c === 0x23 /* # */) while (i < text.length && !isBreak(text.charCodeAt(i))) i++;
    else if (c === 0x26 /* & */) {
      const from = i + 1;
      while (i < text.length && !isBlank(text.charCodeAt(i)) && !isBreak(text.charCodeAt(i))) i++;
      skippedAnchor = text.slice(from, i);
    } else return i;
  }
}

function skipBlanks(text: string, at: number): number {
  let i = at;
  while (isBlank(text.charCodeAt(i))) i++;
  return i;
}

/** Back over trailing spaces and line breaks (js-yaml stops after them at a comment or `:`). */
function trimEnd(text: string, from: number, end: number): number {
  let i = end;
  while (i > from && (isBlank(text.charCodeAt(i - 1)) || isBreak(text.charCodeAt(i - 1)))) i--;
  return i;
}

function aliasEnd(text: string, start: number): number {
  let i = start + 1;
  while (i < text.length && !/[\s,[\]{}]/.test(text[i]!)) i++;
  return i;
}

function afterLineBreak(text: string, at: number): number {
  if (at > 0 && text.charCodeAt(at - 1) === 0x0a) return at;
  const next = text.indexOf('\n', at);
  return next < 0 ? text.length : next + 1;
}

/**
 * Where a map or list ends, as the full reader has it: a flow one after its bracket; a block one
 * after the line break of its last line and any comment lines indented deeper than itself, or,
 * when its last value is empty, right there.
 */
function collectionEnd(text: string, start: number, position: number, last: Closed | undefined): number {
  const c = text.charCodeAt(start);
  if (c === 0x5b || c === 0x7b) return position;
  const lastEnd = last?.end ?? start;
  const lineEnd = afterLineBreak(text, lastEnd);
  const end = commentsAfter(text, lineEnd, start - text.lastIndexOf('\n', start - 1) - 1);
  const empty = last !== undefined && last.kind === null && !last.isAlias;
  const commented = /^[ \t]*#/.test(text.slice(lastEnd, lineEnd));
  if (empty && commented) {
    // An empty last value with a comment: the blank lines after it count too.
    const blanks = blankLinesAfter(text, lineEnd);
    if (commentsAfter(text, blanks, -1) !== blanks) throw new Misaligned();
    return blanks;
  }
  // An empty last value (with no comment after it), or a block map or list that ended at one.
  const emptyLast = empty && !commented;
  const nestedEmpty = last !== undefined && (last.kind === 'mapping' || last.kind === 'sequence') && !'[{'.includes(text[last.start]!) && lastEnd !== lineEnd && lastEnd < text.length;
  if (emptyLast || nestedEmpty) {
    // The full reader's end after an empty value followed by comments is hard to predict: give up.
    if (commentsAfter(text, lineEnd, -1) !== lineEnd) throw new Misaligned();
    return lastEnd;
  }
  if (end !== lineEnd && last && isBlockScalar(text, last.start)) throw new Misaligned();
  return end;
}

function blankLinesAfter(text: string, at: number): number {
  const blank = /[ \t]*\r?(?:\n|$)/y;
  let i = at;
  for (;;) {
    blank.lastIndex = i;
    if (i >= text.length || !blank.test(text)) return i;
    i = blank.lastIndex;
  }
}

function isBlockScalar(text: string, start: number): boolean {
  const c = text.charCodeAt(start);
  return c === 0x7c || c === 0x3e;
}

/** The end of the comment lines indented deeper than `indent` after `at`, blank lines between them included. */
function commentsAfter(text: string, at: number, indent: number): number {
  let end = at;
  let i = at;
  while (i < text.length) {
    const next = text.indexOf('\n', i);
    const lineEnd = next < 0 ? text.length : next;
    let j = i;
    while (j < lineEnd && isBlank(text.charCodeAt(j))) j++;
    const c = text.charCodeAt(j);
    if (j === lineEnd || (c === 0x0d && j + 1 === lineEnd)) {
      i = lineEnd + 1;
    } else if (c === 0x23 && j - i > indent) {
      end = next < 0 ? text.length : next + 1;
      i = end;
    } else {
      break;
    }
  }
  return end;
}

function followedByColon(text: string, at: number): boolean {
  let i = at;
  while (isBlank(text.charCodeAt(i))) i++;
  return text.charCodeAt(i) === 0x3a;
}

function setSpan(spans: Int32Array, at: number, span: Span | undefined): void {
  spans[at] = span ? span.start : -1;
  spans[at + 1] = span ? span.end : -1;
}

/** The entries of a map node from its children in order: key, value, key, value…; values may be missing. */
function mapEntries(result: Record<string, unknown>, children: Closed[], base: number): { children: Children; last: number } {
  const keys = Object.keys(result);
  const spans = new Int32Array(keys.length * STRIDE);
  let i = base;
  keys.forEach((key, n) => {
    const k = children[i++];
    if (!k || !k.isKey || k.kind !== 'scalar' || String(k.result) !== key) throw new Misaligned();
    const v = children[i];
    setSpan(spans, n * STRIDE, k);
    if (v && !v.isKey) {
      if (v.result !== result[key]) throw new Misaligned();
      setSpan(spans, n * STRIDE + 2, v);
      setSpan(spans, n * STRIDE + 4, v.anchor);
      i++;
    } else {
      if (result[key] !== null) throw new Misaligned();
      setSpan(spans, n * STRIDE + 2, undefined);
      setSpan(spans, n * STRIDE + 4, undefined);
    }
  });
  // js-yaml may try one more key where the map ends and find nothing.
  for (let j = i; j < children.length; j++) if (children[j]!.kind !== null || children[j]!.isAlias) throw new Misaligned();
  return { children: { keys, spans }, last: i - 1 };
}

function listItems(result: unknown[], children: Closed[], base: number): { children: Children; last: number } {
  const spans = new Int32Array(result.length * STRIDE);
  let i = base;
  result.forEach((item, n) => {
    const c = children[i];
    // An empty item (`-` and a line break) has no node to take its position from: give up.
    if (!c || c.isKey || c.result !== item) throw new Misaligned();
    setSpan(spans, n * STRIDE, undefined);
    setSpan(spans, n * STRIDE + 2, c);
    setSpan(spans, n * STRIDE + 4, c.anchor);
    i++;
  });
  if (i !== children.length) throw new Misaligned();
  return { children: { spans }, last: i - 1 };
}

/** The data of `text` with a locator, or undefined where it cannot be read or the ranges do not line up. */
export function readWithPositions(text: string, schema: jsYaml.Schema): { data: unknown; locate: Locate } | undefined {
  const index = new Map<object, Children>();
  const anchors = new Map<string, Span>();
  // Open nodes: where each opened, and where its children start in `done`, the closed nodes whose
  // parent is still open (a node's children are popped off when it closes).
  const openedAt: number[] = [];
  const childrenFrom: number[] = [];
  const done: Closed[] = [];
  const listener = (event: 'open' | 'close', state: LoaderState): void => {
    if (event === 'open') {
      openedAt.push(state.position);
      childrenFrom.push(done.length);
      return;
    }
    const at = openedAt.pop()!;
    const base = childrenFrom.pop()!;
    const { kind, result } = state;
    const start = contentStart(text, at);
    const anchor = skippedAnchor;
    const isAlias = text.charCodeAt(start) === 0x2a; /* * */
    let end: number;
    const inner = done.length === base + 1 && done[base]!.result === result ? done[base]! : undefined;
    if (isAlias) {
      end = aliasEnd(text, start);
    } else if (inner) {
      // js-yaml read the node as a would-be key that had no `:` after it: the inner node is this one.
      end = inner.end;
    } else if (kind === 'mapping' || kind === 'sequence') {
      const { children, last } = kind === 'mapping' ? mapEntries(result as Record<string, unknown>, done, base) : listItems(result as unknown[], done, base);
      index.set(result as object, children);
      end = collectionEnd(text, start, state.position, last >= base ? done[last] : undefined);
    } else if (kind === null) {
      end = start;
    } else {
      end = trimEnd(text, start, state.position);
      if (isBlockScalar(text, start)) {
        // A block scalar (| or >) ends after its last line break, as in the full reader; with keep
        // chomping (+), after the blank lines it keeps, which are not worth the trouble.
        if (/^[|>][0-9]?\+/.test(text.slice(start, start + 3)) || result === '') throw new Misaligned();
        end = afterLineBreak(text, end);
      }
    }
    done.length = base;
    // An empty value sits after the `:` and the spaces that follow it.
    const empty = kind === null && !isAlias;
    if (empty && anchor !== undefined) throw new Misaligned();
    const from = empty ? skipBlanks(text, at) : start;
    const closed: Closed = { start: from, end: empty ? from : end, kind, result, isKey: followedByColon(text, state.position), isAlias };
    if (isAlias) closed.anchor = anchors.get(text.slice(start + 1, end));
    if (anchor !== undefined) anchors.set(anchor, closed);
    done.push(closed);
  };

  // Without a final line break the full reader's ends are hard to predict (editors add one): give up.
  if (!text.endsWith('\n')) return undefined;
  let data: unknown;
  try {
    data = jsYaml.load(text, { schema, listener } as jsYaml.LoadOptions);
  } catch {
    return undefined;
  }
  // Only a map is a structure; anything else fails the schema and is located by the full reader.
  const root = done[0];
  if (done.length !== 1 || !root || root.result !== data || root.kind !== 'mapping') return undefined;
  const lines = lineStarts(text);
  const rangeOf = (span: Span): SourceRange => {
    const a = linePos(lines, span.start);
    const b = linePos(lines, Math.max(span.start, span.end));
    return { line: a.line, column: a.column, endLine: b.line, endColumn: b.column };
  };

  const spanAt = (spans: Int32Array, at: number): Span | undefined => (spans[at]! < 0 ? undefined : { start: spans[at]!, end: spans[at + 1]! });
  const locate: Locate = (path, target = 'value') => {
    let node: unknown = data;
    let span: Span | undefined = root;
    let key: Span | undefined;
    let anchorSpan: Span | undefined;
    for (const segment of path) {
      const children = node !== null && typeof node === 'object' ? index.get(node) : undefined;
      let n = -1;
      if (children?.keys) n = children.keys.indexOf(String(segment));
      else if (children && typeof segment === 'number' && Number.isInteger(segment) && segment >= 0 && segment * STRIDE < children.spans.length) n = segment;
      if (n < 0) {
        // Like the full reader: a path that goes on past an alias stops at the alias's anchor.
        span = anchorSpan ?? span;
        break;
      }
      node = (node as Record<string | number, unknown>)[segment];
      span = spanAt(children!.spans, n * STRIDE + 2);
      key = spanAt(children!.spans, n * STRIDE);
      anchorSpan = spanAt(children!.spans, n * STRIDE + 4);
      if (!span) break;
    }
    if (target === 'key' && key) return rangeOf(key);
    return rangeOf(span ?? key ?? { start: 0, end: 0 });
  };
  return { data, locate };
}

function lineStarts(text: string): number[] {
  const starts = [0];
  for (let i = text.indexOf('\n'); i >= 0; i = text.indexOf('\n', i + 1)) starts.push(i + 1);
  return starts;
}

function linePos(starts: number[], offset: number): { line: number; column: number } {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid]! <= offset) lo = mid;
    else hi = mid - 1;
  }
  return { line: lo + 1, column: offset - starts[lo]! + 1 };
}
