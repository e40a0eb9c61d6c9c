import { describe, expect, it } from 'vitest';
import { changeDetails } from '../../src/diff/wording.js';
import { diffTexts, kinds, sentences } from './helpers.js';

const PARTICIPANTS = 'municipalities: [Odense, Kolding, Vejle, Aarhus]\n';

/** A body "klynge" with the given extra lines, among the four participants. */
function body(lines: string): string {
  return `${PARTICIPANTS}bodies:
  - id: klynge
    name: Sundhedsklynge Lillebælt
    municipalities: [Odense, Kolding, Vejle]
${lines}`;
}

describe('posts', () => {
  it('reports a co-chair changing hands', () => {
    const step = diffTexts(body('    posts:\n      - { post: co-chair, holder: { municipality: Kolding } }\n'), body('    posts:\n      - { post: co-chair, holder: { municipality: Odense } }\n'));
    expect(kinds(step)).toEqual(['post.holder-changed /bodies/klynge/posts/co-chair/holder']);
    expect(step.changes[0]).toMatchObject({
      subject: { post: 'co-chair' },
      old: [{ municipality: { code: '621', name: 'Kolding' } }],
      new: [{ municipality: { code: '461', name: 'Odense' } }],
    });
    expect(sentences(step)).toEqual(['new:14 Odense replaced Kolding as co-chair.']);
    expect(sentences(step, 'da')).toEqual(['new:14 Odense afløste Kolding som medformand.']);
  });

  it('reports a holder arriving, leaving, and a post held by several', () => {
    const none = '    posts:\n      - { post: chair }\n      - { post: secretariat, holder: { municipality: Odense } }\n';
    const some = '    posts:\n      - { post: chair, holder: { municipality: Vejle } }\n      - { post: secretariat, holder: { municipality: Odense } }\n      - { post: secretariat, holder: { municipality: Aarhus } }\n';
    expect(sentences(diffTexts(body(none), body(some)))).toEqual(['new:14 Vejle became chair.', 'new:15 The secretariat is now Odense and Aarhus (was Odense).']);
    expect(sentences(diffTexts(body(some), body(none)))).toEqual(['new:14 Vejle is no longer chair; no holder is recorded.', 'new:15 The secretariat is now Odense (was Odense and Aarhus).']);
  });

  it('names people who hold posts, and reports posts created and abolished', () => {
    const step = diffTexts(
      body('    posts:\n      - { post: chair, holder: { municipality: Odense, person: Peter Rahbæk Juel, party_letter: A } }\n      - { post: host, holder: { municipality: Vejle } }\n'),
      body('    posts:\n      - { post: chair, holder: { municipality: Odense, person: Anna Hansen } }\n      - { post: vice-chair, holder: { municipality: Kolding } }\n'),
    );
    expect(sentences(step)).toEqual([
      'new:14 Anna Hansen (Odense) replaced Peter Rahbæk Juel (A, Odense) as chair.',
      'new:15 Post added: vice chair, held by Kolding.',
      'old:15 Post removed: host (was held by Vejle).',
    ]);
  });
  it('reports holders a rule derives from other facts when those facts change, the post itself written alike', () => {
    const text = (chairs: string) => `${body('    posts:\n      - { post: chair, derived: { role: mayor, of: { body: formandskab } } }\n')}  - id: formandskab\n    name: Formandskab\n    municipalities: [${chairs}]\n`;
    const step = diffTexts(text('Odense'), text('Kolding'));
    expect(kinds(step)).toContain('post.holder-changed /bodies/klynge/posts/chair/holder');
    expect(step.changes.find((c) => c.kind === 'post.holder-changed')).toMatchObject({ old: [{ municipality: { name: 'Odense' }, derived: true }], new: [{ municipality: { name: 'Kolding' }, derived: true }] });
    // Written alike with the same holders: nothing to report about the post.
    expect(kinds(diffTexts(text('Odense'), text('Odense')))).toEqual([]);
    // A holder on record and a rule that changed: the rule is reported.
    const ruled = (of: string) => body(`    posts:\n      - { post: chair, holder: { municipality: Odense }, derived: { role: mayor, of: ${of} } }\n`);
    expect(kinds(diffTexts(ruled('self'), ruled('all')))).toEqual(['post.changed /bodies/klynge/posts/chair/rule']);
  });
});

