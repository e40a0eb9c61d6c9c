/**
 * Helpers for the real-browser tests: Debian's Chromium driven by playwright-core (no browser download),
 * pages opened from file:// with every request, console error and page error recorded, axe-core, and
 * Mermaid's own browser bundle.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { validateSource } from '../src/index.js';
import type { StructureModel } from '../src/model/build-model.js';
import type { Lang } from '../src/render/labels.js';
import { renderStructure } from '../src/render/render.js';

const require = createRequire(import.meta.url);

export const ROOT = fileURLToPath(new URL('../', import.meta.url));
export const EXAMPLES_DIR = join(ROOT, 'examples');
export const ARTIFACTS = join(ROOT, 'test-browser', 'artifacts');
export const CHROMIUM = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const TEMPLATES = ['org-chart', 'mandates'] as const;
export const LANGS: readonly Lang[] = ['da', 'en'];
export const DESKTOP = { width: 1280, height: 800 };
export const PHONE = { width: 390, height: 844 };

export async function launchBrowser(): Promise<Browser> {
  if (!existsSync(CHROMIUM)) {
    throw new Error(`No Chromium at ${CHROMIUM}. Install Debian's: apt-get update && apt-get install -y --no-install-recommends chromium (or set CHROMIUM_PATH).`);
  }
  // launch() gives every run a fresh temporary profile (user-data dir) of its own.
  return chromium.launch({
    executablePath: CHROMIUM,
    headless: true,
    args: [
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** A structure file (or text) validated and modelled; fails on any error diagnostic. */
export function loadModel(text: string, file: string): StructureModel {
  const report = validateSource(text, file);
  const errors = report.diagnostics.filter((d) => d.severity === 'error');
  if (errors.length > 0 || !report.model) {
    const shown = errors.length > 0 ? errors : report.diagnostics;
    throw new Error(`${file} does not validate:\n${shown.map((d) => `${d.severity} ${d.line}:${d.column} ${d.ruleId} ${d.message}`).join('\n')}`);
  }
  return report.model;
}

export function loadExample(example: string): StructureModel {
  return loadModel(readFileSync(join(EXAMPLES_DIR, `${example}.yaml`), 'utf8'), `examples/${example}.yaml`);
}

export function render(model: StructureModel, template: string, format: 'html' | 'md', lang: Lang, file: string): string {
  return renderStructure(model, { template, format, lang, file });
}

/** The one ```mermaid fenced block of a Markdown org chart. */
export function mermaidBlock(markdown: string): string {
  const blocks = [...markdown.matchAll(/^```mermaid\n([\s\S]*?)^```$/gm)];
  if (blocks.length !== 1) throw new Error(`Expected one mermaid block in the Markdown, found ${blocks.length}`);
  return blocks[0]![1]!;
}

export function artifact(name: string): string {
  mkdirSync(ARTIFACTS, { recursive: true });
  return join(ARTIFACTS, name);
}

/** What a page did that it must not: requests other than its own document, console errors, page errors. */
export interface Watch {
  requests: string[];
  consoleErrors: string[];
  pageErrors: string[];
  /** Everything above, one line each, for a failure message. */
  problems(): string[];
}

/** A new context and page whose requests, console errors and page errors are recorded (and any web request aborted). */
export async function watchedPage(browser: Browser, viewport = DESKTOP, allowed: string[] = []): Promise<{ context: BrowserContext; page: Page; watch: Watch }> {
  const context = await browser.newContext({ viewport, deviceScaleFactor: 1, locale: 'da-DK', serviceWorkers: 'block' });
  // Nothing may be fetched but the page itself: every other request is aborted (and recorded below).
  await context.route('**/*', (route) => (allowed.includes(route.request().url()) ? route.continue() : route.abort('blockedbyclient')));
  const page = await context.newPage();
  const watch: Watch = {
    requests: [],
    consoleErrors: [],
    pageErrors: [],
    problems() {
      return [
        ...this.requests.map((url) => `request: ${url}`),
        ...this.consoleErrors.map((text) => `console error: ${text}`),
        ...this.pageErrors.map((text) => `page error: ${text}`),
      ];
    },
  };
  page.on('request', (request) => {
    const url = request.url();
    if (url.startsWith('data:') || allowed.includes(url)) return;
    watch.requests.push(url);
  });
  page.on('console', (message) => {
    if (message.type() === 'error') watch.consoleErrors.push(message.text());
  });
  page.on('pageerror', (error) => watch.pageErrors.push(error.message));
  return { context, page, watch };
}

/** Writes the HTML beside the screenshots and opens it from file://, as a person opening the file would. */
export async function openHtml(browser: Browser, html: string, name: string, viewport = DESKTOP) {
  const file = artifact(`${name}.html`);
  writeFileSync(file, html);
  const url = pathToFileURL(file).href;
  const opened = await watchedPage(browser, viewport, [url]);
  await opened.page.goto(url, { waitUntil: 'load' });
  return { ...opened, url };
}

