/** The data of a structure file, as the schema admits it (see schemas/structure.schema.json). */

export type MunicipalityRef = string | number;
export type Role =
  | 'mayor'
  | 'alderman'
  | 'council-member'
  | 'politician'
  | 'municipal-director'
  | 'health-director'
  | 'director'
  | 'manager'
  | 'staff'
  | 'representative'
  | 'observer';
export type Side = 'municipalities' | 'region' | 'general-practice' | 'kl' | 'state' | 'foundation' | 'other';
export type PostKind = 'chair' | 'vice-chair' | 'co-chair' | 'secretariat' | 'coordinator' | 'host';

export interface SourceDoc {
  id: string;
  title: string;
  date?: string;
  publisher?: string;
  document?: string;
  url?: string;
  note?: string;
}

export interface ParticipantDoc {
  municipality: MunicipalityRef;
  from?: string;
  to?: string;
  note?: string;
  uncertain?: string;
  source?: string;
}

export interface PartyDoc {
  id: string;
  name: string;
  kind: string;
  note?: string;
  source?: string;
}

export type Selector =
  | 'all'
  | 'self'
  | { body?: string; grouping?: string; post?: PostKind; municipalities?: MunicipalityRef[] };

export interface RuleDoc {
  of: Selector;
  says?: string;
  source?: string;
}

export type TaskDoc = string | { id?: string; text: string; note?: string };

export interface MandateDoc {
  source?: string;
  scope?: string;
  must?: TaskDoc[];
  may?: TaskDoc[];
}

export interface SeatDoc {
  id: string;
  role?: Role;
  side?: Side;
  party?: string;
  count?: number;
  born?: RuleDoc;
  decides?: boolean;
  alternates?: boolean | number;
  observer?: boolean;
  note?: string;
  source?: string;
}

export interface HolderDoc {
  municipality?: MunicipalityRef;
  party?: string;
  body?: string;
  person?: string;
  party_letter?: string;
  role?: Role;
  note?: string;
  uncertain?: string;
}

export interface MemberDoc extends Omit<HolderDoc, 'role'> {
  seat: string;
  source?: string;
}

export interface AttendeeDoc {
  role: Role;
  of?: Selector;
  optional?: boolean;
  says?: string;
  note?: string;
  source?: string;
}

export interface PostDoc {
  post: PostKind;
  side?: Side;
  holder?: HolderDoc;
  derived?: { role?: Role; of: Selector; says?: string };
  among?: string;
  says?: string;
  note?: string;
  uncertain?: string;
  source?: string;
}

export interface MeetingEventDoc {
  date: string;
  to?: string;
  title?: string;
  place?: string;
  host?: HolderDoc;
  participants?: string;
  topics?: string[];
  source?: string;
  note?: string;
}

export interface MeetingsDoc {
  cadence?: { per_year?: number; approximate?: boolean; aligned_with?: string; text?: string };
  hosts?: HolderDoc[];
  events?: MeetingEventDoc[];
}

export interface AmountDoc {
  amount?: number;
  fte?: number;
  per?: 'year' | 'period';
}

export interface ContributionDoc extends AmountDoc {
  party?: string;
  side?: Side;
  municipality?: MunicipalityRef;
  delivered_by?: string;
  note?: string;
}

export interface FinanceDoc {
  currency?: 'DKK' | 'EUR';
  total?: AmountDoc;
  contributions?: ContributionDoc[];
  key?: string;
  source?: string;
}

export interface BodyDoc {
  id: string;
  name: string;
  short_name?: string;
  renamed_from?: string;
  kind?: 'political' | 'administrative' | 'mixed';
  scope?: 'cross-municipal' | 'cross-sector' | 'municipal';
  level?: 'national' | 'regional' | 'cluster' | 'municipal';
  area?: string[];
  parent?: string;
  established_by?: string;
  supports?: string;
  sits_in?: string[];
  external?: boolean;
  from?: string;
  to?: string;
  description?: string;
  purpose?: string;
  uncertain?: string;
  municipalities?: 'all' | MunicipalityRef[];
  mandate?: MandateDoc;
  seats?: SeatDoc[];
  members?: MemberDoc[];
  attendees?: AttendeeDoc[];
  posts?: PostDoc[];
  meetings?: MeetingsDoc;
  finance?: FinanceDoc;
  source?: string;
}

export interface GroupingDoc {
  id: string;
  name: string;
  bodies: string[];
  partitions?: 'all' | MunicipalityRef[];
  exceptions?: { municipality: MunicipalityRef; bodies?: string[]; reason: string }[];
  from?: string;
  to?: string;
  uncertain?: string;
  source?: string;
}

export interface AppointmentDoc {
  id?: string;
  body: string;
  seat?: string;
  person?: string;
  party_letter?: string;
  municipality?: MunicipalityRef;
  role?: Role;
  on_behalf_of?: string;
  from?: string;
  to?: string;
  vacant?: boolean;
  seat_belongs_to?: string;
  offered_to?: string;
  decided_on?: string;
  status?: 'in-force' | 'proposed' | 'ended';
  note?: string;
  source?: string;
}

export interface ReportDoc {
  id: string;
  title: string;
  every_years?: number;
  latest?: { published?: string; number?: number; reference?: string };
  description?: string;
  source?: string;
}

export interface EventDoc {
  date: string;
  event: 'founded' | 'joined' | 'left' | 'renamed' | 'established' | 'dissolved' | 'decided' | 'report' | 'other';
  municipality?: MunicipalityRef;
  body?: string;
  text?: string;
  source?: string;
}

export interface StructureDoc {
  govcheck: 1;
  id: string;
  name: string;
  date: string;
  region?: string;
  description?: string;
  uncertain?: string;
  sources: SourceDoc[];
  municipalities?: (MunicipalityRef | ParticipantDoc)[];
  parties?: PartyDoc[];
  bodies?: BodyDoc[];
  groupings?: GroupingDoc[];
  appointments?: AppointmentDoc[];
  reports?: ReportDoc[];
  history?: EventDoc[];
  constraints?: ConstraintDoc[];
  exceptions?: ExceptionDoc[];
}

/** A municipality set in a constraint; `$each` stands for the body a for_each is checking. */
export type MunicipalitySelection =
  | 'all'
  | { body?: string; grouping?: string; post?: PostKind; seat?: string; supported_by?: string; municipalities?: MunicipalityRef[] };

export interface EntitySelection {
  municipalities?: MunicipalitySelection;
  bodies?: { grouping?: string; parent?: string; supports?: string; kind?: BodyDoc['kind']; level?: BodyDoc['level'] };
  seats?: { body?: string; grouping?: string; side?: Side; role?: Role; observer?: boolean; born?: boolean };
  members?: { body?: string; grouping?: string; seat?: string };
  posts?: { body?: string; grouping?: string; post?: PostKind; side?: Side };
}

export interface ConstraintDoc {
  id: string;
  says?: string;
  source?: string;
  for_each?: { grouping?: string; bodies?: string[] };
  count?: EntitySelection;
  exactly?: number;
  min?: number;
  max?: number;
  partition?: { bodies: NonNullable<EntitySelection['bodies']>; of?: MunicipalitySelection };
  subset?: [MunicipalitySelection, MunicipalitySelection];
  equal?: [MunicipalitySelection, MunicipalitySelection];
  unique?: EntitySelection;
  by?: 'municipality' | 'person' | 'id';
}

export interface ExceptionDoc {
  rule: string;
  body?: string;
  grouping?: string;
  municipality?: MunicipalityRef;
  reason: string;
  expires?: string;
}
