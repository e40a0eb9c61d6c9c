import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/diagnostic.js';
import { escapeXmlAttribute, escapeXmlText, formatJunit } from '../../src/formatters/junit.js';
import { summarize, type ValidationReport } from '../../src/validate.js';
import { fixtureReport } from './fixture.js';

/*
 * A small, strict reader for the XML that JUnit reports use: a declaration, elements, attributes,
 * text, the five predefined entities and character references. It is written here rather than taken
 * from a package because the test is about escaping, and it must fail on exactly the mistakes
 * escaping can make: a character XML 1.0 does not allow, a raw `<` or `&` in text or an attribute,
 * an unknown entity, a mismatched tag. (fast-xml-parser, the usual choice, accepts control characters,
 * `<` inside attribute values and undefined entities, and leaves character references undecoded by
 * default.) Attribute values are normalized as the XML spec says (a raw tab or newline reads as a
 * space), so a newline that was not written as a reference is caught too.
 */
interface XmlElement {
  name: string;
  attributes: Record<string, string>;
  children: XmlElement[];
  text: string;
}

const NOT_XML_CHAR = /[^\t\n\r\u0020-\ud7ff\ue000-\ufffd\u{10000}-\u{10ffff}]/u;
const NAME = /^[A-Za-z_:][\w.:-]*/;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'" };

function decode(raw: string, where: string): string {
  if (raw.includes('<')) throw new Error(`raw < in ${where}`);
  return raw.replace(/&([^;]*);?/g, (whole, ref: string) => {
    if (!whole.endsWith(';')) throw new Error(`unterminated reference in ${where}`);
    const code = /^#x([0-9a-fA-F]+)$/.exec(ref)?.[1] ?? /^#([0-9]+)$/.exec(ref)?.[1];
    if (code !== undefined) {
      const c = String.fromCodePoint(parseInt(code, ref.startsWith('#x') ? 16 : 10));
      if (NOT_XML_CHAR.test(c)) throw new Error(`reference to a character XML does not allow in ${where}`);
      return c;
    }
    if (!(ref in ENTITIES)) throw new Error(`unknown entity &${ref}; in ${where}`);
    return ENTITIES[ref]!;
  });
}

function readXml(xml: string): XmlElement {
  const bad = NOT_XML_CHAR.exec(xml);
  if (bad) throw new Error(`character U+${bad[0].codePointAt(0)!.toString(16)} is not allowed in XML 1.0`);
  let s = xml.replace(/\r\n?/g, '\n');
  const decl = /^<\?xml version="1\.0" encoding="UTF-8"\?>\n/.exec(s);
  if (!decl) throw new Error('no XML declaration');
  s = s.slice(decl[0].length);
  let pos = 0;
  const element = (): XmlElement => {
    if (s[pos] !== '<') throw new Error(`expected < at ${pos}`);
    pos++;
    const name = NAME.exec(s.slice(pos))?.[0];
    if (!name) throw new Error(`bad element name at ${pos}`);
    pos += name.length;
    const el: XmlElement = { name, attributes: {}, children: [], text: '' };
    for (;;) {
      const attr = /^\s+([A-Za-z_:][\w.:-]*)=(?:"([^"]*)"|'([^']*)')/.exec(s.slice(pos));
      if (!attr) break;
      const key = attr[1]!;
      if (key in el.attributes) throw new Error(`duplicate attribute ${key}`);
      el.attributes[key] = decode((attr[2] ?? attr[3]!).replace(/[\t\n]/g, ' '), `attribute ${key}`);
      pos += attr[0].length;
    }
    const end = /^\s*(\/?)>/.exec(s.slice(pos));
    if (!end) throw new Error(`bad start tag <${name}> at ${pos}`);
    pos += end[0].length;
    if (end[1] === '/') return el;
    for (;;) {
      const next = s.indexOf('<', pos);
      if (next < 0) throw new Error(`<${name}> is not closed`);
      const raw = s.slice(pos, next);
      if (raw.includes(']]>')) throw new Error(']]> in text');
      el.text += decode(raw, `text of <${name}>`);
      pos = next;
      if (s.startsWith('</', pos)) {
        const close = new RegExp(`^</${name}\\s*>`).exec(s.slice(pos));
        if (!close) throw new Error(`</${name}> expected at ${pos}`);
        pos += close[0].length;
        return el;
      }
      el.children.push(element());
    }
  };
  const root = element();
  if (s.slice(pos).trim() !== '') throw new Error('content after the root element');
  return root;
}

