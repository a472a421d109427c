import { describe, expect, it } from 'vitest';
import { type AggregateContext, aggregateActuals } from '../../src/core/actuals/aggregate';
import type { ActualsMapping } from '../../src/core/actuals/types';

const STAGES = ['Visits', 'Leads', 'MQLs', 'SQLs', 'Opportunities', 'Customers'];
const CTX: AggregateContext = {
  stages: STAGES,
  months: ['2026-01', '2026-02', '2026-03'],
  timeZone: 'Europe/Berlin',
  dayFirst: true,
  followUpHours: 24,
};
const HEADERS = [
  'ID',
  'Lead date',
  'MQL date',
  'SQL date',
  'Opp date',
  'Won date',
  'Source',
  'Amount',
  'Handover',
  'First touch',
];
const MAPPING: ActualsMapping = {
  stages: {
    Visits: null,
    Leads: 'Lead date',
    MQLs: 'MQL date',
    SQLs: 'SQL date',
    Opportunities: 'Opp date',
    Customers: 'Won date',
  },
  recordId: 'ID',
  source: 'Source',
  amount: 'Amount',
  handoverTime: 'Handover',
  firstTouchTime: 'First touch',
};
/** A row in HEADERS order; missing trailing cells are blank. */
const row = (...cells: unknown[]): unknown[] =>
  HEADERS.map((_, i) => (i < cells.length ? cells[i] : ''));

describe('aggregateActuals: counting', () => {
  it('counts each stage in the month of its date; unmapped stages stay null', () => {
    const r = aggregateActuals(
      [
        HEADERS,
        row('a', '2026-01-05', '2026-01-20', '2026-02-02', '2026-02-10', '2026-03-30'),
        row('b', '2026-01-31 23:30', '2026-02-01 00:10'),
        row('c', '2026-02-14', '', '', '', '', 'Web'),
        row('d', '2025-12-31 23:59', '2026-01-01 00:00'),
      ],
      MAPPING,
      CTX,
    );
    expect(r.counts).toEqual([
      [null, 2, 2, 0, 0, 0],
      [null, 1, 1, 1, 1, 0],
      [null, 0, 0, 0, 0, 1],
    ]);
    expect(r.rowsRead).toBe(4);
    expect(r.rowsCounted).toBe(4);
    expect(r.datesOutsidePeriod).toBe(1);
    expect(r.rowsOutsidePeriod).toBe(0);
    expect(r.skipped).toEqual([]);
  });

  it('23:30 on the last day of a month counts in that month in Berlin and Los Angeles', () => {
    for (const timeZone of ['Europe/Berlin', 'America/Los_Angeles']) {
      const r = aggregateActuals(
        [
          HEADERS,
          row('a', '2026-01-31 23:30'),
          row('b', '2026-02-28 23:30'),
          row('c', '2026-03-31 23:30'),
          row('d', '2026-03-01 00:00'),
        ],
        MAPPING,
        { ...CTX, timeZone },
      );
      expect(
        r.counts.map((m) => m[1]),
        timeZone,
      ).toEqual([1, 1, 2]);
    }
  });

  it('a Date cell at 23:30 local on 31 March (summer time in Berlin) counts in March', () => {
    // 2026-03-31 23:30 CEST = 21:30 UTC; in Los Angeles the same instant is 14:30 PDT.
    const cell = new Date(Date.UTC(2026, 2, 31, 21, 30));
    const r = aggregateActuals([HEADERS, row('a', cell)], MAPPING, CTX);
    expect(r.counts[2][1]).toBe(1);
    // 1 April 00:30 CEST (22:30 UTC) is April: outside this period.
    const april = aggregateActuals(
      [HEADERS, row('a', new Date(Date.UTC(2026, 2, 31, 22, 30)))],
      MAPPING,
      CTX,
    );
    expect(april.counts[2][1]).toBe(0);
    expect(april.datesOutsidePeriod).toBe(1);
    expect(april.rowsOutsidePeriod).toBe(1);
  });

  it('records on DST change days land in the right month', () => {
    const r = aggregateActuals(
      [
        HEADERS,
        row('a', '2026-10-25 02:30'),
        row('b', '2026-03-29 02:30'),
        row('c', '2026-10-31 23:59'),
      ],
      MAPPING,
      { ...CTX, months: ['2026-03', '2026-10', '2026-11'] },
    );
    expect(r.counts.map((m) => m[1])).toEqual([1, 2, 0]);
  });

  it('reads serial numbers and mixed text forms in one column', () => {
    const r = aggregateActuals(
      [
        HEADERS,
        row('a', 46037),
        row('b', '15.02.2026'),
        row('c', '2/3/2026'),
        row('d', '2026/3/5'),
        row('e', 'Mar 9, 2026'),
      ],
      MAPPING,
      CTX,
    );
    // 46037 = 2026-01-15; 2/3/2026 is 2 March when day first.
    expect(r.counts.map((m) => m[1])).toEqual([1, 1, 3]);
  });

  it('non-contiguous months: a date between them is outside', () => {
    const r = aggregateActuals([HEADERS, row('a', '2026-02-10'), row('b', '2026-03-10')], MAPPING, {
      ...CTX,
      months: ['2026-03', '2026-01'],
    });
    expect(r.counts.map((m) => m[1])).toEqual([1, 0]);
    expect(r.datesOutsidePeriod).toBe(1);
  });

  it('a header row further down the sheet shifts reported row numbers', () => {
    const r = aggregateActuals([HEADERS, row('a', 'junk')], MAPPING, { ...CTX, headerRow: 4 });
    expect(r.skipped).toEqual([
      { row: 5, column: 'Lead date', value: 'junk', reason: 'unparseableDate' },
    ]);
  });
});

