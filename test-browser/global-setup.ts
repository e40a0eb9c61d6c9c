import { rmSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

/** Each run starts with an empty artifacts folder, so every file in it is from this run. */
export default function setup(): void {
  rmSync(fileURLToPath(new URL('./artifacts/', import.meta.url)), { recursive: true, force: true });
}
