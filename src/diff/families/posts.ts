/** Posts (chair, co-chair, vice chair, secretariat …): created, abolished, changing hands, or chosen by a new rule. */
import type { PostDoc, PostKind } from '../../model/types.js';
import { canonical, path } from '../compare.js';
import { bodyRef, codeOf, codeRef, compact, municipalityRef, newBodyId, partyRef, selectorKey, selectorValue, type DiffContext } from '../context.js';
import type { JsonValue } from '../types.js';
import { bodySection, matchedBodies } from './bodies.js';
import { compareDanish } from '../../compare-danish.js';

interface Holder {
  key: string;
  name: string;
  value: JsonValue;
}

/**
 * Who holds a post: the holder facts, or else the municipalities its rule derives. Keys are comparable
 * across the files: a person by name, else a municipality by code, a party by id, a body by its new id.
 */
function holders(ctx: DiffContext, side: 'old' | 'new', bodyId: string, kind: PostKind, posts: PostDoc[]): Holder[] {
  const s = ctx[side];
  const out = new Map<string, Holder>();
  for (const p of posts) {
    const h = p.holder;
    const key = h && holderKey(ctx, side, h);
    if (!h || key === undefined || out.has(key)) continue;
    const municipality = h.municipality === undefined ? undefined : municipalityRef(s, h.municipality);
    const party = h.party === undefined ? undefined : partyRef(s, h.party);
    const body = h.body === undefined ? undefined : bodyRef(s, h.body);
    const name = h.person ?? municipality?.name ?? party?.name ?? body!.name;
    out.set(key, { key, name, value: compact({ person: h.person, party_letter: h.party_letter, role: h.role, municipality, party, body }) });
  }
  if (out.size === 0) {
    for (const code of s.derived.postHolders(bodyId, kind)) {
      const m = codeRef(code);
      out.set(`municipality:${code}`, { key: `municipality:${code}`, name: m.name, value: { municipality: m, derived: true } });
    }
  }
  return [...out.values()].sort((a, b) => compareDanish(a.name, b.name) || (a.key < b.key ? -1 : 1));
}

function holderKey(ctx: DiffContext, side: 'old' | 'new', h: NonNullable<PostDoc['holder']>): string | undefined {
  if (h.person !== undefined) return `person:${h.person.replace(/\s+/g, ' ').trim().toLowerCase()}`;
  if (h.municipality !== undefined) return `municipality:${codeOf(ctx[side], h.municipality)}`;
  if (h.party !== undefined) return `party:${h.party}`;
  if (h.body !== undefined) return `body:${side === 'old' ? newBodyId(ctx, h.body) : h.body}`;
  return undefined;
}

/** The holders' keys alone, sorted: what says whether the holders changed, without their names and values. */
function holderKeys(ctx: DiffContext, side: 'old' | 'new', bodyId: string, kind: PostKind, posts: PostDoc[]): string {
  const keys = new Set<string>();
  for (const p of posts) {
    const key = p.holder && holderKey(ctx, side, p.holder);
    if (key !== undefined) keys.add(key);
  }
  if (keys.size === 0) for (const code of ctx[side].derived.postHolders(bodyId, kind)) keys.add(`municipality:${code}`);
  return JSON.stringify([...keys].sort());
}

/** The rules by which a post is filled, each once, sorted by key; their values are made when a change needs them. */
function rules(ctx: DiffContext, side: 'old' | 'new', posts: PostDoc[]): { key: string; post: PostDoc }[] {
  const out = new Map<string, PostDoc>();
  for (const p of posts) {
    const key = canonical({ side: p.side, among: p.among, derived: p.derived ? { role: p.derived.role, of: selectorKey(ctx, side, p.derived.of) } : undefined });
    if (!out.has(key)) out.set(key, p);
  }
  return [...out].map(([key, post]) => ({ key, post })).sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
}

function ruleValue(ctx: DiffContext, side: 'old' | 'new', p: PostDoc): JsonValue {
  const derived = p.derived ? compact({ role: p.derived.role, of: selectorValue(ctx[side], p.derived.of) }) : undefined;
  return compact({ side: p.side, among: p.among, derived });
}

