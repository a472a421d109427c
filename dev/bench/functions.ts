/**
 * Custom functions (issues 2 and 14): µs per row for EVERY custom function
 * that takes a range of any length, at 1,000, 100,000 and 300,000 rows, run
 * inside the vm-loaded bundle on ranges built in the script's own realm (as
 * Sheets hands them over). Linear means the per-row figure stays flat: the
 * target is ≤ 1.2× the 1k figure at 100k and 300k. FUNNEL_PLAN and
 * FUNNEL_MONTHLY take single values only.
 *
 * How it is measured, so the figures are honest:
 * - Fresh input for every call, built outside the timed region: Apps Script
 *   deserializes new arrays for each call, and the functions answer in them.
 * - A batch of calls per sample, so every sample handles the same 300,000
 *   rows at every size (one call on 1,000 rows is ~0.05 ms, below the timer's
 *   noise, and a size-dependent batch would measure different work); the heap is
 *   collected before each sample; min and median of 15 samples after 6 rounds
 *   of warm-up, the three sizes taking turns (see perRowAll).
 * - Each function is paired with an "output floor" of THE SAME SHAPE and
 *   kind: a loop that only writes a value of the kind the function returns
 *   (whole number, fraction, text) into every cell of the same fresh rows (one
 *   fewer for FUNNEL_RATES). A fraction in a cell is a heap number V8 must
 *   allocate, so the fraction floor is the cost of the output itself.
 * - Bytes allocated per row by one call are measured in a child process whose
 *   young generation holds a whole call (dev/bench/functions-alloc-child.ts).
 * - For reference, the old output: a fresh n-row column of new row arrays,
 *   whose per-row time grows with n (V8's scavenges copy every live row again).
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { ROOT } from '../build';
import { DEFAULT_CODE_PATH, loadBundle } from '../bundle';
import { collectGarbage, minMedian, summary, type Timing } from './stats';
import type { BenchLine, BenchModule } from './types';

const GROUP = 'custom functions';
const SIZES = [1_000, 100_000, 300_000];
/** Every sample handles this many rows: 300 calls on 1,000 rows, 3 on 100,000, 1 on 300,000. */
const ROWS_PER_SAMPLE = 300_000;
/** Timed samples per size and function, after WARMUP untimed rounds of every size. */
const RUNS = 15;
const WARMUP = 6;

/** What a function's output cells hold: the floor it is compared with. */
type Kind = 'whole' | 'fraction' | 'text' | 'rates' | 'one';

/** Column builders, run in the context: `n` rows, every 97th blank where blanks are allowed. */
const COLUMN = (expr: string, blanks = true) =>
  `(function (n) { var out = new Array(n); for (var i = 0; i < n; i++) out[i] = [${
    blanks ? `i % 97 === 0 ? '' : ` : ''
  }${expr}]; return out; })`;

