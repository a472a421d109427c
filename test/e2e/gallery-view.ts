/**
 * A hand-written WorkbookView with every feature the page must draw — merges,
 * frozen rows/columns, styles, borders, notes, errors, wrapped text, a
 * dropdown, charts, a hidden and a coloured tab, a 1,500-row tab — so the
 * rendering is tested whatever the add-on happens to produce today.
 */
import type { CellView, SheetView, WorkbookView } from '../../dev/emulator/contract';

function sheet(partial: Partial<SheetView> & Pick<SheetView, 'name' | 'index'>): SheetView {
  return {
    hidden: false,
    rows: 1000,
    cols: 26,
    frozenRows: 0,
    frozenColumns: 0,
    colWidths: {},
    rowHeights: {},
    merges: [],
    cells: [],
    charts: [],
    protected: false,
    ...partial,
  };
}

const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const TARGET = [80, 84, 90, 95, 100, 104, 96, 92, 110, 118, 124, 107];
const ACTUAL = [72, 88, 91, 99, 93, 0, 0, 0, 0, 0, 0, 0];

function styledCells(): CellView[] {
  const border = '1px solid #000000';
  const cells: CellView[] = [
    {
      r: 1,
      c: 1,
      v: 'Funnel SLA 2026',
      display: 'Funnel SLA 2026',
      style: {
        bold: true,
        fontSize: 14,
        background: '#e8f0fe',
        fontColor: '#1a73e8',
        hAlign: 'center',
      },
    },
    { r: 2, c: 1, v: 'Month', display: 'Month', style: { bold: true, borderBottom: border } },
    {
      r: 2,
      c: 2,
      v: 'MQL target',
      display: 'MQL target',
      style: { bold: true, borderBottom: border },
    },
    {
      r: 2,
      c: 3,
      v: 'MQL actual',
      display: 'MQL actual',
      style: { bold: true, borderBottom: border },
    },
    { r: 2, c: 4, v: 'Variance', display: 'Variance', style: { bold: true, borderBottom: border } },
  ];
  MONTHS.forEach((m, i) => {
    const r = i + 3;
    const variance = (ACTUAL[i] - TARGET[i]) / TARGET[i];
    cells.push(
      { r, c: 1, v: m, display: m },
      { r, c: 2, v: TARGET[i], display: String(TARGET[i]) },
      { r, c: 3, v: ACTUAL[i], display: String(ACTUAL[i]) },
      {
        r,
        c: 4,
        v: variance,
        display: `${(variance * 100).toFixed(1)}%`,
        formula: `=(C${r}-B${r})/B${r}`,
        numberFormat: '0.0%',
        // Conditional formatting already applied by the emulator: red when behind.
        style:
          variance < 0 ? { fontColor: '#a50e0e', background: '#fce8e6' } : { fontColor: '#137333' },
      },
    );
  });
  cells.push(
    {
      r: 16,
      c: 1,
      v: '#DIV/0!',
      display: '#DIV/0!',
      formula: '=1/0',
      error: 'Function DIVIDE parameter 2 cannot be zero.',
    },
    {
      r: 16,
      c: 2,
      v: 'Leads must be followed up within 24 hours of hand-over, by phone first.',
      display: 'Leads must be followed up within 24 hours of hand-over, by phone first.',
      style: { wrap: true, vAlign: 'top', italic: true },
    },
    {
      r: 17,
      c: 1,
      v: 'Owner',
      display: 'Owner',
      note: 'Who signs for marketing.',
      validation: { list: ['Marketing', 'Sales'] },
    },
    {
      r: 17,
      c: 2,
      v: 'Marketing',
      display: 'Marketing',
      validation: { list: ['Marketing', 'Sales'] },
    },
    {
      r: 18,
      c: 1,
      v: 'A long label that spills into the empty cells on its right',
      display: 'A long label that spills into the empty cells on its right',
    },
    { r: 19, c: 1, v: true, display: 'TRUE' },
    {
      r: 19,
      c: 2,
      v: '2026-03-05T13:22:00.000Z',
      display: '3/5/2026 14:22:00',
      numberFormat: 'M/d/yyyy H:mm:ss',
    },
  );
  return cells;
}

function bigCells(): CellView[] {
  const cells: CellView[] = [
    { r: 1, c: 1, v: 'Record ID', display: 'Record ID', style: { bold: true } },
    { r: 1, c: 2, v: 'Lifecycle Stage', display: 'Lifecycle Stage', style: { bold: true } },
  ];
  for (let r = 2; r <= 1501; r++) {
    cells.push({ r, c: 1, v: 1000 + r, display: String(1000 + r) });
    cells.push({
      r,
      c: 2,
      v: r % 3 ? 'lead' : 'marketingqualifiedlead',
      display: r % 3 ? 'lead' : 'marketingqualifiedlead',
    });
  }
  return cells;
}

export function galleryView(): WorkbookView {
  return {
    name: 'Gallery',
    locale: 'en_US',
    timeZone: 'Europe/Berlin',
    activeSheet: 'Styled',
    namedRanges: [{ name: 'SLA_Goal', a1: "'Styled'!B3" }],
    sheets: [
      sheet({
        name: 'Styled',
        index: 0,
        rows: 40,
        cols: 12,
        frozenRows: 2,
        frozenColumns: 1,
        colWidths: { 1: 120, 2: 110 },
        rowHeights: { 1: 32 },
        merges: [{ r: 1, c: 1, rows: 1, cols: 4 }],
        cells: styledCells(),
        tabColor: '#34a853',
        charts: [
          {
            id: 'line-1',
            type: 'LINE',
            title: 'MQLs: target vs actual',
            row: 4,
            col: 6,
            width: 480,
            height: 260,
            series: [
              { name: 'Month', values: MONTHS },
              { name: 'MQL target', values: TARGET },
              { name: 'MQL actual', values: ACTUAL.map((v) => (v === 0 ? null : v)) },
            ],
            // Dotted option paths as EmbeddedChartBuilder.setOption records them.
            options: { 'vAxis.title': 'MQLs', 'series.0.labelInLegend': 'Target' },
          },
          {
            id: 'column-1',
            type: 'COLUMN',
            title: 'Leads by source',
            row: 17,
            col: 6,
            width: 420,
            height: 240,
            series: [
              { name: 'Source', values: ['Organic', 'Paid', 'Email', 'Social', 'Referral'] },
              { name: 'Leads', values: [420, 310, 180, 95, 60] },
            ],
            options: { legend: { position: 'top' }, hAxis: { title: 'Original Source' } },
          },
        ],
      }),
      sheet({ name: 'Big', index: 1, rows: 1501, cols: 2, frozenRows: 1, cells: bigCells() }),
      sheet({
        name: 'Secret',
        index: 2,
        hidden: true,
        cells: [{ r: 1, c: 1, v: 'hidden', display: 'hidden' }],
      }),
    ],
  };
}
