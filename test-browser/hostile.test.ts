import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  describeViolations,
  fold,
  isTextVisible,
  LANGS,
  launchBrowser,
  loadModel,
  mermaidBlock,
  mermaidPage,
  openHtml,
  render,
  runAxe,
  seriousOrCritical,
  TEMPLATES,
  artifact,
} from './browser.js';

/** Names written to break out of HTML, Markdown tables, Mermaid labels and Mermaid directives. */
const NAMES = {
  script: '<script>window.__pwned=1</script> Styregruppe',
  img: '<img src=x onerror="window.__pwned=2"> Netværk',
  pipe: 'Forum | for | rør',
  bracket: 'Udvalg "] b9["Indsmuglet',
  directive: '%%{init: {"theme":"forest"}}%% Klynge',
  newline: 'Første linje\nAnden linje',
  all: '<script>window.__pwned=3</script> | "] %%{init: {"theme":"forest"}}%%\nsidste',
};

const yamlString = (text: string) => JSON.stringify(text);

const HOSTILE = `govcheck: 1
id: fjendtlig
name: ${yamlString('Fjendtlig <script>window.__pwned=4</script> struktur')}
date: "2023-04-21"
description: ${yamlString('<a href="javascript:window.__pwned=5">klik</a> <iframe src="https://example.org/"></iframe>')}
sources:
  - id: js
    title: ${yamlString('Kilde <b onmouseover="window.__pwned=6">fed</b>')}
    url: "javascript:alert(1)"
  - id: web
    title: Webkilde
    url: "https://www.kl.dk/"
municipalities: [Odense, Svendborg]
bodies:
  - id: top
    name: ${yamlString(NAMES.script)}
    kind: political
    scope: cross-municipal
    level: cluster
    municipalities: all
    purpose: ${yamlString('</td></table><img src=x onerror="window.__pwned=7"> formål')}
    source: js
  - id: img
    name: ${yamlString(NAMES.img)}
    kind: administrative
    level: cluster
    parent: top
    source: web
  - id: pipe
    name: ${yamlString(NAMES.pipe)}
    kind: administrative
    level: cluster
    parent: top
  - id: bracket
    name: ${yamlString(NAMES.bracket)}
    kind: mixed
    level: cluster
    parent: top
    supports: pipe
  - id: directive
    name: ${yamlString(NAMES.directive)}
    kind: administrative
    level: municipal
    parent: top
    sits_in: [bracket]
  - id: newline
    name: ${yamlString(NAMES.newline)}
    kind: administrative
    level: municipal
    parent: directive
  - id: all
    name: ${yamlString(NAMES.all)}
    kind: political
    level: municipal
    parent: directive
`;

/** What markup from the data would have left behind in the DOM if it had been let through. */
async function injected(page: Page) {
  return page.evaluate(() => {
    const elements = [...document.querySelectorAll('*')];
    const attributes = elements.flatMap((el) => [...el.attributes].map((a) => ({ el: el.tagName.toLowerCase(), name: a.name.toLowerCase(), value: a.value })));
    return {
      pwned: (window as unknown as { __pwned?: unknown }).__pwned,
      scripts: document.querySelectorAll('script').length,
      iframes: document.querySelectorAll('iframe, object, embed').length,
      imgs: [...document.querySelectorAll('img')].map((img) => img.getAttribute('src')).filter((src) => src === 'x'),
      handlers: attributes.filter((a) => a.name.startsWith('on')).map((a) => `${a.el} ${a.name}="${a.value}"`),
      scriptLinks: attributes
        .filter((a) => /^\s*(javascript|vbscript|data):/i.test(a.value) && ['href', 'src', 'action', 'formaction', 'xlink:href', 'srcdoc'].includes(a.name))
        .map((a) => `${a.el} ${a.name}="${a.value}"`),
    };
  });
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe('a hostile structure', () => {
  const model = loadModel(HOSTILE, 'fjendtlig.yaml');

  describe.each(TEMPLATES)('%s', (template) => {
    it.each(LANGS)('in HTML (%s) shows every name as text and runs nothing', async (lang) => {
      const name = `hostile.${template}.${lang}`;
      const html = render(model, template, 'html', lang, 'fjendtlig.yaml');
      const { context, page, watch } = await openHtml(browser, html, name);
      try {
        expect.soft(await injected(page)).toEqual({ pwned: undefined, scripts: 0, iframes: 0, imgs: [], handlers: [], scriptLinks: [] });
        const shown = [model.doc.name, ...Object.values(NAMES)];
        const missing: string[] = [];
        for (const text of shown) if (!(await isTextVisible(page, text))) missing.push(text);
        expect.soft(missing, `names not shown as text in ${name}.html`).toEqual([]);
        await page.screenshot({ path: artifact(`${name}.png`), fullPage: true });
        const bad = seriousOrCritical(await runAxe(page));
        expect.soft(bad.length, `axe: serious or critical violations in ${name}.html:\n${describeViolations(bad)}`).toBe(0);
        // Hovering and focusing everything would fire injected handlers, if there were any.
        for (const element of await page.locator('body *').all()) await element.dispatchEvent('mouseover');
        expect.soft(await page.evaluate(() => (window as unknown as { __pwned?: unknown }).__pwned)).toBeUndefined();
        expect.soft(watch.problems(), `requests and errors of ${name}.html`).toEqual([]);
      } finally {
        await context.close();
      }
    });
  });

  describe('in Mermaid', () => {
    let mermaid: Awaited<ReturnType<typeof mermaidPage>>;
    beforeAll(async () => {
      mermaid = await mermaidPage(browser);
    });
    afterAll(async () => {
      await mermaid?.context.close();
    });

    it('a real %%{init}%% directive does change the theme (so the check below can fail)', async () => {
      const plain = await mermaid.renderDiagram('flowchart TB\n  a["x"]\n');
      const forest = await mermaid.renderDiagram('%%{init: {"theme":"forest"}}%%\nflowchart TB\n  a["x"]\n');
      expect(plain.themeNodeFill).toBeDefined();
      expect(forest.themeNodeFill).toBeDefined();
      expect(forest.themeNodeFill).not.toBe(plain.themeNodeFill);
    });

    it.each(LANGS)('the org chart (%s) renders with the names as text and the theme unchanged', async (lang) => {
      const plain = await mermaid.renderDiagram('flowchart TB\n  a["x"]\n');
      const source = mermaidBlock(render(model, 'org-chart', 'md', lang, 'fjendtlig.yaml'));
      const result = await mermaid.renderDiagram(source);
      await mermaid.page.locator('#out svg').screenshot({ path: artifact(`hostile.mermaid.${lang}.png`) });
      expect(result.nodeCount).toBe(model.bodies.size);
      const missing = Object.values(NAMES).map(fold).filter((label) => !result.text.includes(label));
      expect(missing, `labels missing from the SVG; its text: ${result.text}`).toEqual([]);
      expect(result.themeNodeFill).toBe(plain.themeNodeFill);
      expect(result.configTheme).toBe('default');
      // As markup (not as escaped text): no script, image or frame; handlers and links are checked in the DOM below.
      expect(result.svg.match(/<(script|img|iframe|object|embed)\b/gi)).toBeNull();
      expect(await injected(mermaid.page)).toMatchObject({ pwned: undefined, scripts: 1, imgs: [], handlers: [], scriptLinks: [] });
      expect(mermaid.watch.problems()).toEqual([]);
    });
  });
});
