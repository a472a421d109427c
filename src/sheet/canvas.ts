/**
 * A mutable drawing surface for renderers: set cells and styles by coordinate,
 * then `toBlock()` one rectangle. Keeps renderers free of array bookkeeping.
 */
import type { Rect } from './a1';
import type { Block, Cell } from './plan';

export class Canvas {
  readonly values: Cell[][];
  readonly styleGrid: string[][];

  constructor(
    readonly rows: number,
    readonly cols: number,
    fill: Cell = '',
  ) {
    this.values = Array.from({ length: rows }, () => Array<Cell>(cols).fill(fill));
    this.styleGrid = Array.from({ length: rows }, () => Array<string>(cols).fill(''));
  }

  /** 1-based, like the sheet. */
  set(row: number, col: number, value: Cell, style?: string): void {
    this.check(row, col);
    this.values[row - 1][col - 1] = value;
    if (style !== undefined) this.styleGrid[row - 1][col - 1] = style;
  }

  style(rect: Rect, style: string): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++) {
        this.check(r, c);
        this.styleGrid[r - 1][c - 1] = style;
      }
  }

  /** Marks cells the plan does not own: the committer keeps their content. */
  keep(rect: Rect): void {
    for (let r = rect.row; r < rect.row + rect.rows; r++)
      for (let c = rect.col; c < rect.col + rect.cols; c++) this.values[r - 1][c - 1] = null;
  }

  toBlock(): Block {
    return {
      rect: { row: 1, col: 1, rows: this.rows, cols: this.cols },
      values: this.values,
      styleGrid: this.styleGrid,
    };
  }

  private check(row: number, col: number): void {
    if (row < 1 || col < 1 || row > this.rows || col > this.cols)
      throw new RangeError(`Canvas cell ${row},${col} outside ${this.rows}×${this.cols}`);
  }
}
