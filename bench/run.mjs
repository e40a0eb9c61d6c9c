#!/usr/bin/env node
// `npm run bench`: times govcheck as whole processes, side by side in one run, against the floors
// (a Node process that only reads and parses the same files, with js-yaml and with yaml) and
// against Spectral with an equivalent ruleset, and prints medians, ranges, peak memory and the
// ratios the targets of issue #7 are stated in, each with PASS or FAIL. See bench/README.md.
//
//   node bench/run.mjs [--runs N] [--only GROUP,...] [--no-spectral] [--seed S] [--json FILE]
//
// GROUP is one of: start, corpus, national, series. The corpus is generated first (bench/generate.mjs)
// into bench/corpus/, which is gitignored; it is reused while seed and generator are unchanged.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, openSync, closeSync, readFileSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { cpus, freemem, tmpdir, totalmem } from 'node:os';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { DEFAULTS, generate } from './generate.mjs';

const HERE = dirname(fileURLToPath(import.meta.url));
const ROOT = resolve(HERE, '..');
const NODE = process.execPath;
const GOVCHECK = join(ROOT, 'bin', 'govcheck.js');
const SPECTRAL = join(ROOT, 'node_modules', '@stoplight', 'spectral-cli', 'dist', 'index.js');
const FLOOR = join(HERE, 'floors', 'parse.mjs');
const RULESET = join(HERE, 'spectral', '.spectral.yaml');
// GOVCHECK_BENCH_NO_TIME=1 uses the fallback even where /usr/bin/time exists (to test it).
const TIME = process.env.GOVCHECK_BENCH_NO_TIME ? undefined : ['/usr/bin/time', '/bin/time'].find((p) => existsSync(p));
const RSS_HOOK = join(HERE, 'lib', 'max-rss.cjs');

const { values: args } = parseArgs({
  options: {
    runs: { type: 'string' },
    only: { type: 'string' },
    'no-spectral': { type: 'boolean' },
    seed: { type: 'string' },
    json: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  },
});
if (args.help) {
  console.log(readFileSync(fileURLToPath(import.meta.url), 'utf8').split('\n').slice(1, 10).map((l) => l.replace(/^\/\/ ?/, '')).join('\n'));
  process.exit(0);
}
const GROUPS = new Set((args.only ?? 'start,corpus,national,series').split(','));
const FORCED_RUNS = args.runs === undefined ? undefined : Math.max(1, Number(args.runs));
const WITH_SPECTRAL = !args['no-spectral'];

// ------------------------------------------------------------------------------------ measuring

const scratch = mkdtempSync(join(tmpdir(), 'govcheck-bench-'));
process.on('exit', () => rmSync(scratch, { recursive: true, force: true }));

/** Runs a command once; returns wall seconds, CPU seconds, peak RSS in bytes and the exit code. */
function runOnce(cmd) {
  const out = join(scratch, `${cmd.key}.out`);
  const err = join(scratch, `${cmd.key}.err`);
  const usage = join(scratch, `${cmd.key}.usage`);
  rmSync(usage, { force: true });
  const outFd = openSync(out, 'w');
  const errFd = openSync(err, 'w');
  const env = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };
  let file = cmd.argv[0];
  let argv = cmd.argv.slice(1);
  if (TIME) {
    file = TIME;
    argv = ['-f', '%M %U %S', '-o', usage, ...cmd.argv];
  } else {
    // No /usr/bin/time: every command here is a Node process, so a preloaded hook writes the
    // process's own peak RSS and CPU time when it exits (bench/lib/max-rss.cjs).
    env.NODE_OPTIONS = `${env.NODE_OPTIONS ?? ''} --require ${RSS_HOOK}`.trim();
    env.GOVCHECK_BENCH_USAGE = usage;
  }
  const start = process.hrtime.bigint();
  const result = spawnSync(file, argv, { cwd: ROOT, stdio: ['ignore', outFd, errFd], env });
  const wall = Number(process.hrtime.bigint() - start) / 1e9;
  closeSync(outFd);
  closeSync(errFd);
  if (result.error) throw result.error;
  let rss = NaN;
  let cpu = NaN;
  if (existsSync(usage)) {
    const lines = readFileSync(usage, 'utf8').trim().split('\n');
    // /usr/bin/time writes "Command exited with non-zero status N" before the figures.
    const figures = lines[lines.length - 1].trim().split(/\s+/).map(Number);
    if (TIME) {
      rss = figures[0] * 1024;
      cpu = figures[1] + figures[2];
    } else {
      // The hook appends one line per Node process; the largest is the command's.
      const rows = lines.map((l) => l.trim().split(/\s+/).map(Number));
      rss = Math.max(...rows.map((r) => r[0]));
      cpu = rows.reduce((s, r) => s + r[1], 0);
    }
  }
  return { wall, cpu, rss, status: result.status, out, err };
}

