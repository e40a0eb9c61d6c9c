import { resolvePlainScalar } from './core-scalars.js';

/**
 * The quickest reader, for the YAML structure files are made of: block mappings and sequences
 * indented with spaces, plain and quoted scalars on one line, flow collections (nested too, and over
 * lines indented deeper than their block), literal and folded block scalars, comments, and anchors
 * and aliases on whole values. It reads a line at a time and gives up on anything else (tabs, CRs,
 * tags, directives, a second document, complex, quoted or duplicate keys, escapes but a few,
 * multi-line plain or quoted scalars, keep chomping, aliases inside flow collections …), leaving
 * that text to js-yaml and the full reader. js-yaml's scans for where it would differ from the full
 * reader are not needed here: this reader takes only what it reads as the full reader does.
 *
 * "As the full reader does" means to exactly the data the `yaml` package gives (YAML 1.2 core):
 * test/load/line-reader.test.ts holds the two together on the examples, on corner cases, and on
 * random documents written in many styles and then edited. It also gives up on what the limits
 * refuse (deeper than `maxDepth`, a number that is not finite, a key over MAX_KEY_LENGTH), so data it
 * read without aliases is within them; alias expansion is the caller's to check.
 */
export interface LineRead {
  data: Record<string, unknown>;
  /** The objects aliases handed out (each shared between its anchor and the aliases). */
  shared: Set<object>;
}

/** Keys longer than this are refused by the limits (the full reader refuses plain keys over 1,024). */
export const MAX_KEY_LENGTH = 1000;

/** Thrown to give up; never leaves this module. */
const GIVE_UP: unknown = Object.freeze({ giveUp: true });

const SPACE = 0x20;
const HASH = 0x23;
const COLON = 0x3a;
const DASH = 0x2d;
const COMMA = 0x2c;
const DOUBLE_QUOTE = 0x22;
const SINGLE_QUOTE = 0x27;
const BACKSLASH = 0x5c;
const OPEN_BRACKET = 0x5b;
const CLOSE_BRACKET = 0x5d;
const OPEN_BRACE = 0x7b;
const CLOSE_BRACE = 0x7d;
const AMPERSAND = 0x26;
const ASTERISK = 0x2a;
const PIPE = 0x7c;
const GREATER = 0x3e;

/** Characters no plain scalar or key of this reader starts with: YAML's indicators and a few more to be safe. */
const NOT_PLAIN_START = new Uint8Array(128);
for (const c of '-?:,[]{}#&*!|>\'"%@`<= \t') NOT_PLAIN_START[c.charCodeAt(0)] = 1;

export function readLines(text: string, maxDepth: number): LineRead | undefined {
  // Tabs, CRs and a byte-order mark inside the text are the others' business (three searches are
  // quicker than one regular expression).
  if (text.includes('\t') || text.includes('\r') || text.includes('\ufeff')) return undefined;
  const reader = new LineReader(text, maxDepth);
  try {
    return reader.document();
  } catch (error) {
    if (error === GIVE_UP) return undefined;
    throw error;
  }
}

class LineReader {
  private readonly text: string;
  private readonly maxDepth: number;
  /** The current line: where it starts, where its content starts, where it ends (its line feed or the end). */
  private line = 0;
  private start = 0;
  private end = -1;
  /** Spaces before the current line's content; -1 at the end of the text. */
  private indent = -1;
  private depth = 0;
  /** Whether a line with content was read: only the first may be `---`. */
  private started = false;
  private readonly anchors = new Map<string, unknown>();
  private readonly shared = new Set<object>();
  /** Keys read so far, by a hash of their first and last character and length (see key()). */
  private readonly keys: (string | undefined)[] = new Array(256).fill(undefined);

  constructor(text: string, maxDepth: number) {
    this.text = text;
    // Each level is a few calls deep: the others take documents deeper than a stack can hold.
    this.maxDepth = Math.min(maxDepth, 1000);
  }

  document(): LineRead | undefined {
    this.next();
    // A document that is not a mapping at the margin (or none) is the others' to read and report.
    if (this.indent !== 0 || this.isEntry()) return undefined;
    const data = this.mapping(0);
    if (this.indent >= 0) throw GIVE_UP;
    return { data, shared: this.shared };
  }

