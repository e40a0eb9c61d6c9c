import type { StructureModel } from '../model/build-model.js';
import { derive, type Derived } from '../model/derive.js';
import type { AppointmentDoc, BodyDoc, HolderDoc, PostKind, Role } from '../model/types.js';
import { formatDate, formatNumber, label, type Lang } from '../render/labels.js';
import { bornWhy, cadenceText, describer, inForce, period, type Describer } from '../render/view-model.js';
import { normalizeName, resolveSubject, type ParticipationInput, type Subject } from './match.js';

/**
 * Why a municipality or person is in a forum: a born seat whose rule derives it, a member fact, an
 * appointment in force, an attendee rule, the body's own list of municipalities, or (for a forum
 * whose composition the file does not record) the body it is under.
 */
export type ParticipationBasis = 'born' | 'member' | 'appointed' | 'attends' | 'listed' | 'parent';

export interface ParticipationRole {
  basis: ParticipationBasis;
  /** "Født medlem", "Udpeget", … */
  basisLabel: string;
  role?: Role;
  roleLabel?: string;
  /** The reason in words: "født medlem som borgmester i Odense", "udpeget …, på vegne af KKR Hovedstaden". */
  why: string;
  /** The person in the seat where the data names one (a member fact or an appointment); not set in a person's own view. */
  person?: string;
  municipality?: string;
  seat?: string;
  /** The appointment's term, where it has one. */
  period?: string;
  status?: 'in-force' | 'proposed' | 'ended';
  /** "foreslået" / "ophørt"; not set for an appointment in force. */
  statusLabel?: string;
  /** An attendee who may choose to attend. */
  optional: boolean;
}

export interface ParticipationPost {
  post: PostKind;
  /** "Formand", "Sekretariat", … */
  label: string;
  person?: string;
  /** Held by the post's rule (`derived`), not by a holder fact. */
  derived: boolean;
  why?: string;
  /** The post in one line: "Næstformand: Sisse Marie Welling (rådmand)". */
  text: string;
}

/** One forum (a body of one structure) the municipality or person takes part in. */
export interface ParticipationRow {
  /** `p<n>-<body id>`: the row's id in an HTML document (n counts the structures from 1). */
  anchor: string;
  structureId: string;
  bodyId: string;
  name: string;
  shortName?: string;
  kind: string;
  kindLabel: string;
  level: string;
  levelLabel: string;
  scopeLabel?: string;
  external: boolean;
  /** The name of the body this one is under (`parent`). */
  under?: string;
  /** The body's own period (from/to), when the file gives one. */
  period?: string;
  roles: ParticipationRole[];
  /** The posts the municipality or person holds here. */
  posts: ParticipationPost[];
  /** Who holds the forum's secretariat (whoever it is). */
  secretariat: string[];
  /** Meetings the municipality or person hosts here: "vært for 6-by mødet …, 21. januar 2008 – 22. januar 2008". */
  hosting: string[];
  cadence?: string;
  perYear?: number;
  approximate: boolean;
  /** A person's view: the other appointments whose terms overlap this one's, in words. */
  overlaps: string[];
  overlapping: boolean;
  /** A person's view: the only roles here are proposed appointments (not held yet). */
  proposedOnly: boolean;
}

export interface StructureParticipation {
  id: string;
  name: string;
  file: string;
  /** `structure-<n>`: the structure's section in an HTML document. */
  anchor: string;
  /** The date the structure is read on: `asOf`, else the structure's own date. */
  date: string;
  dateText: string;
  /** "9 fora". */
  countText: string;
  rows: ParticipationRow[];
  /** Fora the municipality or person would be in, but that are not in force on the date (not counted). */
  notInForce: { name: string; period?: string }[];
}

export interface ParticipationSummary {
  /** Structures with at least one forum. */
  structures: number;
  fora: number;
  /** The sum of `meetings.cadence.per_year` over the fora that have one. */
  meetingsPerYear: number;
  /** Some of the cadences summed are approximate. */
  approximate: boolean;
  foraWithCadence: number;
  foraWithoutCadence: number;
  posts: number;
  /** A person's view: fora where a seat or post is held (proposed appointments left out). */
  heldAtOnce?: number;
  /** A person's view: fora where the only role is a proposed appointment. */
  proposed?: number;
  /** A person's view: pairs of the person's appointments whose terms overlap. */
  overlaps?: number;
  /** The summary line in parts: "18 fora i 6 strukturer", "ca. 25 møder om året i alt (…)", "2 poster", … */
  parts: string[];
  /** The parts joined by " · ". */
  text: string;
  /** The key numbers for a page's header. `warn` marks overlapping terms. */
  tiles: { value: string; label: string; warn: boolean }[];
  /** How many fora have no number of meetings a year, when some have none. */
  caveat?: string;
}

