/**
 * The emulator's public contract, shared by its implementation (dev/emulator),
 * the headless runner (dev/runner), the playground (dev/playground), tests and
 * benchmarks. Change it only together with every consumer.
 */

/** A plain, JSON-safe picture of what a user would see in Sheets. */
export interface CellStyle {
  bold?: boolean;
  italic?: boolean;
  underline?: boolean;
  strikethrough?: boolean;
  fontColor?: string;
  fontSize?: number;
  fontFamily?: string;
  background?: string;
  hAlign?: 'left' | 'center' | 'right';
  vAlign?: 'top' | 'middle' | 'bottom';
  wrap?: boolean;
  /** CSS-like border per side, e.g. `1px solid #000000`. */
  borderTop?: string;
  borderRight?: string;
  borderBottom?: string;
  borderLeft?: string;
}

export interface CellView {
  /** 1-based row and column. */
  r: number;
  c: number;
  /** Computed value; dates as ISO strings; errors as their code (`#DIV/0!`). */
  v: string | number | boolean | null;
  /** The value as Sheets would show it through its number format. */
  display: string;
  /** `=…` when the cell holds a formula. */
  formula?: string;
  numberFormat?: string;
  /** Static style with conditional formatting already applied. */
  style?: CellStyle;
  note?: string;
  /** Message of a formula error, shown on hover. */
  error?: string;
  /** The cell has data validation (a dropdown list when `list` is set). */
  validation?: { list?: string[] };
}

export interface ChartView {
  id: string;
  /** e.g. LINE, COLUMN, COMBO, BAR, PIE. */
  type: string;
  title?: string;
  /** Anchor cell (1-based) and size in pixels. */
  row: number;
  col: number;
  width: number;
  height: number;
  /** Series resolved to values: first is the domain (x axis). */
  series: { name: string; values: (string | number | null)[] }[];
  options?: Record<string, unknown>;
}

export interface SheetView {
  name: string;
  index: number;
  hidden: boolean;
  rows: number;
  cols: number;
  frozenRows: number;
  frozenColumns: number;
  /** Column widths in pixels, by 1-based column; missing = 100. */
  colWidths: Record<number, number>;
  rowHeights: Record<number, number>;
  merges: { r: number; c: number; rows: number; cols: number }[];
  /** Only non-empty or styled cells. */
  cells: CellView[];
  charts: ChartView[];
  protected: boolean;
  tabColor?: string;
}

export interface WorkbookView {
  name: string;
  locale: string;
  timeZone: string;
  activeSheet: string;
  sheets: SheetView[];
  namedRanges: { name: string; a1: string }[];
}

export interface CallStats {
  /** Calls on Spreadsheet/Sheet/Range/RangeList (and rule/chart builders' targets) objects. */
  calls: number;
  /** Reads that followed a write in the same operation (each forces a flush in Sheets). */
  flushes: number;
  ms: number;
  byMethod: Record<string, number>;
}

/** What the emulator recorded of the UI (menus, sidebars, toasts, alerts). */
export interface UiState {
  menus: { title: string; items: { caption: string; functionName: string }[] }[];
  sidebar?: { title: string; html: string };
  toasts: { message: string; title?: string }[];
  alerts: string[];
}

export type AuthModeName = 'NONE' | 'LIMITED' | 'FULL' | 'CUSTOM_FUNCTION';

export interface EmulatorOptions {
  /** Path of the built bundle; default build/Code.js. */
  codePath?: string;
  /** Folder with Sidebar.html etc. for HtmlService; default build/. */
  htmlDir?: string;
  /** Fixed clock (ISO string); default: real time. */
  now?: string;
  /** Spreadsheet locale, e.g. en_US, de_DE. Default en_US. */
  locale?: string;
  /** Spreadsheet time zone, e.g. Europe/Berlin. Default Etc/UTC. */
  timeZone?: string;
  userEmail?: string;
}

/** A value as tests and the runner see it: dates as ISO strings, blanks as ''. */
export type PlainValue = string | number | boolean;

export interface RangeSnapshot {
  values: PlainValue[][];
  /** `=…` where a cell holds a formula, '' elsewhere. */
  formulas: string[][];
}

export interface TriggerInfo {
  id: string;
  handler: string;
  /** The trigger's owner (installable triggers run as the user who made them). */
  user?: string;
  /** CLOCK with its schedule, or ON_OPEN etc. */
  eventType: string;
  schedule?: { everyDays?: number; everyHours?: number; onMonthDay?: number; atHour?: number };
}

