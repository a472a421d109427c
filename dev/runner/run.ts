/**
 * Executes parsed steps against one emulator and writes one JSON line per
 * step. Independent of how the emulator is made (the CLI wires the real one,
 * tests may pass a fake), so the output contract is testable in-process.
 */
import type { EmulatorApi, EmulatorControl, TriggerRun } from '../emulator/contract';
import type { Step } from './steps';

/** What the runner drives: the contract plus fault injection, users and triggers. */
export type RunnerEmulator = EmulatorApi & EmulatorControl;

/** `--fail-call N` adds the fault's number and the service calls the call made. */
interface FaultInfo {
  failCall?: number;
  calls?: number;
}

/** One line of output, as documented in the README. */
export type StepLine =
  | ({ call: string; result: unknown } & FaultInfo)
  | ({ call: string; error: string } & FaultInfo)
  | { set: string }
  | { set: string; error: string }
  | { get: string; values: unknown[][]; formulas: string[][] }
  | { get: string; error: string }
  | { stats: ReturnType<EmulatorApi['stats']> }
  | { as: string }
  | { at: string }
  | { triggers: TriggerRun[] };

/** Errors from the vm context fail `instanceof Error`; read their message by shape. */
export function messageOf(e: unknown): string {
  if (e && typeof e === 'object' && 'message' in e && typeof e.message === 'string') {
    return e.message;
  }
  return String(e);
}

function callStep(emu: RunnerEmulator, step: Extract<Step, { kind: 'call' }>): StepLine {
  if (step.failCall === undefined) {
    try {
      const result = emu.run(step.name, step.args);
      // google.script.run delivers undefined as null.
      return { call: step.name, result: result === undefined ? null : result };
    } catch (e) {
      return { call: step.name, error: messageOf(e) };
    }
  }
  emu.failAt(step.failCall);
  try {
    const result = emu.run(step.name, step.args);
    const calls = emu.lastOperationCalls();
    return { call: step.name, result: result ?? null, failCall: step.failCall, calls };
  } catch (e) {
    const calls = emu.lastOperationCalls();
    return { call: step.name, error: messageOf(e), failCall: step.failCall, calls };
  } finally {
    // The fault belongs to this step only: one the call never reached is dropped.
    emu.failAt(0);
  }
}

export function runStep(emu: RunnerEmulator, step: Step): StepLine {
  switch (step.kind) {
    case 'call':
      return callStep(emu, step);
    case 'set':
      try {
        emu.set(step.ref, step.value);
        return { set: step.ref };
      } catch (e) {
        return { set: step.ref, error: messageOf(e) };
      }
    case 'get':
      try {
        const snap = emu.get(step.ref);
        return { get: step.ref, values: snap.values, formulas: snap.formulas };
      } catch (e) {
        return { get: step.ref, error: messageOf(e) };
      }
    case 'stats':
      return { stats: emu.stats() };
    case 'as':
      emu.setUser(step.email);
      return { as: step.email };
    case 'at':
      emu.setNow(step.iso);
      return { at: step.iso };
    case 'triggers':
      return { triggers: emu.fireDueTriggers() };
  }
}

/**
 * Runs every step (a failed step does not stop the ones after it) and
 * returns whether all succeeded.
 */
export function runSteps(
  emu: RunnerEmulator,
  steps: Step[],
  write: (line: string) => void,
): boolean {
  let ok = true;
  for (const step of steps) {
    const line = runStep(emu, step);
    const out = serialize(line);
    const triggerFailed = 'triggers' in line && line.triggers.some((t) => !t.ok);
    if ('error' in line || out.failed || triggerFailed) ok = false;
    write(out.text);
  }
  return ok;
}

/** JSON with dates as ISO strings (Date.toJSON, any realm) and non-finite numbers as text. */
export function serialize(line: StepLine): { text: string; failed: boolean } {
  try {
    const text = JSON.stringify(line, (_k, v: unknown) => {
      if (typeof v === 'number' && !Number.isFinite(v)) return String(v);
      if (typeof v === 'bigint') return v.toString();
      return v;
    });
    return { text, failed: false };
  } catch (e) {
    // e.g. a cyclic result: report it as the step's error rather than crash the run.
    const [key] = Object.keys(line);
    const ref = (line as Record<string, unknown>)[key];
    return { text: JSON.stringify({ [key]: ref, error: messageOf(e) }), failed: true };
  }
}
