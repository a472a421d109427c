/**
 * One HyperFormula instance mirroring the workbook, so formulas compute as
 * they would in Sheets. Two ideas keep it fast:
 *
 * - Lazy materialization. Loading 1,000,000 cells into HyperFormula takes
 *   seconds, and a CRM export tab that no formula references never needs it.
 *   Every tab exists in HF (so references resolve), but a tab's cells are
 *   pushed only once it holds a formula or a formula mentions it (by tab name
 *   or through a named range; INDIRECT materializes everything). Reads of
 *   a non-materialized tab come straight from the model.
 * - Deferred evaluation, like Sheets' own write buffering. Writes suspend
 *   evaluation; the next read (a "flush") resumes it once for all of them.
 */
import {
  type CellValue,
  type ConfigParams,
  DetailedCellError,
  type HyperFormula,
  type RawCellContent,
} from 'hyperformula';
import { absoluteA1, type Rect } from './a1';
import { type Content, Formula, type SheetData } from './model';
import { buildSheetsEngine, type SheetsEnv, sheetsContext } from './sheets-functions';

export interface CellErr {
  error: string;
  message: string;
}

/** A computed cell value: blanks are null. */
export type EngineValue = number | string | boolean | null | CellErr;

export function isCellErr(v: unknown): v is CellErr {
  return typeof v === 'object' && v !== null && 'error' in v;
}

/** HF error types → the code Sheets shows. */
const ERROR_CODES: Record<string, string> = {
  DIV_BY_ZERO: '#DIV/0!',
  NA: '#N/A',
  NAME: '#NAME?',
  NUM: '#NUM!',
  REF: '#REF!',
  VALUE: '#VALUE!',
  ERROR: '#ERROR!',
  // Sheets reports circular references and blocked spills as #REF!.
  CYCLE: '#REF!',
  SPILL: '#REF!',
  LIC: '#ERROR!',
};

const CYCLE_MESSAGE =
  'Circular dependency detected. To resolve with iterative calculation, see File > Settings.';
const SPILL_MESSAGE = 'Array result was not expanded because it would overwrite data.';

export function fromHf(v: CellValue): EngineValue {
  if (v instanceof DetailedCellError) {
    const message =
      v.type === 'CYCLE' ? CYCLE_MESSAGE : v.type === 'SPILL' ? SPILL_MESSAGE : v.message;
    return { error: ERROR_CODES[v.type] ?? '#ERROR!', message };
  }
  return v;
}

/**
 * Sheets allows names like `Revenue2026` that HF reads as a cell address
 * (column REVENUE, row 2026). Such names live in HF under an alias, and
 * formula text is translated on the way in and out.
 */
const ALIAS_PREFIX = '__nr_';

function needsAlias(name: string): boolean {
  return /^[A-Za-z]+[0-9]+$/.test(name);
}

function escapeRe(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Replaces `from` (a name) by `to` outside string literals. */
function replaceName(formula: string, from: string, to: string): string {
  const re = new RegExp(`(^|[^A-Za-z0-9_.!$'])${escapeRe(from)}(?![A-Za-z0-9_.(!])`, 'gi');
  return formula.replace(
    /("(?:[^"]|"")*")|([^"]+)/g,
    (_m, str: string | undefined, code: string) =>
      str ?? code.replace(re, (_w, pre: string) => `${pre}${to}`),
  );
}

/** How the engine tells its host that formulas (and thus custom functions) are being evaluated. */
export interface EngineHost {
  evaluating<T>(fn: () => T): T;
}

/**
 * Builds the engine's HyperFormula from `config` (HF_CONFIG plus a `context`
 * carrying the document's clock, time zone and locale). A factory must keep
 * that context (merging its own keys in) and build through buildSheetsEngine,
 * which adds the Sheets versions of TODAY/NOW/TEXT.
 */
export type HfFactory = (config: Partial<ConfigParams>) => HyperFormula;

export const HF_CONFIG: Partial<ConfigParams> = {
  licenseKey: 'gpl-v3',
  // Sheets allows 10 million cells; HF's defaults (40,000 rows) are far lower.
  maxRows: 5_000_000,
  maxColumns: 18_278,
  // getValues() returns full doubles in Sheets; HF would round to 10 digits.
  smartRounding: false,
};

