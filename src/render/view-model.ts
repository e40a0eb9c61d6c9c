import type { StructureModel } from '../model/build-model.js';
import { derive } from '../model/derive.js';
import { MUNICIPALITIES } from '../model/registry.js';
import type { AppointmentDoc, BodyDoc, HolderDoc, MeetingsDoc, PostDoc, Selector, TaskDoc } from '../model/types.js';
import { formatDate, formatNumber, label, type Lang } from './labels.js';
import { safeUrl } from './escape.js';
import { compareDanish } from '../compare-danish.js';

/** Everything a template shows, resolved, labelled and in display order. Plain data only. */
export interface StructureView {
  id: string;
  name: string;
  date: string;
  dateText: string;
  region?: string;
  description?: string;
  uncertain?: string;
  file: string;
  lang: Lang;
  sources: SourceView[];
  levels: { level: string; label: string; bodies: BodyView[] }[];
  /** The bodies as a tree by parent, for the org chart; external bodies are listed apart. */
  tree: ChartNode[];
  external: BodyView[];
  bodies: BodyView[];
  groupings: { id: string; name: string; bodies: { id: string; name: string }[]; uncertain?: string }[];
  mermaid: string;
  /**
   * The org chart for the HTML template: per level (in LEVEL_ORDER) the bodies of the structure at
   * that level, nested by parent where the parent is at the same level. A body whose parent is at
   * another level (or outside the structure) starts a tree in its own level and names it in `under`.
   */
  chart: ChartLevel[];
  /** The external bodies, nested by parent among themselves. */
  externalChart: ChartNode[];
  /** The kinds of body that occur (for a legend), in the order political, administrative, mixed, none. */
  kinds: { kind: string; label: string }[];
}

export interface ChartLevel {
  level: string;
  label: string;
  nodes: ChartNode[];
}

export interface ChartNode {
  body: BodyView;
  /** The body's parent when the chart does not show it by nesting (a root of its level). */
  under?: LinkView;
  children: ChartNode[];
}

export interface SourceView {
  id: string;
  /** `source-<id>`: the id of the source's entry in an HTML document's list of sources. */
  anchor: string;
  title: string;
  dateText?: string;
  publisher?: string;
  document?: string;
  url?: string;
}

export interface LinkView {
  id: string;
  name: string;
  /** `body-<id>`: the id of the target's card or section in an HTML document. */
  anchor: string;
  /** The target is outside the structure (its card or section is in the part for external bodies). */
  external: boolean;
}

export interface BodyView {
  id: string;
  anchor: string;
  name: string;
  shortName?: string;
  kind: string;
  kindLabel: string;
  scopeLabel?: string;
  levelLabel: string;
  area: string[];
  external: boolean;
  period?: string;
  purpose?: string;
  description?: string;
  uncertain?: string;
  parent?: LinkView;
  establishedBy?: LinkView;
  supports?: LinkView;
  sitsIn: LinkView[];
  children: LinkView[];
  municipalities: string[];
  mandate?: { scope?: string; must: string[]; may: string[]; source?: string; sourceAnchor?: string };
  seats: SeatView[];
  countsBySide: { label: string; count: number }[];
  bornMembers: { municipality: string; why: string }[];
  members: { seat: string; who: string }[];
  attendees: { text: string; optional: boolean }[];
  posts: { label: string; holder: string }[];
  secretariat: string[];
  meetings?: { cadence?: string; hosts: string[]; events: { when: string; title?: string; place?: string }[] };
  appointments: { who: string; seat?: string; period?: string; status: string }[];
  finance?: { total?: string; contributions: { who: string; amount: string }[]; key?: string };
  source?: string;
  /** `source-<id>` of `source`, for a link to the document's list of sources. */
  sourceAnchor?: string;
}

export interface SeatView {
  id: string;
  label: string;
  count?: number;
  side?: string;
  role?: string;
  notes: string[];
  rule?: string;
}

const NAMES = new Map(MUNICIPALITIES.map((m) => [m.code, m.name]));
const LEVEL_ORDER = ['national', 'regional', 'cluster', 'municipal', 'none'];

