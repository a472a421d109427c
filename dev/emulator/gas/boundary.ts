/**
 * The line between the add-on and the emulator. Every emulated object the
 * add-on receives is wrapped in a Proxy that, per method call:
 *   1. enforces the auth mode (NONE cannot reach the document; custom
 *      functions get read-only access),
 *   2. counts the call by `Kind.method` and tracks flushes (a read after a
 *      write in the same operation),
 *   3. injects a queued fault (failNext) or the armed one (failAt, counted
 *      with the other services' calls: service-calls.ts),
 *   4. unwraps proxied arguments, converts thrown GasErrors to the realm's
 *      `Exception`, and hands back results in the vm realm (arrays from the
 *      context's Array, objects wrapped again).
 * Harness code uses the raw objects and so is never counted.
 */
import { anyOf, hasScope, SCOPES } from '../services/auth';
import { type GasContext, GasError, type WriteTarget } from './context';

/** Base of every emulated Apps Script class: `gasKind` names it in stats (`Range.setValues`). */
export abstract class GasObject {
  abstract readonly gasKind: string;
  /** What this object's write methods touch, for protection checks (none by default). */
  writeTargets(): WriteTarget[] {
    return [];
  }
}

/** Writes that do not change protected content (selection, UI, protecting it further). */
const NOT_CONTENT = /^(protect|activate|toast|flush)$/;

/** Objects whose calls are counted (they are the ones that cost a round trip in Apps Script). */
const COUNTED = new Set([
  'SpreadsheetApp',
  'Spreadsheet',
  'Sheet',
  'Range',
  'RangeList',
  'NamedRange',
  'Protection',
  'EmbeddedChart',
  'DeveloperMetadata',
  'DeveloperMetadataFinder',
]);

/** Methods of counted kinds that only configure a query and so reach no server. */
const LOCAL_METHODS: Record<string, RegExp> = {
  DeveloperMetadataFinder: /^(with|onIntersectingLocations)/,
};

function counted(kind: string, method: string): boolean {
  return COUNTED.has(kind) && !LOCAL_METHODS[kind]?.test(method);
}

/** Reads that only navigate (coordinates, lookups) and so never force a flush. */
const NAVIGATION = new Set([
  'getRange',
  'getRangeList',
  'getRanges',
  'getSheetByName',
  'getSheetById',
  'getSheets',
  'getNumSheets',
  'getActive',
  'getActiveSpreadsheet',
  'getActiveSheet',
  'getActiveRange',
  'getName',
  'getSheetName',
  'getSheetId',
  'getId',
  'getUrl',
  'getIndex',
  'getParent',
  'getSheet',
  'getA1Notation',
  'getRow',
  'getColumn',
  'getNumRows',
  'getNumColumns',
  'getHeight',
  'getWidth',
  'getGridId',
  'getCell',
  'offset',
  'getUi',
  'getSpreadsheetLocale',
  'getSpreadsheetTimeZone',
  'getChartId',
]);

const WRITE =
  /^(set|insert|delete|clear|merge|break|add|remove|protect|hide|show|activate|append|rename|move|update|uncheck|check|autoResize|sort|trim|toast|flush)/;
const READ = /^(get|is|can)/;

const DOCUMENT_SCOPE = 'https://www.googleapis.com/auth/spreadsheets.currentonly';
export const SPREADSHEETS_SCOPE = 'https://www.googleapis.com/auth/spreadsheets';

/** Google's transient error of the Spreadsheet service (failNext / failAt default). */
export function spreadsheetsFault(ctx: GasContext): string {
  return `Service Spreadsheets failed while accessing document with id ${ctx.doc.id}.`;
}

const targets = new WeakMap<object, object>();

export function unwrap<T>(value: T): T {
  if (typeof value !== 'object' || value === null) return value;
  const t = targets.get(value as object);
  if (t) return t as T;
  if (Array.isArray(value)) {
    let changed: unknown[] | null = null;
    for (let i = 0; i < value.length; i++) {
      const v = value[i];
      if (typeof v !== 'object' || v === null) continue;
      const u = unwrap(v);
      if (u !== v) {
        changed ??= value.slice();
        changed[i] = u;
      }
    }
    return (changed ?? value) as T;
  }
  return value;
}

function isWrite(method: string): boolean {
  return WRITE.test(method);
}

/** Ui methods that need the container-UI scope (Google's reference for each). */
const CONTAINER_UI = /^show(Sidebar|ModalDialog|ModelessDialog)$/;

/** SpreadsheetApp methods that do not reach the document (builders, the UI handle, openById's own rule). */
const NO_DOCUMENT = /^(getUi|new|open)/;

