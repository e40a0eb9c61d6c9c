import { mkdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { formatStylish } from '../../formatters/stylish.js';
import { label, LANGS, type Lang } from '../../render/labels.js';
import { BUILT_IN_TEMPLATES, PARTICIPATION_TEMPLATE, RENDER_FORMATS, renderParticipation, renderStructure, TemplateError, type RenderFormat } from '../../render/render.js';
import { participation, UnknownSubjectError } from '../../participation/index.js';
import { foldForComparison } from '../../suggest.js';
import { summarize, validate } from '../../validate.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, useColor, type CliIo } from '../io.js';
import { loadCliConfig } from '../load-cli-config.js';
import { parseLimits, type LimitOptions } from '../limit-options.js';
import { writeFileAtomic } from '../write-file-atomic.js';
import { createPainter } from '../../formatters/paint.js';
import { isIsoDate } from '../../schema/iso-date.js';

export interface RenderCommandOptions extends LimitOptions {
  template: string;
  format: string;
  lang: string;
  output?: string;
  partials?: string;
  config?: string | false;
  /** `--for`: the municipality (name, alias or code) or person of the participation view. */
  for?: string;
  /** `--as-of`: read appointments and the bodies' periods on this date instead of each structure's date. */
  asOf?: string;
  /** Whether --template was given (rather than left at its default), so that --for alone means the participation view. */
  templateGiven?: boolean;
}

/**
 * `govcheck render <files…>`: validates first (a structure with errors is not rendered), renders every
 * file, then writes: to standard output, to one file, or one file per structure into a folder.
 */
export async function renderCommand(paths: string[], options: RenderCommandOptions, io: CliIo): Promise<number> {
  if (!(RENDER_FORMATS as readonly string[]).includes(options.format)) throw new UsageError(`Unknown format "${options.format}". Use md or html.`);
  if (!(LANGS as readonly string[]).includes(options.lang)) throw new UsageError(`Unknown language "${options.lang}". Use da or en.`);
  const format = options.format as RenderFormat;
  const lang = options.lang as Lang;
  const participationView = options.template === PARTICIPATION_TEMPLATE || options.for !== undefined;
  if (participationView) checkParticipationOptions(options);
  else if (options.asOf !== undefined) throw new UsageError('--as-of goes with --for (the participation view): govcheck render <files…> --for <municipality or person> --as-of YYYY-MM-DD.');
  const builtIn = participationView ? options.template === PARTICIPATION_TEMPLATE || options.templateGiven !== true : (BUILT_IN_TEMPLATES as readonly string[]).includes(options.template);
  const template = builtIn ? (participationView ? PARTICIPATION_TEMPLATE : options.template) : resolve(io.cwd, options.template);
  const partialsDir = options.partials === undefined ? undefined : resolve(io.cwd, options.partials);
  const limits = parseLimits(options);

  const { config, diagnostics: configProblems } = await loadCliConfig(options.config, io);
  if (configProblems.length > 0) {
    io.stderr(formatStylish(summarize([{ file: configProblems[0]!.file, diagnostics: configProblems, suppressed: [] }])));
    return EXIT_USAGE;
  }
  const report = await validate(paths, { cwd: io.cwd, config, limits });
  if (report.errorCount > 0 || report.warningCount > 0) io.stderr(formatStylish(report, { paint: await createPainter(useColor({ ...io, stdoutIsTTY: false })) }));
  if (report.fatalCount > 0) return EXIT_USAGE;
  if (report.errorCount > 0) {
    io.stderr('govcheck: nothing was rendered, because the structures above have errors.\n');
    return EXIT_FINDINGS;
  }

  if (participationView) {
    return renderParticipationDocument(
      report.files.map((f) => ({ model: f.model!, file: f.file })),
      { who: options.for!, asOf: options.asOf, lang, format, template, partialsDir, output: options.output },
      io,
    );
  }

  if (options.output === undefined && report.files.length > 1 && format === 'html') {
    throw new UsageError('Several structures make several HTML pages: give a folder with -o.');
  }
  const rendered: { file: string; text: string }[] = [];
  for (const file of report.files) {
    try {
      rendered.push({ file: file.file, text: renderStructure(file.model!, { template, format, lang, partialsDir, file: file.file }) });
    } catch (error) {
      if (error instanceof TemplateError) throw new UsageError(error.message);
      throw error;
    }
  }

  if (options.output === undefined) {
    io.stdout(rendered.map((r) => r.text).join('\n'));
    return EXIT_OK;
  }
  const target = resolve(io.cwd, options.output);
  const isDirectory = options.output.endsWith('/') || rendered.length > 1 || (await stat(target).then((s) => s.isDirectory(), () => false));
  if (!isDirectory) {
    await writeFileAtomic(target, rendered[0]!.text);
    return EXIT_OK;
  }
  await mkdir(target, { recursive: true });
  const templateName = basename(template).replace(/\.hbs$/, '').replace(/\.(md|html)$/, '');
  for (const { file, text } of rendered) {
    await writeFileAtomic(join(target, `${basename(file, extname(file))}.${templateName}.${format}`), text);
  }
  return EXIT_OK;
}

/** --template participation needs --for; --for goes with the participation template or the user's own. */
function checkParticipationOptions(options: RenderCommandOptions): void {
  if (options.for === undefined) {
    throw new UsageError('The participation template needs --for <municipality or person>, for example --for København or --for "Karsten Längerich".');
  }
  if (options.templateGiven === true && (BUILT_IN_TEMPLATES as readonly string[]).includes(options.template)) {
    throw new UsageError(`--for makes the participation view; it does not go with --template ${options.template}. Leave out --template, or use --template participation.`);
  }
  if (options.for.trim() === '') throw new UsageError('--for needs the name, alias or code of a municipality, or the name of a person.');
  if (options.asOf !== undefined && !isIsoDate(options.asOf)) {
    throw new UsageError(`--as-of needs a date written YYYY-MM-DD, like 2023-04-21; "${options.asOf}" is not.`);
  }
}

interface ParticipationDocumentOptions {
  who: string;
  asOf?: string;
  lang: Lang;
  format: RenderFormat;
  template: string;
  partialsDir?: string;
  output?: string;
}

/**
 * The participation view of every structure given, as one document: to standard output, to a file, or
 * (for a folder) to `participation-<name>.<format>` in it.
 */
async function renderParticipationDocument(inputs: Parameters<typeof participation>[0], options: ParticipationDocumentOptions, io: CliIo): Promise<number> {
  let text: string;
  let name: string;
  try {
    const view = participation(inputs, options.who, options.asOf, options.lang);
    if (view.note !== undefined) io.stderr(`govcheck: ${label('en', 'p_alsoPerson', { query: options.who.trim(), municipality: view.name })}\n`);
    name = view.name;
    text = renderParticipation(view, { template: options.template, format: options.format, partialsDir: options.partialsDir });
  } catch (error) {
    if (error instanceof UnknownSubjectError || error instanceof TemplateError) throw new UsageError(error.message);
    throw error;
  }
  if (options.output === undefined) {
    io.stdout(text);
    return EXIT_OK;
  }
  const target = resolve(io.cwd, options.output);
  const isDirectory = options.output.endsWith('/') || (await stat(target).then((s) => s.isDirectory(), () => false));
  if (!isDirectory) {
    await writeFileAtomic(target, text);
    return EXIT_OK;
  }
  await mkdir(target, { recursive: true });
  const slug = foldForComparison(name).replace(/[^a-z0-9-]+/g, '-').replace(/^-+|-+$/g, '') || 'view';
  await writeFileAtomic(join(target, `participation-${slug}.${options.format}`), text);
  return EXIT_OK;
}

