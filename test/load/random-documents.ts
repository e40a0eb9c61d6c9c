import fc from 'fast-check';

/**
 * Random YAML documents for the differential tests of the line reader and its locator: a random tree
 * written with a random choice of style at every turn, then edited at random places.
 */

export type Tree = string | Tree[] | { map: [string, Tree][] };

const SCALARS = ['x', 'x y', 'æø å', '0101', '-1', '1e3', '.5', '~', 'null', 'yes', 'True', '2023-01-01', 'a#b', "6-by's", 'Foo [bar]', 'https://x.dk/a:b?c', '-x', 'a , b', '"q"', '"a # b"', "'it''s'", '"t\\tx"', '""', "''", '"\\"\\\\"'];
const KEYS = ['a', 'b', 'c d', 'æ', 'k1', 'id', 'name'];
export const tree: fc.Arbitrary<Tree> = fc.letrec<{ node: Tree }>((tie) => ({
  node: fc.oneof(
    { depthSize: 'small', withCrossShrink: true },
    fc.constantFrom(...SCALARS),
    fc.array(tie('node'), { minLength: 1, maxLength: 4 }),
    fc.uniqueArray(fc.tuple(fc.constantFrom(...KEYS), tie('node')), { minLength: 1, maxLength: 4, selector: (e) => e[0] }).map((map) => ({ map })),
  ),
})).node.map((root) => (typeof root === 'object' && !Array.isArray(root) ? root : { map: [['root', root]] as [string, Tree][] }));

const TEXT = ['one two', 'æøå tre', 'a: b', '# not a comment', '"q"', '- item', 'x  '];
const EDITS = [' ', '\n', '#', ':', '- ', '"', "'", '[', ']', '{', '}', ',', '|', '>', '&a0 ', '*a0', '\t', '  ', '---\n', '*a1'];

/** Writes a document, its style picked at every turn from `choices`. */
export function writeDocument(root: Tree, choices: number[]): string {
  let turn = 0;
  const pick = (n: number) => choices[turn++ % choices.length]! % n;
  let anchors = 0;
  const lines: string[] = [];
  const isMap = (t: Tree): t is { map: [string, Tree][] } => typeof t === 'object' && !Array.isArray(t);
  const flow = (t: Tree): string => (typeof t === 'string' ? (t.startsWith('"') || t.startsWith("'") || /^[\w.~-]+$/.test(t) ? t : JSON.stringify(t)) : isMap(t) ? `{${t.map.map(([k, v]) => `${k}: ${flow(v)}`).join(', ')}}` : `[${t.map(flow).join(', ')}]`);
  const blockScalar = (indent: number): string[] => {
    const body = Array.from({ length: 1 + pick(3) }, () => (pick(5) === 0 ? '' : TEXT[pick(TEXT.length)]!));
    if (body[0] === '') body[0] = 'first';
    return body.map((l) => (l === '' ? '' : ' '.repeat(indent) + l));
  };
  const anchor = () => (pick(6) === 0 ? `&a${anchors++} ` : '');
  // The value after `key:` or `- `, at `indent` (the column of the key or the dash).
  const value = (t: Tree, indent: number, head: string, inMap: boolean) => {
    const style = pick(8);
    if (pick(9) === 0 && anchors > 0) return void lines.push(`${head} *a${pick(anchors)}${pick(3) === 0 ? ' # alias' : ''}`);
    if (typeof t === 'string') {
      if (style === 0) return void lines.push(`${head} ${anchor()}${['|', '|-', '>', '>-'][pick(4)]}`, ...blockScalar(indent + 1 + pick(3)));
      return void lines.push(`${head} ${anchor()}${t}${style === 1 ? ' # note' : ''}`);
    }
    if (style <= 1) return void lines.push(`${head} ${anchor()}${flow(t)}`);
    if (style === 2) {
      // A flow collection over lines, each indented deeper than the entry.
      const items = isMap(t) ? t.map.map(([k, v]) => `${k}: ${flow(v)}`) : t.map(flow);
      const [open, close] = isMap(t) ? ['{', '}'] : ['[', ']'];
      return void lines.push(`${head} ${open}${items[0]}${items.length > 1 ? ',' : close}`, ...items.slice(1).map((it, i) => `${' '.repeat(indent + 2)}${it}${i === items.length - 2 ? close : ','}`));
    }
    lines.push(`${head}${anchor() ? ` &a${anchors - 1}` : ''}${pick(4) === 0 ? ' # before' : ''}`);
    if (pick(5) === 0) lines.push(pick(2) === 0 ? '' : `${' '.repeat(pick(6))}# between`);
    const sameColumn = inMap && Array.isArray(t) && pick(2) === 0;
    block(t, sameColumn ? indent : indent + 1 + pick(3));
  };
  const block = (t: Tree, indent: number): void => {
    const pad = ' '.repeat(indent);
    if (isMap(t)) for (const [k, v] of t.map) value(v, indent, `${pad}${k}:`, true);
    else if (Array.isArray(t)) {
      for (const item of t) {
        if (isMap(item) && pick(2) === 0) {
          // `- key: value`, the other keys under the first.
          const [first, ...rest] = item.map;
          value(first![1], indent + 2, `${pad}- ${first![0]}:`, true);
          for (const [k, v] of rest) value(v, indent + 2, `${pad}  ${k}:`, true);
        } else value(item, indent, `${pad}-`, false);
      }
    } else lines.push(`${pad}${t}`);
  };
  if (pick(4) === 0) lines.push(pick(2) === 0 ? '---' : '# a comment first');
  block(root, 0);
  return lines.join('\n') + (pick(8) === 0 ? '' : '\n');
}

/** Small edits at places picked by the pairs: an insertion from EDITS, or a deletion. */
export function applyEdits(text: string, edits: [number, number][]): string {
  for (const [where, what] of edits) {
    const at = where % (text.length + 1);
    const k = what % (EDITS.length + 1);
    text = k === EDITS.length ? text.slice(0, at) + text.slice(at + 1) : text.slice(0, at) + EDITS[k] + text.slice(at);
  }
  return text;
}

/** A document written from a random tree in random styles, most of them then edited at one or two places. */
export const documents: fc.Arbitrary<string> = fc
  .tuple(tree, fc.array(fc.nat(), { minLength: 64, maxLength: 64 }), fc.array(fc.tuple(fc.nat(), fc.nat()), { maxLength: 2 }))
  .map(([t, choices, edits]) => applyEdits(writeDocument(t, choices), edits));
