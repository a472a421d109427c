/** What Sheets hands a custom function: a single cell value or a 2-D range. */
export type CellValue = string | number | boolean | Date | null | undefined;
export type Matrix = CellValue[][];
export type Arg = CellValue | Matrix;

/** What a custom function may return: a scalar or a 2-D array that spills. */
export type Result = string | number | boolean | (string | number | boolean)[][];

export interface ParamSpec {
  name: string;
  /** JSDoc type shown in autocomplete, e.g. `number|number[][]`. */
  type: string;
  doc: string;
  optional?: boolean;
}

/** One registry entry: the single source for the global wrapper, its JSDoc and the README. */
export interface CustomFunctionSpec {
  name: string;
  summary: string;
  params: ParamSpec[];
  returns: string;
  /** A formula a user could type, shown in the README. */
  example: string;
  impl: (...args: Arg[]) => Result;
}