/** The view of one structure for templates, in one language, on the structure's date. */
export function buildView(model: StructureModel, file: string, lang: Lang): StructureView {
  const derived = derive(model);
  const t = (key: string, values?: Record<string, string | number>) => label(lang, key, values);
  const { bodyName, muniName, describeSelector, holderText, postHolder } = describer(model, lang);
  const link = (id: string | undefined): LinkView | undefined =>
    id === undefined ? undefined : { id, name: bodyName(id)!, anchor: `body-${id}`, external: model.bodies.get(id)?.external === true };
  // Many bodies have the same municipalities: each set is named and sorted once.
  const named = new Map<string, string[]>();
  const names = (codes: Iterable<string>): string[] => {
    const list = [...codes];
    const key = list.join(',');
    let out = named.get(key);
    if (!out) named.set(key, (out = list.map((c) => NAMES.get(c) ?? c).sort(compareDanish)));
    return out.slice();
  };
  const sourceTitle = (id: string | undefined) => (id === undefined ? undefined : (model.sources.get(id)?.title ?? id));
  const sourceAnchor = (id: string | undefined) => (id !== undefined && model.sources.has(id) ? `source-${id}` : undefined);

  const taskText = (task: TaskDoc) => (typeof task === 'string' ? task : task.text);

  // Appointments by body, built once: a national structure has tens of thousands of them.
  const appointmentsOf = new Map<string, AppointmentDoc[]>();
  for (const a of model.doc.appointments ?? []) {
    const list = appointmentsOf.get(a.body);
    if (list) list.push(a);
    else appointmentsOf.set(a.body, [a]);
  }

  // Children by parent, built once so that a structure of thousands of bodies stays linear.
  const childLinks = new Map<string, LinkView[]>();
  for (const b of model.bodies.values()) {
    if (b.parent === undefined) continue;
    const list = childLinks.get(b.parent);
    if (list) list.push(link(b.id)!);
    else childLinks.set(b.parent, [link(b.id)!]);
  }

  const bodyView = (body: BodyDoc): BodyView => {
    const seats = body.seats ?? [];
    const bornMembers: BodyView['bornMembers'] = [];
    for (const seat of seats.filter((s) => s.born)) {
      const role = seat.role ? t(`role_${seat.role}`) : '';
      for (const municipality of names(derived.bornMunicipalities(body.id, seat.id))) {
        bornMembers.push({ municipality, why: bornWhy(lang, role, municipality) });
      }
    }
    const bySide = new Map<string, number>();
    for (const seat of seats) {
      if (seat.count === undefined) continue;
      const key = seat.side ? t(`side_${seat.side}`) : t('notRecorded');
      bySide.set(key, (bySide.get(key) ?? 0) + seat.count);
    }
    const posts = body.posts ?? [];
    const cadence = body.meetings?.cadence;
    const children = childLinks.get(body.id) ?? [];
    const finance = body.finance;
    const money = (amount: number | undefined, fte: number | undefined, per: string | undefined) =>
      [
        amount !== undefined ? `${formatNumber(amount, lang)} ${finance?.currency === 'EUR' ? 'EUR' : 'kr.'}` : undefined,
        fte !== undefined ? `${formatNumber(fte, lang)} ${t('fte')}` : undefined,
      ]
        .filter(Boolean)
        .join(' + ') + (per === 'year' ? ` ${t('perYearShort')}` : '');
    return {
      id: body.id,
      anchor: `body-${body.id}`,
      name: body.name,
      shortName: body.short_name,
      kind: body.kind ?? 'none',
      kindLabel: t(`kind_${body.kind ?? 'none'}`),
      scopeLabel: body.scope ? t(`scope_${body.scope}`) : undefined,
      levelLabel: t(`level_${body.level ?? 'none'}`),
      area: body.area ?? [],
      external: body.external === true,
      period: period(body.from, body.to, lang),
      purpose: body.purpose,
      description: body.description,
      uncertain: body.uncertain,
      parent: link(body.parent),
      establishedBy: link(body.established_by),
      supports: link(body.supports),
      sitsIn: (body.sits_in ?? []).map((id) => link(id)!),
      children,
      municipalities: body.municipalities === 'all' ? names(derived.participants) : names(derived.codes(body.municipalities)),
      mandate: body.mandate
        ? {
            scope: body.mandate.scope,
            must: (body.mandate.must ?? []).map(taskText),
            may: (body.mandate.may ?? []).map(taskText),
            source: sourceTitle(body.mandate.source),
            sourceAnchor: sourceAnchor(body.mandate.source),
          }
        : undefined,
      seats: seats.map((seat) => ({
        id: seat.id,
        label: joinPresent(seat.role ? t(`role_${seat.role}`) : seat.id, seat.side && `(${t(`side_${seat.side}`)})`, ' '),
        count: seat.count,
        side: seat.side ? t(`side_${seat.side}`) : undefined,
        role: seat.role ? t(`role_${seat.role}`) : undefined,
        notes: seat.decides || seat.alternates || seat.observer ? [seat.decides ? t('decides') : undefined, seat.alternates ? t('alternates') : undefined, seat.observer ? t('observer') : undefined].filter((n): n is string => n !== undefined) : [],
        rule: seat.born ? seat.born.says ?? `${t('bornRule')}: ${describeSelector(seat.born.of, body.id)}` : undefined,
      })),
      countsBySide: [...bySide].map(([sideLabel, count]) => ({ label: sideLabel, count })),
      bornMembers,
      members: (body.members ?? []).map((m) => ({ seat: m.seat, who: holderText(m) ?? m.seat })),
      attendees: (body.attendees ?? []).map((a) => ({
        text: a.says ?? `${t(`role_${a.role}`)}${a.of ? `: ${describeSelector(a.of, body.id)}` : ''}`,
        optional: a.optional === true,
      })),
      posts: posts.filter((p) => p.post !== 'secretariat').map((p) => ({ label: t(`post_${p.post}`), holder: postHolder(p, body.id) })),
      secretariat: posts.filter((p) => p.post === 'secretariat').map((p) => postHolder(p, body.id)),
      meetings: body.meetings
        ? {
            cadence: cadence ? cadenceText(cadence, lang, bodyName) : undefined,
            hosts: (body.meetings.hosts ?? []).map((h) => holderText(h) ?? ''),
            events: (body.meetings.events ?? [])
              .map((e) => ({ sort: e.date, when: e.to ? period(e.date, e.to, lang, true)! : formatDate(e.date, lang), title: e.title, place: e.place }))
              .sort((a, b) => a.sort.localeCompare(b.sort))
              .map(({ when, title, place }) => ({ when, title, place })),
          }
        : undefined,
      appointments: (appointmentsOf.get(body.id) ?? [])
        .filter((a) => inForce(a.from, a.to, model.date))
        .map((a) => ({
          who: a.vacant ? t('vacant') : (holderText({ person: a.person, party_letter: a.party_letter, municipality: a.municipality, role: a.role }) ?? t('notRecorded')),
          seat: a.seat,
          period: period(a.from, a.to, lang),
          status: joinPresent(a.seat_belongs_to && t('seatBelongsTo', { party: a.seat_belongs_to }), a.offered_to && t('offeredTo', { party: a.offered_to }), '; '),
        })),
      finance: finance
        ? {
            total: finance.total ? money(finance.total.amount, finance.total.fte, finance.total.per) : undefined,
            contributions: (finance.contributions ?? []).map((c) => ({
              who: c.party ? (model.parties.get(c.party)?.name ?? c.party) : c.side ? t(`side_${c.side}`) : (muniName(c.municipality) ?? ''),
              amount: money(c.amount, c.fte, c.per),
            })),
            key: finance.key,
          }
        : undefined,
      source: sourceTitle(body.source),
      sourceAnchor: sourceAnchor(body.source),
    };
  };

  const bodies = [...model.bodies.values()].map(bodyView);
  const inside = bodies.filter((b) => !b.external);
  const tree = forest(inside);

  const levels = LEVEL_ORDER.map((level) => ({
    level,
    label: t(`level_${level}`),
    bodies: inside.filter((b) => (model.bodies.get(b.id)?.level ?? 'none') === level),
  })).filter((l) => l.bodies.length > 0);

  const chart = levels.map((l) => ({ level: l.level, label: l.label, nodes: forest(l.bodies) }));
  const kinds = ['political', 'administrative', 'mixed', 'none']
    .filter((kind) => bodies.some((b) => b.kind === kind))
    .map((kind) => ({ kind, label: t(`kind_${kind}`) }));

  return {
    id: model.doc.id,
    name: model.doc.name,
    date: model.date,
    dateText: formatDate(model.date, lang),
    region: model.doc.region,
    description: model.doc.description,
    uncertain: model.doc.uncertain,
    file,
    lang,
    sources: model.doc.sources.map((s) => ({
      id: s.id,
      anchor: `source-${s.id}`,
      title: s.title,
      dateText: s.date ? formatDate(s.date, lang) : undefined,
      publisher: s.publisher,
      document: s.document,
      url: safeUrl(s.url),
    })),
    levels,
    tree,
    external: bodies.filter((b) => b.external),
    bodies,
    groupings: [...model.groupings.values()].map((g) => ({
      id: g.id,
      name: g.name,
      bodies: g.bodies.map((id) => link(id)!),
      uncertain: g.uncertain,
    })),
    mermaid: '',
    chart,
    externalChart: forest(bodies.filter((b) => b.external)),
    kinds,
  };
}

