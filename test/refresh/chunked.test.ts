/**
 * The memory-bounded refresh: reading the first chunk whole and then only
 * the mapped columns, chunk by chunk, gives exactly what aggregating the whole export at once gives —
 * including rows that straddle chunk boundaries, blank rows and the row
 * numbers of skipped rows — and its reads grow as ⌈rows / chunk⌉ × runs.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../dev/emulator/index';
import { type CrmFixture, crmFixture } from '../../dev/fixtures/crm';
import { EXAMPLE_SETTINGS } from '../../dev/fixtures/sla-settings';
import type { RefreshSummary } from '../../src/api/actuals';
import {
  type AggregateContext,
  aggregateActuals,
  createAggregator,
} from '../../src/core/actuals/aggregate';
import {
  aggregateExport,
  columnRuns,
  EXPORT_CHUNK_ROWS,
  ID_CHUNK_ROWS,
  openExport,
} from '../../src/gas/export-reader';
import type { GSheet } from '../../src/gas/surface';

function context(fx: CrmFixture): AggregateContext {
  return {
    stages: fx.stages,
    months: fx.months,
    timeZone: fx.timeZone,
    dayFirst: fx.dayFirst,
    followUpHours: fx.followUpHours,
    nowMs: Date.UTC(2027, 0, 10),
  };
}

/** What the chunked reader hands the aggregator: per chunk, one block per run of read columns. */
function chunked(rows: unknown[][], fx: CrmFixture, chunk: number) {
  const aggregator = createAggregator(rows[0], fx.mapping, context(fx));
  const runs = columnRuns(aggregator.columns);
  for (let first = 1; first < rows.length; first += chunk) {
    const slice = rows.slice(first, first + chunk);
    aggregator.add(
      runs.map((run) => ({
        col: run.col,
        rows: slice.map((row) => row.slice(run.col, run.col + run.width)),
      })),
      0,
      slice.length,
    );
  }
  return aggregator.result();
}

/** A tab holding `rows` as the export reader sees it: reads counted, each a copy as Sheets returns. */
function fakeTab(rows: unknown[][]) {
  const reads: string[] = [];
  const sheet = {
    getLastRow: () => rows.length,
    getSheetValues: (row: number, col: number, n: number, width: number) => {
      const w = width < 0 ? Math.max(...rows.map((r) => r.length)) - col + 1 : width;
      reads.push(`${row}:${col}:${n}:${w}`);
      return rows.slice(row - 1, row - 1 + n).map((r) => {
        const out = r.slice(col - 1, col - 1 + w);
        while (out.length < w) out.push('');
        return out;
      });
    },
  } as unknown as GSheet;
  return { sheet, reads };
}

/** Repeats of earlier records spread over the export, some as text ("123" for 123). */
function withRepeats(fx: CrmFixture): CrmFixture {
  const id = fx.headers.indexOf(fx.mapping.recordId as string);
  for (const [from, to] of [
    [5, 150],
    [120, 1900],
    [7, 2001],
    [1500, 40],
  ]) {
    const copy = [...(fx.rows[from] as unknown[])];
    if (typeof copy[id] === 'number') copy[id] = String(copy[id]);
    fx.rows.splice(to, 0, copy);
  }
  return fx;
}

/** A messy export with blank rows and unreadable cells placed on chunk edges. */
function export_(shape: 'hubspot' | 'salesforce'): CrmFixture {
  const fx = crmFixture({ shape, records: 2000, seed: 21, messy: true });
  const blank = fx.headers.map(() => '');
  fx.rows.splice(100, 0, blank); // sheet row 101: the first row of chunk 2 for chunk = 100
  fx.rows.splice(200, 0, [...blank]); // sheet row 201
  const bad = [...(fx.rows[300] as unknown[])];
  bad[fx.headers.indexOf(fx.mapping.stages.MQLs as string)] = 'not a date';
  fx.rows[300] = bad; // sheet row 301
  return fx;
}

