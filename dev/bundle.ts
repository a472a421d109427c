/**
 * Loads the BUILT bundle (build/Code.js) the way Apps Script runs it: one
 * script in a fresh V8 global with no Node globals — no process, require,
 * Buffer, setTimeout — only what V8 itself provides plus the `globals` you
 * pass (the emulator passes its fake SpreadsheetApp, PropertiesService, …).
 *
 * Stable API, shared by tests, benchmarks, the formula engine adapter and the
 * emulator:
 *
 *   const bundle = loadBundle({ globals: { SpreadsheetApp: fake } });
 *   bundle.call('REQUIRED_MQLS', [210000, 10000, 0.7]);   // 30
 *   bundle.customFunctions();   // [{ name: 'REQUIRED_DEALS', params: ['revenue', 'deal_size'], jsdoc }, …]
 *
 * Cross-realm care: values made in this Node realm fail `instanceof` checks
 * inside the context (and vice versa), so `call` copies arrays, Dates and
 * plain objects into the context's own constructors on the way in and back
 * into Node's on the way out, and rethrows the script's errors as Node Errors
 * with the same message. Use `context` directly for raw access.
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
/** Where `npm run build` writes the bundle. */
export const DEFAULT_CODE_PATH = join(ROOT, 'build', 'Code.js');

export interface LoadBundleOptions {
  /** The script source; wins over `path`. */
  code?: string;
  /** Path of the script; default build/Code.js. */
  path?: string;
  /** Extra globals the script can see, e.g. fake Apps Script services. */
  globals?: Record<string, unknown>;
}

/** A top-level function Sheets would offer as a custom function. */
export interface CustomFunctionInfo {
  name: string;
  /** Parameter names as declared on the top-level wrapper. */
  params: string[];
  /** The JSDoc block right above the function, including the delimiters. */
  jsdoc: string;
}

export interface LoadedBundle {
  /** The script's global object (a vm context). */
  readonly context: vm.Context;
  readonly source: string;
  /** Globals the script itself defined (not V8 built-ins, not the given globals), sorted. */
  globalNames(): string[];
  /** Calls a global function with realm-safe copies of `args` (see the file comment). */
  call(name: string, args?: unknown[]): unknown;
  /**
   * Custom functions discovered from the SOURCE as Sheets does for an add-on:
   * top-level `function NAME(...)` declarations whose JSDoc block contains
   * `@customfunction`. In source order.
   */
  customFunctions(): CustomFunctionInfo[];
}

/** Constructors of one realm, used to copy values into it. */
interface Realm {
  Array: ArrayConstructor;
  Date: DateConstructor;
  Object: ObjectConstructor;
}

const HOST: Realm = { Array, Date, Object };

let builtinNames: Set<string> | undefined;

/** What a brand-new V8 context already has: everything else came from the script. */
function builtins(): Set<string> {
  builtinNames ??= new Set(
    vm.runInContext('Object.getOwnPropertyNames(globalThis)', vm.createContext({})) as string[],
  );
  return builtinNames;
}

function isDateLike(v: unknown): v is Date {
  return Object.prototype.toString.call(v) === '[object Date]';
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (v === null || typeof v !== 'object') return false;
  const proto = Object.getPrototypeOf(v);
  return proto === null || Object.getPrototypeOf(proto) === null;
}

/** Deep-copies arrays, Dates and plain objects into `realm`; leaves everything else alone. */
export function copyInto(realm: Realm, value: unknown): unknown {
  if (Array.isArray(value)) {
    const out = new realm.Array<unknown>(value.length);
    for (let i = 0; i < value.length; i++) out[i] = copyInto(realm, value[i]);
    return out;
  }
  if (isDateLike(value)) return new realm.Date(value.getTime());
  if (isPlainObject(value)) {
    const out = new realm.Object() as Record<string, unknown>;
    for (const key of Object.keys(value)) out[key] = copyInto(realm, value[key]);
    return out;
  }
  return value;
}

/** A Node Error carrying the script error's message (and name, and the original as `cause`). */
function hostError(thrown: unknown): Error {
  if (thrown !== null && typeof thrown === 'object' && 'message' in thrown) {
    const { message, name } = thrown as { message: unknown; name?: unknown };
    const error = new Error(String(message), { cause: thrown });
    if (typeof name === 'string') error.name = name;
    return error;
  }
  return new Error(String(thrown), { cause: thrown });
}

const JSDOC_THEN_FUNCTION =
  /(\/\*\*(?:[^*]|\*(?!\/))*\*\/)[ \t]*\r?\n^function[ \t]+([A-Za-z_$][\w$]*)[ \t]*\(([^)]*)\)/gm;

/** Parses top-level JSDoc'd function declarations marked @customfunction. */
export function findCustomFunctions(source: string): CustomFunctionInfo[] {
  const out: CustomFunctionInfo[] = [];
  for (const m of source.matchAll(JSDOC_THEN_FUNCTION)) {
    const [, jsdoc, name, params] = m;
    if (!/@customfunction\b/.test(jsdoc)) continue;
    out.push({
      name,
      params: params
        .split(',')
        .map((p) => p.trim())
        .filter(Boolean),
      jsdoc,
    });
  }
  return out;
}

export function loadBundle(opts: LoadBundleOptions = {}): LoadedBundle {
  const path = opts.path ?? DEFAULT_CODE_PATH;
  const source = opts.code ?? readFileSync(path, 'utf8');
  const given = { ...(opts.globals ?? {}) };
  const context = vm.createContext(given);
  vm.runInContext(source, context, { filename: path });
  const realm = vm.runInContext('({ Array, Date, Object })', context) as Realm;
  const givenNames = new Set(Object.keys(opts.globals ?? {}));

  return {
    context,
    source,
    globalNames() {
      const known = builtins();
      return Object.getOwnPropertyNames(context)
        .filter((n) => !known.has(n) && !givenNames.has(n))
        .sort();
    },
    call(name, args = []) {
      const fn = (context as Record<string, unknown>)[name];
      if (typeof fn !== 'function') throw new Error(`Code.js has no global function ${name}`);
      let result: unknown;
      try {
        result = fn.apply(undefined, copyInto(realm, args) as unknown[]);
      } catch (thrown) {
        throw hostError(thrown);
      }
      return copyInto(HOST, result);
    },
    customFunctions() {
      return findCustomFunctions(source);
    },
  };
}
