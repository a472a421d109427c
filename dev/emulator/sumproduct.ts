/**
 * SUMPRODUCT evaluates its arguments as arrays in Google Sheets and Excel, so
 * `SUMPRODUCT((A1:A9>2)*B1:B9)` or `SUMPRODUCT(INT(A1:A9))` work in a plain
 * cell (https://support.google.com/docs/answer/3094294,
 * https://support.microsoft.com/en-us/office/sumproduct-function-16753e75-9f68-4874-94ac-4d2145a2fd2e
 * example 3). HyperFormula only does that with `useArrayArithmetic` on for
 * the whole engine; this plugin turns it on for SUMPRODUCT's arguments alone.
 * The sum itself is HyperFormula's: same sizes or #VALUE!, non-numbers as 0,
 * the first error wins.
 */
import {
  CellError,
  ErrorType,
  FunctionArgumentType,
  FunctionPlugin,
  type FunctionPluginDefinition,
  type ImplementedFunctions,
} from 'hyperformula';

type Interpreter = ConstructorParameters<FunctionPluginDefinition>[0];
type Ast = Parameters<Interpreter['evaluateAst']>[0];
type InterpreterState = Parameters<Interpreter['evaluateAst']>[1];
type InterpreterValue = ReturnType<Interpreter['evaluateAst']>;
type ProcedureAst = Extract<Ast, { procedureName: string }>;

interface ArrayArg {
  width(): number;
  height(): number;
  iterateValuesFromTopLeftCorner(): IterableIterator<unknown>;
}

export class SheetsSumproductPlugin extends FunctionPlugin {
  static override implementedFunctions: ImplementedFunctions = {
    SUMPRODUCT: {
      method: 'sheetsSumproduct',
      parameters: [{ argumentType: FunctionArgumentType.RANGE }],
      repeatLastArgs: 1,
      enableArrayArithmeticForArguments: true,
    },
  };

  sheetsSumproduct(ast: ProcedureAst, state: InterpreterState): InterpreterValue {
    return this.runFunction(ast.args, state, this.metadata('SUMPRODUCT'), (...args: ArrayArg[]) =>
      this.sumOfProducts(args),
    );
  }

  private sumOfProducts(args: ArrayArg[]): number | CellError {
    const width = args[0].width();
    const height = args[0].height();
    if (args.some((a) => a.width() !== width || a.height() !== height)) {
      return new CellError(ErrorType.VALUE, 'Ranges need to be of equal length.');
    }
    const iterators = args.map((a) => a.iterateValuesFromTopLeftCorner());
    let total = 0;
    for (let i = 0; i < width * height; i++) {
      let product = 1;
      for (const it of iterators) {
        const v = it.next().value;
        if (v instanceof CellError) return v;
        const n = this.coerceScalarToNumberOrError(v as never);
        product = typeof n === 'number' ? product * n : rawNumber(n, product);
      }
      total += product;
    }
    return total;
  }
}

/** HyperFormula's rich numbers (dates, percents) carry the number as `val`; anything else counts 0. */
function rawNumber(n: unknown, product: number): number {
  if (n && typeof n === 'object' && 'val' in n && typeof n.val === 'number') return product * n.val;
  return 0;
}