describe('chunked aggregation equals the whole export at once', () => {
  for (const shape of ['hubspot', 'salesforce'] as const) {
    it(`${shape}: identical result for chunks of 1, 99, 100, 333 and more than the rows`, () => {
      const fx = export_(shape);
      const whole = aggregateActuals(fx.rows, fx.mapping, context(fx));
      for (const chunk of [1, 99, 100, 333, 5000]) {
        expect(chunked(fx.rows, fx, chunk)).toEqual(whole);
      }
      // The skipped rows carry their sheet rows, whatever the chunk.
      expect(whole.skipped).toContainEqual({ row: 101, reason: 'blankRow' });
      expect(whole.skipped).toContainEqual({ row: 201, reason: 'blankRow' });
      expect(whole.skipped).toContainEqual(
        expect.objectContaining({ row: 301, reason: 'unparseableDate', value: 'not a date' }),
      );
      expect(whole.rowsRead).toBe(fx.rows.length - 1);
    });
  }

  for (const shape of ['hubspot', 'salesforce'] as const) {
    it(`${shape}: the id prepass (more than one chunk) skips the same repeats, wherever they sit`, () => {
      const fx = withRepeats(export_(shape));
      const whole = aggregateActuals(fx.rows, fx.mapping, context(fx));
      expect(whole.skippedByReason.duplicateRecordId).toBeGreaterThanOrEqual(4);
      for (const [chunk, idChunk] of [
        [100, 7],
        [333, 1000],
        [99, 100_000],
      ]) {
        const { sheet, reads } = fakeTab(fx.rows);
        const tab = openExport(sheet, chunk, idChunk);
        expect(aggregateExport(tab, fx.mapping, context(fx))).toEqual(whole);
        const runs = columnRuns(createAggregator(fx.rows[0], fx.mapping, context(fx)).columns);
        const chunks = Math.ceil((fx.rows.length - 1) / chunk);
        const idReads = Math.ceil((fx.rows.length - 1 - chunk) / idChunk);
        expect(reads).toHaveLength(1 + idReads + (chunks - 1) * runs.length);
      }
    });
  }

  it('an export of one chunk is not read twice: no id prepass', () => {
    const fx = withRepeats(export_('hubspot'));
    const { sheet, reads } = fakeTab(fx.rows);
    const whole = aggregateActuals(fx.rows, fx.mapping, context(fx));
    expect(aggregateExport(openExport(sheet, 5000), fx.mapping, context(fx))).toEqual(whole);
    expect(reads).toEqual([`1:1:${fx.rows.length}:${fx.headers.length}`]);
  });

  it('reads only the mapped columns, in runs (a gap of up to two columns is read through)', () => {
    const fx = crmFixture({ shape: 'hubspot', records: 10, seed: 1 });
    const { columns } = createAggregator(fx.rows[0], fx.mapping, context(fx));
    const names = columns.map((c) => fx.headers[c]);
    expect(names).not.toContain('First Name');
    expect(names).not.toContain('Contact owner'); // mapped, but the counts never use it
    expect(columnRuns([0, 6, 7, 8, 11, 13])).toEqual([
      { col: 0, width: 1 },
      { col: 6, width: 8 },
    ]);
    expect(columnRuns([0, 4])).toEqual([
      { col: 0, width: 1 },
      { col: 4, width: 1 },
    ]);
  });

  it('a row with text only in columns the refresh does not read is blank; 123 and "123" are one id', () => {
    const fx = crmFixture({ shape: 'hubspot', records: 3, seed: 2 });
    const name = fx.headers.indexOf('First Name');
    const id = fx.headers.indexOf(fx.mapping.recordId);
    const onlyName = fx.headers.map((_, i) => (i === name ? 'Ann' : ''));
    const first = [...(fx.rows[1] as unknown[])];
    first[id] = 123;
    const again = [...first];
    again[id] = '123';
    const rows = [fx.rows[0], first, onlyName, again];
    const r = aggregateActuals(rows, fx.mapping, context(fx));
    expect(r.skipped).toEqual([
      { row: 3, reason: 'blankRow' },
      { row: 4, column: fx.mapping.recordId, value: '123', reason: 'duplicateRecordId' },
    ]);
  });
});

let emu: Emulator | undefined;
afterEach(() => emu?.close());

async function refreshCalls(fx: CrmFixture): Promise<{ calls: number; summary: RefreshSummary }> {
  emu = await createEmulator({
    now: '2027-01-10T09:00:00Z',
    timeZone: fx.timeZone,
    locale: 'en_US',
  });
  emu.run('buildSlaTab', [EXAMPLE_SETTINGS]);
  emu.addTab('CRM export', fx.rows as never);
  emu.run('refreshActuals', [{ sourceTab: 'CRM export' }]); // creates the log tab
  emu.stats();
  const summary = emu.run('refreshActuals', [{ sourceTab: 'CRM export' }]) as RefreshSummary;
  const { calls } = emu.stats();
  emu.close();
  emu = undefined;
  return { calls, summary };
}

describe('refresh through the built bundle', () => {
  it('reads ⌈rows / chunk⌉ chunks (the first with the header, every column; then one range per run) after the id column, and counts what the generator expects', async () => {
    const small = crmFixture({ shape: 'hubspot', records: 1000, seed: 5 });
    const large = crmFixture({ shape: 'hubspot', records: 2 * EXPORT_CHUNK_ROWS + 500, seed: 5 });
    const runs = columnRuns(createAggregator(small.rows[0], small.mapping, context(small)).columns);
    const one = await refreshCalls(small);
    const three = await refreshCalls(large);
    // Issue 10's refresh budget (test/refresh/refresh.test.ts): one chunk costs no more.
    expect(one.calls).toBeLessThanOrEqual(15);
    const chunks = Math.ceil((large.rows.length - 1) / EXPORT_CHUNK_ROWS);
    expect(chunks).toBe(3);
    const idReads = Math.ceil((large.rows.length - 1 - EXPORT_CHUNK_ROWS) / ID_CHUNK_ROWS);
    expect(idReads).toBe(1);
    expect(three.calls - one.calls).toBe((chunks - 1) * runs.length + idReads);
    expect(three.summary.rowsRead).toBe(large.expected.rowsRead);
    expect(three.summary.rowsCounted).toBe(large.expected.rowsCounted);
    expect(three.summary.rowsSkipped).toBe(large.expected.rowsSkipped);
  });
});
