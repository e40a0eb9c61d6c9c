import { describe, expect, it } from 'vitest';
import { validateSource } from '../../src/validate.js';
import { HEADER } from '../rules/rule-tester.js';

const check = (code: string, today = '2024-01-01') => {
  const report = validateSource(HEADER + code, 'case.yaml', { today });
  return {
    found: report.diagnostics.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.message}`),
    suppressed: report.suppressed.map((d) => `${d.line}:${d.column} ${d.ruleId} ${d.suppressions.map((s) => `${s.kind}: ${s.reason}`).join('; ')}`),
  };
};

describe('disable comments', () => {
  it('silence one rule on the next line, with the reason kept', () => {
    const result = check('municipalities:\n  # govcheck-disable-next-line no-unknown-municipality -- Christiansø is administered by the state\n  - 411\n');
    expect(result.found).toEqual([]);
    expect(result.suppressed).toEqual(['10:5 no-unknown-municipality comment: Christiansø is administered by the state']);
  });

  it('do not apply without a reason, and say so', () => {
    const result = check('municipalities:\n  # govcheck-disable-next-line no-unknown-municipality\n  - 411\n');
    expect(result.found).toEqual([
      '9:3 suppression Say why no-unknown-municipality is silenced here: add `-- <reason>` to the comment. Without a reason it does not apply.',
      '10:5 no-unknown-municipality "411" is not a Danish municipality name, alias or code. Run `govcheck registry 411` to look it up.',
    ]);
  });

  it('warn when they silence nothing', () => {
    expect(check('municipalities:\n  # govcheck-disable-next-line no-unknown-municipality -- old\n  - Odense\n').found).toEqual([
      '9:3 suppression Nothing from no-unknown-municipality is reported on line 10, so this suppression is not needed; remove it.',
    ]);
  });

  it('warn about a rule id that does not exist, with a suggestion', () => {
    expect(check('# govcheck-disable-next-line no-unknown-municipalty -- typo\nmunicipalities: [Odense]\n').found).toEqual([
      '8:1 suppression There is no rule "no-unknown-municipalty" to silence. Did you mean "no-unknown-municipality"?',
    ]);
  });
});

describe('exceptions in a structure file', () => {
  const file = (expires: string) =>
    `municipalities: [Odense, 411]\nexceptions:\n  - rule: no-unknown-municipality\n    municipality: "411"\n    reason: Christiansø is listed for completeness\n    expires: "${expires}"\n`;

  it('accept a finding until they expire', () => {
    const result = check(file('2025-12-31'));
    expect(result.found).toEqual([]);
    expect(result.suppressed).toEqual(['8:26 no-unknown-municipality exception: Christiansø is listed for completeness']);
  });

  it('stop applying and warn once expired', () => {
    expect(check(file('2023-12-31')).found).toEqual([
      '8:26 no-unknown-municipality "411" is not a Danish municipality name, alias or code. Run `govcheck registry 411` to look it up.',
      '10:11 suppression This exception for no-unknown-municipality expired on 2023-12-31 and no longer applies; fix the finding or renew the exception with a new reason.',
    ]);
  });

  it('warn when they match nothing', () => {
    expect(check('municipalities: [Odense]\nexceptions:\n  - { rule: no-unknown-municipality, reason: none }\n').found).toEqual([
      '10:13 suppression This exception for no-unknown-municipality matches no finding; remove it.',
    ]);
  });

  it('can be limited to one body', () => {
    const code =
      'bodies:\n  - id: a\n    name: A\n    municipalities: [Xyzzy]\n  - id: b\n    name: B\n    municipalities: [Xyzzy]\nexceptions:\n  - { rule: no-unknown-municipality, body: a, reason: test }\n';
    const result = check(code);
    expect(result.suppressed).toEqual(['11:22 no-unknown-municipality exception: test']);
    expect(result.found).toHaveLength(1);
    expect(result.found[0]).toMatch(/^14:22 no-unknown-municipality/);
  });
});

describe('exceptions for a constraint', () => {
  it('can name the constraint by its id', () => {
    const code =
      'bodies:\n  - id: ssu\n    name: SSU\n    seats: [{ id: a, side: municipalities, count: 6 }]\nconstraints:\n  - id: fem-pladser\n    count: { seats: { body: ssu, side: municipalities } }\n    exactly: 5\nexceptions:\n  - { rule: fem-pladser, reason: the sixth seat is temporary }\n';
    const result = check(code);
    expect(result.found).toEqual([]);
    expect(result.suppressed).toEqual([
      '11:51 constraint exception: the sixth seat is temporary',
      '13:9 constraint exception: the sixth seat is temporary',
    ]);
  });
});
