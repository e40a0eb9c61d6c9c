import { mkdtempSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { runCli } from './run-cli.js';

describe('govcheck render (the built binary)', () => {
  it('prints a Markdown organisation chart of one structure', () => {
    const { code, stdout, stderr } = runCli(['render', 'examples/6-by-2007.yaml']);
    expect(stderr).toBe('');
    expect(code).toBe(0);
    expect(stdout.startsWith('# Organisationsdiagram: 6-by samarbejdet\n')).toBe(true);
    expect(stdout).toContain('```mermaid\nflowchart TB\n');
  });

  it('uses the partials of --partials with the built-in templates, overriding a built-in one', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govcheck-partials-'));
    writeFileSync(join(dir, 'body-summary.md.hbs'), '- Mine: {{name}}\n');
    writeFileSync(join(dir, 'body-card.html.hbs'), '<p class="mine">{{name}}</p>');
    const md = runCli(['render', 'examples/6-by-2007.yaml', '--partials', dir]);
    expect(md.code).toBe(0);
    expect(md.stdout).toContain("- Mine: 6-by's møder for myndighedschefer\n");
    const html = runCli(['render', 'examples/6-by-2007.yaml', '--format', 'html', '--partials', dir]);
    expect(html.code).toBe(0);
    expect(html.stdout).toContain('<p class="mine">6-by&#x27;s møder for myndighedschefer</p>');
  });

  it('does not render a structure with errors, and says why', () => {
    const { code, stdout, stderr } = runCli(['render', 'test/fixtures/misspelt-key.yaml']);
    expect(code).toBe(1);
    expect(stdout).toBe('');
    expect(stderr).toContain('10:5  error  Unknown key "nmae". Did you mean "name"?  schema');
    expect(stderr).toContain('govcheck: nothing was rendered, because the structures above have errors.');
  });

  it('writes one file per structure into a folder, the same bytes every time', () => {
    const dir = mkdtempSync(join(tmpdir(), 'govcheck-render-'));
    const args = ['render', 'examples', '--template', 'mandates', '--format', 'md', '--lang', 'en', '-o', `${dir}/`];
    expect(runCli(args).code).toBe(0);
    const files = readdirSync(dir).sort();
    expect(files).toContain('syddanmark-sundhed.mandates.md');
    expect(files).toHaveLength(readdirSync('examples').filter((f) => f.endsWith('.yaml')).length);
    const first = readFileSync(join(dir, 'syddanmark-sundhed.mandates.md'), 'utf8');
    expect(first).toContain('# Mandates: ');
    runCli(args);
    expect(readFileSync(join(dir, 'syddanmark-sundhed.mandates.md'), 'utf8')).toBe(first);
  });

  it('needs a folder for several HTML pages', () => {
    const { code, stderr } = runCli(['render', 'examples', '--format', 'html']);
    expect(code).toBe(2);
    expect(stderr).toBe('govcheck: Several structures make several HTML pages: give a folder with -o.\n');
  });

  it('reports a template that does not exist', () => {
    const { code, stderr } = runCli(['render', 'examples/6-by-2007.yaml', '--template', 'no-such.hbs']);
    expect(code).toBe(2);
    expect(stderr).toMatch(/^govcheck: The template .*no-such\.hbs cannot be read\. Use org-chart, mandates or the path of a \.hbs file\.\n$/);
  });
});
