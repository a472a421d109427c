/**
 * Memory-bounded refresh (issue 14): for 10k, 100k and 500k rows × 16
 * columns, the peak heap the refresh holds and its spreadsheet calls, each
 * size in a FRESH process (dev/bench/refresh-memory-child.ts, with
 * --expose-gc) so no other size's garbage or caches count; and what it holds
 * after the second chunk against after the last, which shows whether anything
 * it keeps between chunks grows with the export.
 */
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { EXPORT_CHUNK_ROWS, ID_CHUNK_ROWS } from '../../src/gas/export-reader';
import { ROOT } from '../build';
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
  /** [0-based chunk, bytes held after its reads] for the sampled chunks: flat when nothing grows with the rows. */
  byChunk: [number, number][];
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

const mb = (bytes: number): string => (bytes / MB).toFixed(1);

const bench: BenchModule = async () => {
  const lines: BenchLine[] = [];
  for (const rows of SIZES) {
    const s = refreshMemory(rows);
    const n = rows.toLocaleString('en-US');
    const chunks = Math.ceil(rows / EXPORT_CHUNK_ROWS);
    const idReads = Math.ceil(Math.max(0, rows - EXPORT_CHUNK_ROWS) / ID_CHUNK_ROWS);
    lines.push({
      group: GROUP,
      name: `${n} rows × 16 columns: peak heap held by the refresh (${s.samples} samples)`,
      value: mb(s.peakBytes),
      unit: 'MB',
    });
    if (chunks > 2)
      lines.push({
        group: GROUP,
        name: `${n} rows: held after chunk ${s.byChunk.map(([k]) => k + 1).join(', ')}`,
        value: s.byChunk.map(([, b]) => mb(b)).join(', '),
        unit: 'MB',
      });
    lines.push({
      group: GROUP,
      name: `${n} rows: spreadsheet calls (${chunks} chunk(s) of ${EXPORT_CHUNK_ROWS.toLocaleString('en-US')}; ${idReads} id-column read(s) of ≤ ${ID_CHUNK_ROWS.toLocaleString('en-US')})`,
      value: s.calls,
    });
  }
  return lines;
};

export default bench;
