import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { validate, validateSource } from '../src/index.js';

const EXAMPLES = new URL('../examples/', import.meta.url).pathname;
const files = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));

describe('examples', () => {
  it('has the examples the format must hold', () => {
    expect(files).toEqual(
      expect.arrayContaining([
        '5-by-2001.yaml',
        '6-by-2007.yaml',
        'hovedstaden-kommuneklynger-2015.yaml',
        'hovedstaden-sundhedsklynger-2022.yaml',
        'kkr-2016.yaml',
        'kkr-hovedstaden-2023.yaml',
        'syddanmark-sundhed.yaml',
      ]),
    );
  });

  it.each(files)('%s validates clean, names its seed and carries the schema line', async (file) => {
    const report = await validate([file], { cwd: EXAMPLES });
    expect(report.files[0]!.diagnostics).toEqual([]);
    const { model, source } = report.files[0]!;
    expect(source).toMatch(/^# yaml-language-server: \$schema=\.\.\/schemas\/structure\.schema\.json\n/);
    expect(model!.doc.sources.some((s) => /^00[0-4]_[0-9a-f]+\.txt$/.test(s.document ?? ''))).toBe(true);
    expect(model!.unresolvedReferences).toEqual([]);
    expect(model!.unknownMunicipalities).toEqual([]);
  });
});

describe('the README', () => {
  it("shows a structure that validates clean", () => {
    const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
    const example = /## A structure file\n\n```yaml\n([\s\S]*?)```/.exec(readme)![1]!;
    expect(validateSource(example, 'README.md').diagnostics).toEqual([]);
  });
});
