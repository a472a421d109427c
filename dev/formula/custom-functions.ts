/**
 * Runs a loaded bundle's custom functions inside HyperFormula (dev only,
 * never bundled), converting values the way Google Sheets hands them over:
 *
 *   HyperFormula → custom function          custom function → HyperFormula
 *   number, text, TRUE/FALSE  as is         number, text, boolean  as is
 *   empty cell                ''            '' / null / undefined  empty text / empty
 *   date-formatted cell       Date (dateAt) Date                   serial number
 *   DATE()-typed number       Date
 *   percent / currency        plain number  2-D array              spilled array (1-D: a column)
 *   single-cell range         its value     NaN / ±Infinity        #NUM!
 *   range                     2-D array     thrown Error           #ERROR! with its message
 *   error value in any arg    that error, the function is not called
 *
 * HyperFormula sizes a spilled result when the formula is entered, not when
 * it is evaluated (see spill-sizes.ts). Two differences from Sheets follow:
 * a smaller result is padded with empty cells, and an error in a spilled
 * formula fills its whole reserved area (every copy carries the anchor's
 * `address`, so a viewer can show it in the anchor cell only, as Sheets does). Registration is static (global to
 * the HyperFormula class), while each engine may belong to a different
 * bundle (a different vm context with its own fake services): the bundle an
 * engine calls is carried in its config's `context` (see createFormulaEngine),
 * falling back to the bundle registered last.
 */
import {
  ArraySize,
  CellError,
  type ConfigParams,
  EmptyValue,
  ErrorType,
  FunctionPlugin,
  type FunctionPluginDefinition,
  HyperFormula,
  type ImplementedFunctions,
  type RawCellContent,
  SimpleRangeValue,
} from 'hyperformula';
import type { LoadedBundle } from '../bundle';
import { type ArgShape, SPILL_SIZES, type SpillRule } from './spill-sizes';

type Interpreter = ConstructorParameters<FunctionPluginDefinition>[0];
type Ast = Parameters<Interpreter['evaluateAst']>[0];
type InterpreterState = Parameters<Interpreter['evaluateAst']>[1];
type InterpreterValue = ReturnType<Interpreter['evaluateAst']>;
type ProcedureAst = Extract<Ast, { procedureName: string }>;
type ScalarValue = SimpleRangeValue['data'][number][number];

/** The config `context` value that binds an engine to a bundle. */
export interface BundleContext {
  readonly funnelSlaBundle: LoadedBundle;
  /** Whatever context the caller wanted to pass to other custom functions. */
  readonly user?: unknown;
  /**
   * The Date Sheets passes for a number read from a date-formatted cell, or
   * undefined when the cell is not date-formatted (HyperFormula does not know
   * number formats: the emulator does). Sheet id and 0-based row/column as
   * HyperFormula addresses them.
   */
  readonly dateAt?: (sheet: number, row: number, col: number, serial: number) => Date | undefined;
  /** Wraps each call (the emulator times it against the 30-second limit). */
  readonly measure?: <T>(name: string, fn: () => T) => T;
}

export function bundleContext(bundle: LoadedBundle, user?: unknown): BundleContext {
  return { funnelSlaBundle: bundle, user };
}

const DAY_MS = 86_400_000;
/** HyperFormula's default date system: serial 0 is 1899-12-30, like Sheets. */
const EPOCH_MS = Date.UTC(1899, 11, 30);

let lastBundle: LoadedBundle | undefined;
let registered: { key: string; plugin: FunctionPluginDefinition } | undefined;

function isCellError(v: unknown): v is CellError {
  return v instanceof CellError;
}

/** HyperFormula's rich numbers (dates, percents, currency) carry `val` and a detailed type. */
function richNumber(v: unknown): { val: number; type: string } | undefined {
  if (v === null || typeof v !== 'object') return undefined;
  const rich = v as { val?: unknown; getDetailedType?: () => unknown };
  if (typeof rich.val !== 'number' || typeof rich.getDetailedType !== 'function') return undefined;
  return { val: rich.val, type: String(rich.getDetailedType()) };
}

/** One HyperFormula scalar as Sheets would pass it. */
function toSheets(v: ScalarValue | InterpreterValue): unknown {
  if (v === EmptyValue) return '';
  const rich = richNumber(v);
  if (rich) {
    const isDate =
      rich.type === 'NUMBER_DATE' || rich.type === 'NUMBER_DATETIME' || rich.type === 'NUMBER_TIME';
    return isDate ? new Date(EPOCH_MS + rich.val * DAY_MS) : rich.val;
  }
  return v;
}

