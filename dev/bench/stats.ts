/** Shared timing helpers for the bench: every figure is a minimum and a median of several runs. */
import { performance } from 'node:perf_hooks';
import v8 from 'node:v8';
import vm from 'node:vm';

/**
 * V8's full collection, without restarting node with --expose-gc: the flag is
 * set at run time and a new context picks up the `gc` global it installs.
 */
export const collectGarbage: () => void = (() => {
  v8.setFlagsFromString('--expose-gc');
  return vm.runInNewContext('gc') as () => void;
})();

export function median(xs: readonly number[]): number {
  const s = [...xs].sort((a, b) => a - b);
  const mid = s.length >> 1;
  return s.length % 2 ? s[mid] : (s[mid - 1] + s[mid]) / 2;
}

export interface Timing {
  min: number;
  median: number;
  runs: number;
}

export function summary(xs: readonly number[]): Timing {
  return { min: Math.min(...xs), median: median(xs), runs: xs.length };
}

/**
 * Times `run` `runs` times after `warmup` untimed runs (which compile and fill
 * caches). Each timed run starts from a collected heap, as a fresh execution
 * would: it pays for the garbage it makes, not for the previous run's.
 */
export function timeRuns(run: () => void, runs = 5, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    collectGarbage();
    const start = performance.now();
    run();
    times.push(performance.now() - start);
  }
  return summary(times);
}

/** "1.23 / 1.31" with `digits` decimals: min / median. */
export function minMedian(t: Timing, digits = 2): string {
  return `${t.min.toFixed(digits)} / ${t.median.toFixed(digits)}`;
}