describe('aggregateActuals: skipped rows and cells', () => {
  const rows = [
    HEADERS,
    row('a', '2026-01-05', 'n/a', '2026-01-09'),
    row(),
    row('b', '2026-01-06', '2026-02-30'),
    row('a', '2026-02-01', '2026-02-01', '2026-02-01'),
    [' ', null, ''],
    [],
    row('c', '2026-01-07', '', '', '', '2026-03-01', '', 'abc'),
    row('d', '2026-01-08', '', '', '', '2026-03-02', '', -5),
    row('', '2026-01-09'),
    row('', '2026-01-10'),
  ];
  const r = aggregateActuals(rows, MAPPING, CTX);

  it('reports each skip with its sheet row, column, value and reason', () => {
    expect(r.skipped).toEqual([
      { row: 2, column: 'MQL date', value: 'n/a', reason: 'unparseableDate' },
      { row: 3, reason: 'blankRow' },
      { row: 4, column: 'MQL date', value: '2026-02-30', reason: 'impossibleDate' },
      { row: 5, column: 'ID', value: 'a', reason: 'duplicateRecordId' },
      { row: 6, reason: 'blankRow' },
      { row: 7, reason: 'blankRow' },
      { row: 8, column: 'Amount', value: 'abc', reason: 'invalidAmount' },
      { row: 9, column: 'Amount', value: '-5', reason: 'invalidAmount' },
    ]);
    expect(r.skippedByReason).toEqual({
      blankRow: 3,
      duplicateRecordId: 1,
      unparseableDate: 1,
      impossibleDate: 1,
      invalidAmount: 2,
      firstTouchBeforeHandover: 0,
    });
    expect(r.rowsSkipped).toBe(4);
    expect(r.rowsRead).toBe(10);
  });

  it('an unreadable cell skips only that cell; a duplicate id counts once (first wins)', () => {
    // a: lead + SQL in January (its unreadable MQL skipped); the later "a" row is ignored whole.
    expect(r.counts[0]).toEqual([null, 6, 0, 1, 0, 0]);
    expect(r.counts[1]).toEqual([null, 0, 0, 0, 0, 0]);
    expect(r.counts[2]).toEqual([null, 0, 0, 0, 0, 2]);
    // Rows without an id are never duplicates of each other.
    expect(r.rowsCounted).toBe(6);
  });

  it('invalid amounts are left out of revenue but the record still counts', () => {
    expect(r.revenue).toEqual([0, 0, 0]);
    expect(r.revenueStage).toBe('Customers');
  });

  it('caps the listed items but keeps exact totals', () => {
    const capped = aggregateActuals(rows, MAPPING, { ...CTX, maxReported: 2 });
    expect(capped.skipped).toHaveLength(2);
    expect(capped.skippedByReason.blankRow).toBe(3);
  });

  it('duplicate ids compare as text, numbers included, case kept', () => {
    const d = aggregateActuals(
      [
        HEADERS,
        row(101, '2026-01-05'),
        row('101', '2026-01-06'),
        row('00Qab', '2026-01-07'),
        row('00QAB', '2026-01-08'),
      ],
      MAPPING,
      CTX,
    );
    expect(d.counts[0][1]).toBe(3);
    expect(d.skipped).toEqual([
      { row: 3, column: 'ID', value: '101', reason: 'duplicateRecordId' },
    ]);
  });
});

