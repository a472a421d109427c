/**
 * Actuals core figures (issue 5), pure TypeScript only: aggregation rows per
 * second over 100,000 generated HubSpot-shaped rows (export-style text dates
 * and mixed Date/serial/text cells), and raw date parsing throughput. The
 * end-to-end refresh through the bundle and the emulator is benched separately.
 * Min and median of several runs after a warm-up (which also fills the zone caches).
 */
import { aggregateActuals } from '../../src/core/actuals/aggregate';
import { parseDateCell } from '../../src/core/actuals/dates';
import { type CrmFixture, crmFixture } from '../fixtures/crm';
import { minMedian, type Timing, timeRuns } from './stats';
import type { BenchLine, BenchModule } from './types';

const GROUP = 'actuals core';
const ROWS = 100_000;
const RUNS = 7;

function aggregateMs(f: CrmFixture): Timing {
  const ctx = {
    stages: f.stages,
    months: f.months,
    timeZone: f.timeZone,
    dayFirst: f.dayFirst,
    followUpHours: f.followUpHours,
  };
  return timeRuns(
    () => {
      const r = aggregateActuals(f.rows, f.mapping, ctx);
      if (r.rowsRead !== f.rows.length - 1)
        throw new Error('aggregation read the wrong number of rows');
    },
    RUNS,
    1,
  );
}

const bench: BenchModule = async () => {
  const lines: BenchLine[] = [];
  for (const dateStyle of ['export', 'mixed'] as const) {
    const f = crmFixture({ shape: 'hubspot', records: ROWS, seed: 42, messy: true, dateStyle });
    const t = aggregateMs(f);
    const rows = f.rows.length - 1;
    lines.push(
      {
        group: GROUP,
        name: `aggregate ${rows.toLocaleString('en-US')} rows (${dateStyle} dates, min / median)`,
        value: minMedian(t, 0),
        unit: 'ms',
      },
      {
        group: GROUP,
        name: `aggregate rows per second (${dateStyle} dates, median)`,
        value: Math.round((rows / t.median) * 1000),
        unit: 'rows/s',
      },
    );
  }

  // Parsing alone: 500,000 text cells (100,000 rows × 5 stages) in local ISO form.
  const texts = Array.from({ length: 500_000 }, (_, i) => {
    const d = new Date(Date.UTC(2026, 0, 1) + ((i * 7919) % (365 * 1440)) * 60_000);
    return d.toISOString().slice(0, 16).replace('T', ' ');
  });
  const ctx = { timeZone: 'Europe/Berlin', dayFirst: true };
  const parse = timeRuns(
    () => {
      for (let i = 0; i < texts.length; i++) parseDateCell(texts[i], ctx);
    },
    RUNS,
    1,
  );
  lines.push({
    group: GROUP,
    name: 'parse 500,000 text dates (2026-03-05 14:22, min / median)',
    value: minMedian(parse, 0),
    unit: 'ms',
  });
  return lines;
};

export default bench;
