#!/usr/bin/env node
// Writes the benchmark corpus, deterministically from a seed, into a gitignored folder:
//
//   6-by.yaml                 a file the size of examples/6-by-2007.yaml
//   national.yaml             all 98 municipalities, ~2,000 bodies, 15,000 appointments (3–4 MB)
//   national-next.yaml        the same a month later, about 1% changed (for `govcheck diff`)
//   series/appointments-{1k,10k,100k}[-next].yaml   the national shape at 1k, 10k and 100k appointments
//   files/NNNN-*.yaml         1,000 structures (~12 MB), 5% with one injected error each
//   manifest.json             seed, sizes, and which corpus files carry which error
//
// Usage: node bench/generate.mjs [--seed S] [--out DIR] [--files N] [--error-rate R] [--force]
// It skips the work when DIR/manifest.json already records the same seed, options and generator.
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readFileSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { ERROR_KINDS, injectError, nextVersion } from './lib/edits.mjs';
import { fold, loadMunicipalities, slug } from './lib/municipalities.mjs';
import { Rng } from './lib/rng.mjs';
import { writeSpectralRuleset } from './lib/spectral-ruleset.mjs';
import { REGIONS, buildStructure } from './lib/structure.mjs';
import { toYaml } from './lib/yaml-writer.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');

export const DEFAULTS = { seed: 'govcheck-bench-1', out: join(HERE, 'corpus'), files: 1000, errorRate: 0.05 };

/** National shape: networks (bodies without appointments) per appointment, and how lean they are. */
const NATIONAL = { appointments: 15_000, networksPerAppointment: 1150 / 15_000, detail: 0 };
const SERIES = [
  ['1k', 1_000],
  ['10k', 10_000],
  ['100k', 100_000],
];

/** A hash of everything that decides the output, so a stale corpus is regenerated. */
function generatorHash(options) {
  const h = createHash('sha256');
  h.update(JSON.stringify({ ...options, out: undefined }));
  for (const f of ['generate.mjs', ...readdirSync(join(HERE, 'lib')).sort().map((f) => `lib/${f}`)]) h.update(readFileSync(join(HERE, f)));
  h.update(readFileSync(join(ROOT, 'src/model/municipality-data.ts')));
  return h.digest('hex').slice(0, 16);
}

function header(what) {
  return [
    'yaml-language-server: $schema=../../../schemas/structure.schema.json',
    `Syntetisk struktur til govchecks ydelsesmåling (bench/generate.mjs): ${what}.`,
    'Navne, personer og udpegninger er opdigtede; kommunerne er de 98 rigtige.',
  ];
}

function write(path, doc, what) {
  mkdirSync(dirname(path), { recursive: true });
  const text = toYaml(doc, header(what));
  writeFileSync(path, text);
  return { bytes: Buffer.byteLength(text), lines: text.split('\n').length - 1 };
}

const count = (doc) => ({
  bodies: doc.bodies.filter((b) => b && b.id !== undefined).length,
  appointments: doc.appointments.length,
  municipalities: (doc.municipalities.value ?? doc.municipalities).length,
});

function national(rng, ms, appointments, id, name) {
  return buildStructure(rng, {
    id,
    name,
    date: '2025-03-01',
    kind: 'national',
    municipalities: ms,
    appointments,
    networks: Math.round(appointments * NATIONAL.networksPerAppointment),
    detail: NATIONAL.detail,
    description:
      'Landsdækkende oversigt over de kommunale fællesskaber: KL, de fem KKR med klynger og sundhedssamarbejdsudvalg, kommunalbestyrelser, stående udvalg og råd med udpegninger over fem valgperioder, og kommunale netværk.',
  });
}

