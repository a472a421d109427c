/**
 * The sheet grid: a <table> with sticky column letters, row numbers, frozen
 * rows and columns, merges as rowspan/colspan, and Sheets-like text spill.
 * Rows are appended lazily while scrolling so a 1,500-row export stays
 * responsive; charts float over the cells they are anchored to.
 */
import type { CellView, SheetView } from '../../emulator/contract';
import { columnLetter } from './a1';
import { alignOf, cellCss, isError } from './cell-style';
import { renderChart } from './chart';
import { h } from './dom';
import { SheetIndex } from './sheet-index';

const ROW_HEAD_WIDTH = 46;
const FIRST_ROWS = 120;
const MORE_ROWS = 200;
/** Past this the page stops appending rows and says so: the tab is for judging, not browsing. */
const MAX_ROWS = 5000;

export interface Selection {
  r: number;
  c: number;
}

export interface GridEvents {
  select(sel: Selection, cell: CellView | undefined): void;
  /** The user started typing on a cell (`initial` = the first key) or pressed Enter / F2. */
  edit(initial?: string): void;
  clear(sel: Selection): void;
}

export class Grid {
  private index: SheetIndex | undefined;
  private table: HTMLTableElement | undefined;
  private tbody: HTMLTableSectionElement | undefined;
  private rendered = 0;
  private limit = 0;
  private colLeft: number[] = [];
  private sel: Selection = { r: 1, c: 1 };

  constructor(
    private readonly scroller: HTMLElement,
    private readonly events: GridEvents,
  ) {
    // The grid is operated from the keyboard (arrows, typing, Enter), so it takes focus.
    scroller.tabIndex = 0;
    scroller.addEventListener('scroll', () => this.fillViewport());
    scroller.addEventListener('click', (e) => this.onClick(e));
    scroller.addEventListener('dblclick', () => this.events.edit());
    scroller.addEventListener('keydown', (e) => this.onKey(e));
  }

  get selection(): Selection {
    return this.sel;
  }

  /** Draws a sheet; `keep` preserves scroll position and selection (a refresh of the same tab). */
  show(sheet: SheetView, keep: boolean): void {
    const top = keep ? this.scroller.scrollTop : 0;
    const left = keep ? this.scroller.scrollLeft : 0;
    const minRows = keep ? this.rendered : 0;
    this.index = new SheetIndex(sheet);
    if (!keep) this.sel = { r: 1, c: 1 };
    this.sel = {
      r: Math.min(this.sel.r, Math.max(sheet.rows, 1)),
      c: Math.min(this.sel.c, Math.max(sheet.cols, 1)),
    };
    this.limit = Math.min(sheet.rows, MAX_ROWS);
    this.colLeft = [0, ROW_HEAD_WIDTH];
    for (let c = 1; c <= sheet.cols; c++)
      this.colLeft[c + 1] = this.colLeft[c] + this.index.colWidth(c);
    this.build(sheet);
    this.renderRows(Math.max(FIRST_ROWS, minRows, sheet.frozenRows));
    this.scroller.scrollTop = top;
    this.scroller.scrollLeft = left;
    this.fillViewport();
    this.placeCharts(sheet);
    this.select(this.sel.r, this.sel.c, false);
  }

  select(r: number, c: number, scroll = true): void {
    if (!this.index || !this.table) return;
    const sheet = this.index.sheet;
    const anchor = this.index.anchorOf(
      Math.min(Math.max(r, 1), Math.max(sheet.rows, 1)),
      Math.min(Math.max(c, 1), Math.max(sheet.cols, 1)),
    );
    this.sel = anchor;
    if (anchor.r > this.rendered) this.renderRows(anchor.r + MORE_ROWS);
    for (const el of this.table.querySelectorAll('.selected, .active')) {
      el.classList.remove('selected', 'active');
      el.removeAttribute('aria-selected');
    }
    const td = this.td(anchor.r, anchor.c);
    if (td) {
      td.classList.add('selected');
      td.setAttribute('aria-selected', 'true');
      if (scroll) td.scrollIntoView({ block: 'nearest', inline: 'nearest' });
    }
    this.table.querySelector(`th.col-head[data-c="${anchor.c}"]`)?.classList.add('active');
    this.table.querySelector(`tr[data-r="${anchor.r}"] > th`)?.classList.add('active');
    this.events.select(anchor, this.index.cell(anchor.r, anchor.c));
  }

  focus(): void {
    this.scroller.focus({ preventScroll: true });
  }