  /** Moves to the next line with content, past blank lines and comments; indent -1 at the end. */
  private next(): void {
    const text = this.text;
    let at = this.end + 1;
    while (at < text.length) {
      const i = skipSpaces(text, at);
      const end = lineEnd(text, i);
      const c = text.charCodeAt(i);
      if (i < end && c !== HASH) {
        // A second document, its end marker, or a directive: the others' business.
        if (i === at && (((c === DASH || c === 0x2e) && text.startsWith(c === DASH ? '---' : '...', i)) || c === 0x25)) {
          if (this.started || end - i !== 3 || c !== DASH) throw GIVE_UP;
          // One `---` may open the document.
          this.started = true;
          at = end + 1;
          continue;
        }
        this.started = true;
        this.line = at;
        this.start = i;
        this.end = end;
        this.indent = i - at;
        return;
      }
      at = end + 1;
    }
    this.line = at;
    this.start = at;
    this.end = at;
    this.indent = -1;
  }

  /** Whether the current line's content at `at` is a sequence entry: `-` then a space or the end of the line. */
  private isEntryAt(at: number): boolean {
    return this.text.charCodeAt(at) === DASH && (at + 1 === this.end || this.text.charCodeAt(at + 1) === SPACE);
  }

  private isEntry(): boolean {
    return this.isEntryAt(this.start);
  }

  private enter(): void {
    if (++this.depth > this.maxDepth) throw GIVE_UP;
  }

  /** A block collection starting at the current line. */
  private block(): unknown {
    return this.isEntry() ? this.sequence(this.indent) : this.mapping(this.indent);
  }

  /** A block mapping whose first key starts at `this.start`, in column `column`. */
  private mapping(column: number): Record<string, unknown> {
    this.enter();
    const map: Record<string, unknown> = {};
    for (;;) {
      const key = this.key();
      if (Object.prototype.hasOwnProperty.call(map, key)) throw GIVE_UP;
      map[key] = this.value(column, true);
      if (this.indent < column) break;
      if (this.indent > column || this.isEntry()) throw GIVE_UP;
    }
    this.depth--;
    return map;
  }

  /** A block sequence whose first `-` is at `this.start`, in column `column`. */
  private sequence(column: number): unknown[] {
    this.enter();
    const text = this.text;
    const list: unknown[] = [];
    for (;;) {
      let at = this.start + 1;
      while (text.charCodeAt(at) === SPACE) at++;
      if (at < this.end && !this.isEntryAt(at) && plainKeyEnd(this.text, at, this.end) >= 0) {
        // `- key: value`: a mapping whose column is that of its first key.
        this.start = at;
        list.push(this.mapping(at - this.line));
      } else {
        this.start = at;
        list.push(this.value(column, false));
      }
      if (this.indent < column) break;
      if (this.indent > column) throw GIVE_UP;
      if (!this.isEntry()) break;
    }
    this.depth--;
    return list;
  }

  /** The key at `this.start`; leaves `this.start` at its value (after the spaces), or at the line's end. */
  private key(): string {
    const text = this.text;
    const colon = plainKeyEnd(text, this.start, this.end);
    if (colon < 0 || text.charCodeAt(colon - 1) === SPACE) throw GIVE_UP;
    const key = this.keyText(this.start, colon);
    let at = colon + 1;
    while (text.charCodeAt(at) === SPACE) at++;
    this.start = at;
    return key;
  }

  /**
   * The plain key text[start, end), which must be text as it stands. Keys repeat (a national file has
   * a few dozen distinct ones in a hundred thousand places): one read before is taken again as it
   * was, without a new string or the checks.
   */
  private keyText(start: number, end: number): string {
    const text = this.text;
    const length = end - start;
    if (length > MAX_KEY_LENGTH) throw GIVE_UP;
    const slot = (text.charCodeAt(start) * 7 + text.charCodeAt(end - 1) * 3 + length) & 255;
    let key = this.keys[slot];
    if (key === undefined || key.length !== length || !text.startsWith(key, start)) {
      key = text.slice(start, end);
      // `__proto__` and `<<` mean something to some readers.
      if (typeof resolvePlainScalar(key) !== 'string' || key === '__proto__' || key === '<<' || hasFlowIndicator(key) || key.includes(' #')) throw GIVE_UP;
      this.keys[slot] = key;
    }
    return key;
  }

