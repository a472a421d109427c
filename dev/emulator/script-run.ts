/**
 * google.script.run's rules, applied where the emulator calls a global for
 * the sidebar: only global functions whose names do not end in `_`;
 * arguments must be primitives, plain objects and arrays (a Date, function or
 * class instance fails the request); the result crosses back through the
 * same serialization (a result containing a Date arrives as null).
 */

/** Google's client-side message for an illegal argument (named by its property). */
export function illegalValue(prop: string | number): Error {
  return new Error(`Failed due to illegal value in property: ${prop}`);
}

function isPlainObject(v: object): boolean {
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Throws for values google.script.run refuses; returns the JSON that crosses the wire. */
export function serializeArgs(args: unknown[]): string {
  const check = (v: unknown, prop: string | number): void => {
    if (v === null || v === undefined) return;
    const t = typeof v;
    if (t === 'string' || t === 'boolean' || t === 'number') return;
    if (t !== 'object') throw illegalValue(prop);
    if (Array.isArray(v)) {
      for (let i = 0; i < v.length; i++) check(v[i], i);
      return;
    }
    if (!isPlainObject(v as object)) throw illegalValue(prop);
    for (const [k, x] of Object.entries(v as Record<string, unknown>)) check(x, k);
  };
  for (let i = 0; i < args.length; i++) check(args[i], i);
  // undefined in arrays becomes null, undefined properties vanish — JSON does exactly that.
  return JSON.stringify(args.map((a) => (a === undefined ? null : a)));
}

function containsDate(v: unknown): boolean {
  if (v === null || typeof v !== 'object') return false;
  if (Object.prototype.toString.call(v) === '[object Date]') return true;
  if (Array.isArray(v)) return v.some(containsDate);
  return Object.values(v as Record<string, unknown>).some(containsDate);
}

/** The value the client's success handler receives. */
export function deserializeResult(result: unknown): unknown {
  if (result === undefined) return null;
  if (containsDate(result)) return null;
  if (typeof result === 'function') return null;
  return JSON.parse(JSON.stringify(result) ?? 'null');
}

/** Why a name cannot be called through google.script.run, or null when it can. */
export function callableError(name: string, isGlobalFunction: boolean): Error | null {
  if (typeof name !== 'string' || name === '' || name.endsWith('_') || !isGlobalFunction) {
    // The client-side stub only has public global functions.
    return new TypeError(`google.script.run.${name} is not a function`);
  }
  return null;
}
