import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_RULES } from '../../src/rules/index.js';

const root = new URL('../../', import.meta.url).pathname;
const ruleFiles = readdirSync(`${root}src/rules`)
  .filter((f) => f.endsWith('.ts') && f !== 'index.ts')
  .map((f) => f.replace(/\.ts$/, ''));

describe('every rule', () => {
  it('is registered, and every registered rule has its own file named by its id', () => {
    expect(BUILT_IN_RULES.map((r) => r.id).sort()).toEqual([...ruleFiles].sort());
  });

  it.each(BUILT_IN_RULES.map((r) => [r.id, r] as const))('%s has a test and a doc that shows its examples', (id, rule) => {
    expect(existsSync(`${root}test/rules/${id}.test.ts`), `test/rules/${id}.test.ts`).toBe(true);
    const doc = `${root}docs/rules/${id}.md`;
    expect(existsSync(doc), `docs/rules/${id}.md`).toBe(true);
    const text = readFileSync(doc, 'utf8');
    expect(text.startsWith(`# ${id}\n`)).toBe(true);
    expect(text).toContain(rule.meta.examples.failing.trim());
    expect(text).toContain(rule.meta.examples.passing.trim());
  });

  it('has messages that are sentences', () => {
    for (const rule of BUILT_IN_RULES) {
      for (const [id, message] of Object.entries(rule.meta.messages)) {
        expect(message, `${rule.id}.${id}`).toMatch(/^[A-Z"{].*[.?]$/s);
      }
    }
  });
});