  /**
   * The value at `this.start` of an entry in column `column` (a key's or a `-`'s); leaves the reader at
   * the next line with content. A mapping's value may be a sequence in the mapping's own column.
   */
  private value(column: number, ofKey: boolean): unknown {
    const text = this.text;
    const at = this.start;
    const c = text.charCodeAt(at);
    if (at >= this.end || c === HASH) {
      this.next();
      if (this.indent > column) return this.block();
      if (ofKey && this.indent === column && this.isEntry()) return this.sequence(column);
      return null;
    }
    if (c === AMPERSAND) return this.anchored(column, ofKey);
    if (c === ASTERISK) return this.alias(column);
    if (c === PIPE || c === GREATER) return this.blockScalar(column);
    const value = this.inline(at, ofKey ? column : at - this.line);
    this.next();
    // A more indented line would continue the value, or be an error: the others decide.
    if (this.indent > column) throw GIVE_UP;
    return value;
  }

  private anchored(column: number, ofKey: boolean): unknown {
    const text = this.text;
    const name = this.name(this.start + 1);
    let at = this.start + 1 + name.length;
    while (text.charCodeAt(at) === SPACE) at++;
    let value: unknown;
    if (at >= this.end || text.charCodeAt(at) === HASH) {
      this.next();
      // An anchor on an empty value is a corner where readers differ.
      if (this.indent > column) value = this.block();
      else if (ofKey && this.indent === column && this.isEntry()) value = this.sequence(column);
      else throw GIVE_UP;
    } else {
      const c = text.charCodeAt(at);
      if (c === AMPERSAND || c === ASTERISK) throw GIVE_UP;
      if (c === PIPE || c === GREATER) {
        this.start = at;
        value = this.blockScalar(column);
      } else {
        value = this.inline(at, ofKey ? column : at - this.line);
        this.next();
        if (this.indent > column) throw GIVE_UP;
      }
    }
    if (this.anchors.has(name)) throw GIVE_UP;
    this.anchors.set(name, value);
    return value;
  }

  private alias(column: number): unknown {
    const name = this.name(this.start + 1);
    if (!this.anchors.has(name)) throw GIVE_UP;
    this.afterValue(this.start + 1 + name.length);
    const value = this.anchors.get(name);
    if (value !== null && typeof value === 'object') this.shared.add(value);
    this.next();
    if (this.indent > column) throw GIVE_UP;
    return value;
  }

  /** An anchor's or alias's name at `at`, up to white space: ASCII letters, digits, `-` and `_` only. */
  private name(at: number): string {
    const text = this.text;
    let i = at;
    while (i < this.end && text.charCodeAt(i) !== SPACE) {
      const c = text.charCodeAt(i);
      if (!((c >= 0x30 && c <= 0x39) || (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c === DASH || c === 0x5f)) throw GIVE_UP;
      i++;
    }
    if (i === at) throw GIVE_UP;
    return text.slice(at, i);
  }

  /** After a value closed on its line only spaces and a comment may follow. */
  private afterValue(at: number): void {
    const text = this.text;
    let i = at;
    while (text.charCodeAt(i) === SPACE) i++;
    if (i < this.end && !(text.charCodeAt(i) === HASH && i > at)) throw GIVE_UP;
  }

  /**
   * A scalar or flow collection that starts at `at`: a scalar ends on this line, a flow collection
   * may go on over lines indented deeper than `column`, the column its block starts in.
   */
  private inline(at: number, column: number): unknown {
    const c = this.text.charCodeAt(at);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const after = this.quoted(at, this.end);
      const value = this.scalar;
      this.afterValue(after);
      return value;
    }
    if (c !== OPEN_BRACKET && c !== OPEN_BRACE) return this.plain(at);
    this.flowColumn = column;
    const after = this.flowCollection(at);
    const value = this.flowValue;
    this.afterValue(after);
    return value;
  }

  /** A plain scalar in block context: to the end of the line or a comment. */
  private plain(at: number): unknown {
    const text = this.text;
    const end = this.end;
    const c = text.charCodeAt(at);
    if (c < 128 && NOT_PLAIN_START[c] === 1 && !this.dashStartsPlain(at)) throw GIVE_UP;
    let last = at;
    for (let i = at + 1; i < end; i++) {
      const d = text.charCodeAt(i);
      if (d === SPACE) continue;
      if (d === HASH && text.charCodeAt(i - 1) === SPACE) break;
      if (d === COLON && (i + 1 === end || text.charCodeAt(i + 1) === SPACE)) throw GIVE_UP;
      last = i;
    }
    return finite(resolvePlainScalar(text.slice(at, last + 1)));
  }

  /** A `-` starts a plain scalar (`-1`, `-x`) when a character follows that is no space, indicator or flow indicator. */
  private dashStartsPlain(at: number): boolean {
    if (this.text.charCodeAt(at) !== DASH || at + 1 >= this.end) return false;
    const d = this.text.charCodeAt(at + 1);
    return !(d < 128 && NOT_PLAIN_START[d] === 1);
  }