export class FormulaEngine {
  readonly hf: HyperFormula;
  private readonly ids = new Map<SheetData, number>();
  private readonly materialized = new Set<SheetData>();
  private suspended = false;
  private evaluatingNow = false;
  /** Google-valid names HF cannot hold as is: name → HF alias. */
  private readonly aliases = new Map<string, string>();

  constructor(
    private readonly host: EngineHost,
    factory: HfFactory = buildSheetsEngine,
    env?: SheetsEnv,
  ) {
    this.hf = factory(env ? { ...HF_CONFIG, context: sheetsContext(env) } : HF_CONFIG);
  }

  private hfName(name: string): string {
    if (!needsAlias(name)) return name;
    const alias = `${ALIAS_PREFIX}${name}`;
    this.aliases.set(name, alias);
    return alias;
  }

  private toHfFormula(text: string): string {
    let out = text;
    for (const [name, alias] of this.aliases) out = replaceName(out, name, alias);
    return out;
  }

  private fromHfFormula(text: string): string {
    let out = text;
    for (const [name, alias] of this.aliases) out = replaceName(out, alias, name);
    return out;
  }

  /** Strings go in with HF's quote prefix so HF never re-parses our text as numbers or dates. */
  private toHf(c: Content | undefined): RawCellContent {
    if (c === undefined) return null;
    if (c instanceof Formula) return this.aliases.size ? this.toHfFormula(c.text) : c.text;
    if (typeof c === 'string') return c === '' ? null : `'${c}`;
    return c;
  }

  isMaterialized(sheet: SheetData): boolean {
    return this.materialized.has(sheet);
  }

  /** The tab behind a HyperFormula sheet id (custom-function arguments). */
  sheetOf(id: number): SheetData | undefined {
    for (const [sheet, sid] of this.ids) if (sid === id) return sheet;
    return undefined;
  }

  private id(sheet: SheetData): number {
    const id = this.ids.get(sheet);
    if (id === undefined) throw new Error(`engine: unknown sheet ${sheet.name}`);
    return id;
  }

  /** Everything that may evaluate goes through here: suspended while writes pile up. */
  private mutate<T>(fn: () => T): T {
    if (!this.suspended) {
      this.hf.suspendEvaluation();
      this.suspended = true;
    }
    return fn();
  }

  /**
   * Makes the next flush recompute volatile functions (TODAY, NOW, RAND…) and
   * their dependents: the clock or the time zone changed. HF recomputes them
   * whenever evaluation resumes.
   */
  recalculateVolatile(): void {
    this.mutate(() => undefined);
  }

  /** Applies pending writes (Sheets' flush); custom functions run inside. */
  flush(): void {
    if (!this.suspended || this.evaluatingNow) return;
    this.evaluatingNow = true;
    try {
      this.host.evaluating(() => this.hf.resumeEvaluation());
    } finally {
      this.suspended = false;
      this.evaluatingNow = false;
    }
  }

  addSheet(sheet: SheetData): void {
    this.mutate(() => {
      const name = this.hf.addSheet(sheet.name);
      this.ids.set(sheet, this.hf.getSheetId(name) as number);
    });
  }

  removeSheet(sheet: SheetData): void {
    this.mutate(() => this.hf.removeSheet(this.id(sheet)));
    this.ids.delete(sheet);
    this.materialized.delete(sheet);
  }

  renameSheet(sheet: SheetData, name: string): void {
    this.mutate(() => this.hf.renameSheet(this.id(sheet), name));
  }

  /** Pushes a tab's cells into HF (once). */
  materialize(sheet: SheetData): void {
    if (this.materialized.has(sheet)) return;
    this.materialized.add(sheet);
    // Array.from, not map: `cells` has holes for empty rows and HF needs real arrays.
    const rows = Array.from(sheet.cells, (row) =>
      row ? Array.from(row, (c) => this.toHf(c)) : [],
    );
    if (rows.length) this.mutate(() => this.hf.setSheetContent(this.id(sheet), rows));
  }

  /** Mirrors a written block (only tabs HF holds need it). */
  write(sheet: SheetData, row: number, col: number, block: (Content | undefined)[][]): void {
    if (!this.materialized.has(sheet)) return;
    const data = block.map((r) => r.map((c) => this.toHf(c)));
    const at = { sheet: this.id(sheet), row: row - 1, col: col - 1 };
    this.mutate(() => {
      // HF 3.5 loses the placeholder of a missing tab when a formula referencing it is
      // overwritten by another such formula ("There's no sheet with id"); clearing first avoids it.
      if (block.some((r) => r.some((c) => c instanceof Formula))) {
        this.hf.setCellContents(
          at,
          data.map((r) => r.map(() => null)),
        );
      }
      this.hf.setCellContents(at, data);
    });
  }