  private td(r: number, c: number): HTMLTableCellElement | null {
    return this.table?.querySelector(`td[data-r="${r}"][data-c="${c}"]`) ?? null;
  }

  private build(sheet: SheetView): void {
    const cols = h('colgroup', {}, h('col', { style: `width:${ROW_HEAD_WIDTH}px` }));
    const head = h('tr', {}, h('th', { class: 'corner' }));
    for (let c = 1; c <= sheet.cols; c++) {
      cols.append(h('col', { style: `width:${this.index!.colWidth(c)}px` }));
      const th = h('th', { class: 'col-head', scope: 'col', 'data-c': c }, columnLetter(c));
      if (c <= sheet.frozenColumns) this.stickLeft(th, c, c === sheet.frozenColumns);
      head.append(th);
    }
    this.tbody = h('tbody');
    this.table = h(
      'table',
      {
        class: 'grid',
        role: 'grid',
        'aria-label': sheet.name,
        'aria-rowcount': sheet.rows + 1,
        'aria-colcount': sheet.cols + 1,
        style: `width:${this.colLeft[sheet.cols + 1]}px`,
      },
      cols,
      h('thead', {}, head),
      this.tbody,
    );
    this.rendered = 0;
    this.scroller.replaceChildren(this.table, h('div', { class: 'chart-layer' }));
  }

  private stickLeft(el: HTMLElement, c: number, last: boolean): void {
    el.classList.add('frozen-col');
    if (last) el.classList.add('frozen-col-last');
    el.style.left = `${this.colLeft[c]}px`;
  }

  /** Appends rows until `upTo` (capped), then notes the cap when reached. */
  private renderRows(upTo: number): void {
    if (!this.index || !this.tbody) return;
    const sheet = this.index.sheet;
    const end = Math.min(upTo, this.limit);
    if (end <= this.rendered) return;
    const frag = document.createDocumentFragment();
    const start = this.rendered + 1;
    for (let r = start; r <= end; r++) frag.append(this.row(r));
    this.tbody.append(frag);
    this.rendered = end;
    // Frozen rows can grow with wrapped text, so their sticky offsets are measured, not assumed.
    if (start <= sheet.frozenRows) this.stickFrozenRows(sheet.frozenRows);
    if (sheet.charts.length) this.positionCharts();
    if (this.rendered === this.limit && sheet.rows > MAX_ROWS) {
      this.tbody.append(
        h(
          'tr',
          { class: 'cap-note' },
          h(
            'td',
            { colspan: sheet.cols + 1 },
            `Showing the first ${MAX_ROWS.toLocaleString('en-US')} of ${sheet.rows.toLocaleString('en-US')} rows.`,
          ),
        ),
      );
    }
  }

  private stickFrozenRows(frozen: number): void {
    if (!this.tbody) return;
    for (let r = 1; r <= frozen; r++) {
      const tr = this.tbody.querySelector<HTMLTableRowElement>(`tr[data-r="${r}"]`);
      if (!tr) continue;
      for (const cell of tr.children) {
        const el = cell as HTMLElement;
        el.classList.add('frozen-row');
        if (r === frozen) el.classList.add('frozen-row-last');
        el.style.top = `${tr.offsetTop}px`;
      }
    }
  }

  private row(r: number): HTMLTableRowElement {
    const idx = this.index!;
    const sheet = idx.sheet;
    const tr = h(
      'tr',
      { 'data-r': r, style: `height:${idx.rowHeight(r)}px` },
      h('th', { class: 'row-head', scope: 'row' }, String(r)),
    );
    for (let c = 1; c <= sheet.cols; c++) {
      if (idx.covering(r, c)) continue;
      const merge = idx.mergeAt(r, c);
      const rows = merge ? Math.min(merge.rows, this.limit - r + 1) : 1;
      const cols = merge ? merge.cols : 1;
      const td = this.cellElement(r, c, rows, cols);
      if (c <= sheet.frozenColumns) this.stickLeft(td, c, c + cols - 1 === sheet.frozenColumns);
      tr.append(td);
    }
    return tr;
  }

  private cellElement(r: number, c: number, rows: number, cols: number): HTMLTableCellElement {
    const idx = this.index!;
    const cell = idx.cell(r, c);
    const td = h('td', {
      'data-r': r,
      'data-c': c,
      rowspan: rows > 1 ? rows : undefined,
      colspan: cols > 1 ? cols : undefined,
    });
    const css: string[] = [];
    const edges = idx.edgesOf(r, c, rows, cols);
    if (edges.right) css.push(`border-right:${edges.right}`);
    if (edges.bottom) css.push(`border-bottom:${edges.bottom}`);
    if (edges.top) css.push(`border-top:${edges.top}`);
    if (edges.left) css.push(`border-left:${edges.left}`);
    if (cell) {
      css.unshift(cellCss(cell));
      this.fillCell(td, cell, r, c, cols);
    }
    const style = css.filter(Boolean).join(';');
    if (style) td.setAttribute('style', style);
    return td;
  }