describe('aggregateActuals: revenue, won flag, sources', () => {
  it('sums amounts in the month of the won stage; text amounts with separators', () => {
    const r = aggregateActuals(
      [
        HEADERS,
        row('a', '', '', '', '', '2026-01-15', '', 1000),
        row('b', '', '', '', '', '2026-01-20', '', '€ 1.234,50'),
        row('c', '', '', '', '', '2026-03-01', '', '$2,000.00'),
        row('d', '', '', '', '', '', '', 5000),
        row('e', '', '', '', '', '2026-04-01', '', 7000),
      ],
      MAPPING,
      CTX,
    );
    expect(r.revenue).toEqual([2234.5, 0, 2000]);
  });

  it('with a won flag, lost deals count neither as customers nor as revenue', () => {
    const headers = ['Opportunity ID', 'Created Date', 'Close Date', 'Won', 'Amount'];
    const mapping: ActualsMapping = {
      stages: { Opportunities: 'Created Date', Customers: 'Close Date' },
      recordId: 'Opportunity ID',
      amount: 'Amount',
      won: 'Won',
    };
    const r = aggregateActuals(
      [
        headers,
        ['1', '2026-01-02', '2026-02-10', true, 100],
        ['2', '2026-01-03', '2026-02-11', false, 200],
        ['3', '2026-01-04', '2026-02-12', 'TRUE', 300],
        ['4', '2026-01-05', '2026-02-13', 'lost', 400],
        ['5', '2026-01-06', '', '', 500],
      ],
      mapping,
      { ...CTX, stages: ['Opportunities', 'Customers'] },
    );
    expect(r.counts).toEqual([
      [5, 0],
      [0, 2],
      [0, 0],
    ]);
    expect(r.revenue).toEqual([0, 400, 0]);
    expect(r.rowsNotWon).toBe(2);
  });

  it('counts the MQL-like stage per source, sources by total descending, as-is text', () => {
    const r = aggregateActuals(
      [
        HEADERS,
        row('a', '2026-01-01', '2026-01-02', '', '', '', 'Web'),
        row('b', '2026-01-01', '2026-02-02', '', '', '', '=HYPERLINK("http://x","y")'),
        row('c', '2026-01-01', '2026-02-03', '', '', '', 'Web '),
        row('d', '2026-01-01', '2026-03-04', '', '', '', '+1'),
        row('e', '2026-01-01', '2026-03-05', '', '', '', ''),
        row('f', '2026-01-01', '', '', '', '', 'Events'),
        row('g', '2026-01-01', '2026-03-06', '', '', '', '@foo'),
        row('h', '2026-01-01', '2026-03-07', '', '', '', '-x'),
      ],
      MAPPING,
      CTX,
    );
    expect(r.bySource).toEqual({
      stage: 'MQLs',
      sources: ['Web', '', '+1', '-x', '=HYPERLINK("http://x","y")', '@foo'],
      counts: [
        [1, 0, 0, 0, 0, 0],
        [1, 0, 0, 0, 1, 0],
        [0, 1, 1, 1, 0, 1],
      ],
    });
  });

  it('without an MQL-like stage, counts the first mapped stage per source', () => {
    const r = aggregateActuals(
      [
        ['Created', 'Converted', 'Lead Source'],
        ['2026-01-05', '2026-02-01', 'Web'],
        ['2026-01-06', '', 'Fair'],
      ],
      { stages: { Leads: 'Created', SQLs: 'Converted' }, source: 'Lead Source' },
      { ...CTX, stages: ['Visits', 'Leads', 'SQLs', 'Customers'] },
    );
    expect(r.bySource).toEqual({
      stage: 'Leads',
      sources: ['Fair', 'Web'],
      counts: [
        [1, 1],
        [0, 0],
        [0, 0],
      ],
    });
    expect(r.revenue).toBeNull();
    expect(r.speedToLead).toBeNull();
    // No hand-over column: SQL-like stage entries are the leads handed to sales.
    expect(r.leadsHandedToSales).toEqual([0, 1, 0]);
    expect(r.leadsHandedToSalesBasis).toEqual({ kind: 'stage', stage: 'SQLs' });
  });

  it('nothing to say without the columns', () => {
    const r = aggregateActuals([['X'], ['1']], { stages: {} }, CTX);
    expect(r.counts).toEqual([
      [null, null, null, null, null, null],
      [null, null, null, null, null, null],
      [null, null, null, null, null, null],
    ]);
    expect(r.bySource).toBeNull();
    expect(r.leadsHandedToSales).toBeNull();
    expect(r.leadsHandedToSalesBasis).toBeNull();
    expect(r.revenue).toBeNull();
    expect(r.rowsCounted).toBe(0);
    expect(r.rowsOutsidePeriod).toBe(0);
  });
});