describe('mandates', () => {
  const mandate = (must: string[], may: string[]): string =>
    `    mandate:\n      must:\n${must.map((t) => `        - ${t}\n`).join('')}${may.length > 0 ? `      may:\n${may.map((t) => `        - ${t}\n`).join('')}` : ''}`;

  it('reports a task moved from may to must', () => {
    const step = diffTexts(body(mandate(['Koordinere udpegninger'], ['Følge op på medfinansieringen'])), body(mandate(['Koordinere udpegninger', 'Følge op på medfinansieringen'], [])));
    expect(kinds(step)).toEqual(['task.moved /bodies/klynge/mandate/tasks/Følge op på medfinansieringen']);
    expect(step.changes[0]).toMatchObject({ old: { list: 'may', text: 'Følge op på medfinansieringen' }, new: { list: 'must', text: 'Følge op på medfinansieringen' } });
    expect(sentences(step)).toEqual(['new:16 Task moved from may to must: “Følge op på medfinansieringen”.']);
    expect(sentences(step, 'da')).toEqual(['new:16 Opgave flyttet fra kan til skal: »Følge op på medfinansieringen«.']);
  });

  it('reports a reworded task once, with the old and the new wording', () => {
    const step = diffTexts(
      body(mandate(['Forberede og koordinere kommuneklyngens deltagelse i møderne i Samordningsudvalget'], [])),
      body(mandate(['Forberede og koordinere klyngens deltagelse i møderne i Sundhedssamarbejdsudvalget'], [])),
    );
    expect(kinds(step)).toEqual(['task.reworded /bodies/klynge/mandate/tasks/Forberede og koordinere klyngens deltagelse i møderne i Sundhedssamarbejdsudvalget']);
    expect(sentences(step)).toEqual(['new:15 Task in must reworded: “Forberede og koordinere klyngens deltagelse i møderne i Sun…”.']);
    expect(changeDetails(step.changes[0]!, 'en')).toEqual({
      old: 'Forberede og koordinere kommuneklyngens deltagelse i møderne i Samordningsudvalget',
      new: 'Forberede og koordinere klyngens deltagelse i møderne i Sundhedssamarbejdsudvalget',
    });
  });

  it('reports unlike tasks as removed and added; a task keeps its id through any rewording', () => {
    const step = diffTexts(body(mandate(['Koordinere udpegninger', '{ id: kom, text: Sikre kommunikation }'], [])), body(mandate(['Udarbejde fælles ansøgninger til puljer', '{ id: kom, text: Informere borgerne }'], [])));
    expect(sentences(step)).toEqual([
      'new:15 Task added to must: “Udarbejde fælles ansøgninger til puljer”.',
      'new:16 Task in must reworded: “Informere borgerne”.',
      'old:15 Task removed from must: “Koordinere udpegninger”.',
    ]);
    expect(kinds(step)[1]).toBe('task.reworded /bodies/klynge/mandate/tasks/kom');
  });

  it('reports a whole mandate that appears or goes as one change', () => {
    const step = diffTexts(body(''), body(`${mandate(['A', 'B'], ['C'])}`));
    expect(sentences(step)).toEqual(['new:14 Mandate added: 2 must tasks and 1 may task.']);
    expect(step.changes[0]!.new).toEqual({ must: ['A', 'B'], may: ['C'] });
    expect(sentences(diffTexts(body(`${mandate(['A'], [])}`), body('')), 'da')).toEqual(['old:14 Kommissoriet er fjernet (det havde 1 skal-opgave og 0 kan-opgaver).']);
  });
});

