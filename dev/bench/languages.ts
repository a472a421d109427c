/**
 * Six languages and the cold start of a custom function (issue 12). Every
 * custom-function call loads the whole Code.js, so the bench loads three
 * builds of the server bundle, each in fresh node processes (one per sample):
 * English only (before: translations left out), translations as object
 * literals (eager), and the shipped build (one JSON string per language,
 * parsed on first use). Also the bytes each language adds to each file.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import * as esbuild from 'esbuild';
import { LANGUAGES } from '../../src/api/messages/languages';
import { NAMESPACE, ROOT, wrappers } from '../build';
import { type Embed, i18nPlugin, translationJson } from '../i18n-plugin';
import type { BenchLine, BenchModule } from './types';

const SAMPLES = 15;

async function serverBundle(embed: Embed): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'src/server/main.ts')],
    bundle: true,
    format: 'iife',
    globalName: NAMESPACE,
    target: 'es2019',
    platform: 'neutral',
    mainFields: ['module', 'main'],
    minify: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
    define: { 'process.env.NODE_ENV': '"production"' },
    plugins: [i18nPlugin('server', embed)],
  });
  return `${result.outputFiles[0].text}\n${wrappers()}\n`;
}

/** One fresh process: compile and run the file's top level, as Apps Script does per call. */
const LOAD = `
const { readFileSync } = require('node:fs');
const vm = require('node:vm');
const code = readFileSync(process.argv[1], 'utf8');
const c0 = process.cpuUsage();
const t0 = process.hrtime.bigint();
vm.runInThisContext(code, { filename: 'Code.js' });
const t1 = process.hrtime.bigint();
const c1 = process.cpuUsage(c0);
process.stdout.write(JSON.stringify([Number(t1 - t0) / 1e6, (c1.user + c1.system) / 1e3]));
`;

/**
 * Samples interleave the files (A, B, C, A, B, C…) so a busy moment of the
 * shared machine hits every variant alike; CPU time is reported beside wall
 * time because it is less sensitive to other processes.
 */
function coldLoads(files: string[]): { wall: number[]; cpu: number[] }[] {
  const out = files.map(() => ({ wall: [] as number[], cpu: [] as number[] }));
  for (let i = 0; i < SAMPLES; i++) {
    files.forEach((file, k) => {
      const raw = execFileSync(process.execPath, ['-e', LOAD, file], { encoding: 'utf8' });
      const [wall, cpu] = JSON.parse(raw) as [number, number];
      out[k].wall.push(wall);
      out[k].cpu.push(cpu);
    });
  }
  for (const o of out) {
    o.wall.sort((a, b) => a - b);
    o.cpu.sort((a, b) => a - b);
  }
  return out;
}

const round2 = (n: number) => Math.round(n * 100) / 100;

const bench: BenchModule = async () => {
  const group = 'languages (issue 12)';
  const dir = mkdtempSync(join(tmpdir(), 'funnel-sla-i18n-'));
  const lines: BenchLine[] = [];
  const variants: [string, Embed][] = [
    ['before: English only', 'none'],
    ['six languages as object literals (eager)', 'object'],
    ['shipped: six languages as lazy JSON strings', 'json-string'],
  ];
  const files: string[] = [];
  const sizes: number[] = [];
  for (const [, embed] of variants) {
    const code = await serverBundle(embed);
    const file = join(dir, `Code-${embed}.js`);
    writeFileSync(file, code);
    files.push(file);
    sizes.push(Buffer.byteLength(code));
  }
  const mid = Math.floor(SAMPLES / 2);
  const pair = (xs: number[]) => `${round2(xs[0])} / ${round2(xs[mid])}`;
  coldLoads(files).forEach(({ wall, cpu }, k) => {
    lines.push(
      { group, name: `Code.js ${variants[k][0]}: bytes`, value: sizes[k] },
      {
        group,
        name: `  cold load wall, min / median of ${SAMPLES}`,
        value: pair(wall),
        unit: 'ms',
      },
      { group, name: `  cold load CPU, min / median of ${SAMPLES}`, value: pair(cpu), unit: 'ms' },
    );
  });
  for (const lang of LANGUAGES) {
    if (lang === 'en') continue;
    const path = join(ROOT, `src/api/messages/${lang}.ts`);
    const server = Buffer.byteLength(JSON.stringify(await translationJson(path, 'server')));
    const sidebar = Buffer.byteLength(JSON.stringify(await translationJson(path, 'sidebar')));
    lines.push(
      { group, name: `${lang}: bytes in Code.js (no sidebar.* keys)`, value: server },
      { group, name: `${lang}: bytes in Sidebar.html`, value: sidebar },
    );
  }
  return lines;
};

export default bench;