const COLLABORATIONS = [
  'Sundhedssamarbejdet', 'Beredskabssamarbejdet', 'Affaldssamarbejdet', 'Klimasamarbejdet', 'Erhvervssamarbejdet',
  'Det specialiserede socialområde', 'Trafiksamarbejdet', 'Digitaliseringssamarbejdet', 'Indkøbsfællesskabet',
  'Turismesamarbejdet', 'Kystsamarbejdet', 'Vandsamarbejdet', 'Uddannelsessamarbejdet', 'Ungesamarbejdet',
];
const PLACES = ['Nord', 'Syd', 'Øst', 'Vest', 'Midt', 'Sydvest', 'Nordvest', 'Sydøst', 'Nordøst', 'Fjord', 'Kyst', 'Å-dalen', 'Heden', 'Bælt'];
const CITIES = ['101', '751', '461', '851', '561', '730', '621', '615', '630', '265', '791', '370'];

/** A lognormal size around `median`, between `lo` and `hi`. */
function size(rng, median, sigma, lo, hi) {
  const u = Math.max(rng.next(), 1e-9);
  const z = Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * rng.next());
  return Math.max(lo, Math.min(hi, Math.round(median * Math.exp(sigma * z))));
}

function corpusSpec(rng, ms, n) {
  const byRegion = Object.fromEntries(REGIONS.map((r) => [r, ms.filter((m) => m.region === r)]));
  const kind = rng.weighted([["kkr", 12], ["collaboration", 63], ["cities", 25]]);
  const date = new Date(Date.parse('2016-01-01') + Math.floor(rng.next() * 3_460) * 86_400_000).toISOString().slice(0, 10);
  const appointments = size(rng, 4, 0.8, 0, 80);
  const networks = size(rng, 2, 0.6, 1, 12);
  const nr = String(n + 1).padStart(4, '0');
  if (kind === 'kkr') {
    const region = rng.pick(REGIONS);
    return { id: `kkr-${slug(region)}-${date.slice(0, 4)}-${nr}`, name: `KKR ${region} ${date.slice(0, 4)}`, date, region, kind, municipalities: byRegion[region], appointments, networks };
  }
  if (kind === 'collaboration') {
    const region = rng.pick(REGIONS);
    const rms = byRegion[region];
    const k = rng.int(2, Math.min(10, rms.length));
    const name = `${rng.pick(COLLABORATIONS)} ${rng.pick(PLACES)}`;
    return { id: `${slug(name)}-${nr}`, name, date, region, kind, municipalities: rng.sample(rms, k), appointments, networks };
  }
  const k = rng.int(4, 8);
  const cities = rng.sample(CITIES, k).map((code) => ms.find((m) => m.code === code));
  return { id: `${k}-by-${date.slice(0, 4)}-${nr}`, name: `${k}-by samarbejdet`, date, kind, municipalities: cities, appointments, networks };
}

