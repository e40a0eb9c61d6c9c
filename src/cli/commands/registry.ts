import { MUNICIPALITIES, findMunicipality, regionOn, suggestMunicipality } from '../../model/registry.js';
import { foldForComparison } from '../../suggest.js';
import { EXIT_FINDINGS, EXIT_OK, type CliIo } from '../io.js';

/** `govcheck registry [query]`: look municipalities up by name, alias, code or region. */
export async function registryCommand(query: string | undefined, options: { asOf?: string }, io: CliIo): Promise<number> {
  const date = options.asOf ?? new Date().toISOString().slice(0, 10);
  const exact = query === undefined ? undefined : findMunicipality(query);
  const folded = query === undefined ? '' : foldForComparison(query);
  const matches = exact
    ? [exact]
    : MUNICIPALITIES.filter(
        (m) =>
          query === undefined ||
          foldForComparison(m.name).includes(folded) ||
          m.aliases.some((a) => foldForComparison(a).includes(folded)) ||
          foldForComparison(regionOn(m, date)) === folded,
      );
  if (matches.length === 0) {
    const guess = query === undefined ? undefined : suggestMunicipality(query);
    io.stdout(`No municipality matches "${query}".${guess ? ` Did you mean ${guess}?` : ''}\n`);
    return EXIT_FINDINGS;
  }
  const rows = matches.map((m) => [m.code.padStart(4, '0'), m.name, `Region ${regionOn(m, date)}`, m.aliases.join(', ')]);
  const widths = [4, Math.max(...rows.map((r) => r[1]!.length)), Math.max(...rows.map((r) => r[2]!.length))];
  io.stdout(
    `${rows.map((r) => `${r[0]}  ${r[1]!.padEnd(widths[1]!)}  ${r[2]!.padEnd(widths[2]!)}  ${r[3]}`.trimEnd()).join('\n')}\n` +
      `\n${matches.length} ${matches.length === 1 ? 'municipality' : 'municipalities'}, regions as on ${date}.\n`,
  );
  return EXIT_OK;
}