const median = (xs) => {
  const s = [...xs].sort((a, b) => a - b);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};

/**
 * How many runs to count, from the first (warm-up) run: 5 for quick commands; 3 from 3 s; from 10 s
 * the first run counts too (cold-start effects are noise there), 3 runs in all, and 2 from 30 s,
 * so a full run stays near ten minutes on 2 cores whatever the build's speed.
 */
function plan(first, cmd) {
  if (FORCED_RUNS !== undefined) return { counted: FORCED_RUNS, keepFirst: false };
  if (cmd.minRuns && first >= 10) return { counted: Math.max(cmd.minRuns, 2), keepFirst: true };
  if (first < 3) return { counted: 5, keepFirst: false };
  if (first < 10) return { counted: 3, keepFirst: false };
  if (first < 30) return { counted: 3, keepFirst: true };
  return { counted: 2, keepFirst: true };
}

/**
 * Measures a group of commands side by side: one warm-up each, then the runs in turn (A B C A B C …),
 * so that a machine that drifts affects every command of the group alike.
 */
function measureGroup(title, cmds) {
  process.stderr.write(`\n${title}\n`);
  const state = cmds.map((cmd) => {
    process.stderr.write(`  ${cmd.label} … `);
    const first = runOnce(cmd);
    const p = plan(first.wall, cmd);
    const runs = p.keepFirst ? [first] : [];
    process.stderr.write(`${first.wall.toFixed(2)} s (exit ${first.status}); ${p.counted} run${p.counted === 1 ? '' : 's'}${p.keepFirst ? ', this one counted' : ''}\n`);
    return { cmd, first, runs, counted: p.counted, keepFirst: p.keepFirst };
  });
  for (let round = 0; state.some((s) => s.runs.length < s.counted); round++) {
    for (const s of state) {
      if (s.runs.length >= s.counted) continue;
      s.runs.push(runOnce(s.cmd));
    }
  }
  return state.map((s) => {
    const walls = s.runs.map((r) => r.wall);
    const statuses = [...new Set([s.first.status, ...s.runs.map((r) => r.status)])];
    const check = s.cmd.check ? s.cmd.check(s.runs[s.runs.length - 1] ?? s.first) : undefined;
    const expected = s.cmd.expect === undefined || statuses.every((x) => x === s.cmd.expect);
    const row = {
      key: s.cmd.key,
      group: title,
      label: s.cmd.label,
      command: s.cmd.argv.map((a) => (a.startsWith(ROOT) ? relative(ROOT, a) || '.' : a === NODE ? 'node' : a)).join(' '),
      runs: walls.length,
      walls,
      warmup: !s.keepFirst,
      median: median(walls),
      min: Math.min(...walls),
      max: Math.max(...walls),
      cpu: median(s.runs.map((r) => r.cpu)),
      rss: median(s.runs.map((r) => r.rss)),
      rssMax: Math.max(...s.runs.map((r) => r.rss)),
      exit: statuses,
      expectedExit: s.cmd.expect,
      ok: expected && (check?.ok ?? true),
      note: [!expected ? `exit ${statuses.join('/')} (expected ${s.cmd.expect})` : '', check?.note ?? ''].filter(Boolean).join('; '),
    };
    if (!expected) row.stderr = readFileSync(s.first.err, 'utf8').slice(0, 2000);
    return row;
  });
}

// ------------------------------------------------------------------------------------- commands

