import { readdirSync, writeFileSync } from 'node:fs';
import type { Browser } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { participation } from '../src/participation/index.js';
import { renderParticipation } from '../src/render/render.js';
import { buildView } from '../src/render/view-model.js';
import {
  artifact,
  describeViolations,
  EXAMPLES_DIR,
  fold,
  isTextVisible,
  LANGS,
  launchBrowser,
  loadExample,
  mermaidBlock,
  mermaidPage,
  openHtml,
  PHONE,
  render,
  runAxe,
  seriousOrCritical,
  TEMPLATES,
} from './browser.js';

const EXAMPLES = readdirSync(EXAMPLES_DIR)
  .filter((f) => f.endsWith('.yaml'))
  .map((f) => f.replace(/\.yaml$/, ''))
  .sort();

/** The structure's name and a few of its bodies' names (first, middle, last, an external one) that the template shows. */
function keyNames(example: string, template: string, lang: 'da' | 'en'): string[] {
  const model = loadExample(example);
  const view = buildView(model, `examples/${example}.yaml`, lang);
  const inside = view.bodies.filter((b) => !b.external);
  const picks = [inside[0], inside[Math.floor(inside.length / 2)], inside[inside.length - 1]];
  if (template === 'org-chart') picks.push(view.external[0]);
  return [...new Set([view.name, ...picks.filter((b) => b !== undefined).map((b) => b.name)])];
}

let browser: Browser;
beforeAll(async () => {
  browser = await launchBrowser();
});
afterAll(async () => {
  await browser?.close();
});

describe.each(EXAMPLES)('%s', (example) => {
  const model = () => loadExample(example);

  describe.each(TEMPLATES)('%s', (template) => {
    it.each(LANGS)('HTML (%s) opens cleanly offline, shows its key names, passes axe and is screenshotted', async (lang) => {
      const name = `${example}.${template}.${lang}`;
      const html = render(model(), template, 'html', lang, `examples/${example}.yaml`);
      await checkPage(html, name, lang, keyNames(example, template, lang));
    });
  });

  it('org chart (da) at phone width: opens cleanly and is screenshotted', async () => {
    const name = `${example}.org-chart.da`;
    const html = render(model(), 'org-chart', 'html', 'da', `examples/${example}.yaml`);
    const { context, page, watch } = await openHtml(browser, html, `${name}.phone`, PHONE);
    try {
      expect.soft(await isTextVisible(page, model().doc.name), `name visible in ${name}.phone.html`).toBe(true);
      await page.screenshot({ path: artifact(`${name}.phone.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      if (overflow > 0) console.warn(`${name} at ${PHONE.width}px: the page scrolls sideways by ${overflow}px`);
      expect.soft(watch.problems(), `requests and errors of ${name}.phone.html`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

/** The participation view over all the examples: a municipality with many fora, one with posts, and a person with an overlap. */
describe('participation view', () => {
  const inputs = () => EXAMPLES.map((example) => ({ model: loadExample(example), file: `examples/${example}.yaml` }));
  const WHO = [
    ['koebenhavn', 'København'],
    ['odense', 'Odense'],
    ['laengerich', 'Karsten Längerich'],
  ] as const;

  describe.each(WHO)('%s', (slug, who) => {
    it.each(LANGS)('HTML (%s) opens cleanly offline, shows its key names, passes axe and is screenshotted', async (lang) => {
      const name = `participation.${slug}.${lang}`;
      const view = participation(inputs(), who, undefined, lang);
      const html = renderParticipation(view, { format: 'html' });
      const rows = view.structures.flatMap((s) => s.rows);
      expect(rows.length, `rows of ${name}`).toBeGreaterThan(0);
      const picks = [rows[0], rows[Math.floor(rows.length / 2)], rows[rows.length - 1]].filter((r) => r !== undefined).map((r) => r.name);
      await checkPage(html, name, lang, [...new Set([view.name, ...picks, ...view.structures.map((s) => s.name)])]);
    });
  });

  it('København (da) at phone width: one card per forum, no sideways scrolling', async () => {
    const name = 'participation.koebenhavn.da';
    const html = renderParticipation(participation(inputs(), 'København', undefined, 'da'), { format: 'html' });
    const { context, page, watch } = await openHtml(browser, html, `${name}.phone`, PHONE);
    try {
      expect.soft(await isTextVisible(page, '6-by direktørmøder'), `a forum visible in ${name}.phone.html`).toBe(true);
      await page.screenshot({ path: artifact(`${name}.phone.png`), fullPage: true });
      const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
      expect.soft(overflow, `${name} at ${PHONE.width}px scrolls sideways`).toBeLessThanOrEqual(0);
      expect.soft(watch.problems(), `requests and errors of ${name}.phone.html`).toEqual([]);
    } finally {
      await context.close();
    }
  });
});

describe('Mermaid renders each example’s diagram', () => {
  let mermaid: Awaited<ReturnType<typeof mermaidPage>>;
  beforeAll(async () => {
    mermaid = await mermaidPage(browser);
  });
  afterAll(async () => {
    await mermaid?.context.close();
  });

  describe.each(EXAMPLES)('%s', (example) => {
    it.each(LANGS)('%s', async (lang) => {
      const model = loadExample(example);
      const view = buildView(model, `examples/${example}.yaml`, lang);
      const source = mermaidBlock(render(model, 'org-chart', 'md', lang, `examples/${example}.yaml`));
      const result = await mermaid.renderDiagram(source);
      expect(result.nodeCount).toBe(view.bodies.length);
      const missing = view.bodies.map((b) => fold(b.shortName ?? b.name)).filter((label) => !result.text.includes(label));
      expect(missing, `labels missing from the SVG; its text: ${result.text}`).toEqual([]);
      await mermaid.page.locator('#out svg').screenshot({ path: artifact(`${example}.mermaid.${lang}.png`) });
      writeFileSync(artifact(`${example}.mermaid.${lang}.svg`), result.svg);
      expect(mermaid.watch.problems()).toEqual([]);
    });
  });
});

/**
 * Opens a page offline and checks what every rendered page must do: the right `lang`, the given names
 * visible, a screenshot saved, no serious or critical axe violation, and (checked last, so that axe is
 * included) no request and no console or page error.
 */
async function checkPage(html: string, name: string, lang: string, names: Iterable<string>): Promise<void> {
  const { context, page, watch } = await openHtml(browser, html, name);
  try {
    expect.soft(await page.evaluate(() => document.documentElement.lang), `lang of ${name}.html`).toBe(lang);
    const missing: string[] = [];
    for (const text of names) if (!(await isTextVisible(page, text))) missing.push(text);
    expect.soft(missing, `names not visible in ${name}.html`).toEqual([]);
    await page.screenshot({ path: artifact(`${name}.png`), fullPage: true });
    const violations = await runAxe(page);
    writeFileSync(artifact(`${name}.axe.json`), `${JSON.stringify(violations, null, 2)}\n`);
    const bad = seriousOrCritical(violations);
    expect.soft(bad.length, `axe: serious or critical violations in ${name}.html:\n${describeViolations(bad)}`).toBe(0);
    expect.soft(watch.problems(), `requests and errors of ${name}.html`).toEqual([]);
  } finally {
    await context.close();
  }
}