/** An argument as Sheets would pass it, or the first error value in it. */
function argument(value: InterpreterValue): unknown | CellError {
  if (isCellError(value)) return value;
  if (value instanceof SimpleRangeValue) {
    const rows: unknown[][] = [];
    for (const row of value.data) {
      const out: unknown[] = [];
      for (const cell of row) {
        if (isCellError(cell)) return cell;
        out.push(toSheets(cell));
      }
      rows.push(out);
    }
    return rows;
  }
  return toSheets(value);
}

/** One returned scalar as a HyperFormula value. */
function fromSheetsScalar(v: unknown): ScalarValue {
  if (v === null || v === undefined) return EmptyValue;
  if (typeof v === 'number') {
    return Number.isFinite(v) ? v : new CellError(ErrorType.NUM, `${v} is not a finite number`);
  }
  if (typeof v === 'string' || typeof v === 'boolean') return v;
  if (Object.prototype.toString.call(v) === '[object Date]') {
    return ((v as Date).getTime() - EPOCH_MS) / DAY_MS;
  }
  return new CellError(
    ErrorType.VALUE,
    `Unsupported value in a custom function result: ${typeof v}`,
  );
}

/** A returned value as a HyperFormula value: arrays become (padded) ranges. */
function fromSheets(result: unknown): InterpreterValue {
  if (!Array.isArray(result)) return fromSheetsScalar(result);
  if (result.length === 0)
    return new CellError(ErrorType.VALUE, 'The custom function returned an empty array');
  // Sheets spills a 1-D array down a column.
  const rows = result.map((row) => (Array.isArray(row) ? row : [row]));
  const width = Math.max(...rows.map((r) => r.length));
  if (width === 0)
    return new CellError(ErrorType.VALUE, 'The custom function returned an empty array');
  const data = rows.map((r) => Array.from({ length: width }, (_, c) => fromSheetsScalar(r[c])));
  if (data.length === 1 && width === 1) return data[0][0];
  return SimpleRangeValue.onlyValues(data);
}

function errorMessage(thrown: unknown): string {
  if (thrown !== null && typeof thrown === 'object' && 'message' in thrown) {
    return String((thrown as { message: unknown }).message);
  }
  return String(thrown);
}

interface AddressView {
  toSimpleCellAddress(base: InterpreterState['formulaAddress']): InterpreterState['formulaAddress'];
}

/** The structural bits of AST nodes this file reads (AstNodeType is not exported). */
interface AstView {
  type: string;
  value?: unknown;
  reference?: AddressView;
  /** CELL_RANGE ends. */
  start?: AddressView;
  end?: AddressView;
}

