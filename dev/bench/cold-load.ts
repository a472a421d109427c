/**
 * Cold start (issue 14): Sheets loads the whole Code.js for every
 * custom-function execution. Each sample is a FRESH `node` process
 * (dev/bench/cold-loader.mjs) that evaluates the script in a new vm context
 * and calls nothing, so V8's in-process compile cache cannot answer. The
 * shipped bundle is compared with a variant built from src/functions only,
 * samples interleaved so both see the same machine load. Also: bundle sizes
 * and esbuild's per-module breakdown, so growth is visible in review.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { bundleServer, ROOT, wrappers } from '../build';
import { DEFAULT_CODE_PATH } from '../bundle';
import { minMedian, summary } from './stats';
import type { BenchLine, BenchModule } from './types';

const GROUP = 'cold start';
const SAMPLES = 15;
const LOADER = join(ROOT, 'dev/bench/cold-loader.mjs');

function coldLoadMs(path: string): number {
  const r = spawnSync(process.execPath, [LOADER, path], { encoding: 'utf8' });
  if (r.status !== 0) throw new Error(`cold loader failed on ${path}: ${r.stderr}`);
  return (JSON.parse(r.stdout) as { ms: number }).ms;
}

/** node_modules/zod, src/api, … : where a module's bytes are totalled. */
function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'node_modules')
    return parts.slice(0, parts[1].startsWith('@') ? 3 : 2).join('/');
  return parts.slice(0, 2).join('/');
}

function breakdown(meta: Metafile, top: number): BenchLine[] {
  const inputs = Object.values(meta.outputs)[0].inputs;
  const modules = Object.entries(inputs)
    .map(([path, v]) => ({ path, bytes: v.bytesInOutput }))
    .sort((a, b) => b.bytes - a.bytes);
  const folders = new Map<string, number>();
  for (const m of modules)
    folders.set(folderOf(m.path), (folders.get(folderOf(m.path)) ?? 0) + m.bytes);
  return [
    ...[...folders]
      .sort((a, b) => b[1] - a[1])
      .map(([folder, bytes]) => ({
        group: GROUP,
        name: `  bundle bytes in ${folder}/`,
        value: bytes,
        unit: 'B',
      })),
    ...modules.slice(0, top).map((m) => ({
      group: GROUP,
      name: `  top module: ${m.path}`,
      value: m.bytes,
      unit: 'B',
    })),
  ];
}

const bench: BenchModule = async () => {
  const dir = join(tmpdir(), 'funnel-sla-bench');
  mkdirSync(dir, { recursive: true });
  const functionsOnly = await bundleServer(join(ROOT, 'dev/bench/functions-entry.ts'));
  const onlyPath = join(dir, 'Code.functions-only.js');
  writeFileSync(onlyPath, `${functionsOnly.code}\n${wrappers(false)}\n`);
  const full = await bundleServer();

  coldLoadMs(DEFAULT_CODE_PATH); // warm the OS file cache, not V8 (each sample is a new process)
  coldLoadMs(onlyPath);
  const fullMs: number[] = [];
  const onlyMs: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    fullMs.push(coldLoadMs(DEFAULT_CODE_PATH));
    onlyMs.push(coldLoadMs(onlyPath));
  }
  const f = summary(fullMs);
  const o = summary(onlyMs);
  return [
    {
      group: GROUP,
      name: `Code.js cold load, fresh process × ${SAMPLES} (min / median)`,
      value: minMedian(f),
      unit: 'ms',
    },
    {
      group: GROUP,
      name: `custom-functions-only build cold load × ${SAMPLES} (min / median)`,
      value: minMedian(o),
      unit: 'ms',
    },
    {
      group: GROUP,
      name: 'cold load ratio, Code.js ÷ functions only (medians; target ≤ 1.5)',
      value: (f.median / o.median).toFixed(2),
      unit: '×',
    },
    {
      group: GROUP,
      name: 'build/Code.js size',
      value: readFileSync(DEFAULT_CODE_PATH).length,
      unit: 'B',
    },
    {
      group: GROUP,
      name: 'custom-functions-only build size',
      value: readFileSync(onlyPath).length,
      unit: 'B',
    },
    ...breakdown(full.metafile, 12),
  ];
};

export default bench;
