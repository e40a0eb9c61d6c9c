import { mkdir, stat } from 'node:fs/promises';
import { basename, extname, join, resolve } from 'node:path';
import { formatStylish } from '../../formatters/stylish.js';
import { LANGS, type Lang } from '../../render/labels.js';
import { BUILT_IN_TEMPLATES, RENDER_FORMATS, renderStructure, TemplateError, type RenderFormat } from '../../render/render.js';
import { summarize, validate } from '../../validate.js';
import { EXIT_FINDINGS, EXIT_OK, EXIT_USAGE, UsageError, useColor, type CliIo } from '../io.js';
import { loadCliConfig } from '../load-cli-config.js';
import { parseLimits, type LimitOptions } from '../limit-options.js';
import { writeFileAtomic } from '../write-file-atomic.js';
import { createPainter } from '../../formatters/paint.js';

export interface RenderCommandOptions extends LimitOptions {
  template: string;
  format: string;
  lang: string;
  output?: string;
  partials?: string;
  config?: string | false;
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
  const template = (BUILT_IN_TEMPLATES as readonly string[]).includes(options.template) ? options.template : resolve(io.cwd, options.template);
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