describe('seats and born members', () => {
  const seat = (props: string): string => `    seats:\n      - { id: borgmestre, role: mayor, side: municipalities${props} }\n`;

  it('reports counts by side and role', () => {
    const step = diffTexts(body(seat(', count: 3, born: { of: self }')), body(`${seat(', count: 4, born: { of: self }')}      - { id: region, side: region, count: 2 }\n`).replace('[Odense, Kolding, Vejle]', '[Odense, Kolding, Vejle, Aarhus]'));
    expect(sentences(step)).toEqual([
      'new:12 Aarhus is now in Sundhedsklynge Lillebælt.',
      'new:14 Seat borgmestre (mayor, the municipalities): count changed from 3 to 4.',
      'new:15 Seat region added (the region, 2 seats).',
    ]);
    expect(sentences(step, 'da')[1]).toBe('new:14 Pladsen borgmestre (borgmester, kommunerne): antal ændret fra 3 til 4.');
  });

  it('reports born-member rules added, removed, changed and reworded', () => {
    const rule = (of: string, says = 'Borgmestrene er fødte medlemmer.'): string => seat(`, count: 3, born: { of: ${of}, says: "${says}" }`);
    expect(sentences(diffTexts(body(seat(', count: 3')), body(rule('self'))))).toEqual(["new:14 Seat borgmestre: born members are now the body's own municipalities."]);
    expect(sentences(diffTexts(body(rule('self')), body(seat(', count: 3'))))).toEqual(["new:14 Seat borgmestre: no longer has born members (was the body's own municipalities)."]);
    const changed = diffTexts(body(rule('self')), body(rule('{ municipalities: [Odense, Kolding, Vejle] }')));
    expect(sentences(changed)).toEqual(["new:14 Seat borgmestre: born members changed from the body's own municipalities to Odense, Kolding and Vejle."]);
    expect(changed.changes[0]!.field).toBe('of');
    const reworded = diffTexts(body(rule('self')), body(rule('self', 'En borgmester fra hver kommune i klyngen deltager.')));
    expect(sentences(reworded, 'da')).toEqual(['new:14 Pladsen borgmestre: reglen om fødte medlemmer er omformuleret.']);
    expect(changeDetails(reworded.changes[0]!, 'da')).toEqual({ old: 'Borgmestrene er fødte medlemmer.', new: 'En borgmester fra hver kommune i klyngen deltager.' });
  });

  it('reports attendees', () => {
    const step = diffTexts(
      body('    attendees:\n      - { role: health-director, of: self }\n'),
      body('    attendees:\n      - { role: health-director, of: self, optional: true }\n      - { role: municipal-director, of: { post: chair, body: klynge } }\n    posts:\n      - { post: chair, holder: { municipality: Odense } }\n'),
    );
    expect(sentences(step)).toEqual([
      "new:14 Attendee health director from the body's own municipalities: may now choose to attend.",
      'new:15 Attendee added: municipal director from the chair of Sundhedsklynge Lillebælt.',
      'new:17 Post added: chair, held by Odense.',
    ]);
  });
});

describe('meetings', () => {
  it('reports the cadence by its facts; rewording the text alone is no change', () => {
    const cadence = (perYear: number, text: string): string => `    meetings:\n      cadence: { per_year: ${perYear}, text: "${text}" }\n`;
    expect(sentences(diffTexts(body(cadence(3, 'tre gange')), body(cadence(4, 'kvartalsvis'))))).toEqual(['new:14 Meeting cadence changed from 3 meetings a year to 4 meetings a year.']);
    expect(diffTexts(body(cadence(3, 'tre gange')), body(cadence(3, 'ca. tre gange årligt'))).changes).toEqual([]);
    expect(sentences(diffTexts(body(''), body(cadence(4, 'kvartalsvis'))), 'da')).toEqual(['new:14 Mødekadence fastsat: 4 møder om året.']);
  });

  it('compares texts when neither side has a count or an alignment', () => {
    const text = (t: string): string => `    meetings:\n      cadence: { text: "${t}" }\n`;
    expect(sentences(diffTexts(body(text('efter behov')), body(text('månedligt'))))).toEqual(['new:14 Meeting cadence changed from “efter behov” to “månedligt”.']);
  });
});

