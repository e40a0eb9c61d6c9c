/**
 * The words of govcheck diff, in Danish and English: one sentence per change, section titles and the
 * summary. Names from the files are never translated; dates use the render module's formatDate.
 */
import { formatDate, label, type Lang } from '../render/labels.js';
import type { ChangeKind, DiffStep, JsonValue, LocatedChange, Section } from './types.js';

/* Values in changes are plain JSON; these read them without a cast at every use. */
type Obj = { [key: string]: JsonValue };
const obj = (v: JsonValue | undefined): Obj => (v !== null && typeof v === 'object' && !Array.isArray(v) ? v : {});
const arr = (v: JsonValue | undefined): JsonValue[] => (Array.isArray(v) ? v : []);
const str = (v: JsonValue | undefined): string | undefined => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : undefined);
const nameOf = (v: JsonValue | undefined): string => str(obj(v).name) ?? str(obj(v).id) ?? str(v) ?? '';

/** Words that differ between the languages, beyond the sentences themselves. */
const WORDS: Record<Lang, Record<string, string>> = {
  da: {
    and: 'og',
    structure: 'Strukturen',
    records: 'Kilder og registreringer',
    grouping: 'Gruppering',
    was: 'før',
    must: 'skal',
    may: 'kan',
    yes: 'ja',
    no: 'nej',
    none: 'ingen',
    topLevel: 'øverst',
    derived: 'afledt',
    proposed: 'indstillet',
    'in-force': 'i kraft',
    ended: 'ophørt',
    political: 'politisk',
    administrative: 'administrativ',
    mixed: 'politisk og administrativ',
    'cross-municipal': 'tværkommunal',
    'cross-sector': 'tværsektoriel',
    municipal: 'kommunal',
    national: 'nationalt',
    regional: 'regionalt',
    cluster: 'klyngeniveau',
    post_chair: 'formand',
    'post_vice-chair': 'næstformand',
    'post_co-chair': 'medformand',
    post_secretariat: 'sekretariat',
    post_coordinator: 'tovholder',
    post_host: 'vært',
    event_founded: 'stiftet',
    event_joined: 'indtrådt',
    event_left: 'udtrådt',
    event_renamed: 'omdøbt',
    event_established: 'oprettet',
    event_dissolved: 'nedlagt',
    event_decided: 'beslutning',
    event_report: 'rapport',
    event_other: 'anden begivenhed',
    noChanges: 'Ingen ændringer.',
  },
  en: {
    and: 'and',
    structure: 'The structure',
    records: 'Sources and records',
    grouping: 'Grouping',
    was: 'was',
    must: 'must',
    may: 'may',
    yes: 'yes',
    no: 'no',
    none: 'none',
    topLevel: 'top level',
    derived: 'derived',
    proposed: 'proposed',
    'in-force': 'in force',
    ended: 'ended',
    political: 'political',
    administrative: 'administrative',
    mixed: 'political and administrative',
    'cross-municipal': 'cross-municipal',
    'cross-sector': 'cross-sector',
    municipal: 'municipal',
    national: 'national',
    regional: 'regional',
    cluster: 'cluster level',
    post_chair: 'chair',
    'post_vice-chair': 'vice chair',
    'post_co-chair': 'co-chair',
    post_secretariat: 'secretariat',
    post_coordinator: 'coordinator',
    post_host: 'host',
    event_founded: 'founded',
    event_joined: 'joined',
    event_left: 'left',
    event_renamed: 'renamed',
    event_established: 'established',
    event_dissolved: 'dissolved',
    event_decided: 'decision',
    event_report: 'report',
    event_other: 'other event',
    noChanges: 'No changes.',
  },
};

/** Field names in "X changed from … to …", by family and field. */
const FIELD_LABELS: Record<Lang, Record<string, string>> = {
  da: {
    'structure.id': 'Strukturens id',
    'structure.date': 'Strukturens dato',
    'structure.region': 'Region',
    'participant.from': 'startdato',
    'participant.to': 'slutdato',
    'body.short_name': 'Kort navn',
    'body.kind': 'Art',
    'body.scope': 'Samarbejdstype',
    'body.level': 'Niveau',
    'body.from': 'Startdato',
    'body.to': 'Slutdato',
    'body.purpose': 'Formålet',
    'body.area': 'Områder',
    'body.established_by': 'Nedsat af',
    'body.supports': 'Understøtter',
    'body.sits_in': 'Sidder i',
    'body.source': 'Kilde',
    'seat.count': 'antal',
    'seat.role': 'rolle',
    'seat.side': 'side',
    'seat.party': 'part',
    'seat.decides': 'beslutningskompetence',
    'seat.alternates': 'suppleanter',
    'seat.observer': 'observatør',
    'grouping.partitions': 'Deler',
    'grouping.from': 'Startdato',
    'grouping.to': 'Slutdato',
    'appointment.status': 'status',
    'appointment.seat': 'plads',
    'appointment.role': 'rolle',
    'appointment.from': 'startdato',
    'appointment.to': 'slutdato',
    'appointment.vacant': 'ledig',
    'appointment.party_letter': 'partibogstav',
    'appointment.seat_belongs_to': 'pladsen tilhører',
    'appointment.offered_to': 'tilbydes',
    'appointment.decided_on': 'besluttet',
    'appointment.municipality': 'kommune',
    'appointment.on_behalf_of': 'på vegne af',
    'appointment.body': 'organ',
    'source.title': 'titel',
    'source.date': 'dato',
    'source.publisher': 'udgiver',
    'source.document': 'dokument',
    'source.url': 'adresse',
    'party.name': 'navn',
    'party.kind': 'art',
    'report.title': 'titel',
    'report.every_years': 'interval i år',
    'report.latest': 'seneste udgave',
  },
  en: {
    'structure.id': "The structure's id",
    'structure.date': "The structure's date",
    'structure.region': 'The region',
    'participant.from': 'start date',
    'participant.to': 'end date',
    'body.short_name': 'Short name',
    'body.kind': 'Kind',
    'body.scope': 'Scope',
    'body.level': 'Level',
    'body.from': 'Start date',
    'body.to': 'End date',
    'body.purpose': 'The purpose',
    'body.area': 'Subject areas',
    'body.established_by': 'Set up by',
    'body.supports': 'Supports',
    'body.sits_in': 'Sits in',
    'body.source': 'Source',
    'seat.count': 'count',
    'seat.role': 'role',
    'seat.side': 'side',
    'seat.party': 'party',
    'seat.decides': 'decides',
    'seat.alternates': 'alternates',
    'seat.observer': 'observer',
    'grouping.partitions': 'Divides',
    'grouping.from': 'Start date',
    'grouping.to': 'End date',
    'appointment.status': 'status',
    'appointment.seat': 'seat',
    'appointment.role': 'role',
    'appointment.from': 'start date',
    'appointment.to': 'end date',
    'appointment.vacant': 'vacant',
    'appointment.party_letter': 'party letter',
    'appointment.seat_belongs_to': 'the seat belongs to',
    'appointment.offered_to': 'offered to',
    'appointment.decided_on': 'decided on',
    'appointment.municipality': 'municipality',
    'appointment.on_behalf_of': 'on behalf of',
    'appointment.body': 'body',
    'source.title': 'title',
    'source.date': 'date',
    'source.publisher': 'publisher',
    'source.document': 'document',
    'source.url': 'address',
    'party.name': 'name',
    'party.kind': 'kind',
    'report.title': 'title',
    'report.every_years': 'interval in years',
    'report.latest': 'latest issue',
  },
};