const children = (el: XmlElement, name: string) => el.children.filter((c) => c.name === name);

function reportOf(diagnostics: Diagnostic[], file = diagnostics[0]!.file): ValidationReport {
  return summarize([{ file, diagnostics, suppressed: [] }]);
}

const AT = { severity: 'error' as const, file: 'a.yaml', path: [], line: 3, column: 5, endLine: 3, endColumn: 9 };

describe('the test XML reader', () => {
  it('refuses what badly escaped XML looks like', () => {
    const doc = (body: string) => `<?xml version="1.0" encoding="UTF-8"?>\n${body}`;
    expect(readXml(doc('<a x="1&#10;&amp;"><b>t&lt;</b></a>'))).toMatchObject({ attributes: { x: '1\n&' }, children: [{ text: 't<' }] });
    expect(() => readXml(doc('<a>\u0001</a>'))).toThrow(/not allowed/);
    expect(() => readXml(doc('<a>x & y</a>'))).toThrow(/unterminated|unknown/);
    expect(() => readXml(doc('<a>&nbsp;</a>'))).toThrow(/unknown entity/);
    expect(() => readXml(doc('<a x="<"/>'))).toThrow(/raw </);
    expect(() => readXml(doc('<a><b></a>'))).toThrow(/expected/);
    expect(() => readXml(doc('<a>&#1;</a>'))).toThrow(/does not allow/);
    expect(readXml(doc('<a x="1\n2"/>')).attributes.x).toBe('1 2');
  });
});

