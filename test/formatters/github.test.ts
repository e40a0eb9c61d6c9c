import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { escapeData, escapeProperty, formatGithub } from '../../src/formatters/github.js';
import { summarize, validateSource, type ValidationReport } from '../../src/validate.js';
import { MINIMAL } from '../helpers.js';
import { fixtureReport } from './fixture.js';

function reportOf(...diagnostics: Diagnostic[]): ValidationReport {
  return summarize([{ file: diagnostics[0]!.file, diagnostics, suppressed: [] }]);
}

const AT = { ruleId: 'schema', severity: 'error' as const, file: 'a.yaml', path: [], line: 3, column: 5, endLine: 3, endColumn: 9 };

describe('formatGithub', () => {
  it('prints one workflow command per finding, and none for suppressed findings', () => {
    expect(formatGithub(fixtureReport()).split('\n')).toEqual([
      '::error file=structures/a.yaml,line=10,col=5,endLine=10,endColumn=11,title=no-unknown-municipality::"Århuus" is not a Danish municipality. Did you mean Aarhus?',
      '::error file=structures/a.yaml,line=17,col=9,endLine=17,endColumn=21,title=dates-in-order::This ends (2023-07-01) before it starts (2027-12-31); swap or fix the dates.',
      '::warning file=structures/a.yaml,line=18,col=5,endLine=18,endColumn=12,title=mandate-has-must-task::The mandate of Kommuneklynge Nord lists no task the body must do (skal); add the must tasks, or record an exception for mandate-has-must-task that says why there are none.',
      '::error file=structures/b.yaml,line=8,col=1,endLine=8,endColumn=5,title=schema::Unknown key "nmae". Did you mean "name"?',
      '',
    ]);
  });

  it('prints nothing when there is nothing to report', () => {
    expect(formatGithub(summarize([validateSource(MINIMAL, 'ok.yaml')]))).toBe('');
  });

  it('leaves out the columns of a finding over several lines (GitHub refuses them there)', () => {
    expect(formatGithub(reportOf({ ...AT, message: 'm', endLine: 5, endColumn: 2 }))).toBe('::error file=a.yaml,line=3,endLine=5,title=schema::m\n');
  });

  it('never ends a range before it starts', () => {
    expect(formatGithub(reportOf({ ...AT, message: 'm', column: 4, endColumn: 4 }))).toBe('::error file=a.yaml,line=3,col=4,endLine=3,endColumn=4,title=schema::m\n');
  });

  it('escapes data and property values as the runner reads them', () => {
    expect(escapeData('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext: a,b');
    expect(escapeProperty('100% done\r\nnext: a,b')).toBe('100%25 done%0D%0Anext%3A a%2Cb');
    expect(escapeData('%0A')).toBe('%250A');
    expect(escapeData('esc \u001b[2J bidi \u202e')).toBe('esc \\u001b[2J bidi \\u202e');
  });

  it('cannot be made to print a command of its own by a file name or message', () => {
    const file = 'evil\n::error file=x::pwned %.yaml';
    const message = 'bad\n::error file=x::pwned 100%\r::warning::also';
    const out = formatGithub(reportOf({ ...AT, file, message }));
    expect(out).toBe(
      '::error file=evil%0A%3A%3Aerror file=x%3A%3Apwned %25.yaml,line=3,col=5,endLine=3,endColumn=9,title=schema' +
        '::bad%0A::error file=x::pwned 100%25%0D::warning::also\n',
    );
    expect(out.trimEnd().split(/\r|\n/)).toHaveLength(1);
    // The properties part holds exactly one `::` (the one that ends it).
    expect(out.slice(2, out.indexOf('::', 2))).not.toContain('\n');
    expect(out.slice(2).indexOf('::')).toBe(out.slice(2).indexOf('title=schema') + 'title=schema'.length);
  });

  it('keeps hostile text from a real file on one command line', () => {
    const text = `${MINIMAL}bodies:\n  - id: a\n    name: A\n    kind: "x\\n::error file=x::pwned %"\n`;
    const report = summarize([validateSource(text, 'dir\\bad\n::error file=y::z.yaml')]);
    const lines = formatGithub(report).trimEnd().split('\n');
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/^::error file=dir\/bad%0A%3A%3Aerror file=y%3A%3Az\.yaml,line=11,/);
    // The schema message quotes the value with the newline already written as `\n`.
    expect(lines[0]).toContain('::"kind" must be one of: political, administrative, mixed; "x\\n::error file=x::pwned %25" is not.');
  });
});
