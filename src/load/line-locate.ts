import type { DataPath } from '../diagnostic.js';
import { linePos, lineStarts } from './fast-locate.js';
import { lineEnd, plainKeyEnd } from './line-reader.js';

export interface Position {
  line: number;
  column: number;
}

/**
 * Where the value at a path starts, as the full reader has it, in a text the line reader took: found
 * by walking the text's lines, not by reading it again. `diff` needs no more than this for each
 * change it reports. Block entries are found by their column (a block scalar's lines, a flow
 * collection's further lines and nested blocks are all deeper). A path that goes on into a flow
 * collection or through an alias, or that ends at an empty value, gives undefined: the caller
 * locates those another way. test/load/line-locate.test.ts holds the answers to the full reader's.
 */
export function lineLocator(text: string): (path: DataPath) => Position | undefined {
  let lines: Int32Array | undefined;
  // The entries of each collection walked, by where it starts: a national file's list of appointments
  // is gone through once, not once for each appointment a diff locates.
  const entries = new Map<number, number[]>();
  return (path) => {
    const at = new LineWalk(text, entries).find(path);
    if (at < 0) return undefined;
    lines ??= lineStarts(text);
    return linePos(lines, at);
  };
}

const SPACE = 0x20;
const HASH = 0x23;
const DASH = 0x2d;
const COLON = 0x3a;

/** What a value is, as far as a walk needs to know. */
const enum Kind {
  Map,
  List,
  Other,
  /** A flow collection or an alias: a path going on into it is not followed. */
  Opaque,
}

class LineWalk {
  private readonly text: string;
  private readonly entries: Map<number, number[]>;
  /** The current node: its kind, and where it starts (for a block collection, its first entry). */
  private kind = Kind.Map;
  private start = 0;

  constructor(text: string, entries: Map<number, number[]>) {
    this.text = text;
    this.entries = entries;
  }

  /** The offset where the value at `path` starts, or the last node on it that exists; -1 to give up. */
  find(path: DataPath): number {
    const first = this.contentLine(0);
    if (first < 0) return -1;
    this.start = first;
    // The line reader took at most one `---` before the top mapping.
    if (this.text.startsWith('---', first) && this.isLineEnd(first + 3)) this.start = this.contentLine(lineEnd(this.text, first) + 1);
    this.kind = Kind.Map as Kind;
    for (const segment of path) {
      if (this.kind === Kind.Opaque) return -1;
      let entry = -1;
      if (this.kind === Kind.Map && typeof segment === 'string') entry = this.keyEntry(segment);
      else if (this.kind === Kind.List && typeof segment === 'number') entry = this.item(segment);
      if (entry < 0) break;
      if (!this.value(entry)) return -1;
    }
    return this.start;
  }

  /** Where the value of key `key` of the current map starts (after `key:`), or -1 if it has none. */
  private keyEntry(key: string): number {
    const text = this.text;
    for (const at of this.entriesOf()) {
      if (text.startsWith(key, at) && text.charCodeAt(at + key.length) === COLON) {
        const after = at + key.length + 1;
        if (this.isLineEnd(after) || text.charCodeAt(after) === SPACE) {
          this.entryColumn = this.columnOf(at);
          return after;
        }
      }
    }
    return -1;
  }

  /** Where item `index` of the current list starts (after its `-`), or -1 if it has none. */
  private item(index: number): number {
    const items = this.entriesOf();
    if (!Number.isInteger(index) || index < 0 || index >= items.length) return -1;
    const at = items[index]!;
    this.entryColumn = this.columnOf(at);
    this.inList = true;
    return at + 1;
  }

  /** The current block collection's entries: where each key or `-` is. */
  private entriesOf(): number[] {
    let list = this.entries.get(this.start);
    if (!list) {
      list = [];
      for (let at = this.start; at >= 0; at = this.nextEntry(at)) list.push(at);
      this.entries.set(this.start, list);
    }
    return list;
  }

  /** The column of the entry being entered (its key's or its `-`'s). */
  private entryColumn = 0;
  /** Whether the entry being entered is a list item (else a key's value). */
  private inList = false;

  /**
   * The next entry of the current block collection after the one at `at`: the next line whose content
   * is in the collection's column (a `-` for a list; for a map, not a `-`, which would be a list in
   * its key's column), or -1 where a line less indented ends the collection.
   */
  private nextEntry(at: number): number {
    const text = this.text;
    const column = this.columnOf(this.start);
    const list = this.kind === Kind.List;
    for (let line = lineEnd(text, at) + 1; line < text.length; line = lineEnd(text, line) + 1) {
      const content = this.contentOn(line);
      if (content < 0) continue;
      const indent = content - line;
      if (indent < column) return -1;
      if (indent > column) continue;
      const dash = this.isEntry(content);
      if (list) return dash ? content : -1;
      if (!dash) return content;
    }
    return -1;
  }

  /**
   * Moves to the value that starts after `at` (past a key's `:` or a list's `-`): true, or false to
   * give up (an empty value, whose place the full reader draws its own way).
   */
  private value(at: number): boolean {
    const text = this.text;
    const entryColumn = this.entryColumn;
    const ofKey = !this.inList;
    this.inList = false;
    let i = at;
    while (text.charCodeAt(i) === SPACE) i++;
    if (text.charCodeAt(i) === 0x26 /* & */) {
      while (i < text.length && text.charCodeAt(i) !== SPACE && !this.isLineEnd(i)) i++;
      while (text.charCodeAt(i) === SPACE) i++;
    }
    if (this.isLineEnd(i) || text.charCodeAt(i) === HASH) {
      // A block collection on the lines below: deeper, or a list in its key's column.
      const next = this.contentLine(lineEnd(this.text, i) + 1);
      if (next < 0) return false;
      const indent = this.columnOf(next);
      if (!(indent > entryColumn || (ofKey && indent === entryColumn && this.isEntry(next)))) return false;
      this.start = next;
      this.kind = this.isEntry(next) ? Kind.List : Kind.Map;
      return true;
    }
    this.start = i;
    const c = text.charCodeAt(i);
    if (!ofKey && plainKeyEnd(text, i, lineEnd(text, i)) >= 0) this.kind = Kind.Map;
    else if (c === 0x5b || c === 0x7b || c === 0x2a) this.kind = Kind.Opaque;
    else this.kind = Kind.Other;
    return true;
  }

  private isEntry(at: number): boolean {
    return this.text.charCodeAt(at) === DASH && (this.isLineEnd(at + 1) || this.text.charCodeAt(at + 1) === SPACE);
  }

  /** The first content (not blank, not a comment) on the line starting at `line`, or -1. */
  private contentOn(line: number): number {
    const text = this.text;
    let i = line;
    while (text.charCodeAt(i) === SPACE) i++;
    return this.isLineEnd(i) || text.charCodeAt(i) === HASH ? -1 : i;
  }

  /** The first content on the first line from `line` that has any, or -1 at the end. */
  private contentLine(line: number): number {
    for (let at = line; at < this.text.length; at = lineEnd(this.text, at) + 1) {
      const content = this.contentOn(at);
      if (content >= 0) return content;
    }
    return -1;
  }

  private isLineEnd(at: number): boolean {
    return at >= this.text.length || this.text.charCodeAt(at) === 0x0a;
  }

  private columnOf(at: number): number {
    return at - (this.text.lastIndexOf('\n', at - 1) + 1);
  }
}
