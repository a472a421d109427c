/**
 * Custom functions (issues 2 and 14): µs per row for EVERY custom function
 * that takes a range of any length, at 1,000, 100,000 and 300,000 rows, run
 * inside the vm-loaded bundle on ranges built in the script's own realm (as
 * Sheets hands them over). Linear means the per-row figure stays flat: the
 * target is ≤ 1.2× the 1k figure at 100k and 300k. Min and median of several
 * runs after warm-up. FUNNEL_PLAN and FUNNEL_MONTHLY take single values only.
 */
import vm from 'node:vm';
import { DEFAULT_CODE_PATH, loadBundle } from '../bundle';
import { minMedian, type Timing, timeRuns } from './stats';
import type { BenchLine, BenchModule } from './types';

const GROUP = 'custom functions';
const SIZES = [1_000, 100_000, 300_000];

/** Column builders, run in the context: `n` rows, every 97th blank where blanks are allowed. */
const COLUMN = (expr: string, blanks = true) =>
  `(function (n) { var out = []; for (var i = 0; i < n; i++) out.push([${
    blanks ? `i % 97 === 0 ? '' : ` : ''
  }${expr}]); return out; })`;

/** Each vectorized function with arguments over an `n`-row column (`col(n)`). */
const CASES: Record<string, string> = {
  REQUIRED_DEALS: `REQUIRED_DEALS(rev(n), 24000)`,
  REQUIRED_OPPORTUNITIES: `REQUIRED_OPPORTUNITIES(rev(n), 24000, 0.25)`,
  REQUIRED_SQLS: `REQUIRED_SQLS(rev(n), 24000, [[0.4, 0.25]])`,
  REQUIRED_MQLS: `REQUIRED_MQLS(rev(n), 2400, [[0.5], [0.4], [0.25]])`,
  REQUIRED_LEADS: `REQUIRED_LEADS(rev(n), 24000, [[0.3, 0.5, 0.4, 0.25]])`,
  REQUIRED_VISITS: `REQUIRED_VISITS(rev(n), 24000, [[0.02, 0.3, 0.5, 0.4, 0.25]])`,
  FUNNEL_REVENUE: `FUNNEL_REVENUE(top(n), [[0.02, 0.3, 0.5, 0.4, 0.25]], 24000)`,
  FUNNEL_RATES: `FUNNEL_RATES(counts(n))`,
  FUNNEL_LAGGED: `FUNNEL_LAGGED(rev(n), 2)`,
  SLA_VARIANCE: `SLA_VARIANCE(act(n), tgt(n))`,
  SLA_ATTAINMENT: `SLA_ATTAINMENT(act(n), tgt(n))`,
  SLA_STATUS: `SLA_STATUS(act(n), tgt(n), 0.1)`,
  SLA_PACE: `SLA_PACE(act(n), 1200, 12)`,
  SLA_CATCH_UP: `SLA_CATCH_UP(1200, act(n), 3)`,
  // Not a custom function: only building an n-row column of numbers, the output a
  // column function must return. Its per-row growth is V8's, not ours (see the README).
  'output floor': `__floor(n)`,
};

const HELPERS = `
  var rev = ${COLUMN('10000 + i * 37')};
  var top = ${COLUMN('1000 + (i % 5000)')};
  var counts = ${COLUMN('1e9 - i', false)};
  var act = ${COLUMN('(i * 7919) % 130')};
  var tgt = ${COLUMN('100 + (i % 7)')};
  var __floor = function (n) { var out = []; for (var i = 0; i < n; i++) out.push([i * 1.5]); return out; };
`;

function perRowUs(t: Timing, rows: number): Timing {
  return { ...t, min: (t.min * 1000) / rows, median: (t.median * 1000) / rows };
}

const bench: BenchModule = async () => {
  const bundle = loadBundle({ path: DEFAULT_CODE_PATH });
  vm.runInContext(HELPERS, bundle.context);
  const lines: BenchLine[] = [];
  let worst = { name: '', ratio: 0 };
  const only = process.env.BENCH_FUNCTIONS?.split(',');
  for (const [name, call] of Object.entries(CASES)) {
    if (only && !only.includes(name)) continue;
    const perRow: Timing[] = [];
    for (const rows of SIZES) {
      // Inputs are built once per size, outside the timing; each run calls the function once.
      const run = vm.runInContext(
        `(function () { var n = ${rows}; var args = (function () { return [${call.replace(/^\w+\(|\)$/g, '')}]; })(); return function () { return ${call.replace(/\(.*/, '')}.apply(null, args); }; })()`,
        bundle.context,
      ) as () => unknown;
      const t = perRowUs(timeRuns(run, rows >= 100_000 ? 7 : 25, rows >= 100_000 ? 2 : 5), rows);
      perRow.push(t);
    }
    const ratio = Math.max(perRow[1].median, perRow[2].median) / perRow[0].median;
    const ratioMin = Math.max(perRow[1].min, perRow[2].min) / perRow[0].min;
    if (name !== 'output floor' && ratio > worst.ratio) worst = { name, ratio };
    lines.push({
      group: GROUP,
      name: `${name}: µs/row at ${SIZES.map((n) => `${n / 1000}k`).join(' / ')} (min / median)`,
      value: perRow.map((t) => minMedian(t, 3)).join('  |  '),
    });
    lines.push({
      group: GROUP,
      name: `  ${name}: worst of 100k, 300k ÷ 1k (mins / medians; target ≤ 1.2)`,
      value: `${ratioMin.toFixed(2)} / ${ratio.toFixed(2)}`,
      unit: '×',
    });
  }
  lines.push({
    group: GROUP,
    name: 'worst per-row growth over all range functions (medians)',
    value: `${worst.ratio.toFixed(2)} (${worst.name})`,
    unit: '×',
  });
  return lines;
};

export default bench;