/** Every forum one municipality or person takes part in, across structures. Plain data only. */
export interface ParticipationView {
  kind: 'municipality' | 'person';
  /** "Kommune" / "Person". */
  kindLabel: string;
  /** The municipality's official name, or the person's name as first written in the structures. */
  name: string;
  /** The municipality's code. */
  code?: string;
  /** What was asked for (`--for`). */
  query: string;
  /** Set when the query is both a municipality and a person: the view is of the municipality. */
  note?: string;
  lang: Lang;
  asOf?: string;
  /** The date, or the range of the structures' dates. */
  dateText: string;
  /** "Pr. 1. maj 2023" / "Pr. hver strukturs dato (2. november 2007 – 21. april 2023)". */
  asOfText: string;
  /** The structure files, joined by ", " (for a footer). */
  file: string;
  files: string[];
  summary: ParticipationSummary;
  /** The structures where something was found, in the order given; fora in file order. */
  structures: StructureParticipation[];
  /** More than one structure has something (a document may then show a table of contents). */
  severalStructures: boolean;
  /** The structures where nothing was found. */
  elsewhere: { name: string; file: string; dateText: string }[];
}

const SEAT_BASES: readonly ParticipationBasis[] = ['born', 'member', 'appointed'];

/**
 * The participation view: every body, across the given structures, where a municipality (name, alias
 * or code) holds a seat, a post or attends — or where a named person sits, holds a post or is
 * appointed — as of `asOf` (an ISO date) or else each structure's own date, with labels in `lang`.
 * A municipality wins over a person of the same name (the view's `note` says so). Throws an
 * UnknownSubjectError, with suggestions, when `who` is neither.
 */
