/** Shared timing helpers for the bench: every figure is a minimum and a median of several runs. */
import { performance } from 'node:perf_hooks';

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

/** Times `run` `runs` times after `warmup` untimed runs (which compile and fill caches). */
export function timeRuns(run: () => void, runs = 5, warmup = 2): Timing {
  for (let i = 0; i < warmup; i++) run();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
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