  /** The value of the last quoted scalar read. */
  private scalar = '';

  /** A quoted scalar at `at` that closes before `end`; sets `this.scalar`, returns where it ends. */
  private quoted(at: number, end: number): number {
    const text = this.text;
    const quote = text.charCodeAt(at);
    let out = '';
    let from = at + 1;
    for (let i = from; i < end; i++) {
      const d = text.charCodeAt(i);
      if (d === quote) {
        if (quote === SINGLE_QUOTE && text.charCodeAt(i + 1) === SINGLE_QUOTE && i + 1 < end) {
          out += text.slice(from, i + 1);
          from = i + 2;
          i++;
          continue;
        }
        this.scalar = out + text.slice(from, i);
        return i + 1;
      }
      if (d === BACKSLASH && quote === DOUBLE_QUOTE) {
        const escaped = ESCAPES[text.charCodeAt(i + 1)];
        if (escaped === undefined || i + 1 >= end) throw GIVE_UP;
        out += text.slice(from, i) + escaped;
        from = i + 2;
        i++;
      }
    }
    throw GIVE_UP;
  }

  /** The column a multi-line flow collection's lines must be indented deeper than. */
  private flowColumn = 0;

  /** The value of the last scalar or collection read in a flow collection. */
  private flowValue: unknown = null;

  /**
   * `[a, "b", [c]]` or `{a: 1, b: {c: d}}` at `at` (a mapping's keys plain, each followed by `: `);
   * sets `this.flowValue`, returns where it ends.
   */
  private flowCollection(at: number): number {
    this.enter();
    const text = this.text;
    const close = text.charCodeAt(at) === OPEN_BRACKET ? CLOSE_BRACKET : CLOSE_BRACE;
    const list: unknown[] | undefined = close === CLOSE_BRACKET ? [] : undefined;
    const map: Record<string, unknown> | undefined = list ? undefined : {};
    let i = this.flowSpace(at + 1, true);
    if (text.charCodeAt(i) !== close) {
      for (;;) {
        if (map) {
          const keyStart = i;
          const c = text.charCodeAt(i);
          if (c < 128 && NOT_PLAIN_START[c] === 1) throw GIVE_UP;
          while (i < this.end && text.charCodeAt(i) !== COLON) i++;
          if (i >= this.end || text.charCodeAt(i + 1) !== SPACE || text.charCodeAt(i - 1) === SPACE) throw GIVE_UP;
          const key = this.keyText(keyStart, i);
          if (Object.prototype.hasOwnProperty.call(map, key)) throw GIVE_UP;
          i = this.flowScalar(skipSpaces(text, i + 1), close);
          map[key] = this.flowValue;
        } else {
          i = this.flowScalar(i, close);
          list!.push(this.flowValue);
        }
        i = this.flowSpace(i, false);
        const d = text.charCodeAt(i);
        if (d === close) break;
        if (d !== COMMA) throw GIVE_UP;
        i = this.flowSpace(i + 1, true);
      }
    }
    this.flowValue = map ?? list;
    this.depth--;
    return i + 1;
  }

  /**
   * Past spaces from `at`, and past the end of the line to the next line when `lineBreak` allows one
   * there (after an opening bracket or a comma): that line must have content and be indented deeper
   * than the collection's block.
   */
  private flowSpace(at: number, lineBreak: boolean): number {
    const text = this.text;
    let i = skipSpaces(text, at);
    if (i < this.end || !lineBreak || i >= text.length) return i;
    const line = i + 1;
    i = skipSpaces(text, line);
    const end = lineEnd(text, i);
    if (i === end || i - line <= this.flowColumn || text.charCodeAt(i) === HASH) throw GIVE_UP;
    this.line = line;
    this.start = i;
    this.end = end;
    this.indent = i - line;
    return i;
  }

