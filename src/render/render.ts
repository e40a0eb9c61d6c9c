import type Handlebars from 'handlebars';
import { readdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { StructureModel } from '../model/build-model.js';
import { escapeMarkdown } from './escape.js';
import { loadBuilt } from '../load/load-built.js';
import { boundedMemo } from '../bounded-memo.js';
import { formatDate, label, LANGS, type Lang } from './labels.js';
import { mermaidOrgChart } from './mermaid.js';
import { buildView, type StructureView } from './view-model.js';
import type { ParticipationView } from '../participation/view.js';

export type RenderFormat = 'md' | 'html';
export const RENDER_FORMATS: readonly RenderFormat[] = ['md', 'html'];
export const BUILT_IN_TEMPLATES = ['org-chart', 'mandates'] as const;
/** The built-in template of the participation view (`renderParticipation`), not of a single structure. */
export const PARTICIPATION_TEMPLATE = 'participation';

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
let environments: Partial<Record<string, Runtime>> = {};

const require = createRequire(import.meta.url);

/** How every template and partial is compiled: a missing field is an error; Markdown is escaped in the view, not by Handlebars. */
export const compileOptions = (format: RenderFormat) => ({ strict: true, noEscape: format === 'md', knownHelpers: KNOWN_HELPERS });

/** govcheck's helpers (registerHelpers), called directly by compiled templates instead of looked up by name. */
const KNOWN_HELPERS = { t: true, date: true, join: true, eq: true, or: true, and: true, size: true } as const;

type TemplateSpec = Parameters<Runtime['template']>[0];
interface PrecompiledFormat {
  templates: Record<string, TemplateSpec>;
  partials: Record<string, TemplateSpec>;
  /** The built-in templates of this format that show the org chart's diagram (they or a partial name `mermaid`). */
  mermaid: string[];
}
const precompiledTemplates: Partial<Record<RenderFormat, PrecompiledFormat | null>> = {};

/**
 * The built-in templates and partials of one format compiled at build time
 * (scripts/build-templates.mjs), when this runs from dist/; then only Handlebars' runtime is loaded,
 * not its compiler, unless a template or partial of the user's needs it.
 */
function precompiled(format: RenderFormat): PrecompiledFormat | undefined {
  if (precompiledTemplates[format] === undefined) {
    try {
      precompiledTemplates[format] = loadBuilt(`../render/precompiled-${format}.cjs`, import.meta.url) as PrecompiledFormat;
    } catch {
      precompiledTemplates[format] = null;
    }
  }
  return precompiledTemplates[format] ?? undefined;
}

/** Handlebars' runtime, as the build bundled it into one file beside this one, else from the package. */
function handlebarsRuntime(): Runtime {
  try {
    return loadBuilt('../render/handlebars-runtime.cjs', import.meta.url) as Runtime;
  } catch {
    return require('handlebars/runtime') as Runtime;
  }
}

/**
 * Renders one structure (that passed validation) with a template. Handlebars runs as an isolated
 * instance in strict mode, with prototype access off: a field a template names that the view does
 * not have is an error that names the template, the line and the field.
 */
export function renderStructure(model: StructureModel, options: RenderOptions): string {
  const view = buildView(model, options.file, options.lang);
  // The diagram is drawn only for a template that may show it: the build knows which built-ins do.
  const builtIn = (BUILT_IN_TEMPLATES as readonly string[]).includes(options.template);
  if (!builtIn || (precompiled(options.format)?.mermaid.includes(options.template) ?? true)) view.mermaid = mermaidOrgChart(view);
  return renderView(view, options.template, options.format, options.partialsDir, BUILT_IN_TEMPLATES);
}

export interface ParticipationRenderOptions {
  /** `participation` (the built-in template), or the path of a user's `.hbs` file. */
  template?: string;
  format: RenderFormat;
  /** A folder of the user's own partials (`name.hbs`), which may use and override the built-in ones. */
  partialsDir?: string;
}

/**
 * Renders a participation view (see `participation()`): one document for all the structures it was
 * built from, in the view's language. The same Handlebars rules as `renderStructure`: strict mode,
 * HTML escaped by Handlebars, every string of the view escaped for Markdown before the template sees it.
 */
export function renderParticipation(view: ParticipationView, options: ParticipationRenderOptions): string {
  return renderView(view, options.template ?? PARTICIPATION_TEMPLATE, options.format, options.partialsDir, [PARTICIPATION_TEMPLATE]);
}

function renderView(view: object, template: string, format: RenderFormat, partialsDir: string | undefined, builtIns: readonly string[]): string {
  const builtIn = builtIns.includes(template);
  const spec = builtIn ? precompiled(format)?.templates[template] : undefined;
  const env = environment(format, partialsDir, spec === undefined);
  const name = builtIn ? `${template}.${format}.hbs` : template;
  const key = `${format}\u0000${partialsDir ?? ''}\u0000${name}`;
  let compiledTemplate = compiled.get(key);
  if (!compiledTemplate) {
    compiledTemplate = spec ? env.template(spec) : env.compile(templateSource(template, format, builtIns), compileOptions(format));
    compiled.set(key, compiledTemplate);
  }
  const data = format === 'md' ? escapeForMarkdown(view) : view;
  try {
    return compiledTemplate(data, { allowProtoPropertiesByDefault: false, allowProtoMethodsByDefault: false });
  } catch (error) {
    throw templateError(name, error);
  }
}

function templateSource(template: string, format: RenderFormat, builtIns: readonly string[]): string {
  if (builtIns.includes(template)) return readFileSync(join(TEMPLATES_DIR, `${template}.${format}.hbs`), 'utf8');
  try {
    return readFileSync(template, 'utf8');
  } catch {
    if (template === PARTICIPATION_TEMPLATE) {
      throw new TemplateError('The participation template shows one municipality or person across structures: render it with --for (or renderParticipation).');
    }
    if (builtIns.includes(PARTICIPATION_TEMPLATE)) throw new TemplateError(`The template ${template} cannot be read. Use participation or the path of a .hbs file.`);
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

/**
 * One Handlebars instance per format (the partials differ), with govcheck's helpers and partials:
 * the runtime alone when everything it will run was compiled at build time.
 */
function environment(format: RenderFormat, partialsDir: string | undefined, compiles: boolean): Runtime {
  const needsCompiler = compiles || partialsDir !== undefined || precompiled(format) === undefined;
  const cacheKey = `${format}:${needsCompiler}`;
  let env = partialsDir === undefined ? environments[cacheKey] : undefined;
  if (env) return env;
  env = (needsCompiler ? (require('handlebars') as Runtime) : handlebarsRuntime()).create();
  registerHelpers(env, format);
  const built = precompiled(format);
  if (built) for (const [name, spec] of Object.entries(built.partials)) env.registerPartial(name, env.template(spec));
  else registerPartials(env, join(TEMPLATES_DIR, 'partials'), format);
  if (partialsDir !== undefined) registerPartials(env, partialsDir, format);
  if (partialsDir === undefined) environments[cacheKey] = env;
  return env;
}

/** Partials from .hbs files, compiled (when first used) with the templates' options. */
function registerPartials(env: Runtime, dir: string, format: RenderFormat): void {
  let files: string[];
  try {
    files = readdirSync(dir).filter((f) => f.endsWith('.hbs')).sort();
  } catch {
    throw new TemplateError(`The partials folder ${dir} cannot be read.`);
  }
  for (const file of files) {
    // `x.md.hbs` and `x.html.hbs` are the same partial `x` for each format; `x.hbs` serves both.
    const match = PARTIAL_FILE.exec(file)!;
    if (match[2] !== undefined && match[2] !== format) continue;
    env.registerPartial(match[1]!, env.compile(readFileSync(join(dir, file), 'utf8'), compileOptions(format)));
  }
}

/** Shared with scripts/build-templates.mjs, which must register the same partials in the same order. */
export const PARTIAL_FILE = /^(.*?)(?:\.(md|html))?\.hbs$/;

function registerHelpers(env: Runtime, format: RenderFormat): void {
  const escape = format === 'md' ? escapeMarkdownOnce : (text: string) => text;
  const langOf = (options: Handlebars.HelperOptions): Lang => {
    const lang = (options.data?.root as StructureView | undefined)?.lang;
    return lang && LANGS.includes(lang) ? lang : 'da';
  };
  env.registerHelper('t', function (this: unknown, key: string, options: Handlebars.HelperOptions) {
    // Most labels take no values: a national structure asks for tens of thousands of them.
    const hash = (options.hash ?? {}) as Record<string, unknown>;
    let values: Record<string, string> | undefined;
    for (const k of Object.keys(hash)) (values ??= Object.create(null) as Record<string, string>)[k] = String(hash[k]);
    return escape(label(langOf(options), String(key), values));
  });
  env.registerHelper('date', (iso: string, options: Handlebars.HelperOptions) => escape(formatDate(String(iso), langOf(options))));
  env.registerHelper('join', (list: unknown, separator: unknown) => (Array.isArray(list) ? list.join(typeof separator === 'string' ? separator : ', ') : ''));
  env.registerHelper('eq', (a: unknown, b: unknown) => a === b);
  // The last argument is Handlebars' options object, not a value.
  env.registerHelper('or', function (this: unknown) {
    for (let i = 0; i < arguments.length - 1; i++) if (arguments[i]) return true;
    return false;
  });
  env.registerHelper('and', function (this: unknown) {
    for (let i = 0; i < arguments.length - 1; i++) if (!arguments[i]) return false;
    return true;
  });
  env.registerHelper('size', (list: unknown) => (Array.isArray(list) ? list.length : 0));
  // Handlebars' own `each` makes two lists, a string and an object for every item, for block
  // parameters (`as |item|`) and paths that a block without them never reads; a national page
  // iterates tens of thousands of items. Such lists take this loop, which does what the original
  // does for them; anything else (block parameters, objects, no @data) goes to the original.
  const each = env.helpers.each!;
  env.registerHelper('each', function (this: unknown, context: unknown, options?: Handlebars.HelperOptions) {
    const fn = options?.fn as (Handlebars.TemplateDelegate & { blockParams?: number }) | undefined;
    if (!options || !fn || fn.blockParams || !Array.isArray(context) || !options.data || 'ids' in options) return each.apply(this, arguments as never);
    const data: Record<string, unknown> = { ...options.data, _parent: options.data };
    const item = { data };
    let out = '';
    for (let i = 0; i < context.length; i++) {
      if (!(i in context)) continue;
      data.key = i;
      data.index = i;
      data.first = i === 0;
      data.last = i === context.length - 1;
      out += fn(context[i], item);
    }
    return context.length === 0 ? options.inverse(this) : out;
  });
}

/**
 * Names, labels and dates repeat (a national view has tens of thousands of strings, some thousands
 * distinct): each is escaped for Markdown once, by the view's walk and the helpers alike.
 */
const escapeMarkdownOnce = boundedMemo(escapeMarkdown);

/** Objects with at least this many keys are walked once however often the view refers to them. */
const MEMO_KEYS = 8;

function escapeForMarkdown<T>(view: T): T {
  // Copy on write: an object or list is copied only when a string in it needs escaping, never edited
  // in place (the view may share objects with the model). Most strings need nothing, so most of the
  // national file's hundreds of thousands of values are passed on as they are. The view shares
  // objects (a municipality, a period) between many places: each is walked once.
  const done = new Map<object, unknown>();
  const walk = (value: unknown, key: string | undefined): unknown => {
    if (typeof value === 'string') return key === 'mermaid' || key === 'anchor' ? value : escapeMarkdownOnce(value);
    if (value === null || typeof value !== 'object') return value;
    if (Array.isArray(value)) {
      let out: unknown[] | undefined;
      for (let i = 0; i < value.length; i++) {
        const v = walk(value[i], undefined);
        if (v !== value[i]) (out ??= value.slice())[i] = v;
      }
      return out ?? value;
    }
    const record = value as Record<string, unknown>;
    const keys = Object.keys(record);
    // In a structure's view only the bodies' views are shared (by the lists, the tree and the chart),
    // and they are large: objects of a few keys (links, members, periods) are walked where they are
    // met, without the memo; one met twice is only walked twice.
    const shared = keys.length >= MEMO_KEYS;
    if (shared && done.has(value)) return done.get(value);
    let out: Record<string, unknown> | undefined;
    for (const k of keys) {
      const v = walk(record[k], k);
      if (v === record[k]) continue;
      setData((out ??= copyOf(record)), k, v);
    }
    if (shared) done.set(value, out ?? value);
    return out ?? value;
  };
  return walk(view, undefined) as T;
}

/** A plain copy of an object's own enumerable properties. */
function copyOf(record: Record<string, unknown>): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const k of Object.keys(record)) setData(out, k, record[k]);
  return out;
}

/** Sets a property, an own `__proto__` key as data (an assignment would set the prototype). */
function setData(out: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(out, key, { value, enumerable: true, writable: true, configurable: true });
  else out[key] = value;
}

/** For tests and a long-running process: forget compiled templates and partials. */
export function resetTemplateCache(): void {
  compiled.clear();
  environments = {};
}

