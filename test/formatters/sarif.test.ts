import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import Ajv04Module from 'ajv-draft-04';
import formatsModule from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { artifactLocation, formatSarif } from '../../src/formatters/sarif.js';
import { BUILT_IN_RULES } from '../../src/rules/index.js';
import { summarize, validateSource } from '../../src/validate.js';
import { MINIMAL } from '../helpers.js';
import { fixtureReport } from './fixture.js';

// ajv-draft-04 and ajv-formats are CommonJS; their default export sits one level down under NodeNext (as in src/schema).
const Ajv04 = Ajv04Module.default;
const addFormats = formatsModule.default;

// The official SARIF 2.1.0 schema (JSON Schema draft-04), as shipped by Microsoft's @microsoft/jest-sarif.
const require = createRequire(import.meta.url);
const schemaPath = require.resolve('@microsoft/jest-sarif/lib/schemas/sarif-2.1.0-rtm.5.json');
const schema = JSON.parse(readFileSync(schemaPath, 'utf8')) as Record<string, unknown>;
// strict: false because the schema names required properties in anyOf branches that do not define them;
// unicodeRegExp: false because its `language` pattern (`^[a-zA-Z]{2}|^[a-zA-Z]{2}-[a-zA-Z]{2}]?$`) is not
// a valid regular expression with the u flag.
const ajv = new Ajv04({ allErrors: true, strict: false, unicodeRegExp: false });
addFormats(ajv);
const validateSarif = ajv.compile(schema);

interface Result {
  ruleId: string;
  ruleIndex: number;
  level: string;
  message: { text: string };
  locations: { physicalLocation: { artifactLocation: { uri: string; uriBaseId?: string }; region: Record<string, number> } }[];
  suppressions: { kind: string; status: string; justification: string }[];
}
interface Descriptor {
  id: string;
  shortDescription: { text: string };
  fullDescription: { text: string };
  help: { text: string; markdown: string };
  defaultConfiguration: { level: string };
}
interface Log {
  $schema: string;
  version: string;
  runs: { tool: { driver: { name: string; version?: string; rules: Descriptor[] } }; invocations: { executionSuccessful: boolean }[]; columnKind: string; results: Result[] }[];
}

function expectValid(text: string): Log {
  const log = JSON.parse(text) as Log;
  const valid = validateSarif(log);
  expect(validateSarif.errors ?? []).toEqual([]);
  expect(valid).toBe(true);
  return log;
}