  /** A quoted or plain scalar, or a nested collection, in a flow collection closed by `close`; sets `this.flowValue`. */
  private flowScalar(at: number, close: number): number {
    const text = this.text;
    const end = this.end;
    const c = text.charCodeAt(at);
    if (c === DOUBLE_QUOTE || c === SINGLE_QUOTE) {
      const after = this.quoted(at, end);
      this.flowValue = this.scalar;
      return after;
    }
    if (c === OPEN_BRACKET || c === OPEN_BRACE) return this.flowCollection(at);
    if (at >= end || (c < 128 && NOT_PLAIN_START[c] === 1 && !this.dashStartsPlain(at))) throw GIVE_UP;
    let last = at;
    let i = at + 1;
    for (; i < end; i++) {
      const d = text.charCodeAt(i);
      if (d === COMMA || d === close) break;
      if (d === SPACE) continue;
      if (d === OPEN_BRACKET || d === CLOSE_BRACKET || d === OPEN_BRACE || d === CLOSE_BRACE || d === HASH || d === COLON) throw GIVE_UP;
      last = i;
    }
    this.flowValue = finite(resolvePlainScalar(text.slice(at, last + 1)));
    return i;
  }

  /**
   * A literal (`|`) or folded (`>`) block scalar whose header is at `this.start`, in an entry in
   * column `column`: clip or strip chomping, the indentation taken from its first line.
   */
  private blockScalar(column: number): string {
    const text = this.text;
    const at = this.start;
    const folded = text.charCodeAt(at) === GREATER;
    let i = at + 1;
    const strip = text.charCodeAt(i) === DASH;
    if (strip) i++;
    this.afterValue(i);
    const lines: string[] = [];
    let indent = -1;
    let lineStart = this.end + 1;
    while (lineStart < text.length) {
      const j = skipSpaces(text, lineStart);
      const end = lineEnd(text, j);
      const spaces = j - lineStart;
      if (j === end) {
        // A blank line: inside the scalar it holds no more than the indentation.
        if (indent < 0 || spaces > indent) throw GIVE_UP;
        lines.push('');
      } else {
        if (indent < 0) {
          if (spaces <= column) break;
          indent = spaces;
        } else if (spaces < indent) break;
        // A more indented line of a folded scalar is kept apart from its neighbours: not folded here.
        if (folded && spaces > indent) throw GIVE_UP;
        lines.push(text.slice(lineStart + indent, end));
      }
      lineStart = end + 1;
    }
    while (lines.length > 0 && lines[lines.length - 1] === '') lines.pop();
    // The next line is read from where the scalar stopped.
    this.end = lineStart - 1;
    this.next();
    if (this.indent > column) throw GIVE_UP;
    if (lines.length === 0) return '';
    let out = lines[0]!;
    if (folded) {
      let blank = 0;
      for (let k = 1; k < lines.length; k++) {
        const line = lines[k]!;
        if (line === '') blank++;
        else {
          out += blank > 0 ? '\n'.repeat(blank) + line : ' ' + line;
          blank = 0;
        }
      }
    } else {
      for (let k = 1; k < lines.length; k++) out += '\n' + lines[k]!;
    }
    return strip ? out : out + '\n';
  }
}

/** A number that is not finite (`.inf`, `1e400`) is refused by the limits: the others report it. */
function finite(value: unknown): unknown {
  if (typeof value === 'number' && !Number.isFinite(value)) throw GIVE_UP;
  return value;
}

/** Double-quoted escapes this reader takes: the rest are left to the others. */
const ESCAPES: (string | undefined)[] = [];
ESCAPES[0x22] = '"';
ESCAPES[0x5c] = '\\';
ESCAPES[0x2f] = '/';
ESCAPES[0x6e] = '\n';
ESCAPES[0x74] = '\t';

/**
 * Where the plain key at `at` ends (its `:`, followed by a space or the line's `end`), or -1 when the
 * line has none before a comment. Shared with the line walk (line-locate.ts), which must see the same
 * keys.
 */
export function plainKeyEnd(text: string, at: number, end: number): number {
  const c = text.charCodeAt(at);
  if (c < 128 && NOT_PLAIN_START[c] === 1) return -1;
  for (let i = at + 1; i < end; i++) {
    const d = text.charCodeAt(i);
    if (d === COLON) {
      if (i + 1 === end || text.charCodeAt(i + 1) === SPACE) return i;
    } else if (d === HASH && text.charCodeAt(i - 1) === SPACE) return -1;
  }
  return -1;
}

/** Where the line that `at` is on ends: its line feed, or the end of the text. */
export function lineEnd(text: string, at: number): number {
  const end = text.indexOf('\n', at);
  return end < 0 ? text.length : end;
}

function skipSpaces(text: string, at: number): number {
  while (text.charCodeAt(at) === SPACE) at++;
  return at;
}

function hasFlowIndicator(text: string): boolean {
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c === COMMA || c === OPEN_BRACKET || c === CLOSE_BRACKET || c === OPEN_BRACE || c === CLOSE_BRACE) return true;
  }
  return false;
}
