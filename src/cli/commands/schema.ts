import { resolve } from 'node:path';
import { STRUCTURE_SCHEMA } from '../../schema/validate-schema.js';
import { EXIT_OK, type CliIo } from '../io.js';
import { writeFileAtomic } from '../write-file-atomic.js';

/** `govcheck schema [-o FILE]`: the JSON Schema of a structure file, for editors and other tools. */
export async function schemaCommand(options: { output?: string }, io: CliIo): Promise<number> {
  const text = `${JSON.stringify(STRUCTURE_SCHEMA, null, 2)}\n`;
  if (options.output) await writeFileAtomic(resolve(io.cwd, options.output), text);
  else io.stdout(text);
  return EXIT_OK;
}