describe('formatSarif', () => {
  const text = formatSarif(fixtureReport(), { version: '1.2.3' });
  const log = expectValid(text);
  const run = log.runs[0]!;
  const rules = run.tool.driver.rules;

  it('is SARIF 2.1.0 that the official schema accepts, as 2-space JSON with a newline at the end', () => {
    expect(log.$schema).toBe('https://json.schemastore.org/sarif-2.1.0.json');
    expect(log.version).toBe('2.1.0');
    expect(log.runs).toHaveLength(1);
    expect(text).toBe(`${JSON.stringify(log, null, 2)}\n`);
    expect(run.tool.driver.name).toBe('govcheck');
    expect(run.tool.driver.version).toBe('1.2.3');
    expect(run.columnKind).toBe('utf16CodeUnits');
    expect(run.invocations).toEqual([{ executionSuccessful: true }]);
  });

  it('is the same bytes for the same report', () => {
    expect(formatSarif(fixtureReport(), { version: '1.2.3' })).toBe(text);
  });

  it('describes every built-in rule, then the non-rule ids that occur', () => {
    expect(rules.map((r) => r.id)).toEqual([...BUILT_IN_RULES.map((r) => r.id), 'schema']);
    const dates = rules.find((r) => r.id === 'dates-in-order')!;
    const meta = BUILT_IN_RULES.find((r) => r.id === 'dates-in-order')!.meta;
    expect(dates.shortDescription.text).toBe(meta.description);
    expect(dates.fullDescription.text).toBe(meta.description);
    expect(dates.defaultConfiguration).toEqual({ level: 'error' });
    expect(dates.help.text).toContain('docs/rules/dates-in-order.md');
    expect(dates.help.markdown).toContain(`\`\`\`yaml\n${meta.examples.failing}`);
    expect(rules.find((r) => r.id === 'mandate-has-must-task')!.defaultConfiguration).toEqual({ level: 'warning' });
    expect(rules.find((r) => r.id === 'schema')!.help.text).toContain('docs/format.md');
    for (const rule of rules) expect(JSON.stringify(rule)).not.toContain('helpUri');
  });

  it('points every result at its rule with ruleIndex, and gives its level, message and region', () => {
    expect(run.results).toHaveLength(6);
    for (const result of run.results) expect(rules[result.ruleIndex]!.id).toBe(result.ruleId);
    const first = run.results[0]!;
    expect(first).toEqual({
      ruleId: 'no-unknown-municipality',
      ruleIndex: BUILT_IN_RULES.findIndex((r) => r.id === 'no-unknown-municipality'),
      level: 'error',
      message: { text: '"Århuus" is not a Danish municipality. Did you mean Aarhus?' },
      locations: [
        {
          physicalLocation: {
            artifactLocation: { uri: 'structures/a.yaml', uriBaseId: '%SRCROOT%' },
            region: { startLine: 10, startColumn: 5, endLine: 10, endColumn: 11 },
          },
        },
      ],
      suppressions: [],
    });
    expect(run.results.map((r) => `${r.locations[0]!.physicalLocation.artifactLocation.uri}:${r.locations[0]!.physicalLocation.region.startLine} ${r.level} ${r.ruleId}`)).toEqual([
      'structures/a.yaml:10 error no-unknown-municipality',
      'structures/a.yaml:12 error no-unknown-municipality',
      'structures/a.yaml:17 error dates-in-order',
      'structures/a.yaml:18 warning mandate-has-must-task',
      'structures/a.yaml:24 warning mandate-has-must-task',
      'structures/b.yaml:8 error schema',
    ]);
  });

  it('keeps suppressed findings as results with an inSource or external suppression and its reason', () => {
    const suppressed = run.results.filter((r) => r.suppressions.length > 0);
    expect(suppressed.map((r) => [r.ruleId, r.suppressions])).toEqual([
      ['no-unknown-municipality', [{ kind: 'inSource', status: 'accepted', justification: 'Christiansø is administered by the state' }]],
      ['mandate-has-must-task', [{ kind: 'external', status: 'accepted', justification: 'The mandate gives the cluster no must tasks (seed 001).' }]],
    ]);
    // Suppression information is given for all results or for none (SARIF 3.27.23): [] means "not suppressed".
    for (const result of run.results) expect(Array.isArray(result.suppressions)).toBe(true);
  });

  it('says execution was not successful when a file could not be read, and describes the yaml id', () => {
    const report = summarize([validateSource('a: [\n', 'broken.yaml'), validateSource(MINIMAL, 'ok.yaml')]);
    const broken = expectValid(formatSarif(report));
    expect(broken.runs[0]!.invocations).toEqual([{ executionSuccessful: false }]);
    expect(broken.runs[0]!.tool.driver.version).toBeUndefined();
    const yaml = broken.runs[0]!.tool.driver.rules.find((r) => r.id === 'yaml')!;
    expect(yaml.defaultConfiguration).toEqual({ level: 'error' });
    expect(broken.runs[0]!.results.every((r) => r.ruleId === 'yaml')).toBe(true);
  });

  it('is valid with no findings at all, and with only the rules it is given', () => {
    const clean = expectValid(formatSarif(summarize([validateSource(MINIMAL, 'ok.yaml')]), { rules: BUILT_IN_RULES.slice(0, 2) }));
    expect(clean.runs[0]!.results).toEqual([]);
    expect(clean.runs[0]!.tool.driver.rules.map((r) => r.id)).toEqual(BUILT_IN_RULES.slice(0, 2).map((r) => r.id));
  });

  it('gives a rule that was not passed in an entry of its own, so ruleIndex still resolves', () => {
    const log = expectValid(formatSarif(fixtureReport(), { rules: [] }));
    const ids = log.runs[0]!.tool.driver.rules.map((r) => r.id);
    expect(ids).toEqual(['schema', 'dates-in-order', 'mandate-has-must-task', 'no-unknown-municipality']);
    for (const result of log.runs[0]!.results) expect(ids[result.ruleIndex]).toBe(result.ruleId);
  });

  it('writes braces in messages doubled and cannot be made to form an embedded link', () => {
    const text = `${MINIMAL}bodies:\n  - id: a\n    name: A\n    kind: "{0} [x](0)"\n`;
    const log = expectValid(formatSarif(summarize([validateSource(text, 'evil.yaml')])));
    const message = log.runs[0]!.results[0]!.message.text;
    expect(message).toContain('{{0}} [x\\](0)');
    expect(message).not.toMatch(/(^|[^{])\{0\}/);
  });

  it('percent-encodes file names into URIs, with forward slashes', () => {
    expect(artifactLocation('structures/a b#1?%.yaml')).toEqual({ uri: 'structures/a%20b%231%3F%25.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('dir\\sub\\æ.yaml')).toEqual({ uri: 'dir/sub/%C3%A6.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('c:weird.yaml')).toEqual({ uri: 'c%3Aweird.yaml', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('<input>')).toEqual({ uri: '%3Cinput%3E', uriBaseId: '%SRCROOT%' });
    expect(artifactLocation('/home/ci/a b.yaml')).toEqual({ uri: 'file:///home/ci/a%20b.yaml' });
    expect(artifactLocation('C:\\work\\a.yaml')).toEqual({ uri: 'file:///C:/work/a.yaml' });
    expect(artifactLocation('bad\ud800.yaml').uri).toBe('bad%EF%BF%BD.yaml');
    const hostile = summarize([validateSource('a: [\n', 'x\n::error file=y::z %.yaml')]);
    const log = expectValid(formatSarif(hostile));
    expect(log.runs[0]!.results[0]!.locations[0]!.physicalLocation.artifactLocation.uri).toBe('x%0A%3A%3Aerror%20file%3Dy%3A%3Az%20%25.yaml');
  });

  it('lists two identical suppressions of one finding once (SARIF wants unique items)', () => {
    const text = `${MINIMAL}municipalities:\n  # govcheck-disable-next-line no-unknown-municipality -- state\n  # govcheck-disable-next-line no-unknown-municipality -- state\n  - Christiansø\n`;
    const report = summarize([validateSource(text, 'twice.yaml')]);
    expect(report.files[0]!.suppressed[0]!.suppressions).toHaveLength(2);
    const log = expectValid(formatSarif(report));
    expect(log.runs[0]!.results[0]!.suppressions).toEqual([{ kind: 'inSource', status: 'accepted', justification: 'state' }]);
  });

  it('fails schema validation for a broken log (the validator is really checking)', () => {
    expect(validateSarif({ version: '2.1.0', runs: [{ tool: { driver: {} } }] })).toBe(false);
  });
});
