import { describe, expect, it } from 'vitest';
import { EXAMPLE_HEADER, type Rule } from '../../src/engine/rule.js';
import { validateSource } from '../../src/validate.js';

/** The header every case is appended to: 7 lines, so a case's first line is line 8. */
export const HEADER = EXAMPLE_HEADER;

export interface ValidCase {
  name: string;
  code: string;
  asOf?: string;
  options?: Record<string, unknown>;
}

export interface ExpectedError {
  messageId: string;
  line: number;
  column: number;
  /** The whole sentence, when the case is about the wording. */
  message?: string;
}

export interface InvalidCase extends ValidCase {
  errors: ExpectedError[];
}

function run(rule: Rule, c: ValidCase) {
  const report = validateSource(HEADER + c.code, 'case.yaml', {
    rules: [rule],
    asOf: c.asOf,
    settings: c.options ? { [rule.id]: { options: c.options } } : undefined,
  });
  const notFromRule = report.diagnostics.filter((d) => d.ruleId !== rule.id);
  expect(notFromRule.map((d) => `${d.line}:${d.column} ${d.message}`), 'the case must pass YAML and schema').toEqual([]);
  return report.diagnostics;
}

/**
 * Table-driven rule tests in the manner of ESLint's RuleTester: every valid case reports nothing,
 * every invalid case reports exactly the listed message ids at the listed lines and columns.
 */
export function testRule(rule: Rule, cases: { valid: ValidCase[]; invalid: InvalidCase[] }): void {
  describe(rule.id, () => {
    it('has at least one valid and one invalid case', () => {
      expect(cases.valid.length).toBeGreaterThan(0);
      expect(cases.invalid.length).toBeGreaterThan(0);
    });
    for (const c of cases.valid) {
      it(`valid: ${c.name}`, () => {
        expect(run(rule, c).map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([]);
      });
    }
    for (const c of cases.invalid) {
      it(`invalid: ${c.name}`, () => {
        const found = run(rule, c).map((d) => ({ messageId: d.messageId, line: d.line, column: d.column, message: d.message }));
        expect(found).toEqual(c.errors.map((e) => ({ message: expect.any(String), ...e })));
      });
    }
    it('its documented examples fail and pass', () => {
      expect(run(rule, { name: 'failing example', code: rule.meta.examples.failing }).length).toBeGreaterThan(0);
      expect(run(rule, { name: 'passing example', code: rule.meta.examples.passing })).toEqual([]);
    });
  });
}