export function participation(inputs: readonly ParticipationInput[], who: string, asOf?: string, lang: Lang = 'da'): ParticipationView {
  if (asOf !== undefined && !isIsoDate(asOf)) throw new RangeError(`asOf must be a date written YYYY-MM-DD, like 2023-04-21; "${asOf}" is not.`);
  const subject = resolveSubject(inputs, who);
  const t = (key: string, values?: Record<string, string | number>) => label(lang, key, values);
  const count = (key: string, n: number) => t(`${key}_${n === 1 ? 'one' : 'other'}`, { n: formatNumber(n, lang) });
  const name = subject.kind === 'municipality' ? subject.municipality.name : subject.name;

  const structures: StructureParticipation[] = [];
  const elsewhere: ParticipationView['elsewhere'] = [];
  const terms: Term[] = [];
  const rowOfAppointment = new Map<AppointmentDoc, ParticipationRow>();

  inputs.forEach(({ model, file }, index) => {
    const date = asOf ?? model.date;
    const appointments = new Map<string, AppointmentDoc[]>();
    for (const a of model.doc.appointments ?? []) {
      const list = appointments.get(a.body);
      if (list) list.push(a);
      else appointments.set(a.body, [a]);
    }
    const context: Context = { model, lang, t, date, derived: derive(model), words: describer(model, lang), subject, appointments };
    const rows: ParticipationRow[] = [];
    const inForceMemo = new Map<string, boolean>();
    const notInForce: StructureParticipation['notInForce'] = [];
    for (const body of model.bodies.values()) {
      const found = subject.kind === 'municipality' ? municipalityIn(context, body, subject.municipality.code, name) : personIn(context, body, normalizeName(name));
      if (found.roles.length === 0 && found.posts.length === 0) continue;
      if (!bodyInForce(model, body.id, date, inForceMemo)) {
        notInForce.push({ name: body.name, period: period(body.from, body.to, lang) });
        continue;
      }
      const row = rowOf(context, body, index, found.roles, found.posts);
      for (const appointment of found.appointments) rowOfAppointment.set(appointment, row);
      rows.push(row);
    }
    if (subject.kind === 'person') terms.push(...personTerms(model, index, normalizeName(name)));
    const entry = {
      id: model.doc.id,
      name: model.doc.name,
      file,
      anchor: `structure-${index + 1}`,
      date,
      dateText: formatDate(date, lang),
      countText: count('p_fora', rows.length),
      rows,
      notInForce,
    };
    if (rows.length > 0 || notInForce.length > 0) structures.push(entry);
    else elsewhere.push({ name: model.doc.name, file, dateText: formatDate(date, lang) });
  });

  const overlapCount = subject.kind === 'person' ? markOverlaps(terms, rowOfAppointment, inputs, lang) : undefined;

  const rows = structures.flatMap((s) => s.rows);
  const withCadence = rows.filter((r) => r.perYear !== undefined);
  const meetings = withCadence.reduce((sum, r) => sum + r.perYear!, 0);
  const approximate = withCadence.some((r) => r.approximate);
  const posts = rows.reduce((sum, r) => sum + r.posts.length, 0);
  const held = subject.kind === 'person' ? rows.filter((r) => !r.proposedOnly).length : undefined;
  const proposed = subject.kind === 'person' ? rows.filter((r) => r.proposedOnly).length : undefined;
  const without = rows.length - withCadence.length;
  const structureCount = structures.filter((s) => s.rows.length > 0).length;

  const meetingsText = t(approximate ? 'p_meetingsApprox' : 'p_meetings', { n: formatNumber(meetings, lang) });
  const parts = [
    t('p_inStructures', { fora: count('p_fora', rows.length), structures: count('p_structures', structureCount) }),
    without > 0 && rows.length > 0 ? `${meetingsText} (${count('p_noCadence', without)})` : meetingsText,
    count('p_posts', posts),
  ];
  if (held !== undefined) parts.push(count('p_held', held) + (proposed ? ` (+ ${t('p_proposed', { n: formatNumber(proposed, lang) })})` : ''));
  if (overlapCount !== undefined) parts.push(count('p_overlaps', overlapCount));
  const tiles = [
    { value: formatNumber(rows.length, lang), label: t('p_tileFora'), warn: false },
    { value: approximate ? t('p_approx', { n: formatNumber(meetings, lang) }) : formatNumber(meetings, lang), label: t('p_tileMeetings'), warn: false },
    { value: formatNumber(posts, lang), label: t('p_tilePosts'), warn: false },
  ];
  if (held !== undefined) tiles.push({ value: formatNumber(held, lang), label: t('p_tileHeld'), warn: false });
  if (overlapCount !== undefined) tiles.push({ value: formatNumber(overlapCount, lang), label: t('p_tileOverlaps'), warn: overlapCount > 0 });

  const dates = inputs.map((i) => asOf ?? i.model.date).sort();
  const dateText =
    dates.length === 0 ? (asOf ? formatDate(asOf, lang) : '') : dates[0] === dates[dates.length - 1] ? formatDate(dates[0]!, lang) : `${formatDate(dates[0]!, lang)} – ${formatDate(dates[dates.length - 1]!, lang)}`;
  const asOfText =
    dates.length > 0 && dates[0] !== dates[dates.length - 1]
      ? t('p_asOfEach', { from: formatDate(dates[0]!, lang), to: formatDate(dates[dates.length - 1]!, lang) })
      : t('p_asOfDate', { date: dateText });

  return {
    kind: subject.kind,
    kindLabel: t(`p_subject_${subject.kind}`),
    name,
    code: subject.kind === 'municipality' ? subject.municipality.code : undefined,
    query: subject.query,
    note:
      subject.kind === 'municipality' && subject.alsoPerson !== undefined
        ? t('p_alsoPerson', { query: subject.query.trim(), municipality: name })
        : undefined,
    lang,
    asOf,
    dateText,
    asOfText,
    file: inputs.map((i) => i.file).join(', '),
    files: inputs.map((i) => i.file),
    summary: {
      structures: structureCount,
      fora: rows.length,
      meetingsPerYear: meetings,
      approximate,
      foraWithCadence: withCadence.length,
      foraWithoutCadence: without,
      posts,
      heldAtOnce: held,
      proposed,
      overlaps: overlapCount,
      parts,
      text: parts.join(' · '),
      tiles,
      caveat: without > 0 && rows.length > 0 ? t('p_caveat', { n: formatNumber(without, lang), total: formatNumber(rows.length, lang) }) : undefined,
    },
    structures,
    severalStructures: structures.length > 1,
    elsewhere,
  };
}

