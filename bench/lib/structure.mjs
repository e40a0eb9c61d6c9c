// Builds synthetic governance structures in govcheck's format (schemas/structure.schema.json,
// docs/format.md), shaped like the files in examples/: KKR with born members, clusters that
// partition a region, supporting administrative clusters, health committees with born co-chairs,
// municipal committees with appointments across election terms, networks with members, posts,
// mandates, meetings, finance that adds up, history, reports and constraints.
//
// Every structure is valid: `govcheck validate` reports no error on it. Errors are injected
// afterwards, on purpose, by inject.mjs.
import { alias, anchor, comment, flow, folded } from './yaml-writer.mjs';
import { slug } from './municipalities.mjs';

const FIRST = [
  'Anne', 'Mette', 'Hanne', 'Susanne', 'Lene', 'Kirsten', 'Pia', 'Camilla', 'Marianne', 'Helle', 'Louise', 'Trine',
  'Line', 'Sofie', 'Ida', 'Karen', 'Birgitte', 'Charlotte', 'Maria', 'Signe', 'Rikke', 'Tina', 'Lone', 'Dorthe',
  'Jens', 'Peter', 'Michael', 'Lars', 'Henrik', 'Søren', 'Thomas', 'Jan', 'Niels', 'Christian', 'Martin', 'Anders',
  'Morten', 'Jesper', 'Rasmus', 'Mads', 'Kasper', 'Jakob', 'Ole', 'Poul', 'Torben', 'Bjarne', 'Erik', 'Steen',
  'Karsten', 'Johannes', 'Bo', 'Kim', 'Flemming', 'Jørgen', 'Mogens', 'Per', 'Ulla', 'Inger', 'Birthe', 'Jette',
];
const MIDDLE = ['', '', '', '', 'Marie', 'Lundsfryd', 'Steen', 'Bach', 'Krogh', 'Skov', 'Dam', 'Holm', 'Juhl', 'Kjær'];
const LAST = [
  'Jensen', 'Nielsen', 'Hansen', 'Pedersen', 'Andersen', 'Christensen', 'Larsen', 'Sørensen', 'Rasmussen',
  'Jørgensen', 'Petersen', 'Madsen', 'Kristensen', 'Olsen', 'Thomsen', 'Christiansen', 'Poulsen', 'Johansen',
  'Møller', 'Mortensen', 'Knudsen', 'Jakobsen', 'Mikkelsen', 'Frederiksen', 'Lund', 'Holm', 'Schmidt', 'Eriksen',
  'Kristiansen', 'Simonsen', 'Clausen', 'Svendsen', 'Andreasen', 'Iversen', 'Østergaard', 'Jeppesen', 'Vestergaard',
  'Nissen', 'Lauridsen', 'Kjær', 'Dalgaard', 'Damsgaard', 'Welling', 'Bruun', 'Thygesen', 'Lindberg', 'Bech',
];
const LETTERS = [['A', 27], ['V', 19], ['C', 10], ['F', 8], ['Ø', 6], ['B', 5], ['O', 5], ['I', 4], ['D', 3], ['M', 3], ['Æ', 3], ['Å', 2], ['K', 2], ['L', 1]];

/** Municipal election terms since the 2007 reform: first and last day. */
export const TERMS = [
  ['2007-01-01', '2009-12-31'],
  ['2010-01-01', '2013-12-31'],
  ['2014-01-01', '2017-12-31'],
  ['2018-01-01', '2021-12-31'],
  ['2022-01-01', '2025-12-31'],
];

const COMMITTEES = [
  ['Økonomiudvalget', ['økonomi', 'personale'], 7, 'Udvalget har den umiddelbare forvaltning af kommunens økonomi og personaleforhold.'],
  ['Børne- og Ungeudvalget', ['børn', 'unge', 'dagtilbud'], 7, 'Udvalget har ansvaret for dagtilbud, PPR og børn og unge med særlige behov.'],
  ['Skoleudvalget', ['skole', 'fritid'], 5, 'Udvalget har ansvaret for folkeskoler, SFO og ungdomsskole.'],
  ['Social- og Sundhedsudvalget', ['sundhed', 'social'], 7, 'Udvalget har ansvaret for sundhed, forebyggelse og det specialiserede socialområde.'],
  ['Ældreudvalget', ['ældre', 'pleje'], 5, 'Udvalget har ansvaret for hjemmepleje, plejecentre og rehabilitering.'],
  ['Teknik- og Miljøudvalget', ['teknik', 'miljø', 'trafik'], 7, 'Udvalget har ansvaret for veje, natur, miljø og forsyning.'],
  ['Klima- og Planudvalget', ['klima', 'planlægning'], 5, 'Udvalget har ansvaret for kommuneplan, lokalplaner og klimatilpasning.'],
  ['Kultur- og Fritidsudvalget', ['kultur', 'idræt'], 5, 'Udvalget har ansvaret for biblioteker, museer, idræt og folkeoplysning.'],
  ['Beskæftigelsesudvalget', ['beskæftigelse', 'integration'], 5, 'Udvalget har ansvaret for jobcenter, ydelser og integration.'],
  ['Erhvervs- og Turismeudvalget', ['erhverv', 'turisme'], 5, 'Udvalget har ansvaret for erhvervsservice, turisme og bosætning.'],
  ['Handicaprådet', ['handicap'], 9, 'Rådet rådgiver kommunalbestyrelsen i handicappolitiske spørgsmål.'],
  ['Ældrerådet', ['ældre'], 7, 'Rådet rådgiver kommunalbestyrelsen i spørgsmål om ældre.'],
  ['Folkeoplysningsudvalget', ['folkeoplysning', 'foreninger'], 7, 'Udvalget fordeler tilskud og lokaler til folkeoplysende foreninger.'],
  ['Beredskabskommissionen', ['beredskab'], 5, 'Kommissionen har ansvaret for det kommunale redningsberedskab.'],
  ['Integrationsrådet', ['integration'], 7, 'Rådet rådgiver kommunalbestyrelsen om integrationsindsatsen.'],
  ['Udsatterådet', ['social', 'udsatte'], 7, 'Rådet rådgiver kommunalbestyrelsen om socialt udsatte borgere.'],
  ['Grønt Råd', ['miljø', 'natur'], 9, 'Rådet rådgiver om natur, miljø og friluftsliv.'],
  ['Ungdomsrådet', ['unge'], 9, 'Rådet giver de unge en stemme i kommunens beslutninger.'],
  ['Hegnssynet', ['hegn'], 3, 'Hegnssynet afgør tvister om hegn mellem naboer.'],
  ['Børne- og Familieudvalget', ['børn', 'familie'], 5, 'Udvalget har ansvaret for familieafdelingen og forebyggende foranstaltninger.'],
];
const COMMITTEE_ROLES = { Handicaprådet: 'representative', Ældrerådet: 'representative', Integrationsrådet: 'representative', Udsatterådet: 'representative', 'Grønt Råd': 'representative', Ungdomsrådet: 'representative', Hegnssynet: 'representative' };

