/**
 * Cold start (issue 14): Sheets loads the whole Code.js for every
 * custom-function execution. Each sample is a FRESH `node` process
 * (dev/bench/cold-loader.mjs) that evaluates the script in a new vm context
 * and calls nothing, so V8's in-process compile cache cannot answer. The
 * shipped bundle is compared with a variant built from src/functions only,
 * samples interleaved so both see the same machine load. Also: what the first
 * entry-point call adds (compiling the server half, a string until then, and
 * running its top level), bundle sizes and esbuild's per-module breakdown of
 * both halves, so growth is visible in review.
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Metafile } from 'esbuild';
import { bundleCode, bundleServer, ROOT, wrappers } from '../build';
import { DEFAULT_CODE_PATH } from '../bundle';
import { minMedian, summary } from './stats';
import type { BenchLine, BenchModule } from './types';

const GROUP = 'cold start';
const SAMPLES = 15;
const SERVER_SAMPLES = 5;
const LOADER = join(ROOT, 'dev/bench/cold-loader.mjs');

interface ColdSample {
  ms: number;
  serverMs?: number;
}

/** One fresh process; with `server`, also the first `FunnelSLA_.server()` call after the load. */
function coldSample(path: string, server = false): ColdSample {
  const r = spawnSync(process.execPath, [LOADER, path, ...(server ? ['server'] : [])], {
    encoding: 'utf8',
  });
  if (r.status !== 0) throw new Error(`cold loader failed on ${path}: ${r.stderr}`);
  return JSON.parse(r.stdout) as ColdSample;
}

const coldLoadMs = (path: string) => coldSample(path).ms;

/** node_modules/zod, src/api, … : where a module's bytes are totalled. */
function folderOf(path: string): string {
  const parts = path.split('/');
  if (parts[0] === 'node_modules')
    return parts.slice(0, parts[1].startsWith('@') ? 3 : 2).join('/');
  return parts.slice(0, 2).join('/');
}

/** Bytes per folder and the largest modules; `inlined` bytes (the server string) are not counted. */
function breakdown(meta: Metafile, top: number, half: string, inlined = 0): BenchLine[] {
  const inputs = Object.values(meta.outputs)[0].inputs;
  const modules = Object.entries(inputs)
    .map(([path, v]) => ({
      path,
      bytes: v.bytesInOutput - (path === 'src/server/main.ts' ? inlined : 0),
    }))
    .sort((a, b) => b.bytes - a.bytes);
  const folders = new Map<string, number>();
  for (const m of modules)
    folders.set(folderOf(m.path), (folders.get(folderOf(m.path)) ?? 0) + m.bytes);
  return [
    ...[...folders]
      .sort((a, b) => b[1] - a[1])
      .map(([folder, bytes]) => ({
        group: GROUP,
        name: `  ${half}: bytes in ${folder}/`,
        value: bytes,
        unit: 'B',
      })),
    ...modules.slice(0, top).map((m) => ({
      group: GROUP,
      name: `  ${half}: top module ${m.path}`,
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
  const full = await bundleCode();
  // The server string as emitted (esbuild's quoting, not JSON's): Code.js minus a build without it.
  const withoutServer = await bundleServer(join(ROOT, 'src/server/main.ts'), '');
  const inlined =
    Buffer.byteLength(full.code) - Buffer.byteLength(`${withoutServer.code}\n${wrappers()}\n`);

  coldLoadMs(DEFAULT_CODE_PATH); // warm the OS file cache, not V8 (each sample is a new process)
  coldLoadMs(onlyPath);
  const fullMs: number[] = [];
  const onlyMs: number[] = [];
  for (let i = 0; i < SAMPLES; i++) {
    fullMs.push(coldLoadMs(DEFAULT_CODE_PATH));
    onlyMs.push(coldLoadMs(onlyPath));
  }
  const firstServerMs: number[] = [];
  for (let i = 0; i < SERVER_SAMPLES; i++)
    firstServerMs.push(coldSample(DEFAULT_CODE_PATH, true).serverMs ?? Number.NaN);
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
    {
      group: GROUP,
      name: '  of which the server half, a string compiled on first entry-point call',
      value: inlined,
      unit: 'B',
    },
    {
      group: GROUP,
      name: 'first entry-point call: compile + run the server half (min / median)',
      value: minMedian(summary(firstServerMs)),
      unit: 'ms',
    },
    ...breakdown(full.functions, 6, 'code', inlined),
    ...breakdown(full.server, 10, 'server string'),
  ];
};

export default bench;
