/**
 * Execution time limits, measured per execution: 30 s for a custom function
 * call (https://developers.google.com/apps-script/guides/sheets/functions —
 * "A custom function call must return within 30 seconds"), 30 s for a simple
 * trigger (https://developers.google.com/apps-script/guides/triggers#restrictions),
 * 6 minutes for everything else (https://developers.google.com/apps-script/guides/services/quotas).
 *
 * Elapsed time is wall time plus whatever the emulator clock was advanced by
 * during the execution (Utilities.sleep, lock waits): with a fixed clock,
 * Utilities.sleep(31000) makes a custom function exceed its limit without
 * waiting, which is how tests reach the limit deterministically. JavaScript
 * cannot be stopped mid-run, so an execution over its limit fails when it
 * returns (Google stops it where it is: see DIFFERENCES.md).
 */
import type { ExecutionKind, ExecutionTime } from './contract';
import type { Clock } from './services/clock';

export const TIME_LIMITS_MS: Record<ExecutionKind, number> = {
  'custom-function': 30_000,
  'simple-trigger': 30_000,
  execution: 360_000,
};

/** Apps Script's message when an execution runs out of time. */
export const TIME_LIMIT_MESSAGE = 'Exceeded maximum execution time';

/** The log keeps the most recent entries only (a sheet of 100,000 custom-function cells). */
const MAX_LOG = 10_000;

export class ExecutionTimer {
  private readonly log: ExecutionTime[] = [];

  constructor(private readonly clock: Clock) {}

  /**
   * Runs `fn`, records its time; throws TIME_LIMIT_MESSAGE (an Error made by
   * `error`) when it ran over its kind's limit.
   */
  measure<T>(kind: ExecutionKind, name: string, fn: () => T, error: (m: string) => Error): T {
    const wall0 = performance.now();
    const clock0 = this.clock.now();
    let result: T;
    try {
      result = fn();
    } catch (e) {
      this.record(kind, name, wall0, clock0, false);
      throw e;
    }
    // Only a run that succeeded fails for its time: a run's own error stays the one reported.
    if (!this.record(kind, name, wall0, clock0, true)) throw error(TIME_LIMIT_MESSAGE);
    return result;
  }

  /** Logs one execution; false when it ran over its kind's limit. */
  private record(
    kind: ExecutionKind,
    name: string,
    wall0: number,
    clock0: number,
    ok: boolean,
  ): boolean {
    const wall = performance.now() - wall0;
    const advanced = this.clock.now() - clock0;
    // A fixed clock moves only by emulated waits; a real one already includes the wall time.
    const ms = Math.round(this.clock.fixed ? wall + advanced : advanced);
    const within = ms <= TIME_LIMITS_MS[kind];
    this.log.push({ kind, name, ms, ok: ok && within });
    if (this.log.length > MAX_LOG) this.log.splice(0, this.log.length - MAX_LOG);
    return within;
  }

  /** Times recorded since the last call (then cleared). */
  take(): ExecutionTime[] {
    return this.log.splice(0);
  }
}