const NETWORKS = [
  ['Netværk for sundhedsfremme', ['sundhed'], 'Netværket deler viden om forebyggelse og sundhedsfremme.'],
  ['Arbejdsgruppe om genoptræning', ['sundhed', 'rehabilitering'], 'Arbejdsgruppen udarbejder fælles retningslinjer for genoptræning.'],
  ['Styregruppe for digital velfærd', ['digitalisering'], 'Styregruppen prioriterer fælles projekter om velfærdsteknologi.'],
  ['Dialogforum for frivillighed', ['frivillighed', 'civilsamfund'], 'Forummet samler foreninger og kommune om frivilligindsatsen.'],
  ['Netværk for klimatilpasning', ['klima'], 'Netværket koordinerer klimatilpasning på tværs af forvaltningerne.'],
  ['Samarbejdsforum for psykiatri', ['psykiatri', 'sundhed'], 'Forummet koordinerer indsatsen for borgere med psykiske lidelser.'],
  ['Koordinationsgruppe for beskæftigelse', ['beskæftigelse'], 'Gruppen koordinerer virksomhedsrettede indsatser.'],
  ['Netværk for dagtilbudsledere', ['dagtilbud'], 'Netværket deler erfaringer om kvalitet i dagtilbud.'],
  ['Følgegruppe for affaldsplan', ['affald', 'miljø'], 'Følgegruppen følger udmøntningen af affaldsplanen.'],
  ['Tværfagligt forum for børn i mistrivsel', ['børn', 'social'], 'Forummet sikrer en tidlig og sammenhængende indsats.'],
  ['Erfagruppe for hjemmepleje', ['ældre', 'pleje'], 'Erfagruppen udveksler erfaringer om hjemmepleje og rehabilitering.'],
  ['Netværk for bibliotekschefer', ['kultur'], 'Netværket koordinerer fælles biblioteksprojekter.'],
  ['Projektgruppe for trafiksikkerhed', ['trafik'], 'Projektgruppen udarbejder trafiksikkerhedsplanen.'],
  ['Følgegruppe for praksisplan', ['sundhed', 'almen praksis'], 'Følgegruppen følger praksisplanen for almen praksis.'],
];
const CROSS = [
  ['Regionalt Arbejdsmarkedsråd', 'rar', ['beskæftigelse'], 6, 'Rådet overvåger arbejdsmarkedet og koordinerer beskæftigelsesindsatsen i landsdelen.'],
  ['Erhvervshusets bestyrelse', 'erhvervshus', ['erhverv'], 4, 'Bestyrelsen fastlægger erhvervshusets strategi og budget.'],
  ['Praksisplanudvalget', 'praksisplanudvalget', ['sundhed', 'almen praksis'], 3, 'Udvalget udarbejder praksisplanen for almen praksis.'],
  ['Samarbejdsudvalget vedrørende almen praksis', 'samarbejdsudvalget-almen-praksis', ['sundhed', 'almen praksis'], 2, 'Udvalget behandler sager om overenskomsten for almen praksis.'],
  ['Trafikselskabets repræsentantskab', 'trafikselskab', ['trafik'], 5, 'Repræsentantskabet vælger bestyrelsen og godkender regnskabet.'],
  ['Uddannelses- og praktikpladsforum', 'praktikpladsforum', ['uddannelse'], 3, 'Forummet arbejder for flere praktikpladser i landsdelen.'],
  ['Det specialiserede socialområdes styregruppe', 'socialstyregruppe', ['social'], 4, 'Styregruppen følger rammeaftalen på det specialiserede socialområde.'],
  ['Klimapartnerskabets politiske følgegruppe', 'klimapartnerskab', ['klima'], 4, 'Følgegruppen følger de fælles klimahandleplaner.'],
];
const TOPICS = [
  'Budgetopfølgning', 'Godkendelse af dagsorden', 'Orientering fra formanden', 'Kvalitetsrapport', 'Temadrøftelse om rekruttering',
  'Høringssvar', 'Status på handleplan', 'Udpegning af repræsentanter', 'Årsberetning', 'Eventuelt', 'Sundhedsaftalen',
  'Velfærdsteknologi', 'Klimahandleplan', 'Praksisplan', 'Rammeaftale', 'Ledighedsudvikling', 'Anlægsprojekter',
];
const MUST = [
  'Koordinere udpegninger til arbejdsgrupper og lignende på tværs af kommunerne.',
  'Drøfte og fastsætte fælles holdninger på området over for regionen og staten.',
  'Følge op på aftaler og indikatorer og orientere kommunalbestyrelserne herom.',
  'Udarbejde en årlig status for samarbejdet.',
  'Sikre sammenhæng mellem de politiske beslutninger og den administrative opfølgning.',
  'Godkende fælles handleplaner og deres budget.',
];
const MAY = [
  'Anvendes som forum for vidensdeling og erfaringsudveksling mellem kommunerne.',
  'Nedsætte arbejdsgrupper om konkrete emner.',
  'Invitere eksterne oplægsholdere og samarbejdsparter.',
  'Tage initiativ til fælles projekter og ansøgninger om puljemidler.',
];

