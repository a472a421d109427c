/**
 * Memory-bounded refresh (issue 14): for 10k, 100k and 500k rows × 16
 * columns, the peak heap the refresh holds and its spreadsheet calls, each
 * size in a FRESH process (dev/bench/refresh-memory-child.ts, with
 * --expose-gc) so no other size's garbage or caches count.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { createIdSet } from '../../src/core/actuals/id-set';
import { EXPORT_CHUNK_ROWS } from '../../src/gas/export-reader';
import { ROOT } from '../build';
import { collectGarbage } from './stats';
import type { BenchLine, BenchModule } from './types';

const GROUP = 'refresh memory';
const SIZES = [10_000, 100_000, 500_000];
const CHILD = join(ROOT, 'dev/bench/refresh-memory-child.ts');

interface Sample {
  rows: number;
  calls: number;
  peakBytes: number;
  afterBytes: number;
  samples: number;
}

/** One size in its own process; `codePath` benches another build (e.g. before a change). */
export function refreshMemory(rows: number, codePath = ''): Sample {
  const r = spawnSync(
    process.execPath,
    ['--expose-gc', '--import', 'tsx', CHILD, String(rows), codePath],
    {
      cwd: ROOT,
      encoding: 'utf8',
      maxBuffer: 1 << 20,
    },
  );
  if (r.status !== 0) throw new Error(`refresh memory child failed for ${rows} rows: ${r.stderr}`);
  return JSON.parse(r.stdout) as Sample;
}

const MB = 1024 * 1024;

/** Live heap plus ArrayBuffer storage, after full collections (a second one frees the storage of typed arrays the first found dead). */
function live(): number {
  collectGarbage();
  collectGarbage();
  const m = process.memoryUsage();
  return m.heapUsed + m.arrayBuffers;
}

/**
 * What must grow: the record ids seen, for de-duplication (exact). Bytes per
 * distinct id held by the refresh's id set and by V8's Set, for `n` numbered
 * ids as HubSpot exports them.
 */
function idBytes(n: number): { compact: number; set: number } {
  const measure = (make: () => { add(k: number): unknown }): number => {
    const before = live();
    const s = make();
    for (let i = 0; i < n; i++) s.add(1_000_000 + i * 7);
    const bytes = live() - before;
    if (!s) throw new Error('unreachable'); // keeps `s` alive until measured
    return bytes / n;
  };
  return { compact: measure(createIdSet), set: measure(() => new Set<number>()) };
}

const bench: BenchModule = async () => {
  const lines: BenchLine[] = [];
  for (const rows of SIZES) {
    const s = refreshMemory(rows);
    const n = rows.toLocaleString('en-US');
    lines.push(
      {
        group: GROUP,
        name: `${n} rows × 16 columns: peak heap held by the refresh (${s.samples} samples)`,
        value: (s.peakBytes / MB).toFixed(1),
        unit: 'MB',
      },
      {
        group: GROUP,
        name: `${n} rows: spreadsheet calls (${Math.ceil(rows / EXPORT_CHUNK_ROWS)} chunk(s) of ${EXPORT_CHUNK_ROWS.toLocaleString('en-US')})`,
        value: s.calls,
      },
    );
  }
  for (const n of [100_000, 500_000]) {
    const b = idBytes(n);
    lines.push({
      group: GROUP,
      name: `grows by design: record ids kept for de-duplication (exact), ${n.toLocaleString('en-US')} distinct: bytes per id (compact set / V8 Set)`,
      value: `${b.compact.toFixed(1)} / ${b.set.toFixed(1)}`,
      unit: 'B',
    });
  }
  return lines;
};

export default bench;