interface Context {
  model: StructureModel;
  lang: Lang;
  t: (key: string, values?: Record<string, string | number>) => string;
  /** The date the structure is read on. */
  date: string;
  derived: Derived;
  words: Describer;
  subject: Subject;
  /** The structure's appointments by body, in file order. */
  appointments: ReadonlyMap<string, AppointmentDoc[]>;
}

interface Found {
  roles: ParticipationRole[];
  posts: ParticipationPost[];
  /** The appointments behind the roles (a person's view links overlaps to rows through them). */
  appointments: AppointmentDoc[];
}

function makeRole(c: Context, basis: ParticipationBasis, fields: Partial<ParticipationRole> & { why: string }): ParticipationRole {
  return {
    basis,
    basisLabel: c.t(`p_${basis}`),
    role: fields.role,
    roleLabel: fields.role ? c.t(`role_${fields.role}`) : undefined,
    why: fields.why,
    person: fields.person,
    municipality: fields.municipality,
    seat: fields.seat,
    period: fields.period,
    status: fields.status,
    statusLabel: fields.status === 'proposed' || fields.status === 'ended' ? c.t(`p_status_${fields.status}`) : undefined,
    optional: fields.optional ?? false,
  };
}

function personText(person: string | undefined, partyLetter: string | undefined): string | undefined {
  if (person === undefined || person.trim() === '') return undefined;
  return [person.trim().replace(/\s+/g, ' '), partyLetter ? `(${partyLetter})` : undefined].filter(Boolean).join(' ');
}

function memberWhy(c: Context, role: Role | undefined, municipality: string | undefined, seat: string): string {
  const roleLabel = role ? c.t(`role_${role}`) : undefined;
  if (roleLabel && municipality) return c.t('p_memberAs', { role: roleLabel, municipality });
  if (municipality) return c.t('p_memberFor', { municipality });
  if (roleLabel) return c.t('p_memberRole', { role: roleLabel });
  return c.t('p_memberSeat', { seat });
}

function appointedWhy(c: Context, role: Role | undefined, municipality: string | undefined, onBehalfOf: string | undefined): string {
  const roleLabel = role ? c.t(`role_${role}`) : undefined;
  const base =
    roleLabel && municipality
      ? c.t('p_appointedAs', { role: roleLabel, municipality })
      : municipality
        ? c.t('p_appointedFor', { municipality })
        : roleLabel
          ? c.t('p_appointedRole', { role: roleLabel })
          : c.t('p_appointedPlain');
  return onBehalfOf !== undefined ? `${base}, ${c.t('p_onBehalfOf', { body: c.words.bodyName(onBehalfOf)! })}` : base;
}

