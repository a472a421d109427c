/**
 * Bytes allocated per row by one call of every range function, run by
 * dev/bench/functions.ts as `node --expose-gc --max-semi-space-size=1024`: the
 * young generation then holds a whole call's allocations, no collection runs
 * during it, and the heap grown by one call (from a collected heap, its fresh
 * arguments already built) is what it allocated: its output plus any garbage.
 * Prints { case: bytesPerRow } as JSON.
 */

import vm from 'node:vm';
import { loadBundle } from '../bundle';
import { ALL_CASES, HELPER_SOURCE, prepare } from './functions';

const rows = Number(process.argv[2]);
const bundle = loadBundle({ path: process.argv[3] });
vm.runInContext(HELPER_SOURCE, bundle.context);
const gc = (globalThis as unknown as { gc: () => void }).gc;
const out: Record<string, number> = {};
for (const [name, call] of Object.entries(ALL_CASES)) {
  const p = prepare(bundle.context, call, rows);
  for (let i = 0; i < 2; i++) {
    p.fresh();
    p.run();
  }
  const perRow: number[] = [];
  for (let i = 0; i < 3; i++) {
    p.fresh();
    gc();
    const before = process.memoryUsage().heapUsed;
    const result = p.run();
    perRow.push((process.memoryUsage().heapUsed - before) / rows);
    if (result === undefined) throw new Error(`${name} returned nothing`);
  }
  out[name] = Math.min(...perRow);
}
process.stdout.write(JSON.stringify(out));