/** Each vectorized function with arguments over an `n`-row column, and its output's kind. */
const CASES: Record<string, { call: string; kind: Kind }> = {
  REQUIRED_DEALS: { call: `REQUIRED_DEALS(rev(n), 24000)`, kind: 'whole' },
  REQUIRED_OPPORTUNITIES: { call: `REQUIRED_OPPORTUNITIES(rev(n), 24000, 0.25)`, kind: 'whole' },
  REQUIRED_SQLS: { call: `REQUIRED_SQLS(rev(n), 24000, [[0.4, 0.25]])`, kind: 'whole' },
  REQUIRED_MQLS: { call: `REQUIRED_MQLS(rev(n), 2400, [[0.5], [0.4], [0.25]])`, kind: 'whole' },
  REQUIRED_LEADS: { call: `REQUIRED_LEADS(rev(n), 24000, [[0.3, 0.5, 0.4, 0.25]])`, kind: 'whole' },
  REQUIRED_VISITS: {
    call: `REQUIRED_VISITS(rev(n), 24000, [[0.02, 0.3, 0.5, 0.4, 0.25]])`,
    kind: 'whole',
  },
  FUNNEL_REVENUE: {
    call: `FUNNEL_REVENUE(top(n), [[0.02, 0.3, 0.5, 0.4, 0.25]], 24000)`,
    kind: 'fraction',
  },
  FUNNEL_RATES: { call: `FUNNEL_RATES(counts(n))`, kind: 'rates' },
  FUNNEL_LAGGED: { call: `FUNNEL_LAGGED(rev(n), 2)`, kind: 'whole' },
  SLA_VARIANCE: { call: `SLA_VARIANCE(act(n), tgt(n))`, kind: 'whole' },
  SLA_ATTAINMENT: { call: `SLA_ATTAINMENT(act(n), tgt(n))`, kind: 'fraction' },
  SLA_STATUS: { call: `SLA_STATUS(act(n), tgt(n), 0.1)`, kind: 'text' },
  SLA_PACE: { call: `SLA_PACE(act(n), 1200, 12)`, kind: 'one' },
  SLA_CATCH_UP: { call: `SLA_CATCH_UP(1200, act(n), 3)`, kind: 'one' },
};

/** Not custom functions: the floors, writing a value of each kind into fresh rows; and the old output. */
const FLOORS: Record<Exclude<Kind, 'one'> | 'fresh rows', string> = {
  whole: `__whole(act(n))`,
  fraction: `__fraction(act(n))`,
  text: `__text(act(n))`,
  rates: `__rates(counts(n))`,
  'fresh rows': `__fresh(n)`,
};
const FLOOR_NAMES: Record<keyof typeof FLOORS, string> = {
  whole: 'whole numbers written into the rows',
  fraction: 'fractions (heap numbers) written into the rows',
  text: 'texts written into the rows',
  rates: 'fractions written into all rows but the last, which is dropped',
  'fresh rows': 'OLD output: a new n-row column of new row arrays',
};

const HELPERS = `
  var rev = ${COLUMN('10000 + i * 37')};
  var top = ${COLUMN('1000 + (i % 5000)')};
  var counts = ${COLUMN('1e9 - i', false)};
  var act = ${COLUMN('(i * 7919) % 130')};
  var tgt = ${COLUMN('100 + (i % 7)')};
  var __texts = ['On track', 'At risk', 'Behind'];
  var __whole = function (rows) { for (var i = 0; i < rows.length; i++) rows[i][0] = i % 97 === 0 ? '' : i; return rows; };
  var __fraction = function (rows) { for (var i = 0; i < rows.length; i++) rows[i][0] = i % 97 === 0 ? '' : i + 0.5; return rows; };
  var __text = function (rows) { for (var i = 0; i < rows.length; i++) rows[i][0] = i % 97 === 0 ? '' : __texts[i % 3]; return rows; };
  var __rates = function (rows) { var n = rows.length - 1; for (var i = 0; i < n; i++) rows[i][0] = i + 0.5; rows.length = n; return rows; };
  var __fresh = function (n) { var out = new Array(n); for (var i = 0; i < n; i++) out[i] = [i + 0.5]; return out; };
`;

/** A batch of calls: `fresh()` builds each call's arguments (untimed), `run()` makes the calls. */
export interface Prepared {
  fresh(): void;
  run(): unknown;
}