function isIsoDate(text: string): boolean {
  if (!/^\d{4}-\d{2}-\d{2}$/.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** The last day a `to` date covers: a year or a year-month ends at its end. */
function endOf(to: string | undefined): string | undefined {
  if (to === undefined) return undefined;
  if (/^\d{4}$/.test(to)) return `${to}-12-31`;
  if (/^\d{4}-\d{2}$/.test(to)) return `${to}-31`;
  return to;
}

/** An appointment that holds (or, proposed, will hold) its seat on the date. An ended one without `to` ended at an unknown date. */
function appointmentOn(a: AppointmentDoc, date: string): boolean {
  if (a.vacant) return false;
  if (a.status === 'ended' && a.to === undefined) return false;
  return inForce(a.from, endOf(a.to), date);
}

/**
 * Whether a body is in force on the date: it and every body above it are. Memoized per structure, so
 * a long chain of parents is walked once.
 */
function bodyInForce(model: StructureModel, id: string, date: string, memo: Map<string, boolean>): boolean {
  const chain: string[] = [];
  const seen = new Set<string>();
  let body = model.bodies.get(id);
  let answer = true;
  while (body && !seen.has(body.id)) {
    const known = memo.get(body.id);
    if (known !== undefined) {
      answer = known;
      break;
    }
    seen.add(body.id);
    chain.push(body.id);
    if (!inForce(body.from, endOf(body.to), date)) {
      answer = false;
      break;
    }
    body = body.parent !== undefined ? model.bodies.get(body.parent) : undefined;
  }
  // Every body on the chain walked shares the answer: a body out of force makes those below it out of force.
  for (const bodyId of chain) memo.set(bodyId, answer);
  return answer;
}

/** The file records nothing about who is in the body: no municipalities, members, seats or attendees. */
function composition(body: BodyDoc): boolean {
  return body.municipalities !== undefined || (body.members?.length ?? 0) > 0 || (body.seats?.length ?? 0) > 0 || (body.attendees?.length ?? 0) > 0;
}

/** The nearest body above one without a recorded composition that has one. */
function composedAncestor(model: StructureModel, body: BodyDoc): BodyDoc | undefined {
  const seen = new Set<string>([body.id]);
  let above = body.parent !== undefined ? model.bodies.get(body.parent) : undefined;
  while (above && !seen.has(above.id)) {
    if (composition(above)) return above;
    seen.add(above.id);
    above = above.parent !== undefined ? model.bodies.get(above.parent) : undefined;
  }
  return undefined;
}

function municipalityIn(c: Context, body: BodyDoc, code: string, name: string): Found {
  const { model, derived, t } = c;
  const roles: ParticipationRole[] = [];
  const appointments: AppointmentDoc[] = [];
  const seatOf = (id: string | undefined) => (id === undefined ? undefined : model.seats.get(body.id)?.get(id));
  const isOurs = (ref: string | number | undefined) => ref !== undefined && model.municipality(ref)?.code === code;

  for (const seat of body.seats ?? []) {
    if (!seat.born || !derived.bornMunicipalities(body.id, seat.id).has(code)) continue;
    roles.push(makeRole(c, 'born', { role: seat.role, seat: seat.id, municipality: name, why: bornWhy(c.lang, seat.role ? t(`role_${seat.role}`) : undefined, name) }));
  }
  for (const member of body.members ?? []) {
    if (!isOurs(member.municipality)) continue;
    const person = personText(member.person, member.party_letter);
    const same = roles.find((r) => r.seat === member.seat && r.person === undefined);
    if (same) {
      same.person = person;
      continue;
    }
    const role = seatOf(member.seat)?.role;
    roles.push(makeRole(c, 'member', { role, seat: member.seat, person, municipality: name, why: memberWhy(c, role, name, member.seat) }));
  }
  for (const a of c.appointments.get(body.id) ?? []) {
    if (!isOurs(a.municipality) || !appointmentOn(a, c.date)) continue;
    appointments.push(a);
    const person = personText(a.person, a.party_letter);
    const term = period(a.from, a.to, c.lang);
    const same = a.seat !== undefined ? roles.find((r) => r.seat === a.seat && r.person === undefined && r.basis !== 'appointed') : undefined;
    if (same && person !== undefined) {
      same.person = person;
      same.period = term;
      same.status = a.status;
      same.statusLabel = a.status === 'proposed' || a.status === 'ended' ? t(`p_status_${a.status}`) : undefined;
      continue;
    }
    const role = a.role ?? seatOf(a.seat)?.role;
    roles.push(makeRole(c, 'appointed', { role, seat: a.seat, person, municipality: name, period: term, status: a.status, why: appointedWhy(c, role, name, a.on_behalf_of) }));
  }
  for (const attendee of body.attendees ?? []) {
    if (attendee.of === undefined || !derived.select(attendee.of, body.id).has(code)) continue;
    const why = `${t('p_attendsAs', { role: t(`role_${attendee.role}`), municipality: name })} (${c.words.describeSelector(attendee.of, body.id)})${attendee.optional ? `, ${t('optional')}` : ''}`;
    roles.push(makeRole(c, 'attends', { role: attendee.role, municipality: name, optional: attendee.optional === true, why }));
  }
  if (!roles.some((r) => SEAT_BASES.includes(r.basis)) && body.municipalities !== undefined) {
    const codes = derived.codes(body.municipalities);
    if (codes.has(code)) roles.unshift(makeRole(c, 'listed', { municipality: name, why: t('p_listedWhy', { n: formatNumber(codes.size, c.lang) }) }));
  }

  const posts: ParticipationPost[] = [];
  const bodyPosts = body.posts ?? [];
  const kindsWithFacts = new Set(bodyPosts.filter((p) => p.holder?.municipality !== undefined && model.municipality(p.holder.municipality)).map((p) => p.post));
  for (const post of bodyPosts) {
    const postLabel = t(`post_${post.post}`);
    if (kindsWithFacts.has(post.post)) {
      if (!isOurs(post.holder?.municipality)) continue;
      const person = personText(post.holder?.person, post.holder?.party_letter);
      const why = post.holder?.role ? t(`role_${post.holder.role}`) : undefined;
      posts.push({ post: post.post, label: postLabel, person, derived: false, why, text: `${postLabel}${person ? `: ${person}` : ''}${why ? ` (${why})` : ''}` });
    } else if (post.derived && derived.select(post.derived.of, body.id).has(code)) {
      const why = c.words.postHolder(post, body.id);
      posts.push({ post: post.post, label: postLabel, person: undefined, derived: true, why, text: `${postLabel}: ${why}` });
    }
  }

  // A post holder named with a role (the mayor of the municipality) is the person in a seat of that role.
  for (const post of bodyPosts) {
    const holder = post.holder;
    if (!holder?.person || !holder.role || !isOurs(holder.municipality)) continue;
    const seat = roles.find((r) => r.role === holder.role && r.person === undefined && SEAT_BASES.includes(r.basis));
    if (seat) seat.person = personText(holder.person, holder.party_letter);
  }

  if (roles.length === 0 && !composition(body)) {
    const above = composedAncestor(model, body);
    if (above && derived.bodyMunicipalities(above.id).has(code)) roles.push(makeRole(c, 'parent', { municipality: name, why: t('p_parentWhy', { body: above.name }) }));
  }
  return { roles, posts, appointments };
}

function personIn(c: Context, body: BodyDoc, key: string): Found {
  const { model, t, words } = c;
  const roles: ParticipationRole[] = [];
  const appointments: AppointmentDoc[] = [];
  const seatOf = (id: string | undefined) => (id === undefined ? undefined : model.seats.get(body.id)?.get(id));
  const isThem = (person: string | undefined) => person !== undefined && normalizeName(person) === key;

  for (const member of body.members ?? []) {
    if (!isThem(member.person)) continue;
    const role = seatOf(member.seat)?.role;
    const municipality = words.muniName(member.municipality);
    roles.push(makeRole(c, 'member', { role, seat: member.seat, municipality, why: memberWhy(c, role, municipality, member.seat) }));
  }
  for (const a of c.appointments.get(body.id) ?? []) {
    if (!isThem(a.person) || !appointmentOn(a, c.date)) continue;
    appointments.push(a);
    const role = a.role ?? seatOf(a.seat)?.role;
    const municipality = words.muniName(a.municipality);
    roles.push(
      makeRole(c, 'appointed', { role, seat: a.seat, municipality, period: period(a.from, a.to, c.lang), status: a.status, why: appointedWhy(c, role, municipality, a.on_behalf_of) }),
    );
  }
  const posts: ParticipationPost[] = [];
  for (const post of body.posts ?? []) {
    if (!isThem(post.holder?.person)) continue;
    const postLabel = t(`post_${post.post}`);
    const role = post.holder?.role ? t(`role_${post.holder.role}`) : undefined;
    const municipality = words.muniName(post.holder?.municipality);
    const why = role && municipality ? t('p_asRoleIn', { role, municipality }) : role ? t('p_asRole', { role }) : municipality;
    posts.push({ post: post.post, label: postLabel, person: undefined, derived: false, why, text: `${postLabel}${why ? ` (${why})` : ''}` });
  }
  return { roles, posts, appointments };
}

function rowOf(c: Context, body: BodyDoc, index: number, roles: ParticipationRole[], posts: ParticipationPost[]): ParticipationRow {
  const { model, t, words, lang } = c;
  const cadence = body.meetings?.cadence;
  const parent = body.parent !== undefined && model.bodies.has(body.parent) ? words.bodyName(body.parent) : undefined;
  return {
    anchor: `p${index + 1}-${body.id}`,
    structureId: model.doc.id,
    bodyId: body.id,
    name: body.name,
    shortName: body.short_name,
    kind: body.kind ?? 'none',
    kindLabel: t(`kind_${body.kind ?? 'none'}`),
    level: body.level ?? 'none',
    levelLabel: t(`level_${body.level ?? 'none'}`),
    scopeLabel: body.scope ? t(`scope_${body.scope}`) : undefined,
    external: body.external === true,
    under: parent,
    period: period(body.from, body.to, lang),
    roles,
    posts,
    secretariat: (body.posts ?? []).filter((p) => p.post === 'secretariat').map((p) => words.postHolder(p, body.id)),
    hosting: hosting(c, body),
    cadence: cadence ? cadenceText(cadence, lang, words.bodyName) : undefined,
    perYear: cadence?.per_year,
    approximate: cadence?.per_year !== undefined && cadence.approximate === true,
    overlaps: [],
    overlapping: false,
    proposedOnly: c.subject.kind === 'person' && posts.length === 0 && roles.length > 0 && roles.every((r) => r.status === 'proposed'),
  };
}

/** The meetings of a body the municipality or person hosts: every meeting (`meetings.hosts`) or single events. */
function hosting(c: Context, body: BodyDoc): string[] {
  const { subject, model, t, lang } = c;
  const isHost = (holder: HolderDoc | undefined) =>
    holder !== undefined &&
    (subject.kind === 'municipality'
      ? holder.municipality !== undefined && model.municipality(holder.municipality)?.code === subject.municipality.code
      : holder.person !== undefined && normalizeName(holder.person) === normalizeName(subject.name));
  const out: string[] = [];
  if ((body.meetings?.hosts ?? []).some(isHost)) out.push(t('p_hostsAll'));
  for (const event of body.meetings?.events ?? []) {
    if (!isHost(event.host)) continue;
    const when = event.to ? `${formatDate(event.date, lang)} – ${formatDate(event.to, lang)}` : formatDate(event.date, lang);
    out.push(t('p_hostOf', { event: [event.title, when, event.place].filter(Boolean).join(', ') }));
  }
  return out;
}

/** One of a person's appointments as a stretch of time: open ends are '' and '~', and a body's own dates bound it. */
interface Term {
  appointment: AppointmentDoc;
  structure: number;
  bodyName: string;
  start: string;
  end: string;
}

const OPEN_START = '';
const OPEN_END = '~';

function personTerms(model: StructureModel, structure: number, key: string): Term[] {
  const terms: Term[] = [];
  for (const a of model.doc.appointments ?? []) {
    if (a.vacant || a.person === undefined || normalizeName(a.person) !== key) continue;
    if (a.status === 'ended' && a.to === undefined) continue;
    const body = model.bodies.get(a.body);
    const starts = [a.from, body?.from].filter((d): d is string => d !== undefined).sort();
    const ends = [endOf(a.to), endOf(body?.to)].filter((d): d is string => d !== undefined).sort();
    terms.push({ appointment: a, structure, bodyName: body?.name ?? a.body, start: starts[starts.length - 1] ?? OPEN_START, end: ends[0] ?? OPEN_END });
  }
  return terms;
}

/**
 * Finds the pairs of a person's appointments whose terms overlap (the same appointment written in two
 * structures counts once), writes each onto the rows that show them, and returns how many pairs
 * touch a shown row.
 */
function markOverlaps(all: Term[], rowOfAppointment: ReadonlyMap<AppointmentDoc, ParticipationRow>, inputs: readonly ParticipationInput[], lang: Lang): number {
  const seen = new Set<string>();
  const terms = all.filter((term) => {
    const key = `${normalizeName(term.bodyName)}\u0000${term.appointment.seat ?? ''}\u0000${term.start}\u0000${term.end}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
  let pairs = 0;
  const describe = (other: Term, self: Term, from: string, to: string) => {
    const where = other.structure === self.structure ? other.bodyName : `${other.bodyName} (${inputs[other.structure]!.model.doc.name})`;
    const span = period(from === OPEN_START ? undefined : from, to === OPEN_END ? undefined : to, lang);
    return span ? label(lang, 'p_overlapsWith', { body: where, period: span }) : label(lang, 'p_overlapsWithUndated', { body: where });
  };
  for (let i = 0; i < terms.length; i++) {
    for (let j = i + 1; j < terms.length; j++) {
      const a = terms[i]!;
      const b = terms[j]!;
      if (!(a.start <= b.end && b.start <= a.end)) continue;
      const rowA = rowOfAppointment.get(a.appointment);
      const rowB = rowOfAppointment.get(b.appointment);
      if (!rowA && !rowB) continue;
      pairs++;
      const from = a.start > b.start ? a.start : b.start;
      const to = a.end < b.end ? a.end : b.end;
      if (rowA) {
        rowA.overlaps.push(describe(b, a, from, to));
        rowA.overlapping = true;
      }
      if (rowB) {
        rowB.overlaps.push(describe(a, b, from, to));
        rowB.overlapping = true;
      }
    }
  }
  return pairs;
}
