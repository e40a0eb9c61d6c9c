import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validateSource } from '../../src/index.js';
import { participation } from '../../src/participation/index.js';
import { renderParticipation, renderStructure } from '../../src/render/render.js';
// npm test builds first, so dist/ holds what a user runs: the templates compiled at build time.
import * as built from '../../dist/render/render.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;
const reports = readdirSync(EXAMPLES)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => validateSource(readFileSync(EXAMPLES + f, 'utf8'), `examples/${f}`));

describe('the templates compiled at build time', () => {
  it('render every example exactly as compiling the templates at run time does (both templates, md and html, da and en)', () => {
    let documents = 0;
    for (const report of reports) {
      for (const template of ['org-chart', 'mandates']) {
        for (const format of ['md', 'html'] as const) {
          for (const lang of ['da', 'en'] as const) {
            const options = { template, format, lang, file: report.file };
            const atBuild = built.renderStructure(report.model! as never, options);
            expect(atBuild).toBe(renderStructure(report.model!, options));
            documents++;
          }
        }
      }
    }
    expect(documents).toBe(reports.length * 8);
  });

  it('render the participation view as compiling at run time does', () => {
    const view = participation(reports.map((r) => ({ model: r.model!, file: r.file })), 'København');
    for (const format of ['md', 'html'] as const) {
      const atBuild = built.renderParticipation(view as never, { format });
      expect(atBuild).toBe(renderParticipation(view, { format }));
      expect(atBuild).toContain('København');
    }
  });
});
