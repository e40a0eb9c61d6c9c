import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from '../../src/rules/index.js';
import { runCli } from './run-cli.js';

describe('govcheck rules', () => {
  it('lists every rule with its default severity', () => {
    const { code, stdout } = runCli(['rules']);
    expect(code).toBe(0);
    for (const rule of BUILT_IN_RULES) expect(stdout).toMatch(new RegExp(`^${rule.id} +${rule.meta.defaultSeverity} +`, 'm'));
    expect(stdout).toContain(`${BUILT_IN_RULES.length} rules.`);
  });

  it('explains one rule with its failing example, what it reports there, and its passing example', () => {
    const { code, stdout } = runCli(['rules', 'no-unknown-municipality']);
    expect(code).toBe(0);
    expect(stdout).toContain('Fails:\n    municipalities: [Odense, Århuus]\n\n  1:26  "Århuus" is not a Danish municipality. Did you mean Aarhus?\n');
    expect(stdout).toContain('Passes:\n    municipalities: [Odense, Århus, "0101"]\n');
  });

  it('suggests the closest rule for a typo and exits 2', () => {
    const { code, stderr } = runCli(['rules', 'no-unknown-municipalty']);
    expect(code).toBe(2);
    expect(stderr).toBe('govcheck: There is no rule "no-unknown-municipalty". Did you mean "no-unknown-municipality"? Run `govcheck rules` to list them.\n');
  });
});

describe('govcheck registry', () => {
  it('finds a municipality by alias and by code with a leading zero', () => {
    expect(runCli(['registry', 'Århus', '--as-of', '2023-01-01']).stdout).toBe('0751  Aarhus  Region Midtjylland  Århus, Aarhus Kommune\n\n1 municipality, regions as on 2023-01-01.\n');
    expect(runCli(['registry', '0101', '--as-of', '2023-01-01']).stdout).toMatch(/^0101  København  Region Hovedstaden/);
  });

  it('lists a region, with the 2027 reform', () => {
    expect(runCli(['registry', 'Syddanmark', '--as-of', '2023-01-01']).stdout).toContain('22 municipalities');
    const bornholm = runCli(['registry', 'Bornholm', '--as-of', '2027-01-01']).stdout;
    expect(bornholm).toMatch(/^0400  Bornholm  Region Østdanmark/);
  });

  it('suggests a name for a misspelling and exits 1', () => {
    const { code, stdout } = runCli(['registry', 'Århuus']);
    expect(code).toBe(1);
    expect(stdout).toBe('No municipality matches "Århuus". Did you mean Aarhus?\n');
  });
});

describe('govcheck validate with a config and --as-of', () => {
  it('refuses a config that names an unknown rule, with exit 2', () => {
    const { code, stdout } = runCli(['validate', '--config', 'test/fixtures/config/bad-rule.govcheck.yaml', 'examples']);
    expect(code).toBe(2);
    expect(stdout).toContain('test/fixtures/config/bad-rule.govcheck.yaml\n  2:3  error  There is no rule "dates-in-ordr". Did you mean "dates-in-order"?  config');
  });

  it('turns a rule off through the config', () => {
    const args = ['validate', 'test/fixtures/config/unknown-municipality.yaml'];
    expect(runCli([...args, '--no-config']).code).toBe(1);
    const { code, stdout } = runCli([...args, '--config', 'test/fixtures/config/municipality-off.govcheck.yaml']);
    expect(stdout).toBe('✔ 1 file checked, no problems\n');
    expect(code).toBe(0);
  });

  it('refuses an --as-of that is not a date', () => {
    const { code, stderr } = runCli(['validate', '--as-of', '2023-02-30', 'examples']);
    expect(code).toBe(2);
    expect(stderr).toBe('govcheck: --as-of needs a date written YYYY-MM-DD, like 2023-04-21; "2023-02-30" is not.\n');
  });
});