describe('formatJunit', () => {
  const xml = formatJunit(fixtureReport());
  const root = readXml(xml);
  const suites = children(root, 'testsuite');

  it('has one suite per file and counts tests and failures right', () => {
    expect(root.name).toBe('testsuites');
    expect(root.attributes).toMatchObject({ name: 'govcheck', tests: '5', failures: '3', errors: '0' });
    expect(suites.map((s) => [s.attributes.name, s.attributes.tests, s.attributes.failures, s.attributes.errors])).toEqual([
      ['structures/a.yaml', '3', '2', '0'],
      ['structures/b.yaml', '1', '1', '0'],
      ['structures/ok.yaml', '1', '0', '0'],
    ]);
    for (const suite of suites) {
      const cases = children(suite, 'testcase');
      expect(String(cases.length)).toBe(suite.attributes.tests);
      expect(String(cases.filter((c) => children(c, 'failure').length > 0).length)).toBe(suite.attributes.failures);
    }
    const allCases = suites.flatMap((s) => children(s, 'testcase'));
    expect(String(allCases.length)).toBe(root.attributes.tests);
    expect(String(allCases.filter((c) => children(c, 'failure').length > 0).length)).toBe(root.attributes.failures);
  });

  it('has one case per file and rule, named by the rule, with the file as classname and file', () => {
    const cases = children(suites[0]!, 'testcase');
    expect(cases.map((c) => [c.attributes.name, c.attributes.classname, c.attributes.file])).toEqual([
      ['no-unknown-municipality', 'structures/a.yaml', 'structures/a.yaml'],
      ['dates-in-order', 'structures/a.yaml', 'structures/a.yaml'],
      ['mandate-has-must-task', 'structures/a.yaml', 'structures/a.yaml'],
    ]);
    const failure = children(cases[1]!, 'failure');
    expect(failure).toHaveLength(1);
    expect(failure[0]!.attributes).toEqual({ message: '1 problem', type: 'dates-in-order' });
    expect(failure[0]!.text).toBe('17:9 error This ends (2023-07-01) before it starts (2027-12-31); swap or fix the dates.');
  });

  it('passes a case with only warnings, listing them in system-out, and leaves suppressed findings out', () => {
    const warningCase = children(suites[0]!, 'testcase')[2]!;
    expect(children(warningCase, 'failure')).toEqual([]);
    expect(children(warningCase, 'system-out').map((o) => o.text)).toEqual([
      '18:5 warning The mandate of Kommuneklynge Nord lists no task the body must do (skal); add the must tasks, or record an exception for mandate-has-must-task that says why there are none.',
    ]);
    expect(xml).not.toContain('Christiansø');
    expect(xml).not.toContain('Kommuneklynge Syd');
  });

  it('gives a file without findings one passing case named govcheck', () => {
    expect(children(suites[2]!, 'testcase')).toEqual([
      { name: 'testcase', attributes: { name: 'govcheck', classname: 'structures/ok.yaml', file: 'structures/ok.yaml', time: '0' }, children: [], text: '' },
    ]);
  });

  it('lists every error of a rule in its one failure, and its warnings in system-out', () => {
    const report = reportOf([
      { ...AT, ruleId: 'r', message: 'first' },
      { ...AT, ruleId: 'r', line: 7, column: 1, message: 'second' },
      { ...AT, ruleId: 'r', severity: 'warning', line: 9, message: 'third' },
    ]);
    const testCase = children(children(readXml(formatJunit(report)), 'testsuite')[0]!, 'testcase')[0]!;
    const failure = children(testCase, 'failure')[0]!;
    expect(failure.attributes).toEqual({ message: '2 problems', type: 'r' });
    expect(failure.text).toBe('3:5 error first\n7:1 error second');
    expect(children(testCase, 'system-out')[0]!.text).toBe('9:5 warning third');
  });

  it('escapes markup and shows characters XML cannot hold as visible escapes', () => {
    const file = `a&b<c>"d'e\n::x\u0001\u001b\ud800.yaml`;
    const message = `x < y && "q" 'a' ]]> \u0000 \u000b line\nbreak \u202e`;
    const xml = formatJunit(reportOf([{ ...AT, file, ruleId: 'r&<"\'', message }], file));
    const read = readXml(xml);
    const suite = children(read, 'testsuite')[0]!;
    expect(suite.attributes.name).toBe(`a&b<c>"d'e\\n::x\\u0001\\u001b\\ud800.yaml`);
    const testCase = children(suite, 'testcase')[0]!;
    expect(testCase.attributes.name).toBe('r&<"\'');
    expect(testCase.attributes.classname).toBe(suite.attributes.name);
    expect(children(testCase, 'failure')[0]!.attributes.type).toBe('r&<"\'');
    expect(children(testCase, 'failure')[0]!.text).toBe(`3:5 error x < y && "q" 'a' ]]> \\u0000 \\u000b line\\nbreak \\u202e`);
  });

  it('escapes text and attributes', () => {
    expect(escapeXmlText('a & b < c > d "e" \'f\'')).toBe('a &amp; b &lt; c &gt; d "e" \'f\'');
    expect(escapeXmlAttribute('a & b < c > d "e" \'f\'\t\n\r')).toBe('a &amp; b &lt; c &gt; d &quot;e&quot; &apos;f&apos;&#9;&#10;&#13;');
    expect(escapeXmlText('\u0000\u0008\u000b\u000c\u001f\ufffe\uffff\udc00\ud83d\ude00')).toBe('\\u0000\\u0008\\u000b\\u000c\\u001f\\ufffe\\uffff\\udc00\ud83d\ude00');
  });

  it('is a valid document for an empty report', () => {
    expect(readXml(formatJunit(summarize([])))).toEqual({
      name: 'testsuites',
      attributes: { name: 'govcheck', tests: '0', failures: '0', errors: '0', skipped: '0', time: '0' },
      children: [],
      text: '\n',
    });
  });
});