const gen = generate({ ...(args.seed ? { seed: args.seed } : {}) });
const manifest = gen.manifest;
const corpus = (p) => join(DEFAULTS.out, p);
const injected = new Set(manifest.corpus.withErrors.map((e) => e.file));

const has = (command) => spawnSync(NODE, [GOVCHECK, command, '--help'], { cwd: ROOT, stdio: 'ignore' }).status === 0;
const HAS_RENDER = has('render');
const HAS_DIFF = has('diff');
const HAS_SPECTRAL = WITH_SPECTRAL && existsSync(SPECTRAL);

const govcheck = (key, label, argv, extra = {}) => ({ key, label, argv: [NODE, GOVCHECK, ...argv], ...extra });
const floor = (key, label, parser, paths) => ({ key, label, argv: [NODE, FLOOR, parser, ...paths], expect: 0 });
const spectral = (key, label, target, extra = {}) => ({
  key,
  label,
  argv: [NODE, SPECTRAL, 'lint', '--ruleset', RULESET, '--format', 'json', '--quiet', target],
  ...extra,
});

/** The files govcheck flags must be exactly the corpus files with an injected error. */
function sameFlagged(flagged, who) {
  const missed = [...injected].filter((f) => !flagged.has(f));
  const extra = [...flagged].filter((f) => !injected.has(f));
  const ok = missed.length === 0 && extra.length === 0;
  return { ok, note: ok ? `${who} flags exactly the ${injected.size} files with an injected error` : `${who}: ${missed.length} injected errors missed, ${extra.length} clean files flagged` };
}
const checkGovcheckCorpus = (run) => {
  try {
    const report = JSON.parse(readFileSync(run.out, 'utf8'));
    return sameFlagged(new Set(report.files.filter((f) => f.errors > 0).map((f) => relative(DEFAULTS.out, resolve(ROOT, f.file)))), 'govcheck');
  } catch (e) {
    return { ok: false, note: `no JSON report (${e.message})` };
  }
};
const checkSpectralCorpus = (run) => {
  try {
    const results = JSON.parse(readFileSync(run.out, 'utf8'));
    return sameFlagged(new Set(results.filter((r) => r.severity === 0).map((r) => relative(DEFAULTS.out, r.source))), 'Spectral');
  } catch (e) {
    return { ok: false, note: `no JSON report (${e.message})` };
  }
};
const checkClean = (who) => (run) => {
  try {
    const text = readFileSync(run.out, 'utf8');
    const n = who === 'Spectral' ? JSON.parse(text).filter((r) => r.severity === 0).length : JSON.parse(text).summary.errors;
    return { ok: n === 0, note: n === 0 ? '' : `${who} finds ${n} errors in a file generated valid` };
  } catch (e) {
    return { ok: false, note: `no JSON report (${e.message})` };
  }
};

const EXAMPLE = join(ROOT, 'examples', '6-by-2007.yaml');
const SIXBY = corpus('6-by.yaml');
const FILES = corpus('files');
const NATIONAL = corpus('national.yaml');
const NATIONAL_NEXT = corpus('national-next.yaml');
const SERIES = ['1k', '10k', '100k'];
const series = (label, next = false) => corpus(`series/appointments-${label}${next ? '-next' : ''}.yaml`);
const BIG = ['--max-file-size', '64'];

const rows = [];
const started = performance.now();

if (GROUPS.has('start')) {
  rows.push(
    ...measureGroup('Cold start: one small file', [
      { key: 'node', label: 'node -e 0', argv: [NODE, '-e', '0'], expect: 0 },
      govcheck('start-example', 'govcheck validate examples/6-by-2007.yaml', ['validate', EXAMPLE], { expect: 0 }),
      govcheck('start-6by', 'govcheck validate bench/corpus/6-by.yaml', ['validate', SIXBY], { expect: 0 }),
      floor('start-jsyaml', 'parse only, js-yaml: examples/6-by-2007.yaml', 'js-yaml', [EXAMPLE]),
      floor('start-yaml', 'parse only, yaml: examples/6-by-2007.yaml', 'yaml', [EXAMPLE]),
      ...(HAS_SPECTRAL ? [spectral('start-spectral', 'Spectral: examples/6-by-2007.yaml', EXAMPLE, { expect: 0 })] : []),
    ]),
  );
}