/** Wording shared by the views of one structure in one language: names, selectors, holders and posts. */
export interface Describer {
  bodyName(id: string | undefined): string | undefined;
  muniName(ref: string | number | undefined): string | undefined;
  /** A selector in words ("alle deltagende kommuner", "formand i KKR Syddanmark"), read in the context of a body. */
  describeSelector(selector: Selector, self: string): string;
  /** "Karsten Längerich (V), borgmester i Allerød": who holds something, as far as the data says. */
  holderText(holder: HolderDoc | undefined): string | undefined;
  /** Who holds a post: the holder fact, else the rule it is derived from, else who it is chosen among. */
  postHolder(post: PostDoc, bodyId: string): string;
}

export function describer(model: StructureModel, lang: Lang): Describer {
  const t = (key: string, values?: Record<string, string | number>) => label(lang, key, values);
  const bodyName = (id: string | undefined) => (id === undefined ? undefined : (model.bodies.get(id)?.name ?? id));
  const muniName = (ref: string | number | undefined) => (ref === undefined ? undefined : (model.municipality(ref)?.name ?? String(ref)));
  const describeSelector = (selector: Selector, self: string): string => {
    if (selector === 'all') return t('sel_all');
    if (selector === 'self') return t('sel_self');
    if (selector.post !== undefined) {
      const target = selector.body !== undefined ? bodyName(selector.body)! : (model.groupings.get(selector.grouping ?? '')?.name ?? selector.grouping ?? '');
      return t('sel_post', { post: t(`post_${selector.post}`).toLowerCase(), target });
    }
    if (selector.body !== undefined) return t('sel_body', { body: selector.body === self ? bodyName(self)! : bodyName(selector.body)! });
    if (selector.grouping !== undefined) return t('sel_grouping', { grouping: model.groupings.get(selector.grouping)?.name ?? selector.grouping });
    return t('sel_list', { list: (selector.municipalities ?? []).map((m) => muniName(m)!).join(', ') });
  };
  const holderText = (holder: HolderDoc | undefined): string | undefined => {
    if (!holder) return undefined;
    // Every appointment's holder is written: parts are joined without a list each.
    const who = joinPresent(holder.person, holder.party_letter && `(${holder.party_letter})`, ' ');
    const where = holder.municipality !== undefined ? muniName(holder.municipality) : holder.party ? (model.parties.get(holder.party)?.name ?? holder.party) : bodyName(holder.body);
    const role = holder.role ? t(`role_${holder.role}`) : undefined;
    const place = joinPresent(role, where, lang === 'da' ? ' i ' : ' of ');
    return joinPresent(who, place, ', ') || undefined;
  };
  const postHolder = (post: PostDoc, bodyId: string): string => {
    const fact = holderText(post.holder);
    if (fact) return fact;
    if (post.derived) {
      const role = post.derived.role ? t(`role_${post.derived.role}`) : '';
      return `${role} (${t('derivedFrom')}: ${describeSelector(post.derived.of, bodyId)})`.trim();
    }
    if (post.among) return `${t('among')} ${post.among}`;
    return t('notRecorded');
  };
  return { bodyName, muniName, describeSelector, holderText, postHolder };
}