describe('bodies', () => {
  const two = (klynge: string, parent = ''): string => `${PARTICIPANTS}bodies:
  - id: forum
    name: Sundhedsdirektørforum
  - id: udvalg
    name: Sundhedssamarbejdsudvalget
  - id: ${klynge}
    name: Sundhedsklynge Lillebælt
    municipalities: [Odense, Kolding]
${parent}`;

  it('reports a body moved to another parent', () => {
    expect(sentences(diffTexts(two('klynge', '    parent: forum\n'), two('klynge', '    parent: udvalg\n')))).toEqual(['new:17 Moved from under Sundhedsdirektørforum to under Sundhedssamarbejdsudvalget.']);
    expect(sentences(diffTexts(two('klynge', '    parent: forum\n'), two('klynge')), 'da')).toEqual(['new:14 Flyttet op øverst (lå før under Sundhedsdirektørforum).']);
  });

  it('is no move when the parent was only renamed', () => {
    const before = `${PARTICIPANTS}bodies:\n  - { id: ssu, name: Samordningsudvalget }\n  - { id: k, name: Klynge, parent: ssu }\n`;
    const after = `${PARTICIPANTS}bodies:\n  - { id: ssu-2022, name: Sundhedssamarbejdsudvalget, renamed_from: ssu }\n  - { id: k, name: Klynge, parent: ssu-2022 }\n`;
    expect(kinds(diffTexts(before, after))).toEqual(['body.renamed /bodies/ssu-2022']);
  });

  it('finds a rename by the earlier name in renamed_from, and by the same members and a similar name', () => {
    const named = diffTexts(two('kommuneklynge'), two('sundhedsklynge').replace('name: Sundhedsklynge Lillebælt', 'name: Sundhedsklynge Trekanten\n    renamed_from: Sundhedsklynge Lillebælt'));
    expect(kinds(named)).toEqual(['body.renamed /bodies/sundhedsklynge']);
    const similar = diffTexts(two('kommuneklynge').replace('Sundhedsklynge Lillebælt', 'Kommuneklynge Lillebælt'), two('sundhedsklynge'));
    expect(sentences(similar)).toEqual(['new:15 Kommuneklynge Lillebælt was renamed Sundhedsklynge Lillebælt. Its id changed from kommuneklynge to sundhedsklynge.']);
  });

  it('does not guess a rename when the members differ or the names are not alike', () => {
    const members = diffTexts(two('kommuneklynge'), two('sundhedsklynge').replace('[Odense, Kolding]', '[Odense, Vejle]'));
    expect(kinds(members)).toEqual(['body.added /bodies/sundhedsklynge', 'body.removed /bodies/kommuneklynge']);
    const names = diffTexts(two('a'), two('b').replace('Sundhedsklynge Lillebælt', 'Tandplejen'));
    expect(kinds(names)).toEqual(['body.added /bodies/b', 'body.removed /bodies/a']);
  });

  it('reports facts of a body by field, with ids of renamed bodies followed', () => {
    const step = diffTexts(
      two('klynge', '    kind: administrative\n    area: [sundhed, ældre]\n    supports: forum\n    external: true\n'),
      two('klynge', '    kind: political\n    area: [ældre, sundhed]\n    supports: udvalg\n    from: "2022-07-01"\n'),
    );
    expect(sentences(step)).toEqual([
      'new:17 Kind changed from administrative to political.',
      'new:14 No longer marked as outside this structure.',
      'new:20 Start date set to 1 July 2022.',
      'new:19 Supports changed from Sundhedsdirektørforum to Sundhedssamarbejdsudvalget.',
    ]);
  });
});