if (GROUPS.has('corpus')) {
  rows.push(
    ...measureGroup(`1,000 files (${(manifest.corpus.bytes / 1e6).toFixed(1)} MB, ${manifest.corpus.withErrors.length} with an injected error)`, [
      govcheck('corpus-validate', 'govcheck validate --format json (1,000 files)', ['validate', '--format', 'json', FILES], { expect: 1, check: checkGovcheckCorpus }),
      floor('corpus-jsyaml', 'parse only, js-yaml (1,000 files)', 'js-yaml', [FILES]),
      floor('corpus-yaml', 'parse only, yaml (1,000 files)', 'yaml', [FILES]),
      ...(HAS_SPECTRAL ? [spectral('corpus-spectral', 'Spectral (1,000 files)', `${relative(ROOT, FILES)}/*.yaml`, { expect: 1, check: checkSpectralCorpus, minRuns: 3 })] : []),
    ]),
  );
}

if (GROUPS.has('national')) {
  const f = manifest.files['national.yaml'];
  rows.push(
    ...measureGroup(`National-scale file (${(f.bytes / 1e6).toFixed(2)} MB, ${f.lines.toLocaleString('en')} lines, ${f.bodies.toLocaleString('en')} bodies, ${f.appointments.toLocaleString('en')} appointments)`, [
      govcheck('national-validate', 'govcheck validate --format json national.yaml', ['validate', '--format', 'json', NATIONAL], { expect: 0, check: checkClean('govcheck') }),
      ...(HAS_RENDER
        ? [
            govcheck('national-render-md', 'govcheck render national.yaml (md)', ['render', NATIONAL], { expect: 0 }),
            govcheck('national-render-html', 'govcheck render -f html national.yaml', ['render', '-f', 'html', NATIONAL], { expect: 0 }),
          ]
        : []),
      ...(HAS_DIFF ? [govcheck('national-diff', 'govcheck diff national.yaml national-next.yaml', ['diff', NATIONAL, NATIONAL_NEXT], { expect: 0 })] : []),
      floor('national-jsyaml', 'parse only, js-yaml: national.yaml', 'js-yaml', [NATIONAL]),
      floor('national-yaml', 'parse only, yaml: national.yaml', 'yaml', [NATIONAL]),
      ...(HAS_DIFF ? [floor('national-jsyaml-2', 'parse only, js-yaml: national.yaml + national-next.yaml', 'js-yaml', [NATIONAL, NATIONAL_NEXT])] : []),
      ...(HAS_SPECTRAL ? [spectral('national-spectral', 'Spectral: national.yaml', NATIONAL, { expect: 0, check: checkClean('Spectral') })] : []),
    ]),
  );
}

if (GROUPS.has('series')) {
  const cmds = [];
  for (const label of SERIES) {
    const f = manifest.files[`series/appointments-${label}.yaml`];
    const size = `${(f.bytes / 1e6).toFixed(1)} MB`;
    cmds.push(govcheck(`series-${label}-validate`, `govcheck validate, ${label} appointments (${size})`, ['validate', ...BIG, series(label)], { expect: 0 }));
    if (HAS_RENDER) cmds.push(govcheck(`series-${label}-render`, `govcheck render (md), ${label} appointments`, ['render', ...BIG, series(label)], { expect: 0 }));
    if (HAS_DIFF) cmds.push(govcheck(`series-${label}-diff`, `govcheck diff, ${label} appointments`, ['diff', ...BIG, series(label), series(label, true)], { expect: 0 }));
    cmds.push(floor(`series-${label}-jsyaml`, `parse only, js-yaml, ${label} appointments`, 'js-yaml', [series(label)]));
  }
  rows.push(...measureGroup('Size series: the national shape at 1k, 10k and 100k appointments', cmds));
}

const elapsed = (performance.now() - started) / 1000;

// ---------------------------------------------------------------------------------------- targets

