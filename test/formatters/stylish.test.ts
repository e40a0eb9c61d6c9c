import { describe, expect, it } from 'vitest';
import { formatStylish } from '../../src/formatters/stylish.js';
import { summarize, validateSource } from '../../src/validate.js';
import { MINIMAL } from '../helpers.js';

describe('formatStylish', () => {
  it('says so when there is nothing to report', () => {
    expect(formatStylish(summarize([validateSource(MINIMAL, 'ok.yaml')]))).toBe('✔ 1 file checked, no problems\n');
  });

  it('prints control characters and bidi overrides from the file as visible escapes', () => {
    const text = `${MINIMAL}bodies:\n  - id: a\n    name: A\n    kind: "evil\\u001b[2J\\u202e"\n`;
    const out = formatStylish(summarize([validateSource(text, 'evil.yaml')]));
    expect(out).not.toMatch(/[\u001b\u202e]/);
    expect(out).toContain('"evil\\u001b[2J\\u202e" is not');
  });

  it('keeps a file name with control characters on one line', () => {
    const report = summarize([validateSource('a: [\n', 'bad\nname::error.yaml')]);
    expect(formatStylish(report).split('\n')[0]).toBe('bad\\nname::error.yaml');
  });

  it('puts the caret under the column on a tab-indented line', () => {
    const report = summarize([validateSource('govcheck: 1\nid: t\nname: T\ndate: "2020-01-01"\nsources: [{id: s, title: S}]\nx: {\tnmae: 1}\n', 't.yaml')]);
    const lines = formatStylish(report).split('\n');
    const caret = lines.find((l) => l.includes('^'))!;
    const source = lines[lines.indexOf(caret) - 1]!;
    expect(source.endsWith('| x: {\tnmae: 1}')).toBe(true);
    expect(caret.endsWith('| ^')).toBe(true);
  });

  it('counts errors and warnings in the summary line', () => {
    const report = summarize([validateSource(`${MINIMAL}nmae: x\nkind: y\n`, 'a.yaml'), validateSource(MINIMAL, 'b.yaml')]);
    expect(formatStylish(report).trimEnd().split('\n').pop()).toBe('✖ 2 problems (2 errors, 0 warnings) in 2 files');
  });
});
