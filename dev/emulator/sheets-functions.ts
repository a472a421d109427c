/**
 * Built-in functions where HyperFormula disagrees with Google Sheets,
 * replaced for the emulator's engines:
 *
 *   TODAY()  the current date in the spreadsheet's time zone, from the emulator clock
 *   NOW()    the current date-time there (wall time, millisecond precision)
 *   TEXT()   formats through the emulator's own number formats in the spreadsheet
 *            locale (HF knows a handful of patterns: `#,##0` came out as `1234567,##0`)
 *
 * HyperFormula's plugin registry is static (global to the class), while
 * several emulators may live in one process, each with its own clock, time
 * zone and locale. So nothing is registered globally: each engine is built
 * with its own plugin list (config `functionPlugins`: every globally
 * registered plugin, then this one, whose TODAY/NOW/TEXT win because later
 * plugins replace earlier ids), and the plugin reads its document's clock,
 * time zone and locale from the engine's config `context` (as the custom
 * function binding finds its bundle there; see dev/formula/custom-functions.ts).
 * Other HyperFormula instances in the process keep HF's own functions.
 */
import {
  CellValueDetailedType,
  type ConfigParams,
  EmptyValue,
  FunctionArgumentType,
  FunctionPlugin,
  type FunctionPluginDefinition,
  HyperFormula,
  type ImplementedFunctions,
} from 'hyperformula';
import { parseInput } from './input';
import { type LocaleInfo, localeInfo } from './locale';
import { formatValue } from './number-format';
import { SheetsSumproductPlugin } from './sumproduct';
import { msToSerial } from './tz';

type Interpreter = ConstructorParameters<FunctionPluginDefinition>[0];
type Ast = Parameters<Interpreter['evaluateAst']>[0];
type InterpreterState = Parameters<Interpreter['evaluateAst']>[1];
type InterpreterValue = ReturnType<Interpreter['evaluateAst']>;
type ProcedureAst = Extract<Ast, { procedureName: string }>;

/** What the Sheets functions need from the document an engine belongs to. */
export interface SheetsEnv {
  /** Epoch milliseconds (the emulator clock). */
  now(): number;
  /** The spreadsheet's time zone (IANA id). */
  timeZone(): string;
  /** The spreadsheet's locale (`en_US`, `de_DE`, …). */
  locale(): string;
}

/** The key under which an engine's config `context` carries its SheetsEnv. */
const ENV_KEY = 'funnelSlaSheets';

/** A config `context` (object) carrying `env`; merge it with other context keys as needed. */
export function sheetsContext(env: SheetsEnv): { readonly [ENV_KEY]: SheetsEnv } {
  return { [ENV_KEY]: env };
}

/** Only for an engine built without a context: real time, UTC, en_US. */
const FALLBACK_ENV: SheetsEnv = {
  now: () => Date.now(),
  timeZone: () => 'Etc/UTC',
  locale: () => 'en_US',
};

type TextInput = number | string | boolean | typeof EmptyValue;

/**
 * TEXT(value, format) as Sheets computes it: numbers (and text that reads as
 * a number or an ISO date) through the number format with the locale's
 * separators and month names; other text as is (or through an `@` section);
 * booleans as TRUE/FALSE; an empty cell as 0. An empty format gives '' for a
 * number and the text itself for text (Excel's rule; not recorded from Sheets).
 */
export function sheetsText(value: TextInput, format: string, loc: LocaleInfo): string {
  let v: number | string | boolean =
    value === EmptyValue ? 0 : (value as number | string | boolean);
  if (typeof v === 'string') {
    const parsed = /^[='"]/.test(v.trim()) ? undefined : parseInput(v.trim(), loc).content;
    if (typeof parsed === 'number') v = parsed;
  }
  if (format === '') return typeof v === 'string' ? v : '';
  return formatValue(v, format, loc);
}

class SheetsFunctionsPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    TODAY: {
      method: 'sheetsToday',
      parameters: [],
      isVolatile: true,
      returnNumberType: CellValueDetailedType.NUMBER_DATE,
    },
    NOW: {
      method: 'sheetsNow',
      parameters: [],
      isVolatile: true,
      returnNumberType: CellValueDetailedType.NUMBER_DATETIME,
    },
    TEXT: {
      method: 'sheetsText',
      parameters: [
        // NOERROR: any scalar, errors propagate, a range is vectorized (ARRAYFORMULA).
        { argumentType: FunctionArgumentType.NOERROR },
        { argumentType: FunctionArgumentType.STRING },
      ],
    },
  };

  private env(): SheetsEnv {
    const ctx = this.config.context as { [ENV_KEY]?: SheetsEnv } | undefined;
    return ctx?.[ENV_KEY] ?? FALLBACK_ENV;
  }

  /** Serial of the current wall time in the spreadsheet's time zone. */
  private nowSerial(): number {
    const env = this.env();
    return msToSerial(env.now(), env.timeZone());
  }

  sheetsToday(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata('TODAY'), () =>
      Math.floor(this.nowSerial()),
    );
  }

  sheetsNow(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata('NOW'), () => this.nowSerial());
  }

  sheetsText(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(
      ast.args,
      state,
      this.metadata('TEXT'),
      (value: TextInput, format: string) =>
        sheetsText(value, format, localeInfo(this.env().locale())),
    );
  }
}

/**
 * Builds an empty engine with the Sheets functions above. Call it last, right
 * before building: the plugin list is the global registry as it is now (the
 * add-on's custom functions included, so register those first).
 */
export function buildSheetsEngine(config: Partial<ConfigParams>): HyperFormula {
  return HyperFormula.buildEmpty({
    ...config,
    functionPlugins: [
      ...HyperFormula.getAllFunctionPlugins(),
      SheetsFunctionsPlugin,
      SheetsSumproductPlugin,
    ],
  });
}