/** Fields whose values are the schema's words (political, cross-sector, in-force …), not free text. */
const ENUM_FIELDS = new Set(['kind', 'scope', 'level', 'status']);

const NUMBERS: Record<Lang, string[]> = {
  da: ['nul', 'en', 'to', 'tre', 'fire', 'fem', 'seks', 'syv', 'otte', 'ni', 'ti'],
  en: ['zero', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten'],
};

/** Helpers bound to one language. */
class Words {
  constructor(readonly lang: Lang) {}

  w(key: string): string {
    return WORDS[this.lang][key] ?? key;
  }

  da(): boolean {
    return this.lang === 'da';
  }

  date(iso: string | undefined): string {
    return iso === undefined ? '' : formatDate(iso, this.lang);
  }

  /** " on 27 August 2002", " in 2003"; empty without a date. */
  on(iso: string | undefined): string {
    if (iso === undefined) return '';
    const full = /^\d{4}-\d{2}-\d{2}$/.test(iso);
    if (this.da()) return full ? ` den ${this.date(iso)}` : ` i ${this.date(iso)}`;
    return full ? ` on ${this.date(iso)}` : ` in ${this.date(iso)}`;
  }

  list(items: string[]): string {
    if (items.length <= 1) return items[0] ?? '';
    return `${items.slice(0, -1).join(', ')} ${this.w('and')} ${items[items.length - 1]}`;
  }

  count(n: number): string {
    return NUMBERS[this.lang][n] ?? String(n);
  }

  quote(text: string | undefined, max = 100): string {
    // A sentence's own full stop is dropped, so that the quote can end the sentence.
    const t = (text ?? '').replace(/\.$/, '');
    const short = t.length > max ? `${t.slice(0, max - 1).trimEnd()}…` : t;
    return this.da() ? `»${short}«` : `“${short}”`;
  }

  role(role: string | undefined): string {
    return role === undefined ? '' : label(this.lang, `role_${role}`);
  }

  side(side: string | undefined): string {
    return side === undefined ? '' : label(this.lang, `side_${side}`);
  }

  post(post: string | undefined): string {
    return this.w(`post_${post ?? ''}`);
  }

  /** A value in "changed from … to …": dates, yes/no, names, lists, enum words. */
  value(field: string, v: JsonValue): string {
    if (v === null) return this.w('none');
    if (typeof v === 'boolean') return this.w(v ? 'yes' : 'no');
    if (typeof v === 'number') return String(v);
    if (Array.isArray(v)) return v.length === 0 ? this.w('none') : this.list(v.map((x) => this.value(field, x)));
    if (typeof v === 'object') {
      if (field === 'latest') return [str(v.number) && `nr. ${str(v.number)}`, str(v.published) && this.date(str(v.published)), str(v.reference)].filter(Boolean).join(', ');
      return nameOf(v);
    }
    if (/^(from|to|date|decided_on)$/.test(field) && /^\d{4}(-\d{2}){0,2}$/.test(v)) return this.date(v);
    if (field === 'role') return this.role(v);
    if (field === 'side') return this.side(v);
    if (field === 'partitions' && v === 'all') return label(this.lang, 'sel_all');
    // Only the schema's own words are translated; any other text from a file is shown as written.
    return ENUM_FIELDS.has(field) ? (WORDS[this.lang][v] ?? v) : v;
  }

  /** "X changed from a to b", "X set to b", "X removed (was a)". */
  fieldChange(labelText: string, field: string, o: JsonValue, n: JsonValue): string {
    if (o === null) return this.da() ? `${labelText} sat til ${this.value(field, n)}` : `${labelText} set to ${this.value(field, n)}`;
    if (n === null) return this.da() ? `${labelText} fjernet (før: ${this.value(field, o)})` : `${labelText} removed (was ${this.value(field, o)})`;
    return this.da() ? `${labelText} ændret fra ${this.value(field, o)} til ${this.value(field, n)}` : `${labelText} changed from ${this.value(field, o)} to ${this.value(field, n)}`;
  }

  fieldLabel(family: string, field: string): string {
    return FIELD_LABELS[this.lang][`${family}.${field}`] ?? field;
  }

  selector(v: JsonValue | undefined): string {
    if (v === 'all') return label(this.lang, 'sel_all');
    if (v === 'self') return label(this.lang, 'sel_self');
    const s = obj(v);
    const parts: string[] = [];
    const post = str(s.post);
    if (post !== undefined) {
      if (s.body) parts.push(this.da() ? `${this.post(post)} i ${nameOf(s.body)}` : `the ${this.post(post)} of ${nameOf(s.body)}`);
      else if (s.grouping) parts.push(this.da() ? `${this.post(post)} i hvert organ i ${nameOf(s.grouping)}` : `the ${this.post(post)} of each body of ${nameOf(s.grouping)}`);
    } else {
      if (s.body) parts.push(label(this.lang, 'sel_body', { body: nameOf(s.body) }));
      if (s.grouping) parts.push(label(this.lang, 'sel_grouping', { grouping: nameOf(s.grouping) }));
    }
    if (s.municipalities) parts.push(this.list(arr(s.municipalities).map(nameOf)));
    return parts.join(` ${this.w('and')} `);
  }

  /** A person, municipality, party or body that holds something. */
  holder(v: JsonValue): string {
    const h = obj(v);
    const where = [str(h.party_letter), h.municipality ? nameOf(h.municipality) : undefined].filter(Boolean).join(', ');
    let text: string;
    if (str(h.person)) text = where ? `${str(h.person)} (${where})` : str(h.person)!;
    else text = nameOf(h.municipality ?? h.party ?? h.body);
    return h.derived === true ? `${text} (${this.w('derived')})` : text;
  }

  seat(v: JsonValue): string {
    const s = obj(v);
    const count = typeof s.count === 'number' ? (this.da() ? `${s.count} ${s.count === 1 ? 'plads' : 'pladser'}` : `${s.count} ${s.count === 1 ? 'seat' : 'seats'}`) : undefined;
    const parts = [this.role(str(s.role)), this.side(str(s.side)), count, s.party ? nameOf(s.party) : undefined].filter((x) => x);
    return parts.length === 0 ? '' : ` (${parts.join(', ')})`;
  }

  cadence(v: JsonValue): string {
    if (v === null) return this.w('none');
    const c = obj(v);
    const parts: string[] = [];
    if (typeof c.per_year === 'number') parts.push(label(this.lang, c.approximate === true ? 'approxPerYear' : 'perYear', { n: c.per_year }));
    if (c.aligned_with) parts.push(label(this.lang, 'alignedWith', { body: nameOf(c.aligned_with) }));
    return parts.length > 0 ? parts.join(', ') : this.quote(str(c.text), 80);
  }

  appointee(v: JsonValue): string {
    const a = obj(v);
    if (a.vacant === true) return this.da() ? `ledig plads ${str(a.seat) ?? ''}`.trim() : `vacant seat ${str(a.seat) ?? ''}`.trim();
    const where = [str(a.party_letter), a.municipality ? nameOf(a.municipality) : undefined].filter(Boolean).join(', ');
    const who = str(a.person) ?? (a.municipality ? nameOf(a.municipality) : undefined) ?? (this.da() ? 'ukendt' : 'someone');
    return str(a.person) && where ? `${who} (${where})` : who;
  }

  appointment(v: JsonValue): string {
    const a = obj(v);
    const parts = [this.appointee(v)];
    if (a.vacant !== true && str(a.seat)) parts.push(this.da() ? `pladsen ${str(a.seat)}` : `seat ${str(a.seat)}`);
    if (str(a.seat_belongs_to)) parts.push(`${this.fieldLabel('appointment', 'seat_belongs_to')} ${str(a.seat_belongs_to)}`);
    if (str(a.offered_to)) parts.push(`${this.fieldLabel('appointment', 'offered_to')} ${str(a.offered_to)}`);
    if (str(a.status)) parts.push(this.w(str(a.status)!));
    return parts.join(', ');
  }
}

type Describe = (c: LocatedChange, w: Words, section: Section | undefined) => string;

/** "1 must task", "5 must tasks". */
function plural(n: number, one: string, many: string): string {
  return `${n} ${n === 1 ? one : many}`;
}

function renamed(c: LocatedChange, w: Words): string {
  const o = obj(c.old);
  const n = obj(c.new);
  const sentences: string[] = [];
  if (o.name !== n.name) sentences.push(w.da() ? `${nameOf(o)} skiftede navn til ${nameOf(n)}.` : `${nameOf(o)} was renamed ${nameOf(n)}.`);
  if (o.id !== n.id) sentences.push(w.da() ? `Id ændret fra ${str(o.id)} til ${str(n.id)}.` : `Its id changed from ${str(o.id)} to ${str(n.id)}.`);
  return sentences.join(' ');
}

function fieldSentence(c: LocatedChange, w: Words, family: string): string {
  const text = w.fieldChange(w.fieldLabel(family, c.field ?? ''), c.field ?? '', c.old, c.new);
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function holdersChanged(c: LocatedChange, w: Words): string {
  const post = w.post(str(obj(c.subject).post) ?? c.path.split('/').slice(-2)[0]);
  const before = arr(c.old).map((h) => w.holder(h));
  const after = arr(c.new).map((h) => w.holder(h));
  if (w.da()) {
    if (before.length === 1 && after.length === 1) return `${after[0]} afløste ${before[0]} som ${post}.`;
    if (before.length === 0) return `${w.list(after)} blev ${post}.`;
    if (after.length === 0) return `${w.list(before)} er ikke længere ${post}; ingen indehaver er registreret.`;
    return `${post.charAt(0).toUpperCase()}${post.slice(1)} er nu ${w.list(after)} (før: ${w.list(before)}).`;
  }
  if (before.length === 1 && after.length === 1) return `${after[0]} replaced ${before[0]} as ${post}.`;
  if (before.length === 0) return `${w.list(after)} became ${post}.`;
  if (after.length === 0) return `${w.list(before)} ${before.length === 1 ? 'is' : 'are'} no longer ${post}; no holder is recorded.`;
  return `The ${post} is now ${w.list(after)} (was ${w.list(before)}).`;
}

function moved(c: LocatedChange, w: Words): string {
  const m = nameOf(c.subject);
  const unit = str(obj(c.subject).unit) === 'cluster' ? (w.da() ? ['klynge', 'klynger', 'klyngerne'] : ['cluster', 'clusters', 'clusters']) : w.da() ? ['organ', 'organer', 'organerne'] : ['body', 'bodies', 'bodies'];
  const before = arr(c.old).map(nameOf);
  const after = arr(c.new).map(nameOf);
  const inN = (names: string[]): string => (names.length === 1 ? names[0]! : `${w.count(names.length)} ${unit[1]}: ${w.list(names)}`);
  if (w.da()) {
    if (before.length === 1 && after.length === 1) return `${m} flyttede fra ${before[0]} til ${after[0]}.`;
    if (before.length === 0) return `${m} er nu i ${inN(after)}.`;
    if (after.length === 0) return `${m} er ikke længere i nogen af ${unit[2]} (før: ${w.list(before)}).`;
    return `${m} er nu i ${inN(after)} (før: ${w.list(before)}).`;
  }
  if (before.length === 1 && after.length === 1) return `${m} moved from ${before[0]} to ${after[0]}.`;
  if (before.length === 0) return `${m} is now in ${inN(after)}.`;
  if (after.length === 0) return `${m} is no longer in any of the ${unit[2]} (was in ${w.list(before)}).`;
  return `${m} is now in ${inN(after)} (was in ${w.list(before)}).`;
}

function taskCounts(v: JsonValue, w: Words): string {
  const must = arr(obj(v).must).length;
  const may = arr(obj(v).may).length;
  return w.da()
    ? `${plural(must, 'skal-opgave', 'skal-opgaver')} og ${plural(may, 'kan-opgave', 'kan-opgaver')}`
    : `${plural(must, 'must task', 'must tasks')} and ${plural(may, 'may task', 'may tasks')}`;
}

function historyEvent(v: JsonValue, w: Words): string {
  const e = obj(v);
  const about = [e.municipality ? nameOf(e.municipality) : undefined, e.body ? nameOf(e.body) : undefined].filter(Boolean);
  return `${w.date(str(e.date))}, ${w.w(`event_${str(e.event) ?? 'other'}`)}${about.length > 0 ? ` (${about.join(', ')})` : ''}`;
}

function report(v: JsonValue, w: Words): string {
  const r = obj(v);
  const every = typeof r.every_years === 'number' ? (w.da() ? `, hvert ${r.every_years}. år` : `, every ${r.every_years} years`) : '';
  return `${nameOf({ name: r.title ?? null, id: r.id ?? null })}${every}`;
}

const EN: Record<ChangeKind, Describe> = {
  'structure.added': (c, w) => `New structure: ${nameOf(c.new)} (${w.date(str(obj(c.new).date))}).`,
  'structure.removed': (c, w) => `Structure removed: ${nameOf(c.old)} (${w.date(str(obj(c.old).date))}).`,
  'structure.renamed': (c) => `The structure was renamed from ${str(c.old)} to ${str(c.new)}.`,
  'structure.changed': (c, w) => fieldSentence(c, w, 'structure'),
  'participant.joined': (c, w) => `${nameOf(c.new)} joined the collaboration${w.on(c.date)}.`,
  'participant.left': (c, w) => `${nameOf(c.old)} left the collaboration${w.on(c.date)}.`,
  'participant.changed': (c, w) => `${nameOf(c.subject)}: ${w.fieldChange(w.fieldLabel('participant', c.field!), c.field!, c.old, c.new)}.`,
  'body.added': (c) => `Body added: ${nameOf(c.new)}${obj(c.new).parent ? `, under ${nameOf(obj(c.new).parent)}` : ''}.`,
  'body.removed': (c) => `Body removed: ${nameOf(c.old)}.`,
  'body.renamed': (c, w) => renamed(c, w),
  'body.moved': (c) =>
    c.old === null ? `Moved under ${nameOf(c.new)} (was at the top level).` : c.new === null ? `Moved to the top level (was under ${nameOf(c.old)}).` : `Moved from under ${nameOf(c.old)} to under ${nameOf(c.new)}.`,
  'body.changed': (c, w) => {
    if (c.field === 'external') return c.new === true ? 'Now marked as outside this structure.' : 'No longer marked as outside this structure.';
    if (c.field === 'purpose') return c.old === null ? 'A purpose was added.' : c.new === null ? 'The purpose was removed.' : 'The purpose was reworded.';
    return fieldSentence(c, w, 'body');
  },
  'body.municipality-added': (c, _w, s) => `${nameOf(c.new)} is now in ${s?.name ?? ''}.`,
  'body.municipality-removed': (c, _w, s) => `${nameOf(c.old)} is no longer in ${s?.name ?? ''}.`,
  'member.added': (c, w) => `Member added to seat ${str(obj(c.new).seat)}: ${w.holder(c.new)}.`,
  'member.removed': (c, w) => `Member removed from seat ${str(obj(c.old).seat)}: ${w.holder(c.old)}.`,
  'seat.added': (c, w) => `Seat ${str(obj(c.new).id)} added${w.seat(c.new)}.`,
  'seat.removed': (c, w) => `Seat ${str(obj(c.old).id)} removed${w.seat(c.old)}.`,
  'seat.changed': (c, w) => `Seat ${str(obj(c.subject).id)}${w.seat(c.field === 'role' || c.field === 'side' ? {} : c.subject!)}: ${w.fieldChange(w.fieldLabel('seat', c.field!), c.field!, c.old, c.new)}.`,
  'born.added': (c, w) => `Seat ${str(obj(c.subject).id)}: born members are now ${w.selector(obj(c.new).of)}.`,
  'born.removed': (c, w) => `Seat ${str(obj(c.subject).id)}: no longer has born members (was ${w.selector(obj(c.old).of)}).`,
  'born.changed': (c, w) =>
    c.field === 'of'
      ? `Seat ${str(obj(c.subject).id)}: born members changed from ${w.selector(obj(c.old).of)} to ${w.selector(obj(c.new).of)}.`
      : `Seat ${str(obj(c.subject).id)}: the born-member rule was reworded.`,
  'attendee.added': (c, w) => `Attendee added: ${w.role(str(obj(c.new).role))}${obj(c.new).of ? ` from ${w.selector(obj(c.new).of)}` : ''}${obj(c.new).optional === true ? ' (may choose to attend)' : ''}.`,
  'attendee.removed': (c, w) => `Attendee removed: ${w.role(str(obj(c.old).role))}${obj(c.old).of ? ` from ${w.selector(obj(c.old).of)}` : ''}.`,
  'attendee.changed': (c, w) =>
    `Attendee ${w.role(str(obj(c.new).role))}${obj(c.new).of ? ` from ${w.selector(obj(c.new).of)}` : ''}: ${obj(c.new).optional === true ? 'may now choose to attend' : 'now attends every meeting'}.`,
  'post.added': (c, w) => {
    const holders = arr(obj(c.new).holders).map((h) => w.holder(h));
    return `Post added: ${w.post(str(obj(c.new).post))}${holders.length > 0 ? `, held by ${w.list(holders)}` : ''}.`;
  },
  'post.removed': (c, w) => {
    const holders = arr(obj(c.old).holders).map((h) => w.holder(h));
    return `Post removed: ${w.post(str(obj(c.old).post))}${holders.length > 0 ? ` (was held by ${w.list(holders)})` : ''}.`;
  },
  'post.holder-changed': (c, w) => holdersChanged(c, w),
  'post.changed': (c, w) => `The rule for the ${w.post(str(obj(c.subject).post))} changed.`,
  'mandate.added': (c, w) => `Mandate added: ${taskCounts(c.new, w)}.`,
  'mandate.removed': (c, w) => `Mandate removed (it had ${taskCounts(c.old, w)}).`,
  'mandate.changed': (c, w) => `The mandate's scope ${c.old === null ? `was set to ${w.quote(str(c.new))}` : c.new === null ? `was removed (was ${w.quote(str(c.old))})` : `changed from ${w.quote(str(c.old))} to ${w.quote(str(c.new))}`}.`,
  'task.added': (c, w) => `Task added to ${w.w(str(obj(c.new).list)!)}: ${w.quote(str(obj(c.new).text))}.`,
  'task.removed': (c, w) => `Task removed from ${w.w(str(obj(c.old).list)!)}: ${w.quote(str(obj(c.old).text))}.`,
  'task.moved': (c, w) =>
    `Task moved from ${w.w(str(obj(c.old).list)!)} to ${w.w(str(obj(c.new).list)!)}${obj(c.old).text !== obj(c.new).text ? ' and reworded' : ''}: ${w.quote(str(obj(c.new).text))}.`,
  'task.reworded': (c, w) => `Task in ${w.w(str(obj(c.new).list)!)} reworded: ${w.quote(str(obj(c.new).text), 60)}.`,
  'meetings.cadence-changed': (c, w) =>
    c.old === null ? `Meeting cadence set: ${w.cadence(c.new)}.` : c.new === null ? `Meeting cadence removed (was ${w.cadence(c.old)}).` : `Meeting cadence changed from ${w.cadence(c.old)} to ${w.cadence(c.new)}.`,
  'meetings.event-added': (c, w) => `Meeting added: ${w.date(str(obj(c.new).date))}${str(obj(c.new).title) ? `, ${str(obj(c.new).title)}` : ''}.`,
  'meetings.event-removed': (c, w) => `Meeting removed: ${w.date(str(obj(c.old).date))}${str(obj(c.old).title) ? `, ${str(obj(c.old).title)}` : ''}.`,
  'grouping.added': (c) => `Grouping added: ${nameOf(c.new)}.`,
  'grouping.removed': (c) => `Grouping removed: ${nameOf(c.old)}.`,
  'grouping.renamed': (c, w) => renamed(c, w),
  'grouping.changed': (c, w) => fieldSentence(c, w, 'grouping'),
  'grouping.body-added': (c) => `Body added to the grouping: ${nameOf(c.new)}.`,
  'grouping.body-removed': (c) => `Body removed from the grouping: ${nameOf(c.old)}.`,
  'grouping.municipality-moved': (c, w) => moved(c, w),
  'grouping.exception-added': (c, w) => `Exception recorded: ${nameOf(obj(c.new).municipality)} is in ${w.list(arr(obj(c.new).bodies).map(nameOf))}.`,
  'grouping.exception-removed': (c, w) => `Exception removed: ${nameOf(obj(c.old).municipality)} (was in ${w.list(arr(obj(c.old).bodies).map(nameOf))}).`,
  'grouping.exception-changed': (c, w) =>
    `Exception for ${nameOf(obj(c.new).municipality)} changed: now ${w.list(arr(obj(c.new).bodies).map(nameOf))} (was ${w.list(arr(obj(c.old).bodies).map(nameOf))}).`,
  'appointment.started': (c, w) => {
    const a = obj(c.new);
    return `${w.appointee(c.new)} was appointed${str(a.seat) ? ` to seat ${str(a.seat)}` : ''}${a.on_behalf_of ? ` on behalf of ${nameOf(a.on_behalf_of)}` : ''}${w.on(c.date)}${a.status === 'proposed' ? ' (proposed)' : ''}.`;
  },
  'appointment.ended': (c, w) => {
    const a = obj(c.old);
    return `${w.appointee(c.old)} left${str(a.seat) ? ` seat ${str(a.seat)}` : ''}${w.on(c.date)}.`;
  },
  'appointment.added': (c, w) => `Appointment record added: ${w.appointment(c.new)}.`,
  'appointment.removed': (c, w) => `Appointment record removed: ${w.appointment(c.old)}.`,
  'appointment.changed': (c, w) => `Appointment of ${w.appointee(c.subject!)}: ${w.fieldChange(w.fieldLabel('appointment', c.field!), c.field!, c.old, c.new)}.`,
  'source.added': (c) => `Source added: ${str(obj(c.new).title)} (${str(obj(c.new).id)}).`,
  'source.removed': (c) => `Source removed: ${str(obj(c.old).title)} (${str(obj(c.old).id)}).`,
  'source.changed': (c, w) => `Source ${str(obj(c.subject).id)}: ${w.fieldChange(w.fieldLabel('source', c.field!), c.field!, c.old, c.new)}.`,
  'party.added': (c) => `Party added: ${nameOf(c.new)} (${str(obj(c.new).kind)}).`,
  'party.removed': (c) => `Party removed: ${nameOf(c.old)} (${str(obj(c.old).kind)}).`,
  'party.changed': (c, w) => `Party ${str(obj(c.subject).id)}: ${w.fieldChange(w.fieldLabel('party', c.field!), c.field!, c.old, c.new)}.`,
  'report.added': (c, w) => `Report added: ${report(c.new, w)}.`,
  'report.removed': (c, w) => `Report removed: ${report(c.old, w)}.`,
  'report.changed': (c, w) => `Report ${str(obj(c.subject).title) ?? str(obj(c.subject).id)}: ${w.fieldChange(w.fieldLabel('report', c.field!), c.field!, c.old, c.new)}.`,
  'history.added': (c, w) => `History event added: ${historyEvent(c.new, w)}.`,
  'history.removed': (c, w) => `History event removed: ${historyEvent(c.old, w)}.`,
  'constraint.added': (c, w) => `Constraint added: ${str(obj(c.new).id)}${str(obj(c.new).says) ? ` – ${w.quote(str(obj(c.new).says), 80)}` : ''}.`,
  'constraint.removed': (c, w) => `Constraint removed: ${str(obj(c.old).id)}${str(obj(c.old).says) ? ` – ${w.quote(str(obj(c.old).says), 80)}` : ''}.`,
  'constraint.changed': (c) => `Constraint changed: ${str(obj(c.new).id)}.`,
};

const DA: Record<ChangeKind, Describe> = {
  'structure.added': (c, w) => `Ny struktur: ${nameOf(c.new)} (${w.date(str(obj(c.new).date))}).`,
  'structure.removed': (c, w) => `Struktur fjernet: ${nameOf(c.old)} (${w.date(str(obj(c.old).date))}).`,
  'structure.renamed': (c) => `Strukturen skiftede navn fra ${str(c.old)} til ${str(c.new)}.`,
  'structure.changed': (c, w) => fieldSentence(c, w, 'structure'),
  'participant.joined': (c, w) => `${nameOf(c.new)} trådte ind i samarbejdet${w.on(c.date)}.`,
  'participant.left': (c, w) => `${nameOf(c.old)} trådte ud af samarbejdet${w.on(c.date)}.`,
  'participant.changed': (c, w) => `${nameOf(c.subject)}: ${w.fieldChange(w.fieldLabel('participant', c.field!), c.field!, c.old, c.new)}.`,
  'body.added': (c) => `Organ tilføjet: ${nameOf(c.new)}${obj(c.new).parent ? `, under ${nameOf(obj(c.new).parent)}` : ''}.`,
  'body.removed': (c) => `Organ fjernet: ${nameOf(c.old)}.`,
  'body.renamed': (c, w) => renamed(c, w),
  'body.moved': (c) =>
    c.old === null ? `Flyttet ind under ${nameOf(c.new)} (lå før øverst).` : c.new === null ? `Flyttet op øverst (lå før under ${nameOf(c.old)}).` : `Flyttet fra under ${nameOf(c.old)} til under ${nameOf(c.new)}.`,
  'body.changed': (c, w) => {
    if (c.field === 'external') return c.new === true ? 'Nu markeret som uden for strukturen.' : 'Ikke længere markeret som uden for strukturen.';
    if (c.field === 'purpose') return c.old === null ? 'Formål tilføjet.' : c.new === null ? 'Formålet er fjernet.' : 'Formålet er omformuleret.';
    return fieldSentence(c, w, 'body');
  },
  'body.municipality-added': (c, _w, s) => `${nameOf(c.new)} er nu med i ${s?.name ?? ''}.`,
  'body.municipality-removed': (c, _w, s) => `${nameOf(c.old)} er ikke længere med i ${s?.name ?? ''}.`,
  'member.added': (c, w) => `Medlem tilføjet på pladsen ${str(obj(c.new).seat)}: ${w.holder(c.new)}.`,
  'member.removed': (c, w) => `Medlem fjernet fra pladsen ${str(obj(c.old).seat)}: ${w.holder(c.old)}.`,
  'seat.added': (c, w) => `Pladsen ${str(obj(c.new).id)} tilføjet${w.seat(c.new)}.`,
  'seat.removed': (c, w) => `Pladsen ${str(obj(c.old).id)} fjernet${w.seat(c.old)}.`,
  'seat.changed': (c, w) => `Pladsen ${str(obj(c.subject).id)}${w.seat(c.field === 'role' || c.field === 'side' ? {} : c.subject!)}: ${w.fieldChange(w.fieldLabel('seat', c.field!), c.field!, c.old, c.new)}.`,
  'born.added': (c, w) => `Pladsen ${str(obj(c.subject).id)}: fødte medlemmer er nu ${w.selector(obj(c.new).of)}.`,
  'born.removed': (c, w) => `Pladsen ${str(obj(c.subject).id)}: har ikke længere fødte medlemmer (før: ${w.selector(obj(c.old).of)}).`,
  'born.changed': (c, w) =>
    c.field === 'of'
      ? `Pladsen ${str(obj(c.subject).id)}: fødte medlemmer ændret fra ${w.selector(obj(c.old).of)} til ${w.selector(obj(c.new).of)}.`
      : `Pladsen ${str(obj(c.subject).id)}: reglen om fødte medlemmer er omformuleret.`,
  'attendee.added': (c, w) => `Deltager uden medlemskab tilføjet: ${w.role(str(obj(c.new).role))}${obj(c.new).of ? ` fra ${w.selector(obj(c.new).of)}` : ''}${obj(c.new).optional === true ? ' (kan vælge at deltage)' : ''}.`,
  'attendee.removed': (c, w) => `Deltager uden medlemskab fjernet: ${w.role(str(obj(c.old).role))}${obj(c.old).of ? ` fra ${w.selector(obj(c.old).of)}` : ''}.`,
  'attendee.changed': (c, w) =>
    `Deltageren ${w.role(str(obj(c.new).role))}${obj(c.new).of ? ` fra ${w.selector(obj(c.new).of)}` : ''}: ${obj(c.new).optional === true ? 'kan nu vælge at deltage' : 'deltager nu fast'}.`,
  'post.added': (c, w) => {
    const holders = arr(obj(c.new).holders).map((h) => w.holder(h));
    return `Post tilføjet: ${w.post(str(obj(c.new).post))}${holders.length > 0 ? `, varetaget af ${w.list(holders)}` : ''}.`;
  },
  'post.removed': (c, w) => {
    const holders = arr(obj(c.old).holders).map((h) => w.holder(h));
    return `Post fjernet: ${w.post(str(obj(c.old).post))}${holders.length > 0 ? ` (før varetaget af ${w.list(holders)})` : ''}.`;
  },
  'post.holder-changed': (c, w) => holdersChanged(c, w),
  'post.changed': (c, w) => `Reglen for posten som ${w.post(str(obj(c.subject).post))} er ændret.`,
  'mandate.added': (c, w) => `Kommissorium tilføjet: ${taskCounts(c.new, w)}.`,
  'mandate.removed': (c, w) => `Kommissoriet er fjernet (det havde ${taskCounts(c.old, w)}).`,
  'mandate.changed': (c, w) => `Kommissoriets område ${c.old === null ? `sat til ${w.quote(str(c.new))}` : c.new === null ? `fjernet (før: ${w.quote(str(c.old))})` : `ændret fra ${w.quote(str(c.old))} til ${w.quote(str(c.new))}`}.`,
  'task.added': (c, w) => `Opgave tilføjet under ${w.w(str(obj(c.new).list)!)}: ${w.quote(str(obj(c.new).text))}.`,
  'task.removed': (c, w) => `Opgave fjernet fra ${w.w(str(obj(c.old).list)!)}: ${w.quote(str(obj(c.old).text))}.`,
  'task.moved': (c, w) =>
    `Opgave flyttet fra ${w.w(str(obj(c.old).list)!)} til ${w.w(str(obj(c.new).list)!)}${obj(c.old).text !== obj(c.new).text ? ' og omformuleret' : ''}: ${w.quote(str(obj(c.new).text))}.`,
  'task.reworded': (c, w) => `Opgave under ${w.w(str(obj(c.new).list)!)} omformuleret: ${w.quote(str(obj(c.new).text), 60)}.`,
  'meetings.cadence-changed': (c, w) =>
    c.old === null ? `Mødekadence fastsat: ${w.cadence(c.new)}.` : c.new === null ? `Mødekadence fjernet (før: ${w.cadence(c.old)}).` : `Mødekadence ændret fra ${w.cadence(c.old)} til ${w.cadence(c.new)}.`,
  'meetings.event-added': (c, w) => `Møde tilføjet: ${w.date(str(obj(c.new).date))}${str(obj(c.new).title) ? `, ${str(obj(c.new).title)}` : ''}.`,
  'meetings.event-removed': (c, w) => `Møde fjernet: ${w.date(str(obj(c.old).date))}${str(obj(c.old).title) ? `, ${str(obj(c.old).title)}` : ''}.`,
  'grouping.added': (c) => `Gruppering tilføjet: ${nameOf(c.new)}.`,
  'grouping.removed': (c) => `Gruppering fjernet: ${nameOf(c.old)}.`,
  'grouping.renamed': (c, w) => renamed(c, w),
  'grouping.changed': (c, w) => fieldSentence(c, w, 'grouping'),
  'grouping.body-added': (c) => `Organ tilføjet grupperingen: ${nameOf(c.new)}.`,
  'grouping.body-removed': (c) => `Organ fjernet fra grupperingen: ${nameOf(c.old)}.`,
  'grouping.municipality-moved': (c, w) => moved(c, w),
  'grouping.exception-added': (c, w) => `Undtagelse registreret: ${nameOf(obj(c.new).municipality)} er i ${w.list(arr(obj(c.new).bodies).map(nameOf))}.`,
  'grouping.exception-removed': (c, w) => `Undtagelse fjernet: ${nameOf(obj(c.old).municipality)} (var i ${w.list(arr(obj(c.old).bodies).map(nameOf))}).`,
  'grouping.exception-changed': (c, w) =>
    `Undtagelsen for ${nameOf(obj(c.new).municipality)} ændret: nu ${w.list(arr(obj(c.new).bodies).map(nameOf))} (før: ${w.list(arr(obj(c.old).bodies).map(nameOf))}).`,
  'appointment.started': (c, w) => {
    const a = obj(c.new);
    return `${w.appointee(c.new)} blev udpeget${str(a.seat) ? ` til pladsen ${str(a.seat)}` : ''}${a.on_behalf_of ? ` på vegne af ${nameOf(a.on_behalf_of)}` : ''}${w.on(c.date)}${a.status === 'proposed' ? ' (indstillet)' : ''}.`;
  },
  'appointment.ended': (c, w) => {
    const a = obj(c.old);
    return `${w.appointee(c.old)} udtrådte${str(a.seat) ? ` af pladsen ${str(a.seat)}` : ''}${w.on(c.date)}.`;
  },
  'appointment.added': (c, w) => `Udpegning registreret: ${w.appointment(c.new)}.`,
  'appointment.removed': (c, w) => `Udpegning fjernet: ${w.appointment(c.old)}.`,
  'appointment.changed': (c, w) => `Udpegningen af ${w.appointee(c.subject!)}: ${w.fieldChange(w.fieldLabel('appointment', c.field!), c.field!, c.old, c.new)}.`,
  'source.added': (c) => `Kilde tilføjet: ${str(obj(c.new).title)} (${str(obj(c.new).id)}).`,
  'source.removed': (c) => `Kilde fjernet: ${str(obj(c.old).title)} (${str(obj(c.old).id)}).`,
  'source.changed': (c, w) => `Kilden ${str(obj(c.subject).id)}: ${w.fieldChange(w.fieldLabel('source', c.field!), c.field!, c.old, c.new)}.`,
  'party.added': (c) => `Part tilføjet: ${nameOf(c.new)} (${str(obj(c.new).kind)}).`,
  'party.removed': (c) => `Part fjernet: ${nameOf(c.old)} (${str(obj(c.old).kind)}).`,
  'party.changed': (c, w) => `Parten ${str(obj(c.subject).id)}: ${w.fieldChange(w.fieldLabel('party', c.field!), c.field!, c.old, c.new)}.`,
  'report.added': (c, w) => `Rapport tilføjet: ${report(c.new, w)}.`,
  'report.removed': (c, w) => `Rapport fjernet: ${report(c.old, w)}.`,
  'report.changed': (c, w) => `Rapporten ${str(obj(c.subject).title) ?? str(obj(c.subject).id)}: ${w.fieldChange(w.fieldLabel('report', c.field!), c.field!, c.old, c.new)}.`,
  'history.added': (c, w) => `Historisk begivenhed tilføjet: ${historyEvent(c.new, w)}.`,
  'history.removed': (c, w) => `Historisk begivenhed fjernet: ${historyEvent(c.old, w)}.`,
  'constraint.added': (c, w) => `Regel tilføjet: ${str(obj(c.new).id)}${str(obj(c.new).says) ? ` – ${w.quote(str(obj(c.new).says), 80)}` : ''}.`,
  'constraint.removed': (c, w) => `Regel fjernet: ${str(obj(c.old).id)}${str(obj(c.old).says) ? ` – ${w.quote(str(obj(c.old).says), 80)}` : ''}.`,
  'constraint.changed': (c) => `Regel ændret: ${str(obj(c.new).id)}.`,
};

/** The sentence for one change. The section gives the body's name to sentences about its members. */
export function describeChange(change: LocatedChange, lang: Lang, section?: Section): string {
  return (lang === 'da' ? DA : EN)[change.kind](change, new Words(lang), section);
}

/**
 * The whole old and new text, for changes whose sentence cannot hold it: reworded tasks and purposes,
 * born-member rules, exceptions' reasons, history texts, a post's rule.
 */
export function changeDetails(change: LocatedChange, lang: Lang): { old?: string; new?: string } | undefined {
  const w = new Words(lang);
  const text = (v: JsonValue, key: string): string | undefined => str(obj(v)[key]);
  switch (change.kind) {
    case 'task.reworded':
    case 'task.moved':
      return change.kind === 'task.moved' && text(change.old, 'text') === text(change.new, 'text') ? undefined : { old: text(change.old, 'text'), new: text(change.new, 'text') };
    case 'body.changed':
      return change.field === 'purpose' ? { old: str(change.old), new: str(change.new) } : undefined;
    case 'born.changed':
      return change.field === 'says' ? { old: text(change.old, 'says'), new: text(change.new, 'says') } : undefined;
    case 'grouping.exception-added':
      return { new: text(change.new, 'reason') };
    case 'history.added':
      return text(change.new, 'text') === undefined ? undefined : { new: text(change.new, 'text') };
    case 'post.changed': {
      const rule = (v: JsonValue): string =>
        arr(v)
          .map((r) => {
            const o = obj(r);
            const parts: string[] = [];
            if (o.side) parts.push(w.side(str(o.side)));
            if (o.among) parts.push(`${label(lang, 'among')} ${str(o.among)}`);
            if (o.derived) parts.push(`${label(lang, 'derivedFrom')}: ${[w.role(str(obj(o.derived).role)), w.selector(obj(o.derived).of)].filter(Boolean).join(', ')}`);
            return parts.join('; ') || w.w('none');
          })
          .join(' / ');
      return { old: rule(change.old), new: rule(change.new) };
    }
    default:
      return undefined;
  }
}

/** + for what was added or began, - for what went, ~ for the rest. */
export function changeSign(kind: ChangeKind): '+' | '-' | '~' {
  const verb = kind.split('.')[1]!;
  if (/(^|-)(added|joined|started)$/.test(verb)) return '+';
  if (/(^|-)(removed|left|ended)$/.test(verb)) return '-';
  return '~';
}

export function sectionTitle(section: Section, lang: Lang): string {
  const w = new Words(lang);
  if (section.type === 'structure') return w.w('structure');
  if (section.type === 'records') return w.w('records');
  const name = section.type === 'grouping' ? `${w.w('grouping')}: ${section.name ?? section.id}` : (section.name ?? section.id ?? '');
  return section.was === undefined ? name : `${name} (${w.w('was')}: ${section.was})`;
}

export function noChanges(lang: Lang): string {
  return WORDS[lang].noChanges!;
}

export function changeCount(n: number, lang: Lang): string {
  return lang === 'da' ? `${n} ${n === 1 ? 'ændring' : 'ændringer'}` : `${n} ${n === 1 ? 'change' : 'changes'}`;
}

/** "5-by samarbejdet (31 December 2001)". */
export function structureLabel(info: DiffStep['old'], lang: Lang): string {
  if (!info) return lang === 'da' ? 'ingen fil' : 'no file';
  return `${info.name} (${formatDate(info.date, lang)})`;
}

type Category = { key: string; one: Record<Lang, string>; many: Record<Lang, string> };

/** How the summary counts changes: a kind goes to the first category whose pattern it matches. */
const CATEGORIES: [RegExp, Category][] = [
  [/^body\.added$/, { key: 'bodies', one: { da: 'organ tilføjet', en: 'body added' }, many: { da: 'organer tilføjet', en: 'bodies added' } }],
  [/^body\.removed$/, { key: 'bodies', one: { da: 'organ fjernet', en: 'body removed' }, many: { da: 'organer fjernet', en: 'bodies removed' } }],
  [/^body\.renamed$/, { key: 'bodies', one: { da: 'organ omdøbt', en: 'body renamed' }, many: { da: 'organer omdøbt', en: 'bodies renamed' } }],
  [/^body\.moved$/, { key: 'bodies', one: { da: 'organ flyttet', en: 'body moved' }, many: { da: 'organer flyttet', en: 'bodies moved' } }],
  [/^body\.changed$/, { key: 'details', one: { da: 'ændret oplysning om et organ', en: 'body detail changed' }, many: { da: 'ændrede oplysninger om organer', en: 'body details changed' } }],
  [/^(body\.municipality|member)/, { key: 'members', one: { da: 'medlemsændring', en: 'membership change' }, many: { da: 'medlemsændringer', en: 'membership changes' } }],
  [/^(seat|born|attendee)\./, { key: 'seats', one: { da: 'ændring af pladser', en: 'seat change' }, many: { da: 'ændringer af pladser', en: 'seat changes' } }],
  [/^post\.holder-changed$/, { key: 'posts', one: { da: 'post skiftede indehaver', en: 'post changed hands' }, many: { da: 'poster skiftede indehaver', en: 'posts changed hands' } }],
  [/^post\./, { key: 'posts', one: { da: 'postændring', en: 'post change' }, many: { da: 'postændringer', en: 'post changes' } }],
  [/^(mandate|task)\./, { key: 'mandates', one: { da: 'ændring af kommissorier', en: 'mandate change' }, many: { da: 'ændringer af kommissorier', en: 'mandate changes' } }],
  [/^meetings\./, { key: 'meetings', one: { da: 'mødeændring', en: 'meeting change' }, many: { da: 'mødeændringer', en: 'meeting changes' } }],
  [/^grouping\.municipality-moved$/, { key: 'groupings', one: { da: 'kommune flyttet mellem klynger', en: 'municipality moved between clusters' }, many: { da: 'kommuner flyttet mellem klynger', en: 'municipalities moved between clusters' } }],
  [/^grouping\./, { key: 'groupings', one: { da: 'grupperingsændring', en: 'grouping change' }, many: { da: 'grupperingsændringer', en: 'grouping changes' } }],
  [/^appointment\.started$/, { key: 'appointments', one: { da: 'udpegning begyndt', en: 'appointment started' }, many: { da: 'udpegninger begyndt', en: 'appointments started' } }],
  [/^appointment\.ended$/, { key: 'appointments', one: { da: 'udpegning ophørt', en: 'appointment ended' }, many: { da: 'udpegninger ophørt', en: 'appointments ended' } }],
  [/^appointment\./, { key: 'appointments', one: { da: 'ændring af udpegninger', en: 'appointment record change' }, many: { da: 'ændringer af udpegninger', en: 'appointment record changes' } }],
  [/^(source|party|report|history|constraint)\./, { key: 'records', one: { da: 'ændring af kilder og registreringer', en: 'source or record change' }, many: { da: 'ændringer af kilder og registreringer', en: 'source and record changes' } }],
];

/**
 * One paragraph for the top of a change log or pull-request comment: who joined and left, then counts
 * by family ("1 body added, 8 bodies renamed; 2 meeting changes"), then the total.
 */
export function summarize(step: DiffStep, lang: Lang): string {
  const w = new Words(lang);
  const from = `${structureLabel(step.old, lang)}`;
  const to = `${structureLabel(step.new, lang)}`;
  if (step.changes.length === 0) return lang === 'da' ? `Ingen ændringer fra ${from} til ${to}.` : `No changes from ${from} to ${to}.`;
  if (!step.old || !step.new) return describeChange(step.changes[0]!, lang);
  const parts: string[] = [];
  const joined = step.changes.filter((c) => c.kind === 'participant.joined').map((c) => nameOf(c.new));
  const left = step.changes.filter((c) => c.kind === 'participant.left').map((c) => nameOf(c.old));
  if (joined.length > 0) parts.push(lang === 'da' ? `${w.list(joined)} trådte ind` : `${w.list(joined)} joined`);
  if (left.length > 0) parts.push(lang === 'da' ? `${w.list(left)} trådte ud` : `${w.list(left)} left`);
  const counts = new Map<Category, number>();
  for (const c of step.changes) {
    const category = CATEGORIES.find(([pattern]) => pattern.test(c.kind))?.[1];
    if (category) counts.set(category, (counts.get(category) ?? 0) + 1);
  }
  const groups = new Map<string, string[]>();
  for (const [, category] of CATEGORIES) {
    const n = counts.get(category);
    if (!n) continue;
    groups.set(category.key, [...(groups.get(category.key) ?? []), `${n} ${n === 1 ? category.one[lang] : category.many[lang]}`]);
  }
  for (const items of groups.values()) parts.push(items.join(', '));
  const total = changeCount(step.changes.length, lang);
  const head = lang === 'da' ? `Fra ${from} til ${to}` : `From ${from} to ${to}`;
  const tail = lang === 'da' ? `${total} i alt.` : `${total} in all.`;
  return parts.length > 0 ? `${head}: ${parts.join('; ')}. ${tail}` : `${head}: ${tail}`;
}