const REGION_PARTY = {
  Hovedstaden: ['region-hovedstaden', 'Region Hovedstaden'],
  Sjælland: ['region-sjaelland', 'Region Sjælland'],
  Syddanmark: ['region-syddanmark', 'Region Syddanmark'],
  Midtjylland: ['region-midtjylland', 'Region Midtjylland'],
  Nordjylland: ['region-nordjylland', 'Region Nordjylland'],
};
export const REGIONS = Object.keys(REGION_PARTY);

// ------------------------------------------------------------------------------------------ dates

const DAY = 86_400_000;
const toDate = (iso) => Date.parse(`${iso}T00:00:00Z`);
const iso = (ms) => new Date(ms).toISOString().slice(0, 10);
const addDays = (isoDate, n) => iso(toDate(isoDate) + n * DAY);
function dateBetween(rng, from, to) {
  const a = toDate(from);
  const b = toDate(to);
  return iso(a + Math.floor(rng.next() * ((b - a) / DAY + 1)) * DAY);
}
const minDate = (a, b) => (a < b ? a : b);

// ------------------------------------------------------------------------------------------ people

/** Each municipality has its own pool of politicians per term, so names recur as they do in life. */
class People {
  constructor(rng) {
    this.rng = rng;
    this.pools = new Map();
  }

  person(rng) {
    const middle = rng.pick(MIDDLE);
    return `${rng.pick(FIRST)}${middle ? ` ${middle}` : ''} ${rng.pick(LAST)}`;
  }

  /** The council of a municipality in a term: about 30 people with party letters; [0] is the mayor. */
  council(m, term) {
    const key = `${m.code}:${term}`;
    let pool = this.pools.get(key);
    if (pool) return pool;
    const r = this.rng.fork(key);
    const previous = term > 0 ? this.council(m, term - 1) : [];
    const seen = new Set();
    pool = [];
    // Two in three are re-elected: keep them, in order, so the mayor often stays on.
    for (const p of previous) if (r.chance(0.66) && !seen.has(p.person)) { pool.push(p); seen.add(p.person); }
    while (pool.length < 31) {
      const p = { person: this.person(r), letter: r.weighted(LETTERS) };
      if (seen.has(p.person)) continue;
      seen.add(p.person);
      pool.push(p);
    }
    this.pools.set(key, pool);
    return pool;
  }

  mayor(m, term) {
    return this.council(m, term)[0];
  }
}

export function termOf(date) {
  for (let t = TERMS.length - 1; t >= 0; t--) if (TERMS[t][0] <= date) return t;
  return 0;
}

// --------------------------------------------------------------------------------------- the build

/**
 * spec: {
 *   id, name, date, region?, kind: 'national' | 'kkr' | 'collaboration' | 'cities',
 *   municipalities: registry rows taking part,
 *   appointments: how many appointments (exact),
 *   networks: bodies without appointments (networks, working groups),
 *   perCommittee?: municipal committees per municipality before cross-municipal appointment bodies,
 * }
 */
