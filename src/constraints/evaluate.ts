import type { DataPath } from '../diagnostic.js';
import type { Derived } from '../model/derive.js';
import type { BodyDoc, ConstraintDoc, EntitySelection, MunicipalitySelection } from '../model/types.js';
import type { Finding } from './messages.js';
import { resolveEach, type Entry, type Selections } from './select.js';
import { expectedText, isAre, joinAnd, municipalityList, municipalityName, saysText, type Words } from './words.js';
import { compareDanish } from '../compare-danish.js';

export interface EvaluateContext {
  derived: Derived;
  selections: Selections;
  words: Words;
}

/** One evaluation of one constraint: for one body of its for_each, or once without one. */
interface Run extends EvaluateContext {
  c: ConstraintDoc;
  base: DataPath;
  each: string | undefined;
  eachBody: BodyDoc | undefined;
  /** The constraint's `says`, ready to end a message. */
  says: string;
  /** " (checked for X)" in a for_each, for the findings at entries. */
  entityContext: string;
  findings: Finding[];
  /** Reports the failure at the constraint's id. */
  fail(finding: Omit<Finding, 'path'>): void;
}

/**
 * Checks one constraint that is well written, for one body of its for_each (or once, without one).
 * A failure gives one finding at the constraint and one at each entry in the file that breaks it.
 */
export function evaluateConstraint(c: ConstraintDoc, at: number, eachBody: BodyDoc | undefined, ctx: EvaluateContext): Finding[] {
  const base: DataPath = ['constraints', at];
  const findings: Finding[] = [];
  const run: Run = {
    ...ctx,
    c,
    base,
    each: eachBody?.id,
    eachBody,
    says: saysText(c),
    entityContext: eachBody ? ` (checked for ${eachBody.name})` : '',
    findings,
    fail: (finding) => findings.push({ ...finding, path: [...base, 'id'] }),
  };
  if (c.count) checkCount(run, c.count);
  else if (c.partition) checkPartition(run, c.partition);
  else if (c.subset) checkSets(run, 'subset', c.subset);
  else if (c.equal) checkSets(run, 'equal', c.equal);
  else if (c.unique && c.by) checkUnique(run, c.unique, c.by);
  return findings;
}

/** The body a count or unique is about: the for_each body, else the one its selection names with `body`. */
function aboutBody(run: Run, selection: EntitySelection): string | undefined {
  if (run.each !== undefined) return run.each;
  const filter = selection.municipalities ?? selection.seats ?? selection.members ?? selection.posts;
  return typeof filter === 'object' ? resolveEach(filter.body, run.each) : undefined;
}

const forBody = (run: Run, bodyId: string | undefined): string => (bodyId !== undefined ? ` for ${run.words.bodyName(bodyId)}` : '');

function checkCount(run: Run, selection: EntitySelection): void {
  const { c, each, selections, words } = run;
  const about = aboutBody(run, selection);
  const entries: Entry[] = selection.municipalities !== undefined ? [] : selections.entries(selection, each);
  const n = selection.municipalities !== undefined ? selections.municipalities(selection.municipalities, each).size : entries.reduce((sum, e) => sum + e.weight, 0);
  const low = c.exactly ?? c.min;
  const high = c.exactly ?? c.max;
  if ((low === undefined || n >= low) && (high === undefined || n <= high)) return;
  const found = (k: number): string => `${k} ${words.entitiesNoun(selection, k, about, each)}`;
  run.fail({ messageId: 'countFails', data: { id: c.id, context: forBody(run, about), found: found(n), expected: expectedText(c), says: run.says } });
  if (high === undefined || n <= high) return;
  // Point at the entry, in file order, that takes the count over the limit.
  let running = 0;
  for (const entry of entries) {
    running += entry.weight;
    if (running <= high) continue;
    run.findings.push({ messageId: 'countOver', data: { entity: entry.kind, id: c.id, context: run.entityContext, found: found(running), limit: high }, path: entry.path });
    return;
  }
}