export interface AxeViolation {
  id: string;
  impact: string | null;
  help: string;
  helpUrl: string;
  nodes: { target: unknown[]; html: string; failureSummary?: string }[];
}

const AXE_SOURCE: string = (require('axe-core') as { source: string }).source;

/**
 * axe-core's checks on the whole document. axe is evaluated over the DevTools protocol rather than added
 * as a <script>, so a page's own Content-Security-Policy cannot block it and the DOM gets no script element.
 */
export async function runAxe(page: Page): Promise<AxeViolation[]> {
  await page.evaluate(`${AXE_SOURCE}\n;void 0`);
  return page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run(context: Document, options: object): Promise<{ violations: AxeViolation[] }> } }).axe;
    const result = await axe.run(document, { resultTypes: ['violations'] });
    return result.violations.map((v) => ({
      id: v.id,
      impact: v.impact,
      help: v.help,
      helpUrl: v.helpUrl,
      nodes: v.nodes.map((n) => ({ target: n.target, html: n.html, failureSummary: n.failureSummary })),
    }));
  });
}

export function seriousOrCritical(violations: AxeViolation[]): AxeViolation[] {
  return violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
}

export function describeViolations(violations: AxeViolation[]): string {
  return violations
    .map((v) =>
      [
        `${v.id} (${v.impact}): ${v.help} — ${v.helpUrl}`,
        ...v.nodes.slice(0, 10).map((n) => `    at ${JSON.stringify(n.target)}: ${n.html.slice(0, 300)}${n.failureSummary ? `\n      ${n.failureSummary.replace(/\n/g, '\n      ')}` : ''}`),
        ...(v.nodes.length > 10 ? [`    … and ${v.nodes.length - 10} more`] : []),
      ].join('\n'),
    )
    .join('\n');
}

/** Whether some element whose own text contains `text` (whitespace folded) is visible. */
export async function isTextVisible(page: Page, text: string): Promise<boolean> {
  return (await page.getByText(text).filter({ visible: true }).count()) > 0;
}

/** Text as a browser shows it in flowing text: every run of whitespace one space. */
export function fold(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

export const MERMAID_BUNDLE = require.resolve('mermaid/dist/mermaid.min.js');

export interface MermaidResult {
  /** The SVG's visible text (labels), whitespace folded, without its <style>. */
  text: string;
  svg: string;
  nodeCount: number;
  /** The fill of flowchart nodes in the theme's CSS: tells which theme was used. */
  themeNodeFill: string | undefined;
  configTheme: string | undefined;
}

/**
 * A local page with Mermaid's browser bundle loaded from node_modules and initialised as a site would
 * (strict security level). Nothing is served over HTTP.
 */
export async function mermaidPage(browser: Browser) {
  const opened = await watchedPage(browser, DESKTOP);
  const { page } = opened;
  await page.setContent('<!doctype html><html lang="en"><head><meta charset="utf-8"><title>Mermaid</title></head><body><main id="out"></main></body></html>');
  await page.addScriptTag({ path: MERMAID_BUNDLE });
  await page.evaluate(() => {
    const mermaid = (window as unknown as { mermaid: { initialize(config: object): void } }).mermaid;
    mermaid.initialize({ startOnLoad: false, securityLevel: 'strict' });
  });
  let counter = 0;
  /** Parses (a syntax error throws) and renders a diagram with Mermaid, and puts the SVG in the page. */
  const renderDiagram = async (source: string): Promise<MermaidResult> =>
    page.evaluate(
      async ({ source, id }) => {
        type Mermaid = {
          parse(text: string): Promise<unknown>;
          render(id: string, text: string): Promise<{ svg: string }>;
          mermaidAPI: { getConfig(): { theme?: string } };
        };
        const mermaid = (window as unknown as { mermaid: Mermaid }).mermaid;
        await mermaid.parse(source);
        const { svg } = await mermaid.render(id, source);
        const out = document.getElementById('out')!;
        out.innerHTML = svg;
        const element = out.querySelector('svg')!;
        const copy = element.cloneNode(true) as SVGSVGElement;
        copy.querySelectorAll('style').forEach((s) => s.remove());
        const fill = /\.node rect,[^{]*\{fill:([^;}]+)/.exec(svg)?.[1];
        return {
          text: (copy.textContent ?? '').replace(/\s+/g, ' ').trim(),
          svg,
          nodeCount: element.querySelectorAll('g.node').length,
          themeNodeFill: fill,
          configTheme: mermaid.mermaidAPI.getConfig().theme,
        };
      },
      { source, id: `diagram${counter++}` },
    );
  return { ...opened, renderDiagram };
}