/** Why a municipality holds a born seat: "født medlem som borgmester i Odense" (or "født medlem for Odense" without a role). */
export function bornWhy(lang: Lang, roleLabel: string | undefined, municipality: string): string {
  return roleLabel ? label(lang, 'bornAs', { role: roleLabel, municipality }) : label(lang, 'bornFor', { municipality });
}

/** A meeting cadence in words ("ca. 3 møder om året", else the file's own text) and what it is aligned with. */
export function cadenceText(cadence: NonNullable<MeetingsDoc['cadence']>, lang: Lang, bodyName: (id: string | undefined) => string | undefined): string {
  return [
    cadence.per_year !== undefined ? label(lang, cadence.approximate ? 'approxPerYear' : 'perYear', { n: formatNumber(cadence.per_year, lang) }) : cadence.text,
    cadence.aligned_with ? label(lang, 'alignedWith', { body: bodyName(cadence.aligned_with)! }) : undefined,
  ]
    .filter(Boolean)
    .join(', ');
}

/** Deeper parent chains are shown as new trees naming their parent, so templates never nest without end. */
const MAX_CHART_DEPTH = 8;

/** Bodies nested by parent within the given set, in the set's order; a parent cycle cannot loop. */
function forest(set: BodyView[]): ChartNode[] {
  const ids = new Set(set.map((b) => b.id));
  const childrenOf = new Map<string, BodyView[]>();
  const roots: BodyView[] = [];
  for (const b of set) {
    const parent = b.parent && b.parent.id !== b.id && ids.has(b.parent.id) ? b.parent.id : undefined;
    if (parent) {
      const siblings = childrenOf.get(parent);
      if (siblings) siblings.push(b);
      else childrenOf.set(parent, [b]);
    } else roots.push(b);
  }
  // Built with a stack rather than by recursion, so that a long chain of parents cannot overflow it.
  const visited = new Set<string>();
  const deferred: BodyView[] = [];
  const tree = (root: BodyView): ChartNode => {
    visited.add(root.id);
    const top: ChartNode = { body: root, under: root.parent, children: [] };
    const stack = [{ node: top, depth: 1 }];
    while (stack.length > 0) {
      const { node, depth } = stack.pop()!;
      for (const child of childrenOf.get(node.body.id) ?? []) {
        if (visited.has(child.id)) continue;
        if (depth >= MAX_CHART_DEPTH) {
          deferred.push(child);
          continue;
        }
        visited.add(child.id);
        const childNode: ChartNode = { body: child, under: undefined, children: [] };
        node.children.push(childNode);
        stack.push({ node: childNode, depth: depth + 1 });
      }
    }
    return top;
  };
  const nodes = roots.map(tree);
  for (let i = 0; i < deferred.length; i++) if (!visited.has(deferred[i]!.id)) nodes.push(tree(deferred[i]!));
  for (const b of set) if (!visited.has(b.id)) nodes.push(tree(b));
  return nodes;
}

export function period(from: string | undefined, to: string | undefined, lang: Lang, compact = false): string | undefined {
  if (!from && !to) return undefined;
  if (from && to && from === to) return formatDate(from, lang);
  if (compact && from && to) return `${formatDate(from, lang)} – ${formatDate(to, lang)}`;
  return joinPresent(from && `${label(lang, 'from')} ${formatDate(from, lang)}`, to && `${label(lang, 'to')} ${formatDate(to, lang)}`, ' ');
}

/** The parts that are there, joined: `[a, b].filter(Boolean).join(separator)` without the list. */
function joinPresent(a: string | undefined, b: string | undefined, separator: string): string {
  return a && b ? a + separator + b : a || b || '';
}

export function inForce(from: string | undefined, to: string | undefined, date: string): boolean {
  return (!from || from <= date) && (!to || to >= date);
}

