/**
 * The server, typed by the shared contract (api/server-api.ts), as Promises
 * over google.script.run. The runner is a parameter so tests can pass a fake.
 */
import type { ServerApi, ServerMethod } from '../api/server-api';

/** What the sidebar sees of a server function: the same arguments, a Promise of the result. */
export type Remote<T> = {
  [K in keyof T]: T[K] extends (...args: infer A) => infer R ? (...args: A) => Promise<R> : never;
};

/** The least of google.script.run a call needs. */
export interface RunnerLike {
  withSuccessHandler(handler: (result: unknown) => void): RunnerLike;
  withFailureHandler(handler: (error: Error) => void): RunnerLike;
}

/** Apps Script prefixes some server errors ("Exception: …", "Error: …"); users need the message. */
export function errorMessage(error: unknown): string {
  const raw = error instanceof Error ? error.message : String(error ?? '');
  return raw.replace(/^(Script)?(Exception|Error|TypeError|RangeError):\s*/, '').trim();
}

/** Calls one server function through a runner. */
export function call<K extends ServerMethod>(
  runner: RunnerLike,
  name: K,
  ...args: Parameters<ServerApi[K]>
): Promise<ReturnType<ServerApi[K]>> {
  return new Promise((resolve, reject) => {
    const configured = runner
      .withSuccessHandler((result) => resolve(result as ReturnType<ServerApi[K]>))
      .withFailureHandler((error) =>
        reject(error instanceof Error ? error : new Error(String(error))),
      );
    const fn = (configured as unknown as Record<string, unknown>)[name];
    if (typeof fn !== 'function') {
      reject(new Error(`google.script.run has no ${name}`));
      return;
    }
    fn.apply(configured, args);
  });
}

/**
 * The typed server over a runner (google.script.run in the sidebar): any
 * ServerApi method, so a method added to the contract needs no change here.
 */
export function serverApi(runner: RunnerLike): Remote<ServerApi> {
  const untyped = call as (r: RunnerLike, name: string, ...args: unknown[]) => Promise<unknown>;
  return new Proxy({} as Remote<ServerApi>, {
    get: (_, name) =>
      // `then` stays undefined so the proxy is not mistaken for a Promise.
      typeof name === 'string' && name !== 'then'
        ? (...args: unknown[]) => untyped(runner, name, ...args)
        : undefined,
  });
}