describe('participants', () => {
  it('reports a municipality leaving, with the date its entry or a history event gives', () => {
    const before = 'municipalities: [Odense, Kolding, Vejle]\n';
    expect(sentences(diffTexts(before, 'municipalities: [Odense, Kolding, { municipality: Vejle, to: "2020-12-31" }]\n'))).toEqual(['new:8 Vejle left the collaboration on 31 December 2020.']);
    expect(sentences(diffTexts(before, 'municipalities: [Odense, Kolding]\nhistory:\n  - { date: "2021", event: left, municipality: Vejle }\n'), 'da')).toEqual([
      'old:8 Vejle trådte ud af samarbejdet i 2021.',
      'new:10 Historisk begivenhed tilføjet: 2021, udtrådt (Vejle).',
    ]);
  });

  it('reports a changed start date of a municipality that takes part on both sides', () => {
    const step = diffTexts('municipalities: [{ municipality: Odense, from: "2002-01-01" }]\n', 'municipalities: [{ municipality: Odense, from: "2002-08-27" }]\n');
    expect(sentences(step)).toEqual(['new:8 Odense: start date changed from 1 January 2002 to 27 August 2002.']);
  });
});

describe('groupings', () => {
  const clusters = (nord: string, midt: string): string => `municipalities: [Gentofte, Gladsaxe, Helsingør, Hillerød]
bodies:
  - { id: nord, name: Kommuneklynge Nord, level: cluster, municipalities: [${nord}] }
  - { id: midt, name: Kommuneklynge Midt, level: cluster, municipalities: [${midt}] }
groupings:
  - { id: klynger, name: Kommuneklyngerne, bodies: [nord, midt], partitions: all }
`;

  it('reports a municipality moving from one cluster to another', () => {
    const step = diffTexts(clusters('Helsingør, Hillerød', 'Gentofte, Gladsaxe'), clusters('Helsingør, Hillerød, Gentofte', 'Gladsaxe'));
    expect(kinds(step)).toEqual([
      'body.municipality-added /bodies/nord/municipalities/157',
      'body.municipality-removed /bodies/midt/municipalities/157',
      'grouping.municipality-moved /groupings/klynger/municipalities/157',
    ]);
    expect(sentences(step).at(-1)).toBe('new:10 Gentofte moved from Kommuneklynge Midt to Kommuneklynge Nord.');
    expect(sentences(step, 'da').at(-1)).toBe('new:10 Gentofte flyttede fra Kommuneklynge Midt til Kommuneklynge Nord.');
  });
});

describe('appointments', () => {
  const base = `${PARTICIPANTS}bodies:
  - id: ssu
    name: Sundhedssamarbejdsudvalget
    seats:
      - { id: kkr-plads, side: municipalities }
`;

  it('reports appointments starting and ending', () => {
    const before = `${base}appointments:\n  - { id: a1, body: ssu, seat: kkr-plads, person: Susanne Damsgaard, party_letter: L, status: in-force }\n`;
    const after = `${base}appointments:
  - { id: a1, body: ssu, seat: kkr-plads, person: Susanne Damsgaard, party_letter: L, to: "2023-04-21", status: ended }
  - { id: a2, body: ssu, seat: kkr-plads, person: Karsten Längerich, party_letter: V, municipality: Vejle, from: "2023-04-21", status: proposed }
`;
    const step = diffTexts(before, after);
    expect(kinds(step)).toEqual(['appointment.ended /appointments/a1', 'appointment.started /appointments/a2']);
    expect(sentences(step)).toEqual([
      'new:15 Susanne Damsgaard (L) left seat kkr-plads on 21 April 2023.',
      'new:16 Karsten Längerich (V, Vejle) was appointed to seat kkr-plads on 21 April 2023 (proposed).',
    ]);
    expect(step.changes.map((c) => c.section)).toEqual(['/bodies/ssu', '/bodies/ssu']);
  });

  it('reports vacancies as records, and changes to an appointment by field', () => {
    const before = `${base}appointments:\n  - { id: a2, body: ssu, seat: kkr-plads, person: Karsten Längerich, status: proposed }\n`;
    const after = `${base}appointments:\n  - { id: a2, body: ssu, seat: kkr-plads, person: Karsten Längerich, status: in-force }\n  - { body: ssu, seat: kkr-plads, vacant: true, seat_belongs_to: O, offered_to: Ø }\n`;
    expect(sentences(diffTexts(before, after))).toEqual([
      'new:15 Appointment of Karsten Längerich: status changed from proposed to in force.',
      'new:16 Appointment record added: vacant seat kkr-plads, the seat belongs to O, offered to Ø.',
    ]);
  });
});

