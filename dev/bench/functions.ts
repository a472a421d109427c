/**
 * Custom-function figures (issue 2): one REQUIRED_MQLS call over a
 * 10,000-row range inside the vm-loaded bundle, the size of build/Code.js,
 * and how long loading it into a fresh context takes (Sheets loads the whole
 * script for every custom-function execution). Medians of several runs.
 */
import { readFileSync, statSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import vm from 'node:vm';
import { DEFAULT_CODE_PATH, loadBundle } from '../bundle';
import type { BenchLine, BenchModule } from './types';

const GROUP = 'custom functions';
const ROWS = 10_000;
const RUNS = 15;

function median(xs: number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

function timeRuns(run: () => void, runs = RUNS): number {
  run(); // warm-up: first call compiles
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return Math.round(median(times) * 100) / 100;
}

const bench: BenchModule = async () => {
  const source = readFileSync(DEFAULT_CODE_PATH, 'utf8');
  const bundle = loadBundle({ code: source, path: DEFAULT_CODE_PATH });

  // Build the range inside the context, as Sheets hands the script its own arrays.
  vm.runInContext(
    `var __bench_revenue = []; for (var i = 0; i < ${ROWS}; i++) __bench_revenue.push([i % 97 === 0 ? '' : 10000 + i * 37]);
     var __bench_rates = [[0.5], [0.4], [0.25]];`,
    bundle.context,
  );
  const inContext = vm.runInContext(
    '(function () { return REQUIRED_MQLS(__bench_revenue, 2400, __bench_rates); })',
    bundle.context,
  ) as () => unknown[][];
  const callMs = timeRuns(() => {
    if (inContext().length !== ROWS) throw new Error('unexpected result size');
  });

  // The same through bundle.call(), which also copies 10,000 rows across realms (what the emulator pays).
  const hostRevenue = Array.from({ length: ROWS }, (_, i) => [i % 97 === 0 ? '' : 10_000 + i * 37]);
  const viaCallMs = timeRuns(() =>
    bundle.call('REQUIRED_MQLS', [hostRevenue, 2400, [[0.5], [0.4], [0.25]]]),
  );

  const loadMs = timeRuns(() => loadBundle({ code: source, path: DEFAULT_CODE_PATH }), 30);

  const lines: BenchLine[] = [
    {
      group: GROUP,
      name: `REQUIRED_MQLS over ${ROWS.toLocaleString('en-US')} rows, in the vm (median)`,
      value: callMs,
      unit: 'ms',
    },
    {
      group: GROUP,
      name: '  same via bundle.call() incl. copying across realms (median)',
      value: viaCallMs,
      unit: 'ms',
    },
    {
      group: GROUP,
      name: 'build/Code.js size',
      value: statSync(DEFAULT_CODE_PATH).size,
      unit: 'B',
    },
    {
      group: GROUP,
      name: 'load Code.js into a fresh vm context (median)',
      value: loadMs,
      unit: 'ms',
    },
  ];
  return lines;
};

export default bench;
