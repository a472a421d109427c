/**
 * One refresh-memory sample, run by dev/bench/refresh-memory.ts as its own
 * process (`node --expose-gc --import tsx`), so no other size's garbage or
 * caches are in the heap: builds the SLA tab, loads an N-row × 16-column
 * HubSpot export, refreshes from it twice and prints, as JSON, the second
 * refresh's spreadsheet calls and the peak of the heap it holds.
 *
 * "Held" = live heap (with ArrayBuffer storage) after a full collection, minus the same before the
 * refresh (the emulated spreadsheet itself is in that baseline), sampled
 * before spreadsheet calls and right after reads (see below).
 */
import { performance } from 'node:perf_hooks';
import { EXPORT_CHUNK_ROWS } from '../../src/gas/export-reader';
import { RangeImpl } from '../emulator/gas/range';
import { SheetImpl } from '../emulator/gas/sheet';
import { createEmulator } from '../emulator/index';
import { crmFixture } from '../fixtures/crm';
import { EXAMPLE_SETTINGS } from '../fixtures/sla-settings';

const gc = (globalThis as { gc?: () => void }).gc;
if (!gc) throw new Error('run with --expose-gc');
const collect = gc;

/** Live JavaScript heap plus ArrayBuffer memory (typed arrays' storage is outside the heap). */
function liveHeap(): number {
  collect();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

async function main(): Promise<void> {
  const rows = Number(process.argv[2]);
  const codePath = process.argv[3] || undefined;
  const e = await createEmulator({
    now: '2027-01-10T09:00:00Z',
    timeZone: 'Etc/UTC',
    locale: 'en_US',
    codePath,
  });
  e.run('buildSlaTab', [EXAMPLE_SETTINGS]);
  {
    const fx = crmFixture({ shape: 'hubspot', records: rows, seed: 42, timeZone: 'Etc/UTC' });
    if (fx.headers.length !== 16) throw new Error('expected a 16-column export');
    e.addTab('CRM export', fx.rows as never);
  }
  // A first refresh of the same export: the log and history tabs exist and
  // every cache of the emulator is as it will stay, so the baseline is steady.
  e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);

  let sampling = false;
  let peak = 0;
  let samples = 0;
  let base = 0;
  /** Held after the reads of each sampled chunk of the aggregation (-1: not a chunk read). */
  let chunk = -1;
  const byChunk = new Map<number, number>();
  const sample = (): void => {
    if (!sampling) return;
    sampling = false; // the collection must not re-enter the hooks
    const held = liveHeap() - base;
    peak = Math.max(peak, held);
    samples++;
    if (chunk >= 0) byChunk.set(chunk, Math.max(byChunk.get(chunk) ?? 0, held));
    sampling = true;
  };
  // Before every spreadsheet call but the export reads: the emulator counts a
  // call by method just before running it.
  e.stats(); // a fresh counter object, hooked below
  const stats = (e as unknown as { ctx: { stats: { byMethod: Record<string, number> } } }).ctx
    .stats;
  stats.byMethod = new Proxy(stats.byMethod, {
    set(target, key, value) {
      if (key !== 'Sheet.getSheetValues') sample();
      target[key as string] = value;
      return true;
    },
  });
  // After reads, while what they returned is still referenced. A full
  // collection of a heap holding a 500,000-row emulated sheet takes about a
  // second, so export reads are sampled in the first three chunks, every tenth,
  // and the last two (what the refresh keeps between chunks can only grow, so
  // the last chunks would show it); every other read is sampled. The id
  // column's prepass reads start at rows 10,002, 35,002, …: sampled the same way.
  const chunks = Math.ceil(rows / EXPORT_CHUNK_ROWS);
  const sampledChunk = (startRow: number): boolean => {
    const k = Math.floor((startRow - 2) / EXPORT_CHUNK_ROWS);
    return k < 3 || k % 10 === 0 || k >= chunks - 2;
  };
  const sheetProto = SheetImpl.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const readSheet = sheetProto.getSheetValues;
  sheetProto.getSheetValues = function (this: unknown, ...args: unknown[]) {
    const result = readSheet.apply(this, args);
    const [row, , , width] = args as number[];
    // A chunk of the aggregation (not the first read, nor the id column's prepass).
    chunk = row > 1 && width > 1 ? Math.floor((row - 2) / EXPORT_CHUNK_ROWS) : -1;
    if (sampledChunk(row)) sample();
    chunk = -1;
    return result;
  };
  const rangeProto = RangeImpl.prototype as unknown as Record<string, (...a: unknown[]) => unknown>;
  const readRange = rangeProto.getValues;
  rangeProto.getValues = function (this: unknown, ...args: unknown[]) {
    const result = readRange.apply(this, args);
    sample();
    return result;
  };

  base = liveHeap();
  sampling = true;
  const start = performance.now();
  const summary = e.run('refreshActuals', [{ sourceTab: 'CRM export' }]) as { rowsRead: number };
  const ms = performance.now() - start;
  sampling = false;
  const after = liveHeap() - base;
  const counted = e.stats();
  if (summary.rowsRead !== rows) throw new Error(`read ${summary.rowsRead} rows, expected ${rows}`);
  e.close();
  process.stdout.write(
    JSON.stringify({
      rows,
      calls: counted.calls,
      peakBytes: peak,
      afterBytes: after,
      samples,
      ms,
      byChunk: [...byChunk.entries()].sort((a, b) => a[0] - b[0]),
    }),
  );
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