describe('records without ids', () => {
  it('pairs appointments and history events that share a key by their content, not their order', () => {
    const appointments = (a: string, b: string): string => `${PARTICIPANTS}bodies:
  - id: ssu
    name: Sundhedssamarbejdsudvalget
    seats:
      - { id: plads, side: municipalities }
appointments:
  - ${a}
  - ${b}
history:
  - { date: "2022-07-01", event: other, text: ${a.includes('2018') ? 'Første' : 'Anden'} }
  - { date: "2022-07-01", event: other, text: ${a.includes('2018') ? 'Anden' : 'Første'} }
`;
    const first = '{ body: ssu, seat: plads, person: Jane Doe, from: "2018-01-01", to: "2021-12-31", status: ended }';
    const second = '{ body: ssu, seat: plads, person: Jane Doe, from: "2022-01-01", status: in-force }';
    expect(diffTexts(appointments(first, second), appointments(second, first)).changes).toEqual([]);
    // With the same dates, the rest of the record tells them apart.
    const chair = '{ body: ssu, seat: plads, person: Jane Doe, from: "2022-01-01", role: mayor }';
    const member = '{ body: ssu, seat: plads, person: Jane Doe, from: "2022-01-01", role: alderman }';
    const twoSeats = (text: string): string => text.replace('{ id: plads, side: municipalities }', '{ id: plads, side: municipalities, count: 2 }');
    expect(diffTexts(twoSeats(appointments(chair, member)), twoSeats(appointments(member, chair))).changes).toEqual([]);
  });
});

describe('sources and records', () => {
  it('reports sources added, removed and changed by field', () => {
    const step = diffTexts('  - { id: notat, title: Notat om 6-by, date: "2007-11-02" }\n', '  - { id: notat, title: Notat om 6-by samarbejdet, date: "2007-11-02" }\n  - { id: readme, title: Referencedata }\n');
    expect(sentences(step)).toEqual([
      'new:8 Source notat: title changed from Notat om 6-by to Notat om 6-by samarbejdet.',
      'new:9 Source added: Referencedata (readme).',
    ]);
    expect(sentences(diffTexts('  - { id: readme, title: Referencedata }\n', ''), 'da')).toEqual(['old:8 Kilde fjernet: Referencedata (readme).']);
  });

  it('reports parties by id', () => {
    const a = `parties:\n  - { id: region, name: Region Syddanmark, kind: region }\n`;
    const b = `parties:\n  - { id: region, name: Region Hovedstaden, kind: region }\n  - { id: plo, name: PLO, kind: general-practice }\n`;
    expect(sentences(diffTexts(a, b))).toEqual(['new:9 Party region: name changed from Region Syddanmark to Region Hovedstaden.', 'new:10 Party added: PLO (general-practice).']);
  });

  it('reports constraints whose rule changed, but not their quoted wording', () => {
    const c = (max: number, says: string): string => `municipalities: [Odense]\nbodies:\n  - { id: b, name: B }\nconstraints:\n  - { id: hoejst-fem, says: "${says}", count: { bodies: {} }, max: ${max} }\n`;
    expect(diffTexts(c(5, 'Højst fem organer.'), c(5, 'Der må højst være fem organer.')).changes).toEqual([]);
    expect(sentences(diffTexts(c(5, 'Højst fem organer.'), c(6, 'Højst seks organer.')))).toEqual(['new:12 Constraint changed: hoejst-fem.']);
  });
});
