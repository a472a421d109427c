/**
 * The local Sheets emulator: one emulated spreadsheet with the built add-on
 * (build/Code.js) loaded into a node:vm context, as issue 3 §1 describes.
 *
 *   const emu = await createEmulator({ now: '2026-07-15T09:00:00Z' });
 *   emu.trigger('onOpen', 'NONE');
 *   emu.run('showSidebar');
 *   emu.stats();                      // { calls, flushes, ms, byMethod }
 *   const book = await loadXlsx('plan.xlsx');
 *
 * The public contract is dev/emulator/contract.ts (EmulatorApi); `Emulator`
 * adds a few extras for tests and tools (the document, the loaded bundle).
 */
import { readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import vm from 'node:vm';
import type { GCharts, GSpreadsheetApp } from '../../src/gas/surface';
import { DEFAULT_CODE_PATH, type LoadedBundle, loadBundle } from '../bundle';
import { bundleContext, registerBundleFunctions } from '../formula/custom-functions';
import { parseA1 } from './a1';
import type {
  AuthModeName,
  CallStats,
  EmulatorApi,
  EmulatorControl,
  EmulatorOptions,
  ExecutionKind,
  ExecutionTime,
  PlainValue,
  RangeSnapshot,
  TriggerInfo,
  TriggerRun,
  UiState,
  WorkbookView,
} from './contract';
import { csvCell, parseCsvText } from './csv';
import { Doc } from './document';
import type { HfFactory } from './engine';
import { ExecutionTimer } from './exec-time';
import { typedToCanonical } from './formula-syntax';
import { expose } from './gas/boundary';
import { GasContext } from './gas/context';
import { countedServices } from './gas/service-calls';
import { createSheetsApi, SHEETS_API_MESSAGES, sheetsUserSymbol } from './gas/sheets-api';
import { SpreadsheetImpl } from './gas/spreadsheet';
import { ChartsImpl, SpreadsheetAppImpl } from './gas/spreadsheet-app';
import { fromJs, parseInput } from './input';
import { localeInfo } from './locale';
import { type Content, Formula, type SheetData } from './model';
import { isDateFormat } from './number-format';
import { callableError, deserializeResult, serializeArgs } from './script-run';
import { createServices, makeClock, type Services } from './services';
import { runsBetween } from './services/schedule';
import type { TriggerRecord } from './services/triggers';
import type { UrlFetchOptions } from './services/url-fetch';
import { buildSheetsEngine } from './sheets-functions';
import { serialToMs } from './tz';
import { effectiveFormat, toPlainValue } from './values';
import { workbookView } from './view';
import { loadDocXlsx, saveDocXlsx } from './xlsx';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The add-on's name as the Extensions menu shows it (Marketplace listing name). */
export const ADDON_NAME = 'Funnel SLA';

export interface CreateOptions extends EmulatorOptions {
  /** Script source instead of codePath (tests use tiny hand-made bundles). */
  code?: string;
  /**
   * The Google Workspace domain the document belongs to (e.g. `x.com`);
   * default none (a consumer account's document). Protections then start
   * editable by the domain, as Google's do.
   */
  domain?: string;
  /** The user's locale (Session.getActiveUserLocale); default from the spreadsheet locale. */
  userLocale?: string;
  /** Fills the new document before formulas are wired (xlsx loading). */
  populate?: (doc: Doc) => Promise<void> | void;
  /** UrlFetchApp options (routes to a local mock, quota). */
  urlFetch?: UrlFetchOptions;
  /** Utilities.sleep also blocks for real (pacing against a real server). */
  realSleep?: boolean;
}

/** What createEmulator returns: the contract plus handles for tests and tools. */
export interface Emulator extends EmulatorApi, EmulatorControl {
  readonly doc: Doc;
  readonly bundle: LoadedBundle;
  readonly services: Services;
  /** SpreadsheetApp exactly as the add-on sees it (counted, strict): for tests that drive it directly. */
  readonly spreadsheetApp: GSpreadsheetApp;
  /** The Charts service as the add-on sees it. */
  readonly charts: GCharts;
  /** Last modal/modeless dialog (UiState has no slot for dialogs). */
  readonly dialog: { title: string; html: string } | null;
  /** Types into a cell as a user does: formulas in the spreadsheet locale's syntax. */
  type(ref: string, text: string): void;
  /** Releases the HTTP worker of UrlFetchApp. */
  close(): void;
}

/** What the emulator reads from appsscript.json: scopes (undefined = not checked), time zone, advanced services. */
interface Manifest {
  oauthScopes?: string[];
  timeZone?: string;
  dependencies?: {
    enabledAdvancedServices?: { userSymbol?: string; serviceId?: string; version?: string }[];
  };
}

function readManifest(dir: string): Manifest {
  try {
    return JSON.parse(readFileSync(join(dir, 'appsscript.json'), 'utf8')) as Manifest;
  } catch {
    return {};
  }
}

const SIMPLE_TRIGGERS = new Set(['onOpen', 'onInstall', 'onEdit', 'onSelectionChange']);

class EmulatorImpl implements Emulator {
  readonly options: Required<Omit<EmulatorOptions, 'codePath' | 'htmlDir'>>;

  constructor(
    readonly ctx: GasContext,
    readonly bundle: LoadedBundle,
    readonly services: Services,
    options: Required<Omit<EmulatorOptions, 'codePath' | 'htmlDir'>>,
    /** appsscript.json timeZone: time-driven schedules run in it. */
    private readonly scriptTimeZone: string,
    private readonly timer: ExecutionTimer,
  ) {
    this.options = options;
  }

  get doc(): Doc {
    return this.ctx.doc;
  }
  get ui(): UiState {
    return this.ctx.ui;
  }
  get spreadsheetApp(): GSpreadsheetApp {
    return (this.bundle.context as { SpreadsheetApp: GSpreadsheetApp }).SpreadsheetApp;
  }
  get charts(): GCharts {
    return (this.bundle.context as { Charts: GCharts }).Charts;
  }
  get dialog(): { title: string; html: string } | null {
    return this.ctx.dialog;
  }

  private isGlobalFunction(name: string): boolean {
    return (
      this.bundle.globalNames().includes(name) &&
      typeof (this.bundle.context as Record<string, unknown>)[name] === 'function'
    );
  }

  /** Runs one operation: auth mode and UI availability set, flushes counted, time measured. */
  private operation<T>(
    mode: AuthModeName,
    ui: boolean,
    fn: () => T,
    what: { kind: ExecutionKind; name: string; inDocument?: boolean },
  ): T {
    const ctx = this.ctx;
    ctx.beginOperation();
    ctx.authMode = mode;
    ctx.uiAvailable = ui;
    ctx.documentContext = what.inDocument ?? true;
    const t0 = performance.now();
    try {
      return this.timer.measure(what.kind, what.name, fn, (m) => new Error(m));
    } finally {
      ctx.stats.ms += Math.round(performance.now() - t0);
      ctx.authMode = 'FULL';
      ctx.uiAvailable = true;
      ctx.documentContext = true;
      // Sheets applies pending writes when an execution ends.
      ctx.doc.engine.flush();
      ctx.endOperation();
      this.services.state.endExecution();
    }
  }

  run(name: string, args: unknown[] = []): unknown {
    const bad = callableError(name, this.isGlobalFunction(name));
    if (bad) throw bad;
    const wire = serializeArgs(args);
    const fn = (this.bundle.context as Record<string, (...a: unknown[]) => unknown>)[name];
    const realmArgs = vm.runInContext(
      `JSON.parse(${JSON.stringify(wire)})`,
      this.bundle.context,
    ) as unknown[];
    const result = this.operation(
      'FULL',
      true,
      () => {
        try {
          return fn.apply(undefined, realmArgs);
        } catch (err) {
          throw hostError(err);
        }
      },
      { kind: 'execution', name },
    );
    return deserializeResult(result);
  }

  trigger(
    name: string,
    authMode: AuthModeName = 'FULL',
    event: Record<string, unknown> = {},
  ): unknown {
    if (!this.isGlobalFunction(name)) throw new Error(`Script function not found: ${name}`);
    const ctx = this.bundle.context;
    const e = vm.runInContext(
      `JSON.parse(${JSON.stringify(JSON.stringify(event))})`,
      ctx,
    ) as Record<string, unknown>;
    const ScriptApp = this.services.globals.ScriptApp as unknown as {
      AuthMode: Record<string, unknown>;
    };
    e.authMode = ScriptApp.AuthMode[authMode];
    // In NONE the event carries no document (the add-on may not read it).
    if (authMode !== 'NONE' && SIMPLE_TRIGGERS.has(name)) {
      e.source = expose(this.ctx, new SpreadsheetImpl(this.ctx));
      const email = this.ctx.userEmail;
      e.user = { getEmail: () => email };
    }
    const fn = (ctx as Record<string, (...a: unknown[]) => unknown>)[name];
    // Time-driven and other installable triggers have no UI to talk to.
    const ui = SIMPLE_TRIGGERS.has(name);
    return this.operation(
      authMode,
      ui,
      () => {
        try {
          return fn.call(undefined, e);
        } catch (err) {
          throw hostError(err);
        }
      },
      { kind: SIMPLE_TRIGGERS.has(name) ? 'simple-trigger' : 'execution', name },
    );
  }

  // ── harness access (never counted) ─────────────────────────────────────

  private resolve(ref: string): {
    sheet: SheetData;
    rect: { row: number; col: number; rows: number; cols: number };
  } {
    const named = this.doc.namedRange(ref);
    if (named) return { sheet: named.sheet, rect: { ...named.rect } };
    const a1 = parseA1(ref);
    if (!a1) throw new Error(`Not a named range or A1 reference: ${ref}`);
    const sheet =
      a1.sheet === undefined
        ? (this.doc.activeSheet ?? this.doc.sheets[0])
        : this.doc.sheetByName(a1.sheet);
    if (!sheet) throw new Error(`No tab named ${a1.sheet}`);
    const row = a1.startRow ?? 1;
    const col = a1.startCol ?? 1;
    const endRow = a1.endRow ?? Math.max(row, this.doc.lastRow(sheet));
    const endCol = a1.endCol ?? Math.max(col, this.doc.lastCol(sheet));
    return { sheet, rect: { row, col, rows: endRow - row + 1, cols: endCol - col + 1 } };
  }

  get(ref: string): RangeSnapshot {
    const { sheet, rect } = this.resolve(ref);
    const vals = this.doc.values(sheet, rect);
    const tz = this.doc.timeZone;
    return {
      values: vals.map((line, r) =>
        line.map((v, c) =>
          toPlainValue(v, effectiveFormat(this.doc, sheet, rect.row + r, rect.col + c, v), tz),
        ),
      ),
      formulas: vals.map((line, r) =>
        line.map((_, c) => {
          const content = sheet.content(rect.row + r, rect.col + c);
          return content instanceof Formula ? content.text : '';
        }),
      ),
    };
  }

  set(ref: string, value: PlainValue | null): void {
    const { sheet, rect } = this.resolve(ref);
    if (rect.rows !== 1 || rect.cols !== 1) throw new Error(`set needs a single cell: ${ref}`);
    const loc = localeInfo(this.doc.locale);
    const parsed =
      typeof value === 'string' ? parseInput(value, loc) : fromJs(value, loc, this.doc.timeZone);
    if (parsed.format && !sheet.metaAt(rect.row, rect.col)?.numberFormat) {
      sheet.ensureMeta(rect.row, rect.col).numberFormat = parsed.format;
    }
    this.doc.write(sheet, rect.row, rect.col, [[parsed.content]]);
    this.doc.engine.flush();
  }

  /** Types into a cell as a user does in Sheets: formulas in the locale's syntax (`;`, `\\`, `0,5`). */
  type(ref: string, text: string): void {
    const decimal = localeInfo(this.doc.locale).decimal === ',' ? ',' : '.';
    this.set(ref, text.startsWith('=') ? typedToCanonical(text, decimal) : text);
  }

  stats(): CallStats {
    return this.ctx.resetStats();
  }

  view(): WorkbookView {
    return workbookView(this.doc);
  }

  setNow(iso: string): void {
    this.services.state.clock.set(iso);
    this.options.now = iso;
    // TODAY() and NOW() (and what depends on them) follow the new time.
    this.doc.engine.recalculateVolatile();
  }

  private newTab(name: string, rows: number, cols: number): SheetData {
    if (this.doc.sheetByName(name))
      throw new Error(`A sheet with the name "${name}" already exists.`);
    const sheet = this.doc.addSheet(name);
    sheet.maxRows = Math.max(rows, 1);
    sheet.maxCols = Math.max(cols, 1);
    return sheet;
  }

  addCsvTab(name: string, csv: string): void {
    const rows = parseCsvText(csv);
    const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
    const sheet = this.newTab(name, rows.length, width);
    const block = rows.map((r) => Array.from({ length: width }, (_, c) => csvCell(r[c] ?? '')));
    if (block.length) this.doc.write(sheet, 1, 1, block);
  }

  addTab(name: string, rows: (PlainValue | Date | null)[][]): void {
    const width = rows.reduce((w, r) => Math.max(w, r.length), 1);
    const sheet = this.newTab(name, rows.length, width);
    const loc = localeInfo(this.doc.locale);
    const block: (Content | undefined)[][] = rows.map((line, r) =>
      Array.from({ length: width }, (_, c) => {
        const v = line[c];
        if (v === null || v === undefined || v === '') return undefined;
        if (typeof v === 'string') return v;
        const parsed = fromJs(v, loc, this.doc.timeZone);
        if (parsed.format) sheet.ensureMeta(r + 1, c + 1).numberFormat = parsed.format;
        return parsed.content;
      }),
    );
    if (block.length) this.doc.write(sheet, 1, 1, block);
  }

  saveXlsx(path: string): Promise<void> {
    return saveDocXlsx(this.doc, path);
  }

  failNext(method: string, message?: string): void {
    // The advanced Sheets service's own transient error for its methods.
    const advanced = /^(Sheets\.Spreadsheets\.)?batchUpdate$|^Sheets\.Spreadsheets\.get$/.test(
      method,
    );
    const msg =
      message ??
      (advanced
        ? SHEETS_API_MESSAGES.transient
        : `Service Spreadsheets failed while accessing document with id ${this.doc.id}.`);
    const q = this.ctx.faults.get(method) ?? [];
    q.push(msg);
    this.ctx.faults.set(method, q);
  }

  // ── users and add-on triggers ──────────────────────────────────────────

  setUser(email: string): void {
    this.services.state.user.email = email;
    this.ctx.userEmail = email;
    this.ctx.editors.add(email);
  }

  user(): string {
    return this.services.state.user.email;
  }

  fireDueTriggers(): TriggerRun[] {
    const clock = this.services.state.clock;
    const now = clock.now();
    const triggers = this.services.state.triggers;
    const due: { rec: TriggerRecord; at: number }[] = [];
    for (const rec of triggers.all()) {
      if (rec.eventType !== 'CLOCK' || !rec.schedule) continue;
      const from = rec.lastRun ?? rec.createdAt;
      for (const at of runsBetween(rec.schedule, rec.createdAt, from, now, this.scriptTimeZone)) {
        due.push({ rec, at });
      }
    }
    due.sort((a, b) => a.at - b.at);
    const acting = this.user();
    const runs: TriggerRun[] = [];
    try {
      for (const { rec, at } of due) {
        // An earlier run may have deleted it (turning a schedule off).
        if (!triggers.all().includes(rec)) continue;
        this.setNow(new Date(at).toISOString());
        rec.lastRun = at;
        const oneOff = rec.schedule?.at !== undefined || rec.schedule?.after !== undefined;
        if (oneOff) triggers.remove(rec.id);
        runs.push(this.runTimeTrigger(rec, at));
      }
    } finally {
      this.setNow(new Date(now).toISOString());
      this.setUser(acting);
    }
    return runs;
  }

  /**
   * One run of an editor add-on's installable time-driven trigger, as Google
   * runs it: as the trigger's owner, AuthMode.FULL, no UI, outside any
   * document, with the time-driven event object
   * (https://developers.google.com/apps-script/guides/triggers/events#time-driven_events).
   */
  private runTimeTrigger(rec: TriggerRecord, at: number): TriggerRun {
    const run: TriggerRun = {
      handler: rec.handler,
      user: rec.userEmail,
      at: new Date(at).toISOString(),
      ok: true,
    };
    this.setUser(rec.userEmail);
    if (!this.isGlobalFunction(rec.handler)) {
      return { ...run, ok: false, error: `Script function not found: ${rec.handler}` };
    }
    const e = vm.runInContext(
      `JSON.parse(${JSON.stringify(JSON.stringify(timeEvent(rec.id, at)))})`,
      this.bundle.context,
    ) as Record<string, unknown>;
    const ScriptApp = this.services.globals.ScriptApp as unknown as {
      AuthMode: Record<string, unknown>;
    };
    e.authMode = ScriptApp.AuthMode.FULL;
    const fn = (this.bundle.context as Record<string, (...a: unknown[]) => unknown>)[rec.handler];
    try {
      this.operation('FULL', false, () => fn.call(undefined, e), {
        kind: 'execution',
        name: rec.handler,
        inDocument: false,
      });
      return run;
    } catch (err) {
      return { ...run, ok: false, error: hostError(err).message };
    }
  }

  executionTimes(): ExecutionTime[] {
    return this.timer.take();
  }

  failAt(n: number, message?: string): void {
    this.ctx.failAt(n, message);
  }

  lastOperationCalls(): number {
    return this.ctx.lastOperationCalls;
  }

  listTriggers(): TriggerInfo[] {
    return this.services.state.listTriggers();
  }

  properties(store: 'user' | 'document' | 'script'): Record<string, string> {
    return this.services.state.rawProperties(store);
  }

  close(): void {
    this.services.state.close();
  }
}

/**
 * The time-driven event object's fields, in UTC as Google's example shows
 * (`"timezone": "UTC"`); day-of-week 1 = Monday … 7 = Sunday, ISO week.
 */
function timeEvent(triggerUid: string, at: number): Record<string, unknown> {
  const d = new Date(at);
  const dow = d.getUTCDay() === 0 ? 7 : d.getUTCDay();
  const thursday = new Date(
    Date.UTC(d.getUTCFullYear(), d.getUTCMonth(), d.getUTCDate() + 4 - dow),
  );
  const yearStart = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.ceil(((thursday.getTime() - yearStart) / 86_400_000 + 1) / 7);
  return {
    'day-of-month': d.getUTCDate(),
    'day-of-week': dow,
    hour: d.getUTCHours(),
    minute: d.getUTCMinutes(),
    month: d.getUTCMonth() + 1,
    second: d.getUTCSeconds(),
    timezone: 'UTC',
    triggerUid,
    'week-of-year': week,
    year: d.getUTCFullYear(),
  };
}

/** A script error as a Node Error with the same message (and name, e.g. `Exception`). */
function hostError(thrown: unknown): Error {
  if (thrown !== null && typeof thrown === 'object' && 'message' in thrown) {
    const { message, name } = thrown as { message: unknown; name?: unknown };
    const err = new Error(String(message), { cause: thrown });
    if (typeof name === 'string') err.name = name;
    return err;
  }
  return new Error(String(thrown), { cause: thrown });
}

/** Creates an emulated spreadsheet (one tab `Sheet1`, or `populate`'s) with the bundle loaded. */
export async function createEmulator(opts: CreateOptions = {}): Promise<Emulator> {
  const options = {
    now: opts.now ?? '',
    locale: opts.locale ?? 'en_US',
    timeZone: opts.timeZone ?? 'Etc/UTC',
    userEmail: opts.userEmail ?? 'user@example.com',
  };
  const htmlDir = opts.htmlDir ?? join(ROOT, 'build');
  const clock = makeClock(opts.now || undefined);
  const timer = new ExecutionTimer(clock);

  // The context exists before the document: the engine needs the bundle for custom functions.
  const ctx = new GasContext(undefined as unknown as Doc);
  ctx.userEmail = options.userEmail;
  ctx.ownerEmail = options.userEmail;
  ctx.editors.add(options.userEmail);
  ctx.domain = opts.domain ?? null;
  const manifest = readManifest(htmlDir);
  ctx.oauthScopes = manifest.oauthScopes;
  const services = createServices({
    htmlDir,
    clock,
    userEmail: options.userEmail,
    locale: options.locale,
    userLocale: opts.userLocale,
    timeZone: manifest.timeZone ?? 'Etc/UTC',
    authMode: () => ctx.authMode,
    oauthScopes: manifest.oauthScopes,
    hasDocument: () => ctx.documentContext,
    documentId: () => ctx.doc.id,
    ...(opts.urlFetch ? { urlFetch: opts.urlFetch } : {}),
    ...(opts.realSleep ? { realSleep: true } : {}),
  });
  const spreadsheetApp = expose(ctx, new SpreadsheetAppImpl(ctx, ADDON_NAME));
  const charts = expose(ctx, new ChartsImpl());
  // The advanced Sheets service exists only where the manifest enables it (else a ReferenceError, as in Apps Script).
  let realmJson: (text: string) => unknown = JSON.parse;
  const sheetsSymbol = sheetsUserSymbol(manifest);
  const advanced = sheetsSymbol
    ? {
        [sheetsSymbol]: createSheetsApi({
          ctx,
          toRealm: (v) => (v === undefined ? v : realmJson(JSON.stringify(v))),
        }),
      }
    : {};

  // Top-level code runs in AuthMode.NONE: it must not reach the document.
  ctx.authMode = 'NONE';
  let bundle: LoadedBundle;
  try {
    bundle = loadBundle({
      code: opts.code,
      path: opts.codePath ?? DEFAULT_CODE_PATH,
      globals: {
        ...countedServices(ctx, services.globals),
        SpreadsheetApp: spreadsheetApp,
        Charts: charts,
        ...advanced,
      },
    });
  } finally {
    ctx.authMode = 'FULL';
  }
  services.state.attach(bundle.context);
  realmJson = vm.runInContext('(function (text) { return JSON.parse(text); })', bundle.context) as (
    text: string,
  ) => unknown;
  ctx.realm = {
    // The context's own Date behind the clock's wrapper (same prototype, so instanceof holds):
    // constructing through the wrapper costs ~5x more per cell on big reads.
    Date: vm.runInContext(
      "(function (D) { var P = Object.getPrototypeOf(D); return typeof P === 'function' && P.prototype === D.prototype ? P : D; })(Date)",
      bundle.context,
    ) as DateConstructor,
    Error: vm.runInContext('Error', bundle.context) as ErrorConstructor,
    Array: vm.runInContext('Array', bundle.context) as ArrayConstructor,
  };

  const hfFactory: HfFactory = (config) => {
    // Registered before building: the engine's plugin list is the registry as it is now.
    registerBundleFunctions(bundle);
    const context = {
      ...(config.context as object | undefined),
      ...bundleContext(bundle),
      measure: <T>(name: string, fn: () => T): T =>
        timer.measure('custom-function', name, fn, (m) => new Error(m)),
      dateAt: (sheetId: number, row: number, col: number, serial: number) => {
        const doc = ctx.doc;
        const sheet = doc.engine.sheetOf(sheetId);
        if (!sheet) return undefined;
        const fmt = effectiveFormat(doc, sheet, row + 1, col + 1, serial);
        return isDateFormat(fmt) ? new Date(serialToMs(serial, doc.timeZone)) : undefined;
      },
    };
    return buildSheetsEngine({ ...config, context });
  };
  ctx.doc = new Doc({
    locale: options.locale,
    timeZone: options.timeZone,
    // TODAY() and NOW() read the emulator clock, in the spreadsheet's time zone.
    now: () => clock.now(),
    hfFactory,
    host: {
      // Formulas (and thus custom functions) evaluate in CUSTOM_FUNCTION mode: read-only, no UI.
      evaluating: (fn) => {
        const mode = ctx.authMode;
        const ui = ctx.uiAvailable;
        ctx.authMode = 'CUSTOM_FUNCTION';
        ctx.uiAvailable = false;
        try {
          return fn();
        } finally {
          ctx.authMode = mode;
          ctx.uiAvailable = ui;
        }
      },
    },
  });
  if (opts.populate) await opts.populate(ctx.doc);
  if (!ctx.doc.sheets.length) ctx.doc.addSheet('Sheet1');
  ctx.doc.activeSheet = ctx.doc.sheets.find((s) => !s.hidden) ?? ctx.doc.sheets[0];
  ctx.doc.engine.flush();
  return new EmulatorImpl(ctx, bundle, services, options, manifest.timeZone ?? 'Etc/UTC', timer);
}

/** Loads a workbook from .xlsx into a new emulator. */
export function loadXlsx(
  path: string,
  opts: Omit<CreateOptions, 'populate'> = {},
): Promise<Emulator> {
  return createEmulator({ ...opts, populate: (doc) => loadDocXlsx(doc, path) });
}

export type { EmulatorApi, EmulatorControl, EmulatorOptions } from './contract';