  private fillCell(
    td: HTMLTableCellElement,
    cell: CellView,
    r: number,
    c: number,
    cols: number,
  ): void {
    const idx = this.index!;
    const hover: string[] = [];
    if (isError(cell)) {
      td.classList.add('error', 'marked');
      if (cell.error) hover.push(cell.error);
    }
    if (cell.note) {
      td.classList.add('note', 'marked');
      hover.push(cell.note);
    }
    if (cell.validation?.list) td.classList.add('dropdown', 'marked');
    if (hover.length) td.title = hover.join('\n\n');
    const text = cell.display;
    // Left-aligned text spills into empty cells on its right, as in Sheets.
    let spill = 0;
    if (text && !cell.style?.wrap && typeof cell.v === 'string' && alignOf(cell) === 'left') {
      for (let n = c + cols; n <= idx.sheet.cols && idx.isEmpty(r, n); n++)
        spill += idx.colWidth(n);
    }
    if (spill > 0) {
      let own = 0;
      for (let n = c; n < c + cols; n++) own += idx.colWidth(n);
      td.classList.add('spill');
      td.append(h('div', { class: 'spill-text', style: `width:${own + spill - 7}px` }, text));
    } else {
      td.textContent = text;
    }
  }

  /** Keeps appending rows while the bottom of what is rendered is in view. */
  private fillViewport(): void {
    const s = this.scroller;
    while (this.rendered < this.limit && s.scrollTop + s.clientHeight > s.scrollHeight - 400) {
      const before = this.rendered;
      this.renderRows(this.rendered + MORE_ROWS);
      if (this.rendered === before) break;
    }
  }

  private placeCharts(sheet: SheetView): void {
    const layer = this.scroller.querySelector<HTMLElement>('.chart-layer');
    if (!layer) return;
    for (const chart of sheet.charts) {
      const left = this.colLeft[Math.min(chart.col, sheet.cols + 1)] ?? 0;
      const box = h(
        'figure',
        {
          class: 'chart',
          style: `left:${left}px;width:${chart.width}px;height:${chart.height}px`,
          'data-chart-id': chart.id,
          'data-row': chart.row,
        },
        renderChart(chart),
      );
      layer.append(box);
    }
    this.positionCharts();
  }

  /** Puts each chart at its anchor row's top; re-run as rows render, since wrapped rows grow. */
  private positionCharts(): void {
    if (!this.tbody) return;
    const boxes = this.scroller.querySelectorAll<HTMLElement>('.chart-layer > .chart');
    for (const box of boxes) {
      const row = Number(box.dataset.row);
      const tr = this.tbody.querySelector<HTMLTableRowElement>(`tr[data-r="${row}"]`);
      // Rows not rendered yet are assumed default height: close enough until they render.
      box.style.top = `${tr ? tr.offsetTop : 21 + (row - 1) * 21}px`;
    }
  }

  private onClick(e: MouseEvent): void {
    const td = (e.target as Element).closest('td[data-r]');
    if (!td) return;
    this.select(Number(td.getAttribute('data-r')), Number(td.getAttribute('data-c')), false);
    this.focus();
  }

  private onKey(e: KeyboardEvent): void {
    if (!this.index || e.target !== this.scroller) return;
    const { r, c } = this.sel;
    const merge = this.index.mergeAt(r, c);
    const moves: Record<string, [number, number]> = {
      ArrowUp: [r - 1, c],
      ArrowDown: [r + (merge?.rows ?? 1), c],
      ArrowLeft: [r, c - 1],
      ArrowRight: [r, c + (merge?.cols ?? 1)],
    };
    const move = moves[e.key];
    if (move) {
      e.preventDefault();
      this.select(move[0], move[1]);
    } else if (e.key === 'Enter' || e.key === 'F2') {
      e.preventDefault();
      this.events.edit();
    } else if (e.key === 'Delete' || e.key === 'Backspace') {
      e.preventDefault();
      this.events.clear(this.sel);
    } else if (e.key.length === 1 && !e.ctrlKey && !e.metaKey && !e.altKey) {
      e.preventDefault();
      this.events.edit(e.key);
    }
  }
}