export function buildStructure(rng, spec) {
  const people = new People(rng.fork('people'));
  const date = spec.date;
  const now = termOf(date);
  const ms = spec.municipalities;
  const regions = REGIONS.filter((r) => ms.some((m) => m.region === r));
  const mRef = makeReferrer(rng.fork('refs'));
  const ids = new Set();
  const uniqueId = (base) => {
    let id = base.slice(0, 72).replace(/-+$/, '');
    for (let n = 2; ids.has(id); n++) id = `${base.slice(0, 72).replace(/-+$/, '')}-${n}`;
    ids.add(id);
    return id;
  };

  const sources = [];
  const source = (id, title, extra = {}) => {
    sources.push({ id, title, ...extra });
    return id;
  };
  const sKl = source('kl-kommunal-styrelse', 'Oversigt over kommunale udvalg, råd og udpegninger', {
    date: addDays(date, -rng.int(10, 120)),
    publisher: 'KL',
    document: `KL-${date.slice(0, 4)}-${rng.int(100, 999)}`,
    note: 'Syntetisk testkilde til govchecks ydelsesmåling; navne og udpegninger er opdigtede.',
  });
  const sKkr = {};
  for (const r of regions) {
    sKkr[r] = source(`kkr-${slug(r)}-dagsordener`, `KKR ${r}: dagsordener og referater ${TERMS[now][0].slice(0, 4)}–${date.slice(0, 4)}`, {
      publisher: `KKR ${r}`,
      url: `https://example.invalid/kkr/${slug(r)}/${date.slice(0, 4)}`,
    });
  }

  const parties = [
    { id: 'kl', name: 'KL', kind: 'association', source: sKl },
    ...regions.map((r) => ({ id: REGION_PARTY[r][0], name: REGION_PARTY[r][1], kind: 'region', source: sKkr[r] })),
    { id: 'plo', name: 'Praktiserende Lægers Organisation (PLO)', kind: 'general-practice', note: 'Almen praksis.' },
  ];
  if (spec.kind === 'national') {
    parties.push(
      { id: 'danske-regioner', name: 'Danske Regioner', kind: 'association' },
      { id: 'realdania', name: 'Realdania', kind: 'foundation' },
      { id: 'gate-21', name: 'Gate 21', kind: 'organisation', note: 'Projektaktør i klimasamarbejder.' },
      { id: 'concito', name: 'CONCITO', kind: 'organisation' },
      { id: 'erhvervsstyrelsen', name: 'Erhvervsstyrelsen', kind: 'state' },
    );
  }

  const bodies = [];
  const groupings = [];
  const appointments = [];
  const constraints = [];
  const history = [];
  const want = spec.appointments;
  const room = () => want - appointments.length;

  // ------------------------------------------------------------------ top body and region frame
  let topId;
  if (spec.kind === 'national') {
    topId = uniqueId('kl-bestyrelse');
    bodies.push(comment('Nationalt niveau'), {
      id: topId,
      name: "KL's bestyrelse",
      kind: 'political',
      scope: 'cross-municipal',
      level: 'national',
      area: flow(['økonomi', 'sundhed', 'beskæftigelse', 'klima']),
      municipalities: 'all',
      purpose: folded('KL varetager kommunernes fælles interesser over for regeringen, Folketinget og regionerne og rådgiver de 98 kommuner.'),
      seats: [{ id: 'formandskab', role: 'mayor', side: 'municipalities', count: 2, note: 'Formand og næstformand vælges af repræsentantskabet.' }],
      posts: [{ post: 'secretariat', holder: { party: 'kl' }, says: "KL's sekretariat betjener bestyrelsen." }],
      meetings: { cadence: { per_year: 10, text: 'Bestyrelsen holder møde ca. ti gange om året.', approximate: true } },
      source: sKl,
    });
  } else if (spec.kind !== 'kkr') {
    topId = uniqueId(slug(spec.id).slice(0, 60));
    const term = now;
    const members = ms.map((m) => {
      const mayor = people.mayor(m, term);
      return flow({ seat: 'borgmestre', municipality: mRef(m), person: mayor.person, party_letter: mayor.letter });
    });
    const chair = ms[0];
    const total = [];
    const contributions = ms.slice(0, Math.min(ms.length, 8)).map((m) => {
      const amount = rng.int(5, 60) * 10_000;
      total.push(amount);
      return { municipality: mRef(m), amount, per: 'year' };
    });
    bodies.push(comment('Samarbejdet'), {
      id: topId,
      name: spec.name,
      short_name: spec.kind === 'cities' ? `${ms.length}-by` : undefined,
      kind: spec.kind === 'cities' ? 'mixed' : 'political',
      scope: 'cross-municipal',
      level: spec.kind === 'kkr' ? 'regional' : 'cluster',
      area: flow(rng.sample(['sundhed', 'ældre', 'klima', 'erhverv', 'beskæftigelse', 'uddannelse', 'trafik'], 3)),
      municipalities: 'all',
      purpose: folded(`Samarbejdet skal styrke det tværkommunale samarbejde mellem ${ms.length} kommuner og varetage deres fælles interesser over for region og stat.`),
      mandate: mandate(rng, sKl, 3, 2),
      seats: [
        {
          id: 'borgmestre',
          role: 'mayor',
          side: 'municipalities',
          count: ms.length,
          born: { of: 'all', says: `De ${ms.length} borgmestre er fødte medlemmer.`, source: sKl },
          decides: true,
        },
      ],
      members,
      attendees: [{ role: 'municipal-director', of: flow({ post: 'chair', body: topId }), says: 'Kommunaldirektøren fra formandens kommune deltager i møderne.' }],
      posts: [
        { post: 'chair', side: 'municipalities', holder: { municipality: mRef(chair), person: people.mayor(chair, term).person, role: 'mayor' } },
        ...(ms.length > 1 ? [{ post: 'vice-chair', side: 'municipalities', holder: { municipality: mRef(ms[1]), person: people.mayor(ms[1], term).person, role: 'mayor' } }] : []),
        { post: 'secretariat', holder: flow({ municipality: mRef(chair) }), says: 'Formandskommunen varetager sekretariatsfunktionen.' },
      ],
      meetings: meetings(rng, date, ms, 6),
      finance: rng.chance(0.5)
        ? {
            currency: 'DKK',
            total: flow({ amount: total.reduce((a, b) => a + b, 0), per: 'year' }),
            contributions,
            key: 'Udgiften fordeles efter indbyggertal med et loft og et gulv.',
            source: sKl,
          }
        : undefined,
      source: sKl,
    });
    history.push({ date: TERMS[0][0], event: 'founded', body: topId, text: 'Samarbejdet etableres i forbindelse med kommunalreformen.', source: sKl });
  }

  const regionFrame = {};
  if (spec.kind === 'national' || spec.kind === 'kkr') {
    for (const r of regions) regionFrame[r] = kkrFrame(r);
    if (spec.kind === 'kkr') topId = regionFrame[regions[0]].kkrId;
  }

  function kkrFrame(r) {
    const rms = ms.filter((m) => m.region === r);
    const rid = slug(r);
    const party = REGION_PARTY[r][0];
    const kkrId = uniqueId(`kkr-${rid}`);
    const term = now;
    const mayors = rms.map((m) => ({ m, ...people.mayor(m, term) }));
    bodies.push(comment(`KKR ${r}`), {
      id: kkrId,
      name: `KKR ${r}`,
      kind: 'political',
      scope: 'cross-municipal',
      level: 'regional',
      area: flow(['sundhed', 'beskæftigelse', 'erhvervsfremme', 'det specialiserede socialområde']),
      parent: spec.kind === 'national' ? topId : undefined,
      municipalities: spec.kind === 'national' ? flow(rms.map(mRef)) : 'all',
      mandate: mandate(rng, sKkr[r], 2, 2),
      seats: [
        {
          id: 'borgmestre',
          role: 'mayor',
          side: 'municipalities',
          count: rms.length,
          born: { of: spec.kind === 'national' ? 'self' : 'all', says: `De ${rms.length} borgmestre er fødte medlemmer af KKR ${r}.` },
        },
        { id: 'kommunalbestyrelsesmedlemmer', role: 'council-member', side: 'municipalities', note: 'Antallet fastsættes i konstitueringsaftalen.' },
      ],
      members: mayors.map((x) => flow({ seat: 'borgmestre', municipality: mRef(x.m), person: x.person, party_letter: x.letter })),
      attendees: [{ role: 'municipal-director', of: flow({ post: 'chair', body: kkrId }), says: 'Kommunaldirektøren fra formandens kommune deltager.' }],
      posts: [
        { post: 'chair', side: 'municipalities', holder: { municipality: mRef(mayors[0].m), person: mayors[0].person, party_letter: mayors[0].letter, role: 'mayor' } },
        { post: 'vice-chair', side: 'municipalities', holder: { municipality: mRef(mayors[1].m), person: mayors[1].person, party_letter: mayors[1].letter, role: 'mayor' } },
        { post: 'secretariat', holder: flow({ party: 'kl' }) },
      ],
      meetings: meetings(rng, date, rms, 6),
      source: sKkr[r],
    });
    history.push({ date: '2007-01-01', event: 'established', body: kkrId, text: `KKR ${r} oprettes ved kommunalreformen.`, source: sKkr[r] });

    // Clusters that partition the region, each with an administrative cluster that supports it.
    const k = Math.max(2, Math.min(5, Math.round(rms.length / 5)));
    const shuffled = rng.shuffle(rms);
    const parts = Array.from({ length: k }, () => []);
    shuffled.forEach((m, i) => parts[i % k].push(m));
    for (const part of parts) part.sort((a, b) => rms.indexOf(a) - rms.indexOf(b));
    const clusterFrom = date >= '2022-07-01' ? '2022-07-01' : '2015-01-01';
    const word = clusterFrom === '2022-07-01' ? 'Sundhedsklynge' : 'Kommuneklynge';
    const clusterIds = [];
    const coChairs = [];
    const mandateName = `klynge-kommissorium-${rid}`;
    parts.forEach((part, i) => {
      const cid = uniqueId(`${slug(word)}-${rid}-${i + 1}`);
      clusterIds.push(cid);
      const co = part[0];
      coChairs.push(co);
      bodies.push({
        id: cid,
        name: `${word} ${r} ${['Nord', 'Syd', 'Øst', 'Vest', 'Midt'][i]}`,
        kind: 'political',
        scope: 'cross-sector',
        level: 'cluster',
        area: flow(['sundhed']),
        parent: kkrId,
        municipalities: flow(part.map(mRef)),
        from: clusterFrom,
        mandate: i === 0 ? anchor(mandateName, mandate(rng, sKkr[r], 2, 2)) : alias(mandateName),
        seats: [
          { id: 'borgmestre', role: 'mayor', side: 'municipalities', count: part.length, born: { of: 'self', says: 'Borgmestrene er fødte medlemmer af den klynge, de hører til.' } },
          { id: 'regionsraadsmedlemmer', role: 'politician', side: 'region', party, count: 2 },
        ],
        members: part.map((m) => flow({ seat: 'borgmestre', municipality: mRef(m), person: people.mayor(m, term).person })),
        posts: [
          { post: 'co-chair', side: 'municipalities', holder: { municipality: mRef(co), person: people.mayor(co, term).person, role: 'mayor' } },
          { post: 'co-chair', side: 'region', holder: { party, person: people.person(rng), role: 'politician' } },
        ],
        meetings: { cadence: { per_year: 4, text: 'Klyngen mødes kvartalsvis.' } },
        source: sKkr[r],
      });
    });
    parts.forEach((part, i) => {
      bodies.push({
        id: uniqueId(`adm-${clusterIds[i]}`),
        name: `Administrativ ${word.toLowerCase()} ${r} ${['Nord', 'Syd', 'Øst', 'Vest', 'Midt'][i]}`,
        kind: 'administrative',
        scope: 'cross-sector',
        level: 'cluster',
        supports: clusterIds[i],
        seats: [
          {
            id: 'direktoerer',
            role: 'health-director',
            side: 'municipalities',
            count: part.length,
            born: { of: flow({ body: clusterIds[i] }), says: 'Sundhedsdirektørerne fra klyngens kommuner er fødte medlemmer.' },
          },
        ],
        source: sKkr[r],
      });
    });
    const gid = uniqueId(`${slug(word)}er-${rid}`);
    groupings.push({
      id: gid,
      name: `${word}rne i Region ${r}`,
      bodies: flow(clusterIds),
      partitions: spec.kind === 'national' ? flow(rms.map(mRef)) : 'all',
      from: clusterFrom,
      source: sKkr[r],
    });
    constraints.push({ id: uniqueId(`klynger-${rid}`), says: `Region ${r} er delt i ${k} klynger.`, source: sKkr[r], count: flow({ bodies: { grouping: gid } }), exactly: k });

    const ssu = uniqueId(`ssu-${rid}`);
    bodies.push({
      id: ssu,
      name: `Sundhedssamarbejdsudvalget ${r}`,
      short_name: 'SSU',
      kind: 'political',
      scope: 'cross-sector',
      level: 'regional',
      area: flow(['sundhed']),
      from: '2022-07-01' <= date ? '2022-07-01' : '2007-01-01',
      seats: [
        { id: 'klyngemedformaend', role: 'mayor', side: 'municipalities', count: k, born: { of: flow({ post: 'co-chair', grouping: gid }), says: 'Klyngernes kommunale medformænd er fødte medlemmer.' } },
        { id: 'regionen', role: 'politician', side: 'region', party, count: k },
        { id: 'almen-praksis', role: 'representative', side: 'general-practice', party: 'plo', count: 1 },
      ],
      posts: [
        { post: 'chair', side: 'region', holder: { party, person: people.person(rng), role: 'politician' } },
        { post: 'vice-chair', side: 'municipalities', holder: { municipality: mRef(coChairs[0]), person: people.mayor(coChairs[0], term).person, role: 'mayor' } },
      ],
      meetings: meetings(rng, date, rms, 4),
      source: sKkr[r],
    });
    constraints.push({
      id: uniqueId(`ssu-${rid}-kommunale-pladser`),
      says: `Kommunerne har ${k} pladser i Sundhedssamarbejdsudvalget.`,
      count: flow({ seats: { body: ssu, side: 'municipalities' } }),
      exactly: k,
    });
    return { kkrId, rms };
  }

  // ------------------------------------------------------------ municipal councils and committees
  const councils = new Map();
  const council = (m) => {
    let id = councils.get(m.code);
    if (id) return id;
    id = uniqueId(`${slug(m.name)}-kommunalbestyrelse`);
    councils.set(m.code, id);
    const mayor = people.mayor(m, now);
    bodies.push(comment(`${m.name} Kommune`), {
      id,
      name: `${m.name} Kommunalbestyrelse`,
      kind: 'political',
      scope: 'municipal',
      level: 'municipal',
      municipalities: flow([mRef(m)]),
      seats: [
        { id: 'borgmester', role: 'mayor', side: 'municipalities', count: 1 },
        { id: 'medlemmer', role: 'council-member', side: 'municipalities', count: rng.pick([19, 21, 25, 27, 29, 31]) },
      ],
      posts: [{ post: 'chair', side: 'municipalities', holder: { municipality: mRef(m), person: mayor.person, party_letter: mayor.letter, role: 'mayor' } }],
      source: sKl,
    });
    return id;
  };

  /** Appointments to one seat of `count` places across the terms from `first` to now. */
  function appoint(bodyId, seatId, count, first, who, extra = {}) {
    for (let t = first; t <= now && room() > 0; t++) {
      const [from, to] = TERMS[t];
      const current = t === now;
      const holders = who(t, count);
      for (const h of holders) {
        if (room() <= 0) break;
        const a = { body: bodyId, seat: seatId, person: h.person, party_letter: h.letter, municipality: h.m ? mRef(h.m) : undefined, ...extra, from, to };
        // One in twelve leaves during the term; the successor takes the seat the next day.
        const lastDay = current ? addDays(date, -2) : addDays(to, -1);
        if (rng.chance(1 / 12) && from < lastDay && room() >= 2) {
          const leaves = dateBetween(rng, addDays(from, 30) < lastDay ? addDays(from, 30) : from, lastDay);
          appointments.push({ ...a, to: leaves, status: 'ended', note: rng.chance(0.3) ? 'Udtrådt efter eget ønske.' : undefined });
          const next = who(t, 1, holders)[0];
          const decided = addDays(leaves, -rng.int(1, 20));
          appointments.push({
            body: bodyId,
            seat: seatId,
            person: next.person,
            party_letter: next.letter,
            municipality: next.m ? mRef(next.m) : undefined,
            ...extra,
            from: addDays(leaves, 1),
            to,
            status: current ? 'in-force' : undefined,
            decided_on: decided < from ? undefined : decided,
          });
        } else {
          appointments.push(current ? { ...a, status: 'in-force' } : a);
        }
      }
    }
    // Now and then a seat stands empty and is offered on (a proposal holds no seat).
    if (room() > 0 && rng.chance(0.03)) {
      const [a, b] = rng.sample(LETTERS.map(([l]) => l), 2);
      appointments.push({ body: bodyId, seat: seatId, vacant: true, seat_belongs_to: a, offered_to: b, decided_on: addDays(date, -rng.int(1, 60)), status: 'proposed', ...extra });
    }
  }

  const municipalCommittee = (m, index) => {
    const cid = council(m);
    const [name, area, count, purpose] = COMMITTEES[index % COMMITTEES.length];
    const round = Math.floor(index / COMMITTEES.length);
    const fullName = round === 0 ? `${name}, ${m.name} Kommune` : `${name} (${round + 1}), ${m.name} Kommune`;
    const id = uniqueId(`${slug(m.name)}-${slug(name)}${round ? `-${round + 1}` : ''}`);
    const first = rng.chance(0.35) ? 0 : rng.int(1, Math.max(1, now - 1));
    const role = COMMITTEE_ROLES[name] ?? 'council-member';
    const current = people.council(m, now);
    const chair = current[1 + (index % 7)];
    const vice = current[8 + (index % 7)];
    bodies.push({
      id,
      name: fullName,
      short_name: name,
      kind: role === 'council-member' ? 'political' : 'mixed',
      scope: 'municipal',
      level: 'municipal',
      area: flow(area),
      parent: cid,
      municipalities: flow([mRef(m)]),
      from: TERMS[first][0],
      purpose,
      mandate: rng.chance(0.25) ? mandate(rng, sKl, 2, 1) : undefined,
      seats: [{ id: 'medlemmer', role, side: 'municipalities', count, decides: role === 'council-member' ? true : undefined }],
      posts: [
        { post: 'chair', side: 'municipalities', holder: flow({ municipality: mRef(m), person: chair.person, party_letter: chair.letter }) },
        { post: 'vice-chair', side: 'municipalities', holder: flow({ municipality: mRef(m), person: vice.person, party_letter: vice.letter }) },
      ],
      meetings: meetings(rng, date, [m], rng.pick([4, 6, 10, 11]), 0.2),
      source: sKl,
    });
    appoint(id, 'medlemmer', count, first, (t, n, not = []) => {
      const pool = people.council(m, t).filter((p) => !not.includes(p));
      return rng.sample(pool, n);
    });
  };

  const crossBody = (r, index) => {
    const rms = ms.filter((m) => m.region === r);
    const [name, base, areas, count, purpose] = CROSS[index % CROSS.length];
    const round = Math.floor(index / CROSS.length);
    const id = uniqueId(`${base}-${slug(r)}${round ? `-${round + 1}` : ''}`);
    const onBehalf = regionFrame[r]?.kkrId ?? topId;
    const holders = rng.sample(rms, Math.min(rms.length, count));
    bodies.push({
      id,
      name: `${name} ${r}${round ? ` (${round + 1})` : ''}`,
      kind: 'political',
      scope: 'cross-sector',
      level: 'regional',
      area: flow(areas),
      external: true,
      established_by: onBehalf,
      from: TERMS[1][0],
      purpose,
      seats: [
        { id: 'kkr-pladser', role: 'politician', side: 'municipalities', count, decides: true, note: 'Udpeges af KKR efter konstitueringsaftalen.' },
        { id: 'oevrige', role: 'representative', side: 'other', count: rng.int(2, 8) },
      ],
      posts: [{ post: 'chair', side: 'municipalities', holder: { municipality: mRef(holders[0]), person: people.mayor(holders[0], now).person, role: 'mayor' } }],
      meetings: { cadence: { per_year: rng.pick([4, 5, 6]), approximate: true } },
      source: sKkr[r] ?? sKl,
    });
    appoint(
      id,
      'kkr-pladser',
      count,
      1,
      (t, n, not = []) => {
        const out = [];
        while (out.length < n) {
          const m = rng.pick(rms);
          const p = rng.pick(people.council(m, t).slice(0, 12));
          if (!not.some((x) => x.person === p.person) && !out.some((x) => x.person === p.person)) out.push({ m, ...p });
        }
        return out;
      },
      { on_behalf_of: onBehalf, role: 'politician' },
    );
  };

  const network = (i) => {
    const [name, area, purpose] = NETWORKS[i % NETWORKS.length];
    const local = spec.kind === 'national';
    const part = local ? [ms[i % ms.length]] : rng.sample(ms, Math.max(1, Math.min(ms.length, rng.int(2, 6))));
    const where = local ? `${part[0].name} Kommune` : part.length === ms.length ? spec.name : part.map((m) => m.name).join(', ');
    const id = uniqueId(`${slug(name)}-${slug(local ? part[0].name : `${i}`)}`);
    const n = part.length === 1 ? rng.int(2, 4) : part.length;
    // `detail` (0–1) thins the optional parts, so a national file holds thousands of bodies in a few MB.
    const detail = spec.detail ?? 1;
    const listed = rng.chance(0.3 + 0.7 * detail);
    const members = Array.from({ length: n }, (_, j) => {
      const m = part[j % part.length];
      return flow({ seat: 'deltagere', municipality: mRef(m), person: people.person(rng) });
    });
    const parent = local ? councils.get(part[0].code) ?? council(part[0]) : topId;
    bodies.push({
      id,
      name: `${name} (${where})`,
      kind: 'administrative',
      scope: local ? 'municipal' : 'cross-municipal',
      level: local ? 'municipal' : 'cluster',
      area: flow(area),
      parent,
      municipalities: flow(part.map(mRef)),
      from: dateBetween(rng, '2008-01-01', minDate(date, '2020-12-31')),
      purpose: rng.chance(0.4 * detail) ? purpose : undefined,
      mandate: rng.chance(0.4 * detail) ? mandate(rng, sKl, rng.int(1, 3), rng.int(0, 2)) : undefined,
      seats: [{ id: 'deltagere', role: rng.pick(['manager', 'staff', 'director']), side: 'municipalities', count: listed ? n : undefined }],
      members: listed ? members : undefined,
      posts: [{ post: 'coordinator', side: 'municipalities', holder: flow({ municipality: mRef(part[0]) }), says: rng.chance(detail) ? 'Tovholderfunktionen går på skift.' : undefined }],
      meetings: rng.chance(0.3 + 0.7 * detail) ? meetings(rng, date, part, rng.pick([2, 4, 6]), 0.4 * detail) : undefined,
      source: sKl,
    });
  };

  // Appointments: municipal committees in national-style files; cross-municipal bodies per region
  // elsewhere (and also in national files, a few per region).
  if (spec.kind === 'national') {
    for (const r of regions) for (let i = 0; i < 3 && room() > 0; i++) crossBody(r, i);
    let index = 0;
    while (room() > 0) {
      const m = ms[index % ms.length];
      municipalCommittee(m, Math.floor(index / ms.length));
      index++;
    }
    for (const m of ms) council(m);
  } else {
    let index = 0;
    while (room() > 0) {
      crossBody(regions[index % regions.length], Math.floor(index / regions.length));
      index++;
    }
  }
  for (let i = 0; i < spec.networks; i++) network(i);

  // ------------------------------------------------------------------------- the rest of the file
  const reports = [
    {
      id: 'aarsberetning',
      title: `Årsberetning ${date.slice(0, 4)}`,
      every_years: 1,
      latest: { published: `${Number(date.slice(0, 4)) - 1}-${String(rng.int(3, 6)).padStart(2, '0')}`, number: rng.int(5, 17) },
      description: folded('Årsberetningen samler samarbejdets resultater, nøgletal og de vigtigste beslutninger fra året.'),
      source: sKl,
    },
    { id: 'noegletal', title: 'Nøgletalsrapport', every_years: 2, latest: { published: `${Number(date.slice(0, 4)) - 1}`, number: rng.int(2, 9), reference: `SAG ${rng.int(100, 999)}/${date.slice(0, 4)}` } },
  ];

  const participants = ms.map((m, i) => {
    if (i === 1 && ms.length > 4) {
      return { municipality: mRef(m), from: '2007-01-01', note: 'Deltager siden kommunalreformen.', source: sKl };
    }
    return mRef(m);
  });

  history.push(
    ...rng.sample(ms, Math.min(ms.length, 4)).map((m) => ({
      date: dateBetween(rng, '2008-01-01', date).slice(0, rng.chance(0.5) ? 7 : 10),
      event: 'decided',
      municipality: mRef(m),
      text: `Kommunalbestyrelsen i ${m.name} tiltræder samarbejdsaftalen.`,
      source: sKl,
    })),
  );
  history.sort((a, b) => (a.date < b.date ? -1 : a.date > b.date ? 1 : 0));

  const doc = {
    govcheck: 1,
    id: spec.id,
    name: spec.name,
    date,
    region: spec.region,
    description: folded(spec.description ?? `${spec.name}: deltagere, organer, pladser, poster, mandater, møder og udpegninger pr. ${date}.`),
    uncertain: rng.chance(0.3) ? 'Udpegningerne før 2010 er rekonstrueret fra referater og kan være ufuldstændige.' : undefined,
    sources,
    _1: comment('Deltagere'),
    municipalities: participants.every((p) => typeof p !== 'object') && participants.length > 8 ? flow(participants) : participants,
    parties,
    _2: comment('Organer'),
    bodies,
    groupings: groupings.length ? groupings : undefined,
    _3: comment('Udpegninger'),
    appointments,
    reports,
    history,
    constraints: constraints.length ? constraints : undefined,
  };
  return doc;
}

