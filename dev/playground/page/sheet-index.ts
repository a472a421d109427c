/**
 * Lookups the grid needs while rendering a SheetView: cells by position,
 * merges (anchors and covered cells) and the border drawn on each cell edge.
 */
import type { CellView, SheetView } from '../../emulator/contract';

export type Merge = SheetView['merges'][number];

const key = (r: number, c: number) => `${r}:${c}`;

export interface Edges {
  top?: string;
  left?: string;
  right?: string;
  bottom?: string;
}

export class SheetIndex {
  readonly cells = new Map<string, CellView>();
  private readonly anchors = new Map<string, Merge>();
  private readonly coveredBy = new Map<string, Merge>();
  private readonly edges = new Map<string, Edges>();

  constructor(readonly sheet: SheetView) {
    for (const cell of sheet.cells) this.cells.set(key(cell.r, cell.c), cell);
    for (const m of sheet.merges) {
      this.anchors.set(key(m.r, m.c), m);
      for (let r = m.r; r < m.r + m.rows; r++) {
        for (let c = m.c; c < m.c + m.cols; c++) {
          if (r !== m.r || c !== m.c) this.coveredBy.set(key(r, c), m);
        }
      }
    }
    // Each cell draws only its right and bottom edge (the gridline it owns), so a
    // top/left border moves to the neighbour above/left, as Sheets shares edges.
    for (const cell of sheet.cells) {
      const s = cell.style;
      if (!s) continue;
      if (s.borderRight) this.edge(cell.r, cell.c).right = s.borderRight;
      if (s.borderBottom) this.edge(cell.r, cell.c).bottom = s.borderBottom;
      if (s.borderTop) {
        if (cell.r > 1) this.edge(cell.r - 1, cell.c).bottom = s.borderTop;
        else this.edge(cell.r, cell.c).top = s.borderTop;
      }
      if (s.borderLeft) {
        if (cell.c > 1) this.edge(cell.r, cell.c - 1).right = s.borderLeft;
        else this.edge(cell.r, cell.c).left = s.borderLeft;
      }
    }
  }

  cell(r: number, c: number): CellView | undefined {
    return this.cells.get(key(r, c));
  }

  mergeAt(r: number, c: number): Merge | undefined {
    return this.anchors.get(key(r, c));
  }

  /** The merge hiding this cell (not its anchor). */
  covering(r: number, c: number): Merge | undefined {
    return this.coveredBy.get(key(r, c));
  }

  /** The anchor cell of whatever is shown at (r, c). */
  anchorOf(r: number, c: number): { r: number; c: number } {
    const m = this.covering(r, c);
    return m ? { r: m.r, c: m.c } : { r, c };
  }

  /** Borders of the box spanning rows×cols from (r, c): own top/left, far cells' right/bottom. */
  edgesOf(r: number, c: number, rows: number, cols: number): Edges {
    return {
      top: this.edges.get(key(r, c))?.top,
      left: this.edges.get(key(r, c))?.left,
      right: this.edges.get(key(r, c + cols - 1))?.right,
      bottom: this.edges.get(key(r + rows - 1, c))?.bottom,
    };
  }

  /** True when nothing is shown at (r, c): text from the left may spill over it. */
  isEmpty(r: number, c: number): boolean {
    if (this.coveredBy.has(key(r, c)) || this.anchors.has(key(r, c))) return false;
    const cell = this.cells.get(key(r, c));
    return !cell || cell.display === '';
  }

  colWidth(c: number): number {
    return this.sheet.colWidths[c] ?? 100;
  }

  rowHeight(r: number): number {
    return this.sheet.rowHeights[r] ?? 21;
  }

  private edge(r: number, c: number): Edges {
    let e = this.edges.get(key(r, c));
    if (!e) {
      e = {};
      this.edges.set(key(r, c), e);
    }
    return e;
  }
}