/** The manifest must grant what the method needs. */
function checkScopes(ctx: GasContext, kind: string, method: string, full: string): void {
  const declared = ctx.oauthScopes;
  if (!declared) return;
  if (kind === 'Ui' && CONTAINER_UI.test(method) && !declared.includes(SCOPES.containerUi)) {
    throw ctx.error(
      `You do not have permission to call ${full}. Required permissions: ${SCOPES.containerUi}`,
    );
  }
  if (!COUNTED.has(kind) || (kind === 'SpreadsheetApp' && NO_DOCUMENT.test(method))) return;
  const needed = [SCOPES.currentOnly, SCOPES.spreadsheets];
  if (!hasScope(declared, needed)) {
    throw ctx.error(
      `You do not have permission to call ${full}. Required permissions: ${anyOf(...needed)}`,
    );
  }
}

function check(ctx: GasContext, kind: string, method: string): void {
  const full = `${kind}.${method}`;
  checkScopes(ctx, kind, method, full);
  if (ctx.authMode === 'NONE' && COUNTED.has(kind)) {
    // Installed-but-not-enabled add-ons may build menus but not touch the document.
    if (kind !== 'SpreadsheetApp' || /^(getActive|setActive|flush|open)/.test(method)) {
      throw ctx.error(
        `You do not have permission to call ${full}. Required permissions: ${DOCUMENT_SCOPE}`,
      );
    }
  }
  if (
    ctx.authMode === 'CUSTOM_FUNCTION' &&
    COUNTED.has(kind) &&
    isWrite(method) &&
    method !== 'flush'
  ) {
    throw ctx.error(`You do not have permission to call ${method}`);
  }
  // Custom functions cannot open other spreadsheets
  // (https://developers.google.com/apps-script/guides/sheets/functions#using_apps_script_services).
  if (ctx.authMode === 'CUSTOM_FUNCTION' && kind === 'SpreadsheetApp' && /^open/.test(method)) {
    throw ctx.error(
      `You do not have permission to call ${full}. Required permissions: ${SPREADSHEETS_SCOPE}`,
    );
  }
}

function account(ctx: GasContext, kind: string, method: string): void {
  if (!counted(kind, method)) return;
  const full = `${kind}.${method}`;
  ctx.stats.calls++;
  ctx.stats.byMethod[full] = (ctx.stats.byMethod[full] ?? 0) + 1;
  if (method === 'flush' || (READ.test(method) && !NAVIGATION.has(method))) {
    if (ctx.dirty) {
      ctx.stats.flushes++;
      ctx.dirty = false;
    }
  } else if (isWrite(method)) {
    ctx.dirty = true;
  }
}

/**
 * Converts a result for the add-on: emulated objects wrapped, host arrays
 * copied into the realm. Arrays already made in the realm (getValues builds
 * its rows there) are kept as they are, so a 100,000-row read is not copied.
 */
function outbound(ctx: GasContext, value: unknown): unknown {
  if (value instanceof GasObject) return expose(ctx, value);
  if (!Array.isArray(value)) return value;
  const R = ctx.realm.Array;
  const inRealm = Object.getPrototypeOf(value) === R.prototype;
  let out: unknown[] | null = inRealm ? null : new R(value.length);
  for (let i = 0; i < value.length; i++) {
    const v = value[i];
    const o = typeof v === 'object' && v !== null ? outbound(ctx, v) : v;
    if (out) out[i] = o;
    else if (o !== v) {
      out = new R(value.length);
      for (let j = 0; j < i; j++) out[j] = value[j];
      out[i] = o;
    }
  }
  return out ?? value;
}

const proxies = new WeakMap<object, object>();

/** The add-on's view of an emulated object. */
export function expose<T extends GasObject>(ctx: GasContext, obj: T): T {
  const cached = proxies.get(obj);
  if (cached) return cached as T;
  const kind = obj.gasKind;
  const proxy = new Proxy(obj, {
    get(target, prop, receiver) {
      const value = Reflect.get(target, prop, receiver);
      if (typeof value !== 'function' || typeof prop !== 'string' || prop === 'constructor') {
        return outbound(ctx, value);
      }
      return function gasMethod(...args: unknown[]) {
        check(ctx, kind, prop);
        account(ctx, kind, prop);
        const armed = counted(kind, prop)
          ? ctx.countServiceCall(() => spreadsheetsFault(ctx))
          : undefined;
        if (armed !== undefined) throw ctx.error(armed);
        const fault = ctx.takeFault(kind, prop);
        if (fault !== undefined) throw ctx.error(fault);
        let result: unknown;
        try {
          if (isWrite(prop) && !NOT_CONTENT.test(prop)) ctx.guardWrite(target.writeTargets());
          result = (value as (...a: unknown[]) => unknown).apply(target, args.map(unwrap));
        } catch (err) {
          if (err instanceof GasError) throw ctx.error(err.message);
          throw err;
        }
        return outbound(ctx, result);
      };
    },
  });
  targets.set(proxy, obj);
  proxies.set(obj, proxy);
  return proxy;
}
