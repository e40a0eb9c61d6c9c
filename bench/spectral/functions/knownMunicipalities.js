// Every municipality named in a structure is one of the 98, by name, alias or code, as govcheck reads
// them: case, hyphens and the spelling of æ/ø/å do not matter, and "… Kommune" may follow any name.
// (govcheck: no-unknown-municipality.)
import { CODES, NAMES } from './municipality-list.js';

const names = new Set(NAMES);
const codes = new Set(CODES);

function fold(text) {
  return text
    .toLowerCase()
    .replace(/å/g, 'aa')
    .replace(/æ/g, 'ae')
    .replace(/ø/g, 'oe')
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .replace(/[\s_.-]+/g, '-');
}

function known(ref) {
  if (typeof ref === 'number') return Number.isInteger(ref) && codes.has(ref);
  if (typeof ref !== 'string') return true; // the schema reports other types
  const text = ref.trim();
  if (/^\d{1,4}$/.test(text)) return codes.has(Number(text));
  const key = fold(text);
  const bare = key.replace(/-?kommune$/, '');
  return names.has(key) || names.has(bare.replace(/s$/, '')) || names.has(bare);
}

/** Walks the whole document: `municipality` values, and lists under `municipalities` and `partitions`. */
function walk(node, path, out) {
  if (Array.isArray(node)) {
    node.forEach((v, i) => walk(v, [...path, i], out));
    return;
  }
  if (!node || typeof node !== 'object') return;
  for (const [key, value] of Object.entries(node)) {
    const at = [...path, key];
    if (key === 'municipality' && (typeof value === 'string' || typeof value === 'number')) {
      if (!known(value)) out.push({ message: `"${value}" is not a Danish municipality.`, path: at });
    } else if ((key === 'municipalities' || key === 'partitions') && Array.isArray(value)) {
      value.forEach((v, i) => {
        if ((typeof v === 'string' || typeof v === 'number') && !known(v)) out.push({ message: `"${v}" is not a Danish municipality.`, path: [...at, i] });
        else walk(v, [...at, i], out);
      });
    } else {
      walk(value, at, out);
    }
  }
}

export default function knownMunicipalities(doc) {
  const out = [];
  walk(doc, [], out);
  return out;
}