export function generate(options = {}) {
  const o = { ...DEFAULTS, ...options };
  const out = resolve(o.out);
  const hash = generatorHash({ seed: o.seed, files: o.files, errorRate: o.errorRate });
  const manifestPath = join(out, 'manifest.json');
  const ms = loadMunicipalities();
  writeSpectralRuleset(ms);
  if (!o.force && existsSync(manifestPath)) {
    try {
      const old = JSON.parse(readFileSync(manifestPath, 'utf8'));
      if (old.hash === hash) return { manifest: old, generated: false };
    } catch {
      // regenerate
    }
  }
  rmSync(out, { recursive: true, force: true });
  mkdirSync(out, { recursive: true });
  const root = new Rng(o.seed);
  const rel = (p) => relative(out, p);
  const manifest = { seed: o.seed, hash, generatedBy: 'bench/generate.mjs', files: {}, corpus: { dir: 'files', count: o.files, errorRate: o.errorRate, bytes: 0, lines: 0, withErrors: [] } };
  const record = (path, doc, stats, extra = {}) => {
    manifest.files[rel(path)] = { ...stats, ...count(doc), ...extra };
  };

  // A 6-by-sized file: the six big cities, about as large as examples/6-by-2007.yaml.
  {
    const rng = root.fork('6-by');
    const six = ['101', '751', '461', '851', '561', '730'].map((code) => ms.find((m) => m.code === code));
    const doc = buildStructure(rng, { id: '6-by-samarbejdet', name: '6-by samarbejdet', date: '2024-11-02', kind: 'cities', municipalities: six, appointments: 6, networks: 3 });
    const path = join(out, '6-by.yaml');
    record(path, doc, write(path, doc, '6-by samarbejdet i 2024'));
  }

  // The national-scale file and its next version.
  {
    const doc = national(root.fork('national'), ms, NATIONAL.appointments, 'kommunale-faellesskaber-2025', 'De kommunale fællesskaber i Danmark 2025');
    const path = join(out, 'national.yaml');
    record(path, doc, write(path, doc, 'landsdækkende, alle 98 kommuner'));
    const next = nextVersion(doc, root.fork('national-next'));
    const nextPath = join(out, 'national-next.yaml');
    record(nextPath, next.doc, write(nextPath, next.doc, 'landsdækkende, en måned senere'), { changes: next.changes });
  }

  // The size series: the national shape at 1k, 10k and 100k appointments, each with a next version.
  for (const [label, n] of SERIES) {
    const doc = national(root.fork(`series-${label}`), ms, n, `kommunale-faellesskaber-${label}`, `De kommunale fællesskaber (${label} udpegninger)`);
    const path = join(out, 'series', `appointments-${label}.yaml`);
    record(path, doc, write(path, doc, `størrelsesserien, ${n} udpegninger`));
    const next = nextVersion(doc, root.fork(`series-${label}-next`));
    const nextPath = join(out, 'series', `appointments-${label}-next.yaml`);
    record(nextPath, next.doc, write(nextPath, next.doc, `størrelsesserien, ${n} udpegninger, en måned senere`), { changes: next.changes });
  }

  // The corpus: o.files structures; a seeded choice of exactly round(files × rate) carries one error.
  {
    const rng = root.fork('corpus');
    const known = new Set(ms.flatMap((m) => [fold(m.name), ...m.aliases.map(fold)]));
    const broken = new Set(rng.sample([...Array(o.files).keys()], Math.round(o.files * o.errorRate)));
    let e = 0;
    for (let i = 0; i < o.files; i++) {
      const fr = rng.fork(`file-${i}`);
      const spec = corpusSpec(fr, ms, i);
      const doc = buildStructure(fr, spec);
      let error;
      if (broken.has(i)) {
        const kind = ERROR_KINDS[e++ % ERROR_KINDS.length];
        error = { kind, what: injectError(doc, kind, fr, known) };
      }
      const path = join(out, 'files', `${String(i + 1).padStart(4, '0')}-${spec.kind}.yaml`);
      const stats = write(path, doc, `${spec.name}, ${spec.kind}`);
      manifest.corpus.bytes += stats.bytes;
      manifest.corpus.lines += stats.lines;
      if (error) manifest.corpus.withErrors.push({ file: rel(path), ...error });
    }
  }
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2) + '\n');
  return { manifest, generated: true };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { values } = parseArgs({
    options: {
      seed: { type: 'string' },
      out: { type: 'string' },
      files: { type: 'string' },
      'error-rate': { type: 'string' },
      force: { type: 'boolean' },
    },
  });
  const started = performance.now();
  const { manifest, generated } = generate({
    ...(values.seed ? { seed: values.seed } : {}),
    ...(values.out ? { out: values.out } : {}),
    ...(values.files ? { files: Number(values.files) } : {}),
    ...(values['error-rate'] ? { errorRate: Number(values['error-rate']) } : {}),
    force: values.force,
  });
  const mb = (b) => `${(b / 1e6).toFixed(2)} MB`;
  console.log(`${generated ? 'generated' : 'up to date'}: ${relative(process.cwd(), resolve(values.out ?? DEFAULTS.out))} (seed ${manifest.seed}) in ${((performance.now() - started) / 1000).toFixed(1)} s`);
  for (const [file, f] of Object.entries(manifest.files)) {
    console.log(`  ${file.padEnd(36)} ${mb(f.bytes).padStart(9)} ${String(f.lines).padStart(8)} lines ${String(f.bodies).padStart(6)} bodies ${String(f.appointments).padStart(7)} appointments`);
  }
  const c = manifest.corpus;
  console.log(`  ${`${c.dir}/ (${c.count} files)`.padEnd(36)} ${mb(c.bytes).padStart(9)} ${String(c.lines).padStart(8)} lines, ${c.withErrors.length} with an injected error`);
}
