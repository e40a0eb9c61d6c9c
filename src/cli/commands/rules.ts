import { Chalk } from 'chalk';
import { EXAMPLE_HEADER, EXAMPLE_HEADER_LINES } from '../../engine/rule.js';
import { BUILT_IN_RULES } from '../../rules/index.js';
import { closest } from '../../suggest.js';
import { validateSource } from '../../validate.js';
import { EXIT_OK, UsageError, useColor, type CliIo } from '../io.js';


/** `govcheck rules [id]`: every rule with its default severity, or one rule explained with examples. */
export async function rulesCommand(id: string | undefined, io: CliIo): Promise<number> {
  const c = new Chalk({ level: useColor(io) ? 1 : 0 });
  if (id === undefined) {
    const width = Math.max(...BUILT_IN_RULES.map((r) => r.id.length));
    const lines = BUILT_IN_RULES.map((r) => `${r.id.padEnd(width)}  ${r.meta.defaultSeverity.padEnd(7)}  ${r.meta.description}`);
    io.stdout(`${lines.join('\n')}\n\n${BUILT_IN_RULES.length} rules. Run \`govcheck rules <id>\` to see one explained with examples.\n`);
    return EXIT_OK;
  }
  const rule = BUILT_IN_RULES.find((r) => r.id === id);
  if (!rule) {
    const guess = closest(id, BUILT_IN_RULES.map((r) => r.id));
    throw new UsageError(`There is no rule "${id}".${guess ? ` Did you mean "${guess}"?` : ''} Run \`govcheck rules\` to list them.`);
  }
  const findings = validateSource(EXAMPLE_HEADER + rule.meta.examples.failing, 'example.yaml', { rules: [rule] }).diagnostics;
  const indent = (text: string) => text.replace(/^/gm, '    ').trimEnd();
  const options = Object.keys(rule.meta.defaultOptions as object);
  io.stdout(
    [
      c.bold(rule.id),
      '',
      rule.meta.description,
      '',
      `Default severity: ${rule.meta.defaultSeverity}`,
      `Options: ${options.length > 0 ? JSON.stringify(rule.meta.defaultOptions) : 'none'}`,
      '',
      c.red('Fails:'),
      indent(rule.meta.examples.failing),
      '',
      ...findings.map((d) => `  ${d.line - EXAMPLE_HEADER_LINES}:${d.column}  ${d.message}`),
      '',
      c.green('Passes:'),
      indent(rule.meta.examples.passing),
      '',
      `More: docs/rules/${rule.id}.md`,
      '',
    ].join('\n'),
  );
  return EXIT_OK;
}
