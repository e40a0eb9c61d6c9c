import { Command, CommanderError, Option } from 'commander';
import { createRequire } from 'node:module';
// Commands are imported when they run, so that `validate` never loads Handlebars and no command
// loads what another needs: start-up time counts for a tool run on every pull request.
import type { DiffCommandOptions } from './commands/diff.js';
import type { RenderCommandOptions } from './commands/render.js';
import type { ValidateOptions } from './commands/validate.js';
import { FORMAT_NAMES } from '../formatters/names.js';
import { EXIT_OK, EXIT_USAGE, UsageError, type CliIo } from './io.js';
import { addLimitOptions } from './limit-options.js';

const { version } = createRequire(import.meta.url)('../../package.json') as { version: string };

/** The options of every command that reads structures: which config, and the input limits. */
function addInputOptions(command: Command): void {
  command
    .option('-c, --config <file>', 'use this config file instead of the nearest .govcheck.yaml')
    .option('--no-config', 'ignore any .govcheck.yaml');
  addLimitOptions(command);
}

function collect(value: string, previous: string[]): string[] {
  return [...previous, value];
}

/**
 * Runs govcheck with the arguments after the program name and returns the exit code.
 * It never calls process.exit, so output written to a pipe is never cut short.
 */
export async function main(rawArgv: readonly string[], io: CliIo): Promise<number> {
  // --debug may stand anywhere; it only changes what an internal error prints.
  const debug = rawArgv.includes('--debug') || Boolean(io.env.GOVCHECK_DEBUG);
  const argv = rawArgv.filter((a) => a !== '--debug');
  let code = EXIT_OK;
  const program = new Command('govcheck')
    .description('Check, render and compare inter-municipal governance structures kept as YAML.')
    .version(version, '-v, --version', 'print the version')
    .helpOption('-h, --help', 'show help')
    .option('--debug', 'on an internal error, print the stack trace')
    .exitOverride()
    .configureOutput({
      writeOut: (s) => io.stdout(s),
      writeErr: (s) => io.stderr(s),
      outputError: (s, write) => write(s),
    })
    .showHelpAfterError('(run with --help for usage)');

  const validateCmd = program
    .command('validate')
    .description('check structure files against the schema and the governance rules')
    .argument('[paths...]', 'files, folders (searched for *.yaml and *.yml) or glob patterns', [])
    .addOption(new Option('-f, --format <format>', 'output format on standard output').choices(FORMAT_NAMES).default('stylish'))
    .option('--output-format <format=file>', 'also write this format to this file, whole or not at all (repeatable)', collect, [])
    .option('--max-warnings <n>', 'fail (exit 1) when there are more than n warnings')
    .addOption(new Option('--fail-on <severity>', 'the lowest severity that fails the run').choices(['error', 'warning']).default('error'))
    .option('-q, --quiet', 'report errors only')
    .option('--max-findings <n>', 'print at most n findings in stylish and github output (default 1000)')
    .option('--as-of <date>', "evaluate dated facts (appointments, regions) on this date instead of each file's date")
    .addHelpText(
      'after',
      '\nExit codes: 0 no errors, 1 findings at or above --fail-on (or over --max-warnings),\n2 a file or the config could not be read, an output could not be written, or bad usage.\n\nExamples:\n  govcheck validate examples\n  govcheck validate "structures/**/*.yaml" --format json\n  govcheck validate structures --format github --output-format sarif=govcheck.sarif --output-format junit=junit.xml',
    )
    .action(async (paths: string[], options: Omit<ValidateOptions, 'version'>) => {
      const { validateCommand } = await import('./commands/validate.js');
      code = await validateCommand(paths, { ...options, version }, io);
    });
  addInputOptions(validateCmd);

  const renderCmd = program
    .command('render')
    .description('make an organisation chart or a mandate summary in Markdown or HTML')
    .argument('<paths...>', 'structure files, folders or glob patterns')
    .option('-t, --template <name>', 'org-chart, mandates, participation (with --for), or the path of your own .hbs template', 'org-chart')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['md', 'html']).default('md'))
    .addOption(new Option('-l, --lang <lang>', 'language of labels and dates').choices(['da', 'en']).default('da'))
    .option('-o, --output <file or dir>', 'write to this file, or one file per structure into this folder (ends in /)')
    .option('--partials <dir>', 'a folder of your own partials (name.hbs) for your template')
    .option('--for <name>', 'the participation view: every forum this municipality (name, alias or code) or person takes part in, across all the structures, in one document')
    .option('--as-of <date>', "with --for: read appointments and the bodies' periods on this date (YYYY-MM-DD) instead of each structure's date")
    .addHelpText(
      'after',
      '\nThe structures are validated first; one with errors is not rendered (exit 1).\n--for makes one document for all the structures (template participation); a name that is both a\nmunicipality and a person means the municipality.\n\nExamples:\n  govcheck render examples/syddanmark-sundhed.yaml\n  govcheck render examples --template mandates --format html --lang en -o site/\n  govcheck render examples --for København --format html -o koebenhavn.html\n  govcheck render examples --for "Karsten Längerich" --as-of 2023-04-21',
    )
    .action(async (paths: string[], options: RenderCommandOptions, command: Command) => {
      const { renderCommand } = await import('./commands/render.js');
      code = await renderCommand(paths, { ...options, templateGiven: command.getOptionValueSource('template') === 'cli' }, io);
    });
  addInputOptions(renderCmd);

  const diffCmd = program
    .command('diff')
    .description('show what changed from one structure to the next, in governance terms')
    .usage('[options] <old> <new> [more...]')
    .argument('<files...>', 'two structure files, or more for a timeline; rev:path reads a file from git')
    .addOption(new Option('-f, --format <format>', 'output format').choices(['text', 'markdown', 'json']).default('text'))
    .addOption(new Option('-l, --lang <lang>', 'language of the changes and dates').choices(['da', 'en']).default('da'))
    .option('--exit-code', 'exit with 1 when there are changes, like git diff --exit-code')
    .addHelpText(
      'after',
      '\nBoth sides are validated first; a structure with errors is not compared (exit 1).\nAs a git diff driver: git config diff.govcheck.command "govcheck diff" (see docs/diff.md).\n\nExamples:\n  govcheck diff examples/5-by-2001.yaml examples/6-by-2007.yaml\n  govcheck diff HEAD~1:structures/kkr.yaml structures/kkr.yaml --format markdown --lang en\n  govcheck diff a.yaml b.yaml c.yaml --format json',
    )
    .action(async (files: string[], options: DiffCommandOptions) => {
      const { diffCommand } = await import('./commands/diff.js');
      code = await diffCommand(files, options, io);
    });
  addInputOptions(diffCmd);

  program
    .command('schema')
    .description('print the JSON Schema of a structure file (draft-07), or write it with -o')
    .option('-o, --output <file>', 'write the schema to this file instead of printing it')
    .action(async (options: { output?: string }) => {
      const { schemaCommand } = await import('./commands/schema.js');
      code = await schemaCommand(options, io);
    });

  program
    .command('rules')
    .description('list the rules with their default severity, or explain one with examples')
    .argument('[id]', 'a rule id, for example grouping-partitions-municipalities')
    .action(async (id: string | undefined) => {
      const { rulesCommand } = await import('./commands/rules.js');
      code = await rulesCommand(id, io);
    });

  program
    .command('registry')
    .description('look up Danish municipalities by name, alias, code or region')
    .argument('[query]', 'a name (Århus), alias, code (101 or 0101) or region (Syddanmark); all when left out')
    .option('--as-of <date>', 'show regions as on this date (Hovedstaden and Sjælland become Østdanmark on 2027-01-01)')
    .action(async (query: string | undefined, options: { asOf?: string }) => {
      const { registryCommand } = await import('./commands/registry.js');
      code = await registryCommand(query, options, io);
    });

  program
    .command('init')
    .description('write a starter structure, a .govcheck.yaml and a GitHub Actions workflow')
    .argument('[dir]', 'the folder to set up', '.')
    .option('--force', 'overwrite files that already exist')
    .action(async (dir: string, options: { force?: boolean }) => {
      const { initCommand } = await import('./commands/init.js');
      code = await initCommand(dir, options, io);
    });

  try {
    await program.parseAsync([...argv], { from: 'user' });
    if (argv.length === 0) {
      program.outputHelp();
      return EXIT_USAGE;
    }
    return code;
  } catch (error) {
    if (error instanceof CommanderError) {
      return error.code === 'commander.helpDisplayed' || error.code === 'commander.version' || error.code === 'commander.help' ? EXIT_OK : EXIT_USAGE;
    }
    if (error instanceof UsageError) {
      io.stderr(`govcheck: ${error.message}\n`);
      return EXIT_USAGE;
    }
    const message = (error instanceof Error ? error.message : String(error)).split('\n')[0];
    io.stderr(`govcheck: internal error: ${message}. Rerun with --debug for details, and please report it with the file that caused it.\n`);
    if (debug && error instanceof Error && error.stack) io.stderr(`${error.stack}\n`);
    return EXIT_USAGE;
  }
}
