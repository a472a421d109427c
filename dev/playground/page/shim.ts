/**
 * google.script.run and google.script.host for the sidebar iframe, as Apps
 * Script's client defines them: a runner whose with*Handler/withUserObject
 * return a configured copy, and whose every other property is a server
 * function that answers asynchronously (the call itself returns undefined).
 * Calls go to the playground server, whose emulator enforces Google's rules
 * (globals only, no names ending in `_`); argument types Google rejects are
 * rejected here, before the wire, because JSON would silently turn a Date
 * into a string and hide the bug.
 */
import type { CallOutcome, ShimMessage } from '../protocol';

type SuccessHandler = (result: unknown, userObject?: unknown) => void;
type FailureHandler = (error: Error, userObject?: unknown) => void;

interface RunnerConfig {
  success?: SuccessHandler;
  failure?: FailureHandler;
  userObject?: unknown;
}

function notifyPage(type: ShimMessage['type']): void {
  const message: ShimMessage = { source: 'funnel-sla-shim', type };
  window.parent.postMessage(message, window.location.origin);
}

/** Google allows primitives, plain objects and arrays (and a lone form, which the add-on does not use). */
function illegalValue(value: unknown, path: string): string | undefined {
  if (value === null || value === undefined) return undefined;
  const kind = typeof value;
  if (kind === 'string' || kind === 'number' || kind === 'boolean') return undefined;
  if (kind === 'function' || kind === 'symbol' || kind === 'bigint') return path;
  if (Array.isArray(value)) {
    for (let i = 0; i < value.length; i++) {
      const bad = illegalValue(value[i], `${path}.${i}`);
      if (bad) return bad;
    }
    return undefined;
  }
  const proto = Object.getPrototypeOf(value);
  if (proto !== Object.prototype && proto !== null) return path; // Date, Map, DOM nodes…
  for (const [key, item] of Object.entries(value as Record<string, unknown>)) {
    const bad = illegalValue(item, `${path}.${key}`);
    if (bad) return bad;
  }
  return undefined;
}

function fail(config: RunnerConfig, message: string): void {
  const error = new Error(message);
  if (config.failure) config.failure(error, config.userObject);
  // Without a failure handler Google logs the error to the console.
  else console.error(error);
}

async function call(config: RunnerConfig, name: string, args: unknown[]): Promise<void> {
  for (let i = 0; i < args.length; i++) {
    const bad = illegalValue(args[i], String(i));
    if (bad) {
      fail(config, `Failed due to illegal value in property: ${bad}`);
      return;
    }
  }
  let outcome: CallOutcome;
  try {
    const res = await fetch('/api/run', {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ name, args }),
    });
    outcome = (await res.json()) as CallOutcome;
  } catch (err) {
    fail(config, `NetworkError: ${err instanceof Error ? err.message : String(err)}`);
    return;
  }
  // The grid refreshes after every call, success or not (a failing call may have written first).
  notifyPage('ran');
  if ('error' in outcome) fail(config, outcome.error);
  else config.success?.(outcome.result, config.userObject);
}

function runner(config: RunnerConfig): Record<string, unknown> {
  const methods = {
    withSuccessHandler: (fn: SuccessHandler) => runner({ ...config, success: fn }),
    withFailureHandler: (fn: FailureHandler) => runner({ ...config, failure: fn }),
    withUserObject: (obj: unknown) => runner({ ...config, userObject: obj }),
  };
  return new Proxy(methods, {
    get(target, prop) {
      if (typeof prop !== 'string') return undefined;
      if (prop in target) return target[prop as keyof typeof methods];
      // `then` must stay undefined, or `await google.script.run` would call the server.
      if (prop === 'then') return undefined;
      return (...args: unknown[]) => {
        void call(config, prop, args);
      };
    },
  });
}

const host = {
  close: () => notifyPage('close'),
  editor: { focus: () => notifyPage('focus-editor') },
  // The panel is fixed at 300 px like Google's; these exist so calls do not throw.
  setHeight: (_px: number) => undefined,
  setWidth: (_px: number) => undefined,
  origin: window.location.origin,
};

const scope = window as unknown as { google?: { script?: Record<string, unknown> } };
scope.google = { ...(scope.google ?? {}), script: { run: runner({}), host } };
