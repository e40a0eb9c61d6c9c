import Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StructureModel } from '../model/build-model.js';
import { escapeMarkdown } from './escape.js';
import { formatDate, label, LANGS, type Lang } from './labels.js';
import { mermaidOrgChart } from './mermaid.js';
import { buildView, type StructureView } from './view-model.js';

export type RenderFormat = 'md' | 'html';
export const RENDER_FORMATS: readonly RenderFormat[] = ['md', 'html'];
export const BUILT_IN_TEMPLATES = ['org-chart', 'mandates'] as const;

/** Where the built-in templates and partials are: `templates/` in the package. */
export const TEMPLATES_DIR = fileURLToPath(new URL('../../templates/', import.meta.url));

export interface RenderOptions {
  /** A built-in template name, or the path of a user's `.hbs` file. */
  template: string;
  format: RenderFormat;
  lang: Lang;
  /** A folder of the user's own partials (`name.hbs`), which may use and override the built-in ones. */
  partialsDir?: string;
  /** The structure file's name, shown in the document's footer. */
  file: string;
}

/** A problem with a template (not with the structure): a syntax error or a field that does not exist. */
export class TemplateError extends Error {}

type Runtime = typeof Handlebars;
const compiled = new Map<string, HandlebarsTemplateDelegate>();
let environments: Partial<Record<RenderFormat, Runtime>> = {};

/**
 * Renders one structure (that passed validation) with a template. Handlebars runs as an isolated
 * instance in strict mode, with prototype access off: a field a template names that the view does
 * not have is an error that names the template, the line and the field.
 */
export function renderStructure(model: StructureModel, options: RenderOptions): string {
  const view = buildView(model, options.file, options.lang);
  view.mermaid = mermaidOrgChart(view);
  const env = environment(options.format, options.partialsDir);
  const { name, source } = templateSource(options.template, options.format);
  const key = `${options.format}\u0000${options.partialsDir ?? ''}\u0000${name}`;
  let template = compiled.get(key);
  if (!template) {
    template = env.compile(source, { strict: true, noEscape: options.format === 'md' });
    compiled.set(key, template);
  }
  const data = options.format === 'md' ? escapeForMarkdown(view) : view;
  try {
    return template(data, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (error) {
    throw templateError(name, error);
  }
}

function templateSource(template: string, format: RenderFormat): { name: string; source: string } {
  if ((BUILT_IN_TEMPLATES as readonly string[]).includes(template)) {
    const name = `${template}.${format}.hbs`;
    return { name, source: readFileSync(join(TEMPLATES_DIR, name), 'utf8') };
  }
  try {
    return { name: template, source: readFileSync(template, 'utf8') };
  } catch {
    throw new TemplateError(`The template ${template} cannot be read. Use org-chart, mandates or the path of a .hbs file.`);
  }
}

function templateError(name: string, error: unknown): TemplateError {
  const message = error instanceof Error ? error.message : String(error);
  const at = /(\d+):(\d+)/.exec(message) ?? /line (\d+)/.exec(message);
  const field = /"([^"]+)" not defined/.exec(message)?.[1];
  const where = at ? ` line ${at[1]}${at[2] ? `, column ${Number(at[2]) + 1}` : ''}` : '';
  if (field) return new TemplateError(`Template ${name},${where}: the field "${field}" does not exist here. Check its spelling against docs/templates.md.`);
  return new TemplateError(`Template ${name}${where ? `,${where}` : ''}: ${message.split('\n')[0]}`);
}

/** One Handlebars instance per format (the partials differ), with govcheck's helpers and partials. */
function environment(format: RenderFormat, partialsDir: string | undefined): Runtime {
  const cacheKey = format;
  let env = partialsDir === undefined ? environments[cacheKey] : undefined;
  if (env) return env;
  env = Handlebars.create();
  registerHelpers(env, format);
  registerPartials(env, join(TEMPLATES_DIR, 'partials'), format);
  if (partialsDir !== undefined) registerPartials(env, partialsDir, format);
  if (partialsDir === undefined) environments[cacheKey] = env;
  return env;
}

function registerPartials(env: Runtime, dir: string, format: RenderFormat): void {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort();
  } catch {
    throw new TemplateError(`The partials folder ${dir} cannot be read.`);
  }
  for (const file of files) {
    // `x.md.hbs` and `x.html.hbs` are the same partial `x` for each format; `x.hbs` serves both.
    const match = /^(.*?)(?:\.(md|html))?\.hbs$/.exec(file)!;
    if (match[2] !== undefined && match[2] !== format) continue;
    env.registerPartial(match[1]!, readFileSync(join(dir, file), 'utf8'));
  }
}

function registerHelpers(env: Runtime, format: RenderFormat): void {
  const escape = (text: string) => (format === 'md' ? escapeMarkdown(text) : text);
  const langOf = (options: Handlebars.HelperOptions): Lang => {
    const lang = (options.data?.root as StructureView | undefined)?.lang;
    return lang && LANGS.includes(lang) ? lang : 'da';
  };
  env.registerHelper('t', function (this: unknown, key: string, options: Handlebars.HelperOptions) {
    const values = Object.fromEntries(Object.entries(options.hash ?? {}).map(([k, v]) => [k, String(v)]));
    return escape(label(langOf(options), String(key), values));
  });
  env.registerHelper('date', (iso: string, options: Handlebars.HelperOptions) => escape(formatDate(String(iso), langOf(options))));
  env.registerHelper('join', (list: unknown, separator: unknown) => (Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : ''));
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  env.registerHelper('or', (...args: unknown[]) => args.slice(0, -1).some(Boolean));
  env.registerHelper('and', (...args: unknown[]) => args.slice(0, -1).every(Boolean));
  env.registerHelper('size', (list: unknown) => (Array.isArray(list) ? list.length : 0));
}

function escapeForMarkdown(view: StructureView): StructureView {
  const walk = (value: unknown, key?: string): unknown => {
    if (typeof value === 'string') return key === 'mermaid' || key === 'anchor' ? value : escapeMarkdown(value);
    if (Array.isArray(value)) return value.map((v) => walk(v));
    if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, k)]));
    return value;
  };
  return walk(view) as StructureView;
}

/** For tests and a long-running process: forget compiled templates and partials. */
export function resetTemplateCache(): void {
  compiled.clear();
  environments = {};
}