  insertRows(sheet: SheetData, at: number, n: number): void {
    if (this.materialized.has(sheet))
      this.mutate(() => this.hf.addRows(this.id(sheet), [at - 1, n]));
  }

  deleteRows(sheet: SheetData, at: number, n: number): void {
    if (this.materialized.has(sheet))
      this.mutate(() => this.hf.removeRows(this.id(sheet), [at - 1, n]));
  }

  insertCols(sheet: SheetData, at: number, n: number): void {
    if (this.materialized.has(sheet))
      this.mutate(() => this.hf.addColumns(this.id(sheet), [at - 1, n]));
  }

  deleteCols(sheet: SheetData, at: number, n: number): void {
    if (this.materialized.has(sheet))
      this.mutate(() => this.hf.removeColumns(this.id(sheet), [at - 1, n]));
  }

  setName(name: string, sheet: SheetData, rect: Rect): void {
    const expr = `=${absoluteA1(sheet.name, rect)}`;
    const hfName = this.hfName(name);
    this.mutate(() => {
      if (this.hf.listNamedExpressions().some((n) => n.toLowerCase() === hfName.toLowerCase())) {
        this.hf.changeNamedExpression(hfName, expr);
      } else {
        this.hf.addNamedExpression(hfName, expr);
      }
    });
  }

  removeName(name: string): void {
    const hfName = this.aliases.get(name) ?? name;
    this.aliases.delete(name);
    this.mutate(() => this.hf.removeNamedExpression(hfName));
  }

  /** Formula text as HF now holds it (references shifted by structural changes). */
  formulaText(sheet: SheetData, row: number, col: number): string | undefined {
    const text = this.hf.getCellFormula({ sheet: this.id(sheet), row: row - 1, col: col - 1 });
    return text !== undefined && this.aliases.size ? this.fromHfFormula(text) : text;
  }

  /** Computed values of a block of a materialized tab (spilled arrays included). */
  values(sheet: SheetData, rect: Rect): EngineValue[][] {
    this.flush();
    const id = this.id(sheet);
    if (this.evaluatingNow) {
      // Re-entrant read from a custom function: HF is mid-evaluation; read cell by cell.
      return Array.from({ length: rect.rows }, (_, r) =>
        Array.from({ length: rect.cols }, (_, c) =>
          fromHf(this.hf.getCellValue({ sheet: id, row: rect.row - 1 + r, col: rect.col - 1 + c })),
        ),
      );
    }
    const raw = this.hf.getRangeValues({
      start: { sheet: id, row: rect.row - 1, col: rect.col - 1 },
      end: { sheet: id, row: rect.row + rect.rows - 2, col: rect.col + rect.cols - 2 },
    });
    return raw.map((r) => r.map(fromHf));
  }

  /** HF's type of a formula result: dates from DATE(), TODAY() … are shown as dates by Sheets. */
  isDateResult(sheet: SheetData, row: number, col: number): 'date' | 'datetime' | 'time' | null {
    this.flush();
    const t = this.hf.getCellValueDetailedType({
      sheet: this.id(sheet),
      row: row - 1,
      col: col - 1,
    });
    if (t === 'NUMBER_DATE') return 'date';
    if (t === 'NUMBER_DATETIME') return 'datetime';
    if (t === 'NUMBER_TIME') return 'time';
    return null;
  }

  /** Extent of a materialized tab's values, spills included (0 when empty). */
  extent(sheet: SheetData): { rows: number; cols: number } {
    this.flush();
    const d = this.hf.getSheetDimensions(this.id(sheet));
    return { rows: d.height, cols: d.width };
  }

  /** Evaluates a formula as if typed in `sheet` (conditional formatting, view only). */
  calculate(formula: string, sheet: SheetData): EngineValue {
    this.flush();
    const v = this.hf.calculateFormula(this.toHfFormula(formula), this.id(sheet));
    return Array.isArray(v) ? fromHf(v[0]?.[0] ?? null) : fromHf(v);
  }
}