function byKind(posts: PostDoc[] | undefined): Map<PostKind, { posts: PostDoc[]; first: number; firstHolder?: number }> {
  const out = new Map<PostKind, { posts: PostDoc[]; first: number; firstHolder?: number }>();
  posts?.forEach((p, k) => {
    const entry = out.get(p.post) ?? { posts: [], first: k };
    entry.posts.push(p);
    if (p.holder && entry.firstHolder === undefined) entry.firstHolder = k;
    out.set(p.post, entry);
  });
  return out;
}

/**
 * Whether a kind's posts are written alike in both files, none by a derived rule, and some holder
 * fact names a holder (a body by its id in the new file): then neither the holders nor the rules
 * changed, as most posts of a national structure do not. Holders a rule works out from other facts
 * go the long way.
 */
function writtenAlike(ctx: DiffContext, before: PostDoc[], after: PostDoc[]): boolean {
  if (before.length !== after.length) return false;
  let named = false;
  for (let i = 0; i < before.length; i++) {
    const o = before[i]!;
    const n = after[i]!;
    if (o.derived !== undefined || n.derived !== undefined || o.post !== n.post || o.side !== n.side || o.among !== n.among) return false;
    const oh = o.holder;
    const nh = n.holder;
    if (oh === undefined || nh === undefined) {
      if (oh !== nh) return false;
      continue;
    }
    if (oh.person !== nh.person || oh.party_letter !== nh.party_letter || oh.role !== nh.role || oh.municipality !== nh.municipality || oh.party !== nh.party) return false;
    if ((oh.body === undefined ? undefined : newBodyId(ctx, oh.body)) !== nh.body) return false;
    named ||= oh.person !== undefined || oh.municipality !== undefined || oh.party !== undefined || oh.body !== undefined;
  }
  return named;
}

export function diffPosts(ctx: DiffContext): void {
  for (const [oldId, newId] of matchedBodies(ctx)) {
    const before = byKind(ctx.old.model.bodies.get(oldId)!.posts);
    const after = byKind(ctx.new.model.bodies.get(newId)!.posts);
    const oi = ctx.old.bodyAt.get(oldId)!;
    const ni = ctx.new.bodyAt.get(newId)!;
    const section = bodySection(newId);
    const value = (side: 'old' | 'new', id: string, kind: PostKind, posts: PostDoc[]): JsonValue => ({ post: kind, holders: holders(ctx, side, id, kind, posts).map((h) => h.value) });
    for (const [kind, n] of after) {
      const o = before.get(kind);
      if (!o) {
        ctx.emit({ kind: 'post.added', section, path: path('bodies', newId, 'posts', kind), old: null, new: value('new', newId, kind, n.posts), at: { new: ['bodies', ni, 'posts', n.first] } });
        continue;
      }
      if (writtenAlike(ctx, o.posts, n.posts)) continue;
      if (holderKeys(ctx, 'old', oldId, kind, o.posts) !== holderKeys(ctx, 'new', newId, kind, n.posts)) {
        const oldHolders = holders(ctx, 'old', oldId, kind, o.posts);
        const newHolders = holders(ctx, 'new', newId, kind, n.posts);
        ctx.emit({
          kind: 'post.holder-changed',
          section,
          subject: { post: kind },
          path: path('bodies', newId, 'posts', kind, 'holder'),
          old: oldHolders.map((h) => h.value),
          new: newHolders.map((h) => h.value),
          at: { old: ['bodies', oi, 'posts', o.firstHolder ?? o.first, 'holder'], new: ['bodies', ni, 'posts', n.firstHolder ?? n.first, 'holder'] },
        });
      }
      const oldRules = rules(ctx, 'old', o.posts);
      const newRules = rules(ctx, 'new', n.posts);
      if (oldRules.map((r) => r.key).join('\n') !== newRules.map((r) => r.key).join('\n')) {
        ctx.emit({
          kind: 'post.changed',
          section,
          subject: { post: kind },
          path: path('bodies', newId, 'posts', kind, 'rule'),
          field: 'rule',
          old: oldRules.map((r) => ruleValue(ctx, 'old', r.post)),
          new: newRules.map((r) => ruleValue(ctx, 'new', r.post)),
          at: { old: ['bodies', oi, 'posts', o.first], new: ['bodies', ni, 'posts', n.first] },
        });
      }
    }
    for (const [kind, o] of before) {
      if (after.has(kind)) continue;
      ctx.emit({ kind: 'post.removed', section, path: path('bodies', newId, 'posts', kind), old: value('old', oldId, kind, o.posts), new: null, at: { old: ['bodies', oi, 'posts', o.first] } });
    }
  }
}
