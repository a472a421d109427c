/**
 * Honest anchors for the actuals aggregation (issue 14), all in this run on
 * the same 100,000 generated HubSpot rows (16 columns, export-style text
 * dates, UTC), each as a ratio:
 *  (a) a plain pass that only reads every cell of the columns the
 *      aggregation reads, once: the floor for any JavaScript approach;
 *  (b) DuckDB (@duckdb/node-api, in process) counting the same months ×
 *      stages with one GROUP BY over the same rows loaded as a table: what a
 *      columnar engine does. Loading the table is timed separately.
 * Our aggregation computes more than those counts (revenue, by source, speed
 * to lead, duplicate ids, every check it reports), so (b) bounds the gap from
 * above. DuckDB's counts are checked against ours before any figure is printed.
 * Minimum and median of several runs after warm-up.
 */
import { performance } from 'node:perf_hooks';
import { DuckDBInstance } from '@duckdb/node-api';
import { aggregateActuals, createAggregator } from '../../src/core/actuals/aggregate';
import { crmFixture } from '../fixtures/crm';
import { minMedian, summary, timeRuns } from './stats';
import type { BenchModule } from './types';

const GROUP = 'anchors';
const ROWS = 100_000;
const RUNS = 7;

/** SQL identifier for column i. */
const col = (i: number) => `c${i}`;

const bench: BenchModule = async () => {
  const fx = crmFixture({ shape: 'hubspot', records: ROWS, seed: 42, timeZone: 'Etc/UTC' });
  const ctx = {
    stages: fx.stages,
    months: fx.months,
    timeZone: fx.timeZone,
    dayFirst: fx.dayFirst,
    followUpHours: fx.followUpHours,
  };
  const rows = fx.rows;
  let result = aggregateActuals(rows, fx.mapping, ctx);
  const aggregation = timeRuns(() => {
    result = aggregateActuals(rows, fx.mapping, ctx);
  }, RUNS);

  // (a) Every cell the aggregation reads, read once and looked at (so it is not optimised away).
  const { columns } = createAggregator(rows[0], fx.mapping, ctx);
  let seen = 0;
  const floor = timeRuns(() => {
    let n = 0;
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r];
      for (let i = 0; i < columns.length; i++) if (row[columns[i]] !== '') n++;
    }
    seen = n;
  }, 3 * RUNS);
  if (seen === 0) throw new Error('the plain pass saw nothing');

  // (b) DuckDB: the export as a VARCHAR table (as the tab holds it), then one GROUP BY.
  const instance = await DuckDBInstance.create(':memory:');
  const db = await instance.connect();
  const width = fx.headers.length;
  const load = async (): Promise<void> => {
    await db.run('DROP TABLE IF EXISTS export');
    await db.run(
      `CREATE TABLE export (${Array.from({ length: width }, (_, i) => `${col(i)} VARCHAR`).join(', ')})`,
    );
    const appender = await db.createAppender('export');
    for (let r = 1; r < rows.length; r++) {
      const row = rows[r];
      for (let c = 0; c < width; c++) {
        const v = row[c];
        if (v === '' || v === null || v === undefined) appender.appendNull();
        else appender.appendVarchar(String(v));
      }
      appender.endRow();
    }
    appender.closeSync();
  };
  const loadTimes: number[] = [];
  await load(); // warm-up
  for (let i = 0; i < RUNS; i++) {
    const start = performance.now();
    await load();
    loadTimes.push(performance.now() - start);
  }
  const stageCols = fx.stages
    .map((stage, s) => ({ s, header: fx.mapping.stages[stage] }))
    .filter((x): x is { s: number; header: string } => Boolean(x.header))
    .map(({ s, header }) => ({ s, c: fx.headers.indexOf(header) }));
  const query = `
    SELECT stage, strftime(ts, '%Y-%m') AS month, count(*) AS n
    FROM (
      ${stageCols
        .map(
          ({ s, c }) =>
            `SELECT ${s} AS stage, try_strptime(${col(c)}, '%Y-%m-%d %H:%M') AS ts FROM export`,
        )
        .join('\n      UNION ALL ')}
    )
    WHERE ts >= TIMESTAMP '${fx.months[0]}-01' AND ts < TIMESTAMP '${Number(fx.months[0].slice(0, 4)) + 1}-01-01'
    GROUP BY stage, month`;
  let counted: [number, string, bigint][] = [];
  const queryTimes: number[] = [];
  for (let i = 0; i < 3 * RUNS + 2; i++) {
    const start = performance.now();
    const reader = await db.runAndReadAll(query);
    counted = reader.getRows() as [number, string, bigint][];
    if (i >= 2) queryTimes.push(performance.now() - start); // the first two are warm-up
  }
  db.closeSync();
  instance.closeSync();
  for (const [stage, month, n] of counted) {
    const ours = result.counts[fx.months.indexOf(month)]?.[stage];
    if (ours !== Number(n))
      throw new Error(`DuckDB counts ${n} for stage ${stage} in ${month}, the aggregation ${ours}`);
  }
  const total = (xs: readonly (number | null)[][]) =>
    xs.reduce((a, row) => a + row.reduce<number>((b, v) => b + (v ?? 0), 0), 0);
  if (counted.reduce((a, [, , n]) => a + Number(n), 0) !== total(result.counts))
    throw new Error('DuckDB and the aggregation disagree on the total');

  const load_ = summary(loadTimes);
  const query_ = summary(queryTimes);
  const n = ROWS.toLocaleString('en-US');
  return [
    {
      group: GROUP,
      name: `aggregation of ${n} rows (min / median)`,
      value: minMedian(aggregation, 1),
      unit: 'ms',
    },
    {
      group: GROUP,
      name: `(a) plain pass reading each of its ${columns.length} columns' cells once`,
      value: minMedian(floor, 1),
      unit: 'ms',
    },
    {
      group: GROUP,
      name: '(a) aggregation ÷ plain pass (mins / medians): times the JavaScript floor',
      value: `${(aggregation.min / floor.min).toFixed(1)} / ${(aggregation.median / floor.median).toFixed(1)}`,
      unit: '×',
    },
    {
      group: GROUP,
      name: '(b) DuckDB: load the 16-column table (min / median)',
      value: minMedian(load_, 1),
      unit: 'ms',
    },
    {
      group: GROUP,
      name: `(b) DuckDB: months × stages GROUP BY (min / median)`,
      value: minMedian(query_, 1),
      unit: 'ms',
    },
    {
      group: GROUP,
      name: '(b) aggregation ÷ DuckDB query (mins / medians)',
      value: `${(aggregation.min / query_.min).toFixed(1)} / ${(aggregation.median / query_.median).toFixed(1)}`,
      unit: '×',
    },
    {
      group: GROUP,
      name: '(b) aggregation ÷ DuckDB load + query (mins / medians)',
      value: `${(aggregation.min / (load_.min + query_.min)).toFixed(2)} / ${(aggregation.median / (load_.median + query_.median)).toFixed(2)}`,
      unit: '×',
    },
  ];
};

export default bench;