/**
 * One emulated spreadsheet with the built add-on loaded into it.
 * Access through these methods is the harness's own and is NOT counted in stats;
 * only the add-on's calls (through `run`, `trigger`, formulas) are.
 */
export interface EmulatorApi {
  readonly options: Required<Omit<EmulatorOptions, 'codePath' | 'htmlDir'>>;
  /** Calls a global as google.script.run would (args must survive its serialization). */
  run(name: string, args?: unknown[]): unknown;
  /** Runs a trigger function (onOpen, onInstall, a time-driven handler) with an event in an auth mode. */
  trigger(name: string, authMode?: AuthModeName, event?: Record<string, unknown>): unknown;
  /** Reads a named range or `'Tab'!A1:C9` / `Tab!A1`. */
  get(ref: string): RangeSnapshot;
  /** Writes one cell: a formula when the string starts with `=`. */
  set(ref: string, value: PlainValue | null): void;
  /** Counters since the previous `stats()` call (then reset). */
  stats(): CallStats;
  view(): WorkbookView;
  readonly ui: UiState;
  setNow(iso: string): void;
  /** Adds a tab from CSV text: cells as text, except plain numbers. */
  addCsvTab(name: string, csv: string): void;
  /** Loads rows (first row headers) into a new tab, values kept as given (Date, number, string). */
  addTab(name: string, rows: (PlainValue | Date | null)[][]): void;
  saveXlsx(path: string): Promise<void>;
  /** Fault injection: the next call to a method with this name (e.g. `setValues`) throws. */
  failNext(method: string, message?: string): void;
  listTriggers(): TriggerInfo[];
  /** Properties stores, raw (for tests): user / document / script. */
  properties(store: 'user' | 'document' | 'script'): Record<string, string>;
}

/**
 * Fault injection at the N-th service call, users and add-on trigger context
 * (issues 9 and 10). Separate from EmulatorApi so stand-ins that only render
 * a workbook (the playground's fakes) need not implement them; the real
 * emulator and the runner have both.
 */
export interface EmulatorControl {
  /**
   * The n-th service call from now on (n >= 1) throws the service's
   * transient error (`Service Spreadsheets failed while accessing document
   * with id …` for spreadsheet calls), or `message`. Counts every Apps Script
   * service call the add-on makes: the spreadsheet calls `stats().calls`
   * counts plus PropertiesService, LockService, CacheService, ScriptApp,
   * Session, UrlFetchApp and HtmlService calls and those of the stores,
   * locks and caches they return (dev/emulator/gas/service-calls.ts). The
   * fault stays armed across operations until it fires; `failAt(0)` disarms.
   */
  failAt(n: number, message?: string): void;
  /** Service calls (as failAt counts them) the last run / trigger / fired trigger made. */
  lastOperationCalls(): number;
  /**
   * The acting user for later run / trigger calls (default: options.userEmail,
   * the owner). Each user has their own user properties, user lock and
   * installable triggers; getProjectTriggers / getUserTriggers see only theirs.
   */
  setUser(email: string): void;
  /** The acting user. */
  user(): string;
  /**
   * Fires every time-driven trigger due by the emulator clock (setNow) since
   * it was created or last fired, oldest first, each as Google runs an editor
   * add-on's installable time-driven trigger: as its owner, AuthMode.FULL, the
   * time-driven event object, no UI, outside any document
   * (getActiveSpreadsheet(), getDocumentProperties(), getDocumentLock() are
   * null; openById needs the `spreadsheets` scope). Each run sees the clock at
   * its own scheduled instant; the clock is then set back.
   */
  fireDueTriggers(): TriggerRun[];
  /**
   * How long each execution took since the previous call (then cleared; the
   * most recent 10,000):
   * every custom-function call, simple trigger, run and fired trigger, with
   * whether it stayed within its limit (custom functions and simple
   * triggers 30 s, others 6 min; dev/emulator/exec-time.ts).
   */
  executionTimes(): ExecutionTime[];
}

export type ExecutionKind = 'custom-function' | 'simple-trigger' | 'execution';

export interface ExecutionTime {
  kind: ExecutionKind;
  /** Function name (custom function, trigger handler or called global). */
  name: string;
  /** Wall time plus emulated time (sleeps, lock waits), in ms. */
  ms: number;
  /** False when it failed or ran over its limit. */
  ok: boolean;
}

/** One run of a time-driven trigger. */
export interface TriggerRun {
  handler: string;
  /** Whose trigger ran (it runs as that user). */
  user: string;
  /** The scheduled instant it ran at (ISO). */
  at: string;
  ok: boolean;
  /** The error that ended the run, when ok is false. */
  error?: string;
}