// ------------------------------------------------------------------------------------------ parts

function mandate(rng, sourceId, nMust, nMay) {
  const must = rng.sample(MUST, nMust).map((text, i) => (i === 0 && rng.chance(0.5) ? { id: `opgave-${i + 1}`, text } : text));
  const may = rng.sample(MAY, nMay);
  return { source: sourceId, scope: rng.chance(0.5) ? 'det tværkommunale samarbejde' : undefined, must, may: may.length ? may : undefined };
}

function meetings(rng, date, ms, perYear, eventChance = 1) {
  const cadence = { per_year: perYear, text: rng.chance(0.5) ? `Der afholdes ${perYear} møder om året.` : undefined };
  if (!rng.chance(eventChance)) return { cadence };
  const year = Number(date.slice(0, 4));
  const events = [];
  const n = rng.int(1, 2);
  for (let i = 0; i < n; i++) {
    const d = dateBetween(rng, `${year - 1}-01-15`, `${year}-12-15`);
    const host = rng.pick(ms);
    const twoDays = rng.chance(0.15);
    events.push({
      date: d,
      to: twoDays ? addDays(d, 1) : undefined,
      title: rng.pick(['Ordinært møde', 'Temamøde', 'Strategiseminar', 'Budgetmøde']),
      place: rng.chance(0.5) ? `${host.name} Rådhus` : undefined,
      host: rng.chance(0.3) ? flow({ municipality: host.name }) : undefined,
      topics: flow(rng.sample(TOPICS, rng.int(1, 3))),
    });
  }
  events.sort((a, b) => (a.date < b.date ? -1 : 1));
  return { cadence, events };
}

/** Municipalities are written the ways people write them: mostly the name, sometimes an alias or code. */
function makeReferrer(rng) {
  const memo = new Map();
  return (m) => {
    let ref = memo.get(m.code);
    if (ref !== undefined) return ref;
    const r = rng.next();
    if (r < 0.04) ref = `"${m.code.padStart(4, '0')}"`;
    else if (r < 0.08) ref = Number(m.code);
    else if (r < 0.14 && m.aliases.length) ref = m.aliases[0];
    else if (r < 0.18) ref = `${m.name} Kommune`;
    else ref = m.name;
    if (typeof ref === 'string' && ref.startsWith('"')) ref = ref.slice(1, -1);
    memo.set(m.code, ref);
    return ref;
  };
}
