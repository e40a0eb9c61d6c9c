import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { validateSource } from '../../src/index.js';
import { escapeMarkdown, escapeMermaidLabel, safeUrl } from '../../src/render/escape.js';
import { renderStructure, TemplateError } from '../../src/render/render.js';
import { HEADER } from '../rules/rule-tester.js';

const EXAMPLES = new URL('../../examples/', import.meta.url).pathname;

function model(text: string, file = 'case.yaml') {
  const report = validateSource(text, file);
  expect(report.diagnostics.filter((d) => d.severity === 'error')).toEqual([]);
  return report.model!;
}

const HOSTILE = `${HEADER}municipalities: [Odense]
bodies:
  - id: evil
    name: "<script>window.__pwned=1</script> | a * b _c_ # \\"] %%{init: {\\"theme\\":\\"forest\\"}}%%\\nnext line"
    kind: political
    municipalities: [Odense]
    purpose: "</td><img src=x onerror=alert(1)>"
  - id: child
    name: Child
    parent: evil
`;

describe('escaping', () => {
  it('escapes Markdown syntax and folds newlines', () => {
    expect(escapeMarkdown('a | b *c* _d_ # e <b> & [x](y)\nz')).toBe('a \\| b \\*c\\* \\_d\\_ \\# e &lt;b&gt; &amp; \\[x\\](y) z');
    expect(escapeMarkdown('- not a list')).toBe('\\- not a list');
  });

  it('turns every Mermaid special character into an entity', () => {
    expect(escapeMermaidLabel('"] %%{init}\nx')).toBe('#34;#93; #37;#37;#123;init#125; x');
    expect(escapeMermaidLabel('Sundhedsklynge Fyn (OUH)')).toBe('Sundhedsklynge Fyn #40;OUH#41;');
  });

  it('keeps only web and mail links', () => {
    expect(safeUrl('https://www.kl.dk/')).toBe('https://www.kl.dk/');
    expect(safeUrl('javascript:alert(1)')).toBeUndefined();
    expect(safeUrl('data:text/html,x')).toBeUndefined();
  });

  it('shows hostile names as text in Markdown, nowhere as markup', () => {
    const md = renderStructure(model(HOSTILE), { template: 'org-chart', format: 'md', lang: 'da', file: 'case.yaml' });
    expect(md).not.toContain('<script>');
    expect(md).not.toContain('<img');
    expect(md).toContain('&lt;script&gt;window.\\_\\_pwned=1&lt;/script&gt; \\| a \\* b \\_c\\_ \\# "\\] %%{init: {"theme":"forest"}}%% next line');
    const mermaid = md.slice(md.indexOf('```mermaid'), md.indexOf('```', md.indexOf('```mermaid') + 3));
    expect(mermaid).not.toMatch(/%%\{|<script/);
    expect(mermaid).toContain('b0["#60;script#62;window.#95;#95;pwned#61;1#60;#47;script#62; #124; a #42; b #95;c#95; #35; #34;#93; #37;#37;#123;init#58;');
    expect(mermaid.split('\n').filter((l) => l.includes('b0['))).toHaveLength(1);
  });

  it('escapes a copy for Markdown, never the model itself: rendering twice gives the same document', () => {
    const m = model(HOSTILE);
    const name = m.doc.bodies![0]!.name;
    const first = renderStructure(m, { template: 'org-chart', format: 'md', lang: 'da', file: 'case.yaml' });
    expect(m.doc.bodies![0]!.name).toBe(name);
    expect(name).toContain('<script>');
    expect(renderStructure(m, { template: 'org-chart', format: 'md', lang: 'da', file: 'case.yaml' })).toBe(first);
    expect(renderStructure(m, { template: 'org-chart', format: 'html', lang: 'da', file: 'case.yaml' })).toContain('&lt;script&gt;window.__pwned&#x3D;1');
  });
});

describe('templates', () => {
  const examples = readdirSync(EXAMPLES).filter((f) => f.endsWith('.yaml'));

  it.each(examples)('%s renders with both templates in both formats and both languages, with Danish names kept', (file) => {
    const m = model(readFileSync(EXAMPLES + file, 'utf8'), `examples/${file}`);
    const htmlText = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#x27;');
    for (const template of ['org-chart', 'mandates']) {
      const da = renderStructure(m, { template, format: 'md', lang: 'da', file });
      const en = renderStructure(m, { template, format: 'md', lang: 'en', file });
      expect(da).toContain(escapeMarkdown(m.doc.name));
      expect(en).toContain(escapeMarkdown(m.doc.name));
      expect(da).not.toBe(en);
      expect(renderStructure(m, { template, format: 'md', lang: 'da', file })).toBe(da);
      for (const lang of ['da', 'en'] as const) {
        const html = renderStructure(m, { template, format: 'html', lang, file });
        expect(html.startsWith('<!DOCTYPE html>')).toBe(true);
        expect(html).toContain(`<html lang="${lang}">`);
        expect(html).toContain(htmlText(m.doc.name));
        for (const body of m.bodies.values()) expect(html, body.name).toContain(htmlText(body.name));
        expect(html).not.toMatch(/<script|<link|@import|url\(/i);
      }
    }
  });

  it('shows hostile names as text in HTML', () => {
    const html = renderStructure(model(HOSTILE), { template: 'org-chart', format: 'html', lang: 'da', file: 'case.yaml' });
    expect(html).not.toContain('<script>window');
    expect(html).not.toContain('<img src=x');
    expect(html).toContain('&lt;script&gt;window.__pwned&#x3D;1&lt;/script&gt;');
    const mandates = renderStructure(model(HOSTILE), { template: 'mandates', format: 'html', lang: 'en', file: 'case.yaml' });
    expect(mandates).toContain('&lt;/td&gt;&lt;img src&#x3D;x onerror&#x3D;alert(1)&gt;');
  });

  it('explains born members and shows mandates, posts and cadence (Syddanmark, mandates, English)', () => {
    const m = model(readFileSync(`${EXAMPLES}syddanmark-sundhed.yaml`, 'utf8'));
    const md = renderStructure(m, { template: 'mandates', format: 'md', lang: 'en', file: 'syddanmark-sundhed.yaml' });
    expect(md).toContain('born member as mayor of Odense');
    expect(md).toContain('**Posts:** Chair: Johannes Lundsfryd Jensen, mayor of Middelfart; Vice chair: Søren Steen Andersen, mayor of Assens');
    expect(md).toMatch(/## Sundhedssamarbejdsudvalget\n/);
    expect(md).toContain('| mayor (the municipalities) | 4 |');
  });

  it('formats dates per language', () => {
    const m = model(readFileSync(`${EXAMPLES}6-by-2007.yaml`, 'utf8'));
    expect(renderStructure(m, { template: 'mandates', format: 'md', lang: 'da', file: 'x' })).toContain('5\\. februar 2008 – 6. februar 2008');
    expect(renderStructure(m, { template: 'mandates', format: 'md', lang: 'en', file: 'x' })).toContain('5 February 2008 – 6 February 2008');
  });

  it('lets a user template use the built-in partials and helpers', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govcheck-template-'));
    writeFileSync(join(dir, 'list.hbs'), '{{#each bodies}}\n## {{name}}\n{{> body-summary}}\n{{/each}}\n{{t "sources"}}: {{size sources}}\n');
    const m = model(readFileSync(`${EXAMPLES}6-by-2007.yaml`, 'utf8'));
    const out = renderStructure(m, { template: join(dir, 'list.hbs'), format: 'md', lang: 'da', file: 'x' });
    expect(out).toContain("## 6-by's møder for myndighedschefer\n- Sekretariat: Odense, Aarhus\n");
    expect(out).toContain('Kilder: 1');
  });

  it("iterates lists as Handlebars' own each does: @index, @key, @first, @last, @../, else, block parameters, objects", async () => {
    const Handlebars = (await import('handlebars')).default;
    const { buildView } = await import('../../src/render/view-model.js');
    const source = [
      '{{#each bodies}}[{{@index}}/{{@key}}{{#if @first}} first{{/if}}{{#if @last}} last{{/if}}: {{id}}',
      '{{#each sitsIn}} ({{@../index}}.{{@index}} {{id}}){{else}} none{{/each}}',
      '{{#each area}} {{this}}{{#unless @last}},{{/unless}}{{/each}}]',
      '{{/each}}',
      '{{#each bodies as |b i|}}{{i}}={{b.id}} {{/each}}',
      '{{#each bodies.[0]}}{{@key}} {{/each}}',
    ].join('\n');
    const dir = mkdtempSync(join(tmpdir(), 'govcheck-template-'));
    writeFileSync(join(dir, 'each.hbs'), source);
    const m = model(readFileSync(`${EXAMPLES}syddanmark-sundhed.yaml`, 'utf8'));
    const ours = renderStructure(m, { template: join(dir, 'each.hbs'), format: 'html', lang: 'da', file: 'x' });
    const plain = Handlebars.create().compile(source, { strict: true })({ ...buildView(m, 'x', 'da'), mermaid: '' });
    expect(ours).toBe(plain);
    expect(ours).toContain('[0/0 first: ');
    expect(ours).toMatch(/ last: [^\n]+\n/);
    expect(ours).toContain('0=');
  });

  it('gives a user template the Mermaid org chart in HTML too (the built-in HTML templates do without it)', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govcheck-template-'));
    writeFileSync(join(dir, 'chart.hbs'), '<pre class="mermaid">{{{mermaid}}}</pre>\n');
    const m = model(readFileSync(`${EXAMPLES}6-by-2007.yaml`, 'utf8'));
    const out = renderStructure(m, { template: join(dir, 'chart.hbs'), format: 'html', lang: 'da', file: 'x' });
    expect(out).toMatch(/^<pre class="mermaid">flowchart TB\n/);
    expect(out).toContain('6-by');
    expect(renderStructure(m, { template: 'org-chart', format: 'html', lang: 'da', file: 'x' })).not.toContain('flowchart TB');
  });

  it("uses a user's partials beside the built-in ones, overriding one of the same name, compiled as the templates are (Markdown not HTML-escaped)", () => {
    const dir = mkdtempSync(join(tmpdir(), 'govcheck-partials-'));
    writeFileSync(join(dir, 'body-summary.md.hbs'), '- Mine: {{name}} {{> extra}}\n');
    writeFileSync(join(dir, 'extra.hbs'), '({{name}})');
    const m = model(readFileSync(`${EXAMPLES}6-by-2007.yaml`, 'utf8'));
    const out = renderStructure(m, { template: 'org-chart', format: 'md', lang: 'da', file: 'x', partialsDir: dir });
    expect(out).toContain("- Mine: 6-by's møder for myndighedschefer (6-by's møder for myndighedschefer)\n");
    expect(out).not.toContain('- Sekretariat:');
  });

  it('reports a typo in a template with the template, the line and the field', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govcheck-template-'));
    writeFileSync(join(dir, 'typo.hbs'), '# {{name}}\n{{#each bodies}}\n- {{nmae}}\n{{/each}}\n');
    const m = model(readFileSync(`${EXAMPLES}6-by-2007.yaml`, 'utf8'));
    const render = () => renderStructure(m, { template: join(dir, 'typo.hbs'), format: 'md', lang: 'da', file: 'x' });
    expect(render).toThrow(TemplateError);
    expect(render).toThrow(`Template ${join(dir, 'typo.hbs')}, line 3, column 5: the field "nmae" does not exist here.`);
  });

  it('does not reach prototype properties from a template', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govcheck-template-'));
    writeFileSync(join(dir, 'proto.hbs'), '{{constructor.name}}\n');
    const m = model(readFileSync(`${EXAMPLES}6-by-2007.yaml`, 'utf8'));
    expect(() => renderStructure(m, { template: join(dir, 'proto.hbs'), format: 'md', lang: 'da', file: 'x' })).toThrow(TemplateError);
  });
});
