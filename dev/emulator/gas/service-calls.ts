/**
 * Counting (and failAt fault injection) for the Apps Script services other
 * than the spreadsheet, so a fault sweep can fail ANY call that reaches a
 * Google backend, not only spreadsheet calls (issue 10).
 *
 * What counts as one service call (documented in DIFFERENCES.md):
 *   - every counted spreadsheet call (boundary.ts: SpreadsheetApp, Spreadsheet,
 *     Sheet, Range, RangeList, NamedRange, Protection, EmbeddedChart,
 *     DeveloperMetadata…), the same calls `stats().calls` counts;
 *   - every method of PropertiesService, LockService, CacheService, ScriptApp,
 *     Session, UrlFetchApp and HtmlService;
 *   - every method of the objects they hand out that reach storage: Properties
 *     stores, Locks, Caches; and `create()` of a trigger builder.
 * Not counted (they run inside the script, no backend): Utilities, Logger,
 * console, builder configuration (timeBased, everyDays…), Trigger getters,
 * User.getEmail, HtmlOutput/HtmlTemplate setters.
 *
 * A failing call throws the service's transient error: Google's
 * "Service Spreadsheets failed while accessing document with id …" for the
 * spreadsheet, and its generic "We're sorry, a server error occurred. Please
 * wait a bit and try again." for the others (seen from PropertiesService:
 * https://github.com/brucemcpherson/cGoa/issues/3).
 */
import { CacheImpl } from '../services/cache';
import { LockImpl } from '../services/lock';
import { PropertyStore } from '../services/properties';
import {
  ClockTriggerBuilderImpl,
  SpreadsheetTriggerBuilderImpl,
  TriggerBuilderImpl,
} from '../services/script-app';
import type { GasContext } from './context';

export const SERVER_ERROR =
  "We're sorry, a server error occurred. Please wait a bit and try again.";

/** Services whose every method is one call. */
export const COUNTED_SERVICES = [
  'PropertiesService',
  'LockService',
  'CacheService',
  'ScriptApp',
  'Session',
  'UrlFetchApp',
  'HtmlService',
] as const;

/** Which methods of a returned object count; objects not listed pass through unwrapped. */
function countedMethods(value: object): ((method: string) => boolean) | undefined {
  if (value instanceof PropertyStore || value instanceof LockImpl || value instanceof CacheImpl) {
    return (m) => m !== 'bytes';
  }
  if (
    value instanceof ClockTriggerBuilderImpl ||
    value instanceof SpreadsheetTriggerBuilderImpl ||
    value instanceof TriggerBuilderImpl
  ) {
    // Only create() reaches the server; the builder returned by timeBased() is wrapped too.
    return (m) => m === 'create';
  }
  return undefined;
}

const wrapped = new WeakMap<object, object>();

function wrap<T extends object>(ctx: GasContext, obj: T, counts: (method: string) => boolean): T {
  const cached = wrapped.get(obj);
  if (cached) return cached as T;
  const proxy = new Proxy(obj, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') {
        return value;
      }
      return function serviceMethod(...args: unknown[]) {
        if (counts(prop)) {
          const fault = ctx.countServiceCall(() => SERVER_ERROR);
          if (fault !== undefined) throw ctx.error(fault);
        }
        const result = (value as (...a: unknown[]) => unknown).apply(target, args);
        if (result === target) return proxy;
        if (typeof result === 'object' && result !== null) {
          const inner = countedMethods(result);
          if (inner) return wrap(ctx, result, inner);
        }
        return result;
      };
    },
  });
  wrapped.set(obj, proxy);
  return proxy;
}

/** The service globals as the add-on sees them: counted, with failAt faults. */
export function countedServices<G extends Record<string, unknown>>(ctx: GasContext, globals: G): G {
  const out: Record<string, unknown> = { ...globals };
  for (const name of COUNTED_SERVICES) {
    const svc = globals[name];
    if (typeof svc === 'object' && svc !== null) out[name] = wrap(ctx, svc, () => true);
  }
  return out as G;
}
