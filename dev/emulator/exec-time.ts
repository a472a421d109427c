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
    let ok = true;
    try {
      return fn();
    } catch (e) {
      ok = false;
      throw e;
    } finally {
      const wall = performance.now() - wall0;
      const advanced = this.clock.fixed ? this.clock.now() - clock0 : 0;
      const ms = Math.round(this.clock.fixed ? wall + advanced : this.clock.now() - clock0);
      const over = ms > TIME_LIMITS_MS[kind];
      this.log.push({ kind, name, ms, ok: ok && !over });
      // Only when the run itself succeeded: its own error stays the one reported.
      if (over && ok) throw error(TIME_LIMIT_MESSAGE);
    }
  }

  /** Times recorded since the last call (then cleared). */
  take(): ExecutionTime[] {
    return this.log.splice(0);
  }
}