const by = Object.fromEntries(rows.map((r) => [r.key, r]));
const targets = [];
function target(name, a, b, op, limit, note = '') {
  const ra = by[a];
  const rb = by[b];
  if (!ra || !rb) {
    targets.push({ name, value: NaN, op, limit, pass: undefined, note: 'not measured' + (note ? `: ${note}` : '') });
    return;
  }
  // Commands of one group ran in turn, round by round: the median of the rounds' ratios, since two
  // runs next to each other share the machine's state of the moment; else the ratio of the medians.
  const paired = ra.group === rb.group && ra.walls.length === rb.walls.length && ra.warmup === rb.warmup;
  const value = paired ? median(ra.walls.map((w, i) => w / rb.walls[i])) : ra.median / rb.median;
  targets.push({ name, value, op, limit, pass: op === '<=' ? value <= limit : value >= limit, note });
}
function memory(name, key, limitMb) {
  const r = by[key];
  if (!r) return targets.push({ name, value: NaN, op: '<=', limit: limitMb, unit: 'MB', pass: undefined, note: 'not measured' });
  const value = r.rss / 1e6;
  targets.push({ name, value, op: '<=', limit: limitMb, unit: 'MB', pass: value <= limitMb });
}

if (GROUPS.has('start')) target('cold start: validate one example file / node -e 0', 'start-example', 'node', '<=', 1.8);
if (GROUPS.has('corpus')) {
  target('1,000 files: Spectral / govcheck validate', 'corpus-spectral', 'corpus-validate', '>=', 15, HAS_SPECTRAL ? '' : 'Spectral not run');
  target('1,000 files: govcheck validate / js-yaml parse-only floor', 'corpus-validate', 'corpus-jsyaml', '<=', 2);
  memory('1,000 files: govcheck validate peak memory (MB)', 'corpus-validate', 150);
}
if (GROUPS.has('national')) {
  target('national file: Spectral / govcheck validate', 'national-spectral', 'national-validate', '>=', 2, HAS_SPECTRAL ? '' : 'Spectral not run');
  target('national file: govcheck validate / js-yaml floor', 'national-validate', 'national-jsyaml', '<=', 2);
  target('national file: govcheck render (md) / js-yaml floor', 'national-render-md', 'national-jsyaml', '<=', 2, HAS_RENDER ? '' : 'no render command');
  target('national file: govcheck render -f html / js-yaml floor', 'national-render-html', 'national-jsyaml', '<=', 2, HAS_RENDER ? '' : 'no render command');
  target('national file: govcheck diff / js-yaml floor (both files)', 'national-diff', 'national-jsyaml-2', '<=', 2, HAS_DIFF ? '' : 'no diff command');
}
if (GROUPS.has('series')) {
  for (const cmd of ['validate', 'render', 'diff']) {
    if ((cmd === 'render' && !HAS_RENDER) || (cmd === 'diff' && !HAS_DIFF)) continue;
    target(`linear growth: ${cmd}, 10k / 1k appointments`, `series-10k-${cmd}`, `series-1k-${cmd}`, '<=', 11);
    target(`linear growth: ${cmd}, 100k / 10k appointments`, `series-100k-${cmd}`, `series-10k-${cmd}`, '<=', 11);
  }
}

// ----------------------------------------------------------------------------------------- report

const s = (x) => (Number.isFinite(x) ? (x >= 10 ? x.toFixed(1) : x >= 1 ? x.toFixed(2) : x.toFixed(3)) : '–');
const mb = (b) => (Number.isFinite(b) ? `${Math.round(b / 1e6)} MB` : '–');
const pad = (text, n) => String(text).padEnd(n);
const lpad = (text, n) => String(text).padStart(n);

