/**
 * `npm run bench`: every figure the issues ask for, measured in one run on the
 * built bundle. Benchmarks are not tests: they print, they do not assert.
 */
import type { BenchLine, BenchModule } from './types';

const MODULES: Record<string, () => Promise<{ default: BenchModule }>> = {
  'cold start': () => import('./cold-load'),
  'custom functions': () => import('./functions'),
  'actuals core': () => import('./actuals-core'),
  anchors: () => import('./anchors'),
  'refresh memory': () => import('./refresh-memory'),
  'SLA tab, refresh and reset': () => import('./sla'),
  hubspot: () => import('./hubspot'),
  languages: () => import('./languages'),
};

async function main(): Promise<void> {
  const only = process.argv[2];
  for (const [name, load] of Object.entries(MODULES)) {
    if (only && name !== only) continue;
    const lines: BenchLine[] = await (await load()).default();
    console.log(`\n## ${name}`);
    for (const l of lines) {
      const value = typeof l.value === 'number' ? l.value.toLocaleString('en-US') : l.value;
      console.log(`  ${l.name.padEnd(64)} ${value}${l.unit ? ` ${l.unit}` : ''}`);
    }
  }
}

main().catch((err) => {
  console.error(err);
  process.exit(1);
});
