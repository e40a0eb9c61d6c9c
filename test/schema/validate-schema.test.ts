import { describe, expect, it } from 'vitest';
import { findings, MINIMAL } from '../helpers.js';

describe('schema diagnostics', () => {
  it('accepts the minimal structure', () => {
    expect(findings(MINIMAL)).toEqual([]);
  });

  it('reports an unknown key at the key, with the closest allowed key', () => {
    expect(findings(`${MINIMAL}bodies:\n  - id: kkr\n    nmae: KKR\n`)).toEqual(['10:5 schema Unknown key "nmae". Did you mean "name"?']);
  });

  it('lists the allowed keys when nothing is close', () => {
    const [finding] = findings(`${MINIMAL}bodies:\n  - id: kkr\n    name: KKR\n    xyzzy: 1\n`);
    expect(finding).toMatch(/^11:5 schema Unknown key "xyzzy". Allowed keys here: id, name, short_name, /);
  });

  it('reports a missing key at its parent entry', () => {
    expect(findings(`${MINIMAL}bodies:\n  - id: kkr\n    kind: political\n`)).toEqual(['9:5 schema This body has no "name"; add it.']);
    expect(findings(MINIMAL.replace('name: Test\n', ''))).toEqual(['1:1 schema The file has no "name"; add it.']);
  });

  it('reports a misspelt required key once, as the typo', () => {
    expect(findings(`${MINIMAL}municipalities:\n  - municipalty: Odense\n`)).toEqual([
      '9:5 schema Unknown key "municipalty". Did you mean "municipality"?',
    ]);
  });

  it('reports a wrong type at the value', () => {
    expect(findings(`${MINIMAL}bodies:\n  - id: kkr\n    name: KKR\n    seats:\n      - id: borgmestre\n        count: fem\n`)).toEqual([
      '13:16 schema "count" must be a whole number, but it is the text "fem".',
    ]);
  });

  it('reports an enum value at the value, listing the allowed values and a suggestion', () => {
    expect(findings(`${MINIMAL}bodies:\n  - id: kkr\n    name: KKR\n    kind: politcal\n`)).toEqual([
      '11:11 schema "kind" must be one of: political, administrative, mixed; "politcal" is not. Did you mean "political"?',
    ]);
  });

  it('reports an impossible date', () => {
    expect(findings(MINIMAL.replace('"2023-04-21"', '"2023-02-30"'))).toEqual([
      '4:7 schema "date" must be a real date written YYYY-MM-DD, like 2023-04-21; "2023-02-30" is not.',
    ]);
  });

  it('reports the format version', () => {
    expect(findings(MINIMAL.replace('govcheck: 1', 'govcheck: 2'))).toEqual(['1:11 schema "govcheck" must be 1, but it is 2.']);
  });

  it('reports an id that is not lower-case letters, digits and hyphens', () => {
    expect(findings(`${MINIMAL}bodies:\n  - id: KKR Syd\n    name: KKR\n`)).toEqual([
      '9:9 schema "id" must be an id of lower-case letters, digits and hyphens, like kkr-syddanmark; "KKR Syd" is not.',
    ]);
  });

  it('reduces anyOf noise to the branch that fits the data (an object selector with a typo)', () => {
    const text = `${MINIMAL}bodies:\n  - id: kkr\n    name: KKR\n    seats:\n      - id: borgmestre\n        born: { of: { bodyy: x } }\n`;
    expect(findings(text)).toEqual(['13:23 schema Unknown key "bodyy". Did you mean "body"?']);
  });

  it('reduces anyOf noise to the branch that fits the data (a text selector with a typo)', () => {
    const text = `${MINIMAL}bodies:\n  - id: kkr\n    name: KKR\n    seats:\n      - id: borgmestre\n        born: { of: alll }\n`;
    expect(findings(text)).toEqual(['13:21 schema "of" must be one of: all, self; "alll" is not. Did you mean "all"?']);
  });

  it('gives one type error when no alternative fits', () => {
    expect(findings(`${MINIMAL}municipalities:\n  - true\n`)).toEqual([
      '9:5 schema Each entry of "municipalities" must be text, a whole number or a map of keys and values, but it is true.',
    ]);
  });

  it('reports the unknown key __proto__ instead of letting it through', () => {
    expect(findings(`${MINIMAL}__proto__: { x: 1 }\n`)).toEqual([
      '8:1 schema Unknown key "__proto__". Allowed keys here: govcheck, id, name, date, region, description, uncertain, sources, municipalities, parties, bodies, groupings, appointments, reports, history, constraints, exceptions.',
    ]);
  });
});