function machine() {
  const node = process.version;
  const cores = cpus();
  const build = existsSync(join(ROOT, 'dist', 'cli', 'run.js')) ? new Date(statSync(join(ROOT, 'dist', 'cli', 'run.js')).mtimeMs).toISOString().slice(0, 16).replace('T', ' ') : 'no build';
  let commit = '';
  const git = spawnSync('git', ['rev-parse', '--short', 'HEAD'], { cwd: ROOT, encoding: 'utf8' });
  if (git.status === 0) commit = git.stdout.trim();
  const dirty = spawnSync('git', ['status', '--porcelain', '--untracked-files=no', 'src'], { cwd: ROOT, encoding: 'utf8' }).stdout?.trim() ? ' + uncommitted changes in src/' : '';
  return {
    text: `${cores.length} cores (${cores[0]?.model.trim() ?? 'unknown'}), ${(totalmem() / 2 ** 30).toFixed(1)} GiB memory (${(freemem() / 2 ** 30).toFixed(1)} free), Node ${node}, ${process.platform}`,
    build: `bin/govcheck.js, dist built ${build} UTC, commit ${commit || 'unknown'}${dirty}`,
    memory: TIME ? `peak memory: ${TIME} -f %M (max RSS of the process)` : 'peak memory: a preloaded hook reporting process.resourceUsage().maxRSS (no /usr/bin/time; apt-get install -y time)',
  };
}

const m = machine();
const lines = [];
lines.push('govcheck benchmark (bench/run.mjs): whole processes, medians of the counted runs');
lines.push(`machine: ${m.text}`);
lines.push(`govcheck: ${m.build}`);
lines.push(`corpus: bench/corpus/, seed ${manifest.seed}; ${m.memory}; wall time by the parent (hrtime)`);
lines.push('');
const W = Math.max(...rows.map((r) => r.label.length), 20) + 2;
lines.push(`${pad('command', W)}${lpad('runs', 5)}${lpad('median s', 10)}${lpad('min–max s', 16)}${lpad('cpu s', 8)}${lpad('peak RSS', 10)}  check`);
let group = '';
for (const r of rows) {
  if (r.group !== group) {
    group = r.group;
    lines.push(`${group}`);
  }
  const range = `${s(r.min)}–${s(r.max)}`;
  const runs = `${r.runs}${r.warmup ? '' : '*'}`;
  lines.push(`  ${pad(r.label, W - 2)}${lpad(runs, 5)}${lpad(s(r.median), 10)}${lpad(range, 16)}${lpad(s(r.cpu), 8)}${lpad(mb(r.rss), 10)}  ${r.ok ? 'ok' : 'CHECK'}${r.note ? ` (${r.note})` : ''}`);
}
lines.push('');
lines.push('runs: counted runs after one warm-up run; * = no separate warm-up, the first run counted (commands of 10 s and more).');
lines.push('');
const TW = Math.max(...targets.map((t) => t.name.length), 20) + 2;
lines.push(`${pad('target', TW)}${lpad('measured', 10)}${lpad('target', 10)}  result`);
for (const t of targets) {
  const unit = t.unit === 'MB' ? ' MB' : '×';
  const value = Number.isFinite(t.value) ? `${t.unit === 'MB' ? Math.round(t.value) : t.value.toFixed(2)}${unit}` : '–';
  const limit = `${t.op === '<=' ? '≤' : '≥'} ${t.limit}${unit}`;
  lines.push(`${pad(t.name, TW)}${lpad(value, 10)}${lpad(limit, 10)}  ${t.pass === undefined ? 'n/a' : t.pass ? 'PASS' : 'FAIL'}${t.note ? ` (${t.note})` : ''}`);
}
const passed = targets.filter((t) => t.pass === true).length;
const failed = targets.filter((t) => t.pass === false).length;
lines.push('');
lines.push(`${passed} of ${targets.length} targets pass, ${failed} fail${targets.length - passed - failed ? `, ${targets.length - passed - failed} not measured` : ''}; measured in ${Math.round(elapsed)} s.`);
if (rows.some((r) => !r.ok)) lines.push('CHECK: a command exited or answered unexpectedly; see the notes above (the timings of that row are not comparable).');

console.log(lines.join('\n'));
const json = { machine: m, seed: manifest.seed, corpus: { files: manifest.files, corpus: { ...manifest.corpus, withErrors: manifest.corpus.withErrors.length } }, rows, targets, elapsed, date: new Date().toISOString() };
writeFileSync(args.json ?? join(DEFAULTS.out, 'last-run.json'), JSON.stringify(json, null, 2) + '\n');
// The benchmark reports; it does not fail the shell on a missed target (it is not a test).
process.exitCode = rows.some((r) => !r.ok) ? 1 : 0;