function checkPartition(run: Run, partition: NonNullable<ConstraintDoc['partition']>): void {
  const { c, each, selections, words } = run;
  const of = partition.of ?? 'all';
  const ofSet = selections.municipalities(of, each);
  const bodies = words.bodiesPhrase(partition.bodies, each);
  const data = { id: c.id, context: run.entityContext, bodies };
  const first = new Map<string, BodyDoc>();
  const twice = new Set<string>();
  for (const body of selections.selectBodies(partition.bodies, each)) {
    for (const code of run.derived.bodyMunicipalities(body.id)) {
      if (!ofSet.has(code)) continue;
      const earlier = first.get(code);
      if (!earlier) {
        first.set(code, body);
        continue;
      }
      twice.add(code);
      const path = selections.locateInBody(body.id, code);
      if (path) run.findings.push({ messageId: 'inTwoParts', data: { ...data, name: municipalityName(code), first: earlier.name }, path });
    }
  }
  const missing = [...ofSet].filter((code) => !first.has(code));
  for (const code of missing) {
    const path = selections.locate(of, [...run.base, 'partition', 'of'], code, each);
    if (path) run.findings.push({ messageId: 'notInPartition', data: { ...data, name: municipalityName(code) }, path });
  }
  const detail: string[] = [];
  if (missing.length > 0) detail.push(`${municipalityList(missing)} ${isAre(missing.length)} in none of ${bodies}`);
  if (twice.size > 0) detail.push(`${municipalityList(twice)} ${isAre(twice.size)} in more than one of ${missing.length > 0 ? 'them' : bodies}`);
  if (detail.length > 0) run.fail({ messageId: 'partitionFails', data: { id: c.id, context: forBody(run, run.each), detail: detail.join('; '), says: run.says } });
}

function checkSets(run: Run, key: 'subset' | 'equal', [a, b]: [MunicipalitySelection, MunicipalitySelection]): void {
  const { c, each, selections, words } = run;
  const phrase = (s: MunicipalitySelection): string => words.municipalitiesPhrase(s, each);
  const setA = selections.municipalities(a, each);
  const setB = selections.municipalities(b, each);
  // The municipalities of one set missing from the other, each reported where the first set has it.
  const outside = (from: MunicipalitySelection, fromSet: ReadonlySet<string>, toSet: ReadonlySet<string>, i: number, to: MunicipalitySelection): string[] => {
    const codes = [...fromSet].filter((code) => !toSet.has(code));
    for (const code of codes) {
      const path = selections.locate(from, [...run.base, key, i], code, each);
      const data = { name: municipalityName(code), a: phrase(from), b: phrase(to), id: c.id, context: run.entityContext };
      if (path) run.findings.push({ messageId: key === 'subset' ? 'notInSuperset' : 'notInOther', data, path });
    }
    return codes;
  };
  const context = forBody(run, each);
  const aNotB = outside(a, setA, setB, 0, b);
  if (key === 'subset') {
    if (aNotB.length > 0) {
      run.fail({ messageId: 'subsetFails', data: { id: c.id, context, names: municipalityList(aNotB), verb: isAre(aNotB.length), a: phrase(a), b: phrase(b), says: run.says } });
    }
    return;
  }
  const bNotA = outside(b, setB, setA, 1, a);
  const detail: string[] = [];
  if (aNotB.length > 0) detail.push(`${municipalityList(aNotB)} ${isAre(aNotB.length)} ${phrase(a)} but not ${phrase(b)}`);
  if (bNotA.length > 0) detail.push(`${municipalityList(bNotA)} ${isAre(bNotA.length)} ${phrase(b)} but not ${phrase(a)}`);
  if (detail.length > 0) run.fail({ messageId: 'equalFails', data: { id: c.id, context, detail: detail.join('; '), says: run.says } });
}

function checkUnique(run: Run, selection: EntitySelection, by: NonNullable<ConstraintDoc['by']>): void {
  const { c, each, selections, words } = run;
  const about = aboutBody(run, selection);
  const what = `the selected ${words.entitiesNoun(selection, 2, about, each)}`;
  const seen = new Map<string, Entry>();
  const repeated = new Map<string, string>();
  for (const entry of selections.entries(selection, each)) {
    const value = entry.keys[by];
    if (!value) continue;
    const earlier = seen.get(value.value);
    if (!earlier) {
      seen.set(value.value, entry);
      continue;
    }
    repeated.set(value.value, earlier.keys[by]!.label);
    run.findings.push({ messageId: 'duplicate', data: { value: value.label, what, first: earlier.body.name, id: c.id, context: run.entityContext, by }, path: value.path });
  }
  if (repeated.size === 0) return;
  const labels = [...repeated.values()].sort(compareDanish);
  run.fail({ messageId: 'uniqueFails', data: { id: c.id, context: forBody(run, about), values: joinAnd(labels), verb: labels.length === 1 ? 'appears' : 'appear', what, says: run.says } });
}
