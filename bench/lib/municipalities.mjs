// The 98 municipalities, read from govcheck's own registry (src/model/municipality-data.ts, itself
// generated from the reference data), so that the benchmark never drifts from what govcheck knows.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const SOURCE = fileURLToPath(new URL('../../src/model/municipality-data.ts', import.meta.url));

export function loadMunicipalities() {
  const rows = [];
  for (const line of readFileSync(SOURCE, 'utf8').split('\n')) {
    const m = /^\s*(\[".*\]),?\s*$/.exec(line);
    if (!m) continue;
    const [code, name, region, aliases] = JSON.parse(m[1]);
    rows.push({ code, name, region, aliases });
  }
  if (rows.length !== 98) throw new Error(`expected 98 municipalities in ${SOURCE}, read ${rows.length}`);
  return rows;
}

// govcheck's own folding (case, æ/ø/å spelling and separators do not matter); `npm run build` first.
import { foldForComparison as fold } from '../../dist/suggest.js';
export { fold };

/** An id from a Danish name: lower case, æ/ø/å spelt out, hyphens. */
export function slug(text) {
  return fold(text).replace(/[^a-z0-9-]+/g, '-').replace(/-+/g, '-').replace(/^-|-$/g, '');
}