describe('aggregateActuals: speed to lead', () => {
  const at = (d: string) => d;
  const rows = [
    HEADERS,
    // January hand-overs: touched after 1 h, 3 h, 30 h; one never touched; one touched before hand-over.
    row('a', '', '', '', '', '', '', '', at('2026-01-10 09:00'), at('2026-01-10 10:00')),
    row('b', '', '', '', '', '', '', '', at('2026-01-11 09:00'), at('2026-01-11 12:00')),
    row('c', '', '', '', '', '', '', '', at('2026-01-12 09:00'), at('2026-01-13 15:00')),
    row('d', '', '', '', '', '', '', '', at('2026-01-13 09:00'), ''),
    row('e', '', '', '', '', '', '', '', at('2026-01-14 09:00'), at('2026-01-14 08:00')),
    // February: two touched leads (2 h and 24 h exactly — within the window).
    row('f', '', '', '', '', '', '', '', at('2026-02-01 09:00'), at('2026-02-01 11:00')),
    row('g', '', '', '', '', '', '', '', at('2026-02-02 09:00'), at('2026-02-03 09:00')),
    // March: one untouched lead; one with an unreadable touch.
    row('h', '', '', '', '', '', '', '', at('2026-03-30 09:00'), ''),
    row('i', '', '', '', '', '', '', '', at('2026-03-02 09:00'), 'call back'),
    // Hand-over in April: outside, but its bad touch is still reported.
    row('j', '', '', '', '', '', '', '', at('2026-04-02 09:00'), at('2026-04-01 09:00')),
  ];

  it('median hours among touched leads and share within the window among all handed over', () => {
    const r = aggregateActuals(rows, MAPPING, CTX);
    expect(r.speedToLead).toEqual([
      [3, 2 / 4],
      [13, 1],
      [null, 0],
    ]);
    expect(r.leadsHandedToSales).toEqual([5, 2, 2]);
    expect(r.leadsHandedToSalesBasis).toEqual({ kind: 'handoverTime', column: 'Handover' });
    expect(r.skipped).toEqual([
      {
        row: 6,
        column: 'First touch',
        value: '2026-01-14 08:00',
        reason: 'firstTouchBeforeHandover',
      },
      { row: 10, column: 'First touch', value: 'call back', reason: 'unparseableDate' },
      {
        row: 11,
        column: 'First touch',
        value: '2026-04-01 09:00',
        reason: 'firstTouchBeforeHandover',
      },
    ]);
  });

  it('with nowMs, untouched leads still inside the window are not yet missed', () => {
    // Now = 2026-03-30 20:00 Berlin: lead h was handed over 11 h ago, its 24 h are not up.
    const r = aggregateActuals(rows, MAPPING, { ...CTX, nowMs: Date.UTC(2026, 2, 30, 18, 0) });
    expect(r.speedToLead?.[2]).toEqual([null, null]);
    expect(r.speedToLead?.[0]).toEqual([3, 2 / 4]);
  });

  it('the window follows followUpHours', () => {
    const r = aggregateActuals(rows, MAPPING, { ...CTX, followUpHours: 2 });
    expect(r.speedToLead?.[0]).toEqual([3, 1 / 4]);
    expect(r.speedToLead?.[1]).toEqual([13, 1 / 2]);
  });

  it('hours across a DST change are real elapsed hours', () => {
    // Hand-over Saturday 28 March 20:00 CET, touch Sunday 29 March 20:00 CEST: 23 hours.
    const r = aggregateActuals(
      [HEADERS, row('a', '', '', '', '', '', '', '', '2026-03-28 20:00', '2026-03-29 20:00')],
      MAPPING,
      CTX,
    );
    expect(r.speedToLead?.[2]).toEqual([23, 1]);
  });
});

