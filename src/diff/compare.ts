/** Comparing values the way a diff of governance facts needs: order-free lists, folded text, similar text. */
import { foldForComparison } from '../suggest.js';

/**
 * A string that is equal for equal values: object keys sorted, lists sorted too, because list order
 * carries no meaning in a structure file (the few ordered lists are compared before they get here).
 */
export function canonical(value: unknown): string {
  if (value === undefined || value === null) return 'null';
  if (typeof value !== 'object') return JSON.stringify(value);
  if (Array.isArray(value)) {
    const items: string[] = new Array(value.length);
    for (let i = 0; i < value.length; i++) items[i] = canonical(value[i]);
    return `[${items.sort().join(',')}]`;
  }
  const record = value as Record<string, unknown>;
  const keys = Object.keys(record).sort();
  // A flat record, such as an appointment (diff takes thousands), in one native call: the same text.
  if (keys.every((k) => typeof record[k] !== 'object' || record[k] === null)) return JSON.stringify(record, keys);
  let out = '{';
  for (const key of keys) {
    const v = record[key];
    if (v === undefined) continue;
    if (out.length > 1) out += ',';
    out += `${JSON.stringify(key)}:${canonical(v)}`;
  }
  return `${out}}`;
}

/** Text with its white space collapsed: folding a YAML block differently is not a change. */
export function normalizeText(text: string | undefined): string | undefined {
  return text === undefined ? undefined : text.replace(/\s+/g, ' ').trim();
}

function bigrams(text: string): Map<string, number> {
  const folded = foldForComparison(text);
  const out = new Map<string, number>();
  for (let i = 0; i < folded.length - 1; i++) {
    const pair = folded.slice(i, i + 2);
    out.set(pair, (out.get(pair) ?? 0) + 1);
  }
  return out;
}

/**
 * How alike two texts are, from 0 to 1 (Dice's coefficient over letter pairs, after folding case and
 * æøå). Linear in the texts' length, so it is cheap enough for every candidate pair that is compared.
 */
export function similarity(a: string, b: string): number {
  if (a === b) return 1;
  const x = bigrams(a);
  const y = bigrams(b);
  let total = 0;
  let shared = 0;
  for (const n of x.values()) total += n;
  for (const [pair, n] of y) {
    total += n;
    shared += Math.min(n, x.get(pair) ?? 0);
  }
  return total === 0 ? 0 : (2 * shared) / total;
}

/** A JSON pointer segment. */
export function escapeSegment(segment: string | number): string {
  const s = String(segment);
  return s.includes('~') || s.includes('/') ? s.replace(/~/g, '~0').replace(/\//g, '~1') : s;
}

/** A path of ids, written as a JSON pointer: path('bodies', 'a/b') is "/bodies/a~1b". */
export function path(...segments: (string | number)[]): string {
  let out = '';
  for (const segment of segments) out += `/${escapeSegment(segment)}`;
  return out;
}

/** Members of `a` missing from `b`, in `a`'s order. */
export function minus<T>(a: Iterable<T>, b: ReadonlySet<T>): T[] {
  const out: T[] = [];
  for (const x of a) if (!b.has(x)) out.push(x);
  return out;
}

export function sameSet<T>(a: ReadonlySet<T>, b: ReadonlySet<T>): boolean {
  if (a.size !== b.size) return false;
  for (const x of a) if (!b.has(x)) return false;
  return true;
}

/**
 * Pairs the best-matching candidates greedily, most similar first, at or above `threshold`. Ties go by
 * the pair's keys in an order that does not depend on which side is which, so that a diff and its
 * mirror pair the same things. Callers keep the candidate lists short (see MAX_SIMILARITY_PAIRS).
 */
export function pairBySimilarity<A, B>(
  left: readonly A[],
  right: readonly B[],
  score: (a: A, b: B) => number,
  key: { left: (a: A) => string; right: (b: B) => string },
  threshold: number,
): [A, B][] {
  const candidates: { a: A; b: B; s: number; tie: string }[] = [];
  for (const a of left) {
    for (const b of right) {
      const s = score(a, b);
      if (s >= threshold) {
        const ka = key.left(a);
        const kb = key.right(b);
        candidates.push({ a, b, s, tie: ka < kb ? `${ka}\u0000${kb}` : `${kb}\u0000${ka}` });
      }
    }
  }
  candidates.sort((p, q) => q.s - p.s || (p.tie < q.tie ? -1 : p.tie > q.tie ? 1 : 0));
  const usedA = new Set<A>();
  const usedB = new Set<B>();
  const out: [A, B][] = [];
  for (const { a, b } of candidates) {
    if (usedA.has(a) || usedB.has(b)) continue;
    usedA.add(a);
    usedB.add(b);
    out.push([a, b]);
  }
  return out;
}

/** More candidate pairs than this in one group are not compared by similarity: it would be quadratic. */
export const MAX_SIMILARITY_PAIRS = 2500;