function makePlugin(
  names: readonly string[],
  rules: Record<string, SpillRule>,
): FunctionPluginDefinition {
  class BundleFunctionsPlugin extends FunctionPlugin {
    static override implementedFunctions: ImplementedFunctions = Object.fromEntries(
      names.map((name) => [name, { method: 'callBundle', sizeOfResultArrayMethod: 'spillSize' }]),
    );

    private bundle(): LoadedBundle {
      const ctx = this.config.context as Partial<BundleContext> | undefined;
      const bundle = ctx?.funnelSlaBundle ?? lastBundle;
      if (!bundle)
        throw new Error('No bundle registered: call registerBundleFunctions(bundle) first');
      return bundle;
    }

    callBundle(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
      const args: unknown[] = [];
      for (const arg of ast.args) {
        const value = argument(this.evaluateAst(arg, state));
        if (isCellError(value)) return value;
        args.push(this.datesIn(arg as unknown as AstView, state, value));
      }
      let result: InterpreterValue;
      const measure = (this.config.context as Partial<BundleContext> | undefined)?.measure;
      const call = () => this.bundle().call(ast.procedureName, args);
      try {
        result = fromSheets(measure ? measure(ast.procedureName, call) : call());
      } catch (thrown) {
        return new CellError(ErrorType.ERROR, errorMessage(thrown));
      }
      return this.checkSpill(ast, state, result);
    }

    /**
     * Numbers from date-formatted cells become Dates, as Sheets passes them
     * (https://developers.google.com/apps-script/guides/sheets/functions#data_types):
     * a direct cell or range argument only — a computed value has no format.
     */
    private datesIn(arg: AstView, state: InterpreterState, value: unknown): unknown {
      const dateAt = (this.config.context as Partial<BundleContext> | undefined)?.dateAt;
      if (!dateAt) return value;
      const at = (ref: AddressView | undefined) => ref?.toSimpleCellAddress(state.formulaAddress);
      if (arg.type === 'CELL_REFERENCE' && typeof value === 'number') {
        const a = at(arg.reference);
        return (a && dateAt(a.sheet, a.row, a.col, value)) ?? value;
      }
      if (arg.type === 'CELL_RANGE' && Array.isArray(value)) {
        const a = at(arg.start);
        const b = at(arg.end);
        if (!a || !b) return value;
        const row0 = Math.min(a.row, b.row);
        const col0 = Math.min(a.col, b.col);
        return (value as unknown[][]).map((line, r) =>
          line.map((v, c) =>
            typeof v === 'number' ? (dateAt(a.sheet, row0 + r, col0 + c, v) ?? v) : v,
          ),
        );
      }
      return value;
    }

    /**
     * A result larger than the area reserved at parse time would crash
     * HyperFormula's resize; report it instead (only for the formula's root call:
     * nested calls hand their arrays to the enclosing function).
     */
    private checkSpill(
      ast: ProcedureAst,
      state: InterpreterState,
      result: InterpreterValue,
    ): InterpreterValue {
      const vertex = state.formulaVertex as unknown as
        | { formula?: unknown; width: number; height: number }
        | undefined;
      if (!(result instanceof SimpleRangeValue) || !vertex || vertex.formula !== ast) return result;
      if (result.width() <= vertex.width && result.height() <= vertex.height) return result;
      return new CellError(
        ErrorType.SPILL,
        `${ast.procedureName} returned ${result.height()}×${result.width()} cells but the local formula engine reserved ${vertex.height}×${vertex.width} when the formula was entered (HyperFormula fixes spill sizes at parse time). Re-enter the formula.`,
      );
    }

    spillSize(ast: ProcedureAst, state: InterpreterState): ArraySize {
      const rule = rules[ast.procedureName];
      if (!rule) return ArraySize.scalar();
      const shapes = ast.args.map((arg) => this.argShape(arg, state));
      const { rows, cols } = rule(shapes);
      return rows === 1 && cols === 1 ? ArraySize.scalar() : new ArraySize(cols, rows);
    }

    private argShape(arg: Ast, state: InterpreterState): ArgShape {
      const size = this.arraySizeForAst(arg, state);
      const shape: ArgShape = { rows: size.height, cols: size.width };
      if (size.height === 1 && size.width === 1)
        shape.value = this.literalValue(arg as unknown as AstView, state);
      return shape;
    }

    /** A single argument's value at parse time: literals, -x, x%, and plain value cells. */
    private literalValue(ast: AstView, state: InterpreterState): unknown {
      switch (ast.type) {
        case 'NUMBER':
        case 'STRING':
          return ast.value;
        case 'MINUS_UNARY_OP':
        case 'PERCENT_OP': {
          const inner = this.literalValue(ast.value as AstView, state);
          if (typeof inner !== 'number') return undefined;
          return ast.type === 'PERCENT_OP' ? inner / 100 : -inner;
        }
        case 'CELL_REFERENCE': {
          try {
            const address = ast.reference?.toSimpleCellAddress(state.formulaAddress);
            const value = address ? this.dependencyGraph.getCellValue(address) : undefined;
            return richNumber(value)?.val ?? (value === EmptyValue ? undefined : value);
          } catch {
            return undefined; // a formula cell not computed yet
          }
        }
        default:
          return undefined;
      }
    }
  }
  return BundleFunctionsPlugin;
}

/**
 * Registers the bundle's custom functions (discovered from its source, as
 * Sheets does) in HyperFormula. Idempotent: the same set of names is
 * registered once; a bundle with other names replaces the previous plugin.
 * Engines built afterwards see the functions; existing engines keep theirs.
 * Languages registered later need another call (translations are per language).
 */
export function registerBundleFunctions(
  bundle: LoadedBundle,
  rules: Record<string, SpillRule> = SPILL_SIZES,
): void {
  lastBundle = bundle;
  const names = bundle.customFunctions().map((f) => f.name);
  const languages = HyperFormula.getRegisteredLanguagesCodes();
  const key = `${names.join(',')}|${languages.join(',')}|${Object.keys(rules).join(',')}`;
  if (registered?.key === key) return;
  if (registered) HyperFormula.unregisterFunctionPlugin(registered.plugin);
  const plugin = makePlugin(names, rules);
  const sameName = Object.fromEntries(names.map((n) => [n, n]));
  HyperFormula.registerFunctionPlugin(
    plugin,
    Object.fromEntries(languages.map((code) => [code, sameName])),
  );
  registered = { key, plugin };
}

/**
 * A HyperFormula engine (licenseKey gpl-v3) whose custom functions run in
 * `bundle`. `sheets` maps sheet names to rows of raw cell contents (formulas
 * as '=…' strings); default one empty sheet "Sheet1".
 */
export function createFormulaEngine(
  bundle: LoadedBundle,
  sheets: Record<string, unknown[][]> = { Sheet1: [] },
  config: Partial<ConfigParams> = {},
): HyperFormula {
  registerBundleFunctions(bundle);
  return HyperFormula.buildFromSheets(sheets as Record<string, RawCellContent[][]>, {
    licenseKey: 'gpl-v3',
    ...config,
    context: bundleContext(bundle, config.context),
  });
}