/** `batch` calls of `call` on `rows`-row arguments, built in the context. */
export function prepare(context: vm.Context, call: string, rows: number, batch = 1): Prepared {
  const fn = call.replace(/\(.*/, '');
  const args = call.replace(/^\w+\(|\)$/g, '');
  return vm.runInContext(
    `(function () {
      var n = ${rows}, k = ${batch}, f = ${fn}, sets = [];
      return {
        fresh: function () { sets = new Array(k); for (var j = 0; j < k; j++) sets[j] = [${args}]; },
        run: function () { var last; for (var j = 0; j < k; j++) last = f.apply(null, sets[j]); sets = []; return last; },
      };
    })()`,
    context,
  ) as Prepared;
}

export const ALL_CASES: Record<string, string> = {
  ...Object.fromEntries(Object.entries(CASES).map(([name, c]) => [name, c.call])),
  ...Object.fromEntries(Object.entries(FLOORS).map(([kind, call]) => [`floor: ${kind}`, call])),
};
export const HELPER_SOURCE = HELPERS;

/**
 * One sample: fresh arguments, a collected heap, then the timed batch; wall and
 * CPU milliseconds (CPU time leaves out the time other processes had the core:
 * the bench shares 2 cores; no collection runs in a sample, so it is this thread's).
 */
function timed(p: Prepared): { wall: number; cpu: number } {
  p.fresh();
  collectGarbage();
  const cpu0 = process.cpuUsage();
  const start = performance.now();
  p.run();
  const wall = performance.now() - start;
  const cpu = process.cpuUsage(cpu0);
  return { wall, cpu: (cpu.user + cpu.system) / 1000 };
}

/**
 * µs per row of `call` at every size, wall and CPU: min and median over the samples.
 * The sizes take turns, one sample each per round, after WARMUP untimed rounds: a
 * size measured in a block of its own would carry whatever the machine and the JIT
 * were doing at that moment (a 2-core machine drifts over seconds), and the first
 * size would pay for tiering up. Interleaved, every size sees the same conditions.
 */
function perRowAll(context: vm.Context, call: string): { wall: Timing; cpu: Timing }[] {
  const prepared = SIZES.map((rows) => {
    const batch = Math.ceil(ROWS_PER_SAMPLE / rows);
    return { rows: rows * batch, p: prepare(context, call, rows, batch) };
  });
  for (let i = 0; i < WARMUP; i++) for (const { p } of prepared) timed(p);
  const wall: number[][] = SIZES.map(() => []);
  const cpu: number[][] = SIZES.map(() => []);
  for (let i = 0; i < RUNS; i++) {
    prepared.forEach(({ rows, p }, s) => {
      const t = timed(p);
      wall[s].push((t.wall * 1000) / rows);
      cpu[s].push((t.cpu * 1000) / rows);
    });
  }
  return SIZES.map((_, s) => ({ wall: summary(wall[s]), cpu: summary(cpu[s]) }));
}

/** Bytes allocated per row by one call at 300k rows, by case (child process, no GC during a call). */
function allocatedPerRow(): Map<string, number> {
  const r = spawnSync(
    process.execPath,
    [
      '--expose-gc',
      '--max-semi-space-size=1024',
      '--import',
      'tsx',
      join(ROOT, 'dev/bench/functions-alloc-child.ts'),
      String(SIZES[2]),
      DEFAULT_CODE_PATH,
    ],
    { encoding: 'utf8', maxBuffer: 1 << 20 },
  );
  if (r.status !== 0) throw new Error(`allocation child failed: ${r.stderr}`);
  return new Map(Object.entries(JSON.parse(r.stdout) as Record<string, number>));
}

const growth = (t: Timing[], k: 'min' | 'median') => Math.max(t[1][k], t[2][k]) / t[0][k];
const fmt = (t: Timing[]) => t.map((x) => minMedian(x, 3)).join('  |  ');
const AT = SIZES.map((n) => `${n / 1000}k`).join(' / ');

const bench: BenchModule = async () => {
  const bundle = loadBundle({ path: DEFAULT_CODE_PATH });
  vm.runInContext(HELPERS, bundle.context);
  const { context } = bundle;
  const lines: BenchLine[] = [];
  const only = process.env.BENCH_FUNCTIONS?.split(',');
  const floors = new Map<string, Timing[]>();
  for (const [kind, call] of Object.entries(FLOORS)) {
    const t = perRowAll(context, call).map((x) => x.wall);
    floors.set(kind, t);
    lines.push(
      {
        group: GROUP,
        name: `floor, ${FLOOR_NAMES[kind as keyof typeof FLOORS]}: µs/row at ${AT} (min / median)`,
        value: fmt(t),
      },
      {
        group: GROUP,
        name: `  growth, worst of 100k, 300k ÷ 1k (mins / medians)`,
        value: `${growth(t, 'min').toFixed(2)} / ${growth(t, 'median').toFixed(2)}`,
        unit: '×',
      },
    );
  }
  let worstRaw = { name: '', ratio: 0 };
  let worstMin = { name: '', ratio: 0 };
  let worstCpu = { name: '', ratio: 0 };
  for (const [name, { call, kind }] of Object.entries(CASES)) {
    if (only && !only.includes(name)) continue;
    const both = perRowAll(context, call);
    const raw = both.map((x) => x.wall);
    const cpu = both.map((x) => x.cpu);
    const floor = floors.get(kind);
    const g = growth(raw, 'median');
    if (growth(cpu, 'median') > worstCpu.ratio) worstCpu = { name, ratio: growth(cpu, 'median') };
    if (g > worstRaw.ratio) worstRaw = { name, ratio: g };
    if (growth(raw, 'min') > worstMin.ratio) worstMin = { name, ratio: growth(raw, 'min') };
    lines.push(
      { group: GROUP, name: `${name}: raw µs/row at ${AT} (min / median)`, value: fmt(raw) },
      {
        group: GROUP,
        name: floor
          ? `  its floor (${kind}), medians; beyond it, medians`
          : '  one value out: no output floor',
        value: floor
          ? `${floor.map((t) => t.median.toFixed(3)).join(' / ')}  |  ${raw.map((t, i) => (t.median - floor[i].median).toFixed(3)).join(' / ')}`
          : '',
      },
      {
        group: GROUP,
        name: `  growth, worst of 100k, 300k ÷ 1k, wall (mins / medians; target ≤ 1.2) | CPU (medians)`,
        value: `${growth(raw, 'min').toFixed(2)} / ${g.toFixed(2)}  |  ${growth(cpu, 'median').toFixed(2)}`,
        unit: '×',
      },
    );
  }
  lines.push(
    {
      group: GROUP,
      name: 'worst growth, raw µs/row, wall (medians; issue target ≤ 1.2)',
      value: `${worstRaw.ratio.toFixed(2)} (${worstRaw.name})`,
      unit: '×',
    },
    {
      group: GROUP,
      name: 'worst growth, raw µs/row, wall (mins)',
      value: `${worstMin.ratio.toFixed(2)} (${worstMin.name})`,
      unit: '×',
    },
    {
      group: GROUP,
      name: 'worst growth, raw µs/row, CPU time (medians)',
      value: `${worstCpu.ratio.toFixed(2)} (${worstCpu.name})`,
      unit: '×',
    },
  );
  const bytes = allocatedPerRow();
  lines.push({
    group: GROUP,
    name: `bytes allocated per row by one call at ${SIZES[2] / 1000}k rows: function / its floor (8 B of it: the replaced cells, kept in 8 KB chunks until the call succeeds, so a failing call leaves its input as it was)`,
    value: '',
  });
  for (const [name, { kind }] of Object.entries(CASES)) {
    if (only && !only.includes(name)) continue;
    const b = bytes.get(name) ?? Number.NaN;
    const f = kind === 'one' ? 0 : (bytes.get(`floor: ${kind}`) ?? Number.NaN);
    lines.push({
      group: GROUP,
      name: `  ${name}`,
      value: `${b.toFixed(0)} / ${f.toFixed(0)}`,
      unit: 'B/row',
    });
  }
  lines.push({
    group: GROUP,
    name: `  floor, ${FLOOR_NAMES['fresh rows']}`,
    value: (bytes.get('floor: fresh rows') ?? Number.NaN).toFixed(0),
    unit: 'B/row',
  });
  return lines;
};

export default bench;
