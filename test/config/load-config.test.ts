import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { findConfig, loadConfig, settingsFor } from '../../src/config/load-config.js';

const RULE_IDS = ['no-unknown-municipality', 'no-unknown-reference', 'dates-in-order'];

function folder(files: Record<string, string>): string {
  const dir = mkdtempSync(join(tmpdir(), 'govcheck-config-'));
  for (const [name, text] of Object.entries(files)) {
    mkdirSync(join(dir, name, '..'), { recursive: true });
    writeFileSync(join(dir, name), text);
  }
  return dir;
}

describe('config', () => {
  it('is found in the working directory or the nearest folder above', async () => {
    const dir = folder({ '.govcheck.yaml': 'rules: {}\n', 'a/b/x.yaml': '' });
    expect(await findConfig(join(dir, 'a', 'b'))).toBe(join(dir, '.govcheck.yaml'));
  });

  it('sets severities and options, and overrides them per file pattern', async () => {
    const dir = folder({
      '.govcheck.yaml': 'rules:\n  dates-in-order: warn\n  no-unknown-reference: { severity: error, options: { x: 1 } }\noverrides:\n  - files: ["drafts/**/*.yaml"]\n    rules:\n      dates-in-order: off\n',
    });
    const { config, diagnostics } = await loadConfig(join(dir, '.govcheck.yaml'), dir, RULE_IDS);
    expect(diagnostics).toEqual([]);
    expect(settingsFor(config, 'final/a.yaml')).toEqual({
      'dates-in-order': { severity: 'warning', options: undefined },
      'no-unknown-reference': { severity: 'error', options: { x: 1 } },
    });
    expect(settingsFor(config, 'drafts/2024/a.yaml')['dates-in-order']?.severity).toBe('off');
  });

  it('reports an unknown rule id at its key with a suggestion', async () => {
    const dir = folder({ '.govcheck.yaml': 'rules:\n  dates-in-ordr: off\n' });
    const { diagnostics } = await loadConfig(join(dir, '.govcheck.yaml'), dir, RULE_IDS);
    expect(diagnostics.map((d) => `${d.file}:${d.line}:${d.column} ${d.ruleId} ${d.message}`)).toEqual([
      '.govcheck.yaml:2:3 config There is no rule "dates-in-ordr". Did you mean "dates-in-order"?',
    ]);
    expect(diagnostics[0]!.fatal).toBe(true);
  });

  it('reports a bad severity and an unknown key in the config with their positions', async () => {
    const dir = folder({ '.govcheck.yaml': 'rules:\n  dates-in-order: warning-ish\nrulez: {}\n' });
    const { diagnostics } = await loadConfig(join(dir, '.govcheck.yaml'), dir, RULE_IDS);
    expect(diagnostics.map((d) => `${d.line}:${d.column} ${d.message}`)).toEqual([
      '2:19 "dates-in-order" must be one of: off, warn, warning, error; "warning-ish" is not.',
      '3:1 Unknown key "rulez". Did you mean "rules"?',
    ]);
  });
});