describe('aggregateActuals: warnings', () => {
  it('stage dates out of order: counted, warned once per row, a day of slack', () => {
    const r = aggregateActuals(
      [
        HEADERS,
        row('a', '2026-02-10', '2026-01-05', '2026-01-01'),
        row('b', '2026-01-10 15:00', '2026-01-10'),
      ],
      MAPPING,
      CTX,
    );
    expect(r.counts[0]).toEqual([null, 1, 2, 1, 0, 0]);
    expect(r.warnings).toEqual([
      { row: 2, column: 'MQL date', value: '2026-01-05', reason: 'stageDatesOutOfOrder' },
    ]);
  });

  it('a mapped column missing from the tab leaves its stage null and warns', () => {
    const r = aggregateActuals(
      [HEADERS, row('a', '2026-01-05')],
      { ...MAPPING, stages: { ...MAPPING.stages, MQLs: 'Gone' } },
      CTX,
    );
    expect(r.counts[0]).toEqual([null, 1, null, 0, 0, 0]);
    expect(r.warnings).toEqual([{ row: 0, column: 'Gone', reason: 'mappedColumnMissing' }]);
  });

  it('headers match case- and space-insensitively; one column mapped twice is warned', () => {
    const r = aggregateActuals(
      [HEADERS, row('a', '2026-01-05')],
      { stages: { Leads: '  lead DATE ', MQLs: 'Lead date' } },
      CTX,
    );
    expect(r.counts[0]).toEqual([null, 1, 1, null, null, null]);
    expect(r.warnings).toEqual([
      { row: 0, column: 'Lead date', value: 'Leads, MQLs', reason: 'columnMappedTwice' },
    ]);
  });

  it('rejects an unknown time zone before reading anything', () => {
    expect(() =>
      aggregateActuals([HEADERS], MAPPING, { ...CTX, timeZone: 'Nowhere/City' }),
    ).toThrow(/Nowhere\/City/);
  });
});
