/**
 * The page's own assets, bundled in memory with esbuild when the server
 * starts (the add-on's build/ is never rebuilt at runtime). Plain TS with no
 * dependencies: the page must not need anything beyond the repo's dev tools.
 */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';

const PAGE_DIR = join(dirname(fileURLToPath(import.meta.url)), 'page');

export interface Assets {
  html: string;
  css: string;
  js: string;
  /** Defines google.script.run & google.script.host inside the sidebar iframe. */
  shim: string;
}

async function bundle(entry: string): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(PAGE_DIR, entry)],
    bundle: true,
    format: 'iife',
    target: 'es2020',
    platform: 'browser',
    write: false,
    charset: 'utf8',
    legalComments: 'none',
  });
  return result.outputFiles[0].text;
}

export async function buildAssets(): Promise<Assets> {
  const [js, shim] = await Promise.all([bundle('main.ts'), bundle('shim.ts')]);
  return {
    html: readFileSync(join(PAGE_DIR, 'index.html'), 'utf8'),
    css: readFileSync(join(PAGE_DIR, 'style.css'), 'utf8'),
    js,
    shim,
  };
}

/** Puts the shim first in <head>, so it exists before any of the sidebar's own scripts run. */
export function injectShim(html: string, shim: string): string {
  const tag = `<script>${shim.replace(/<\/script/gi, '<\\/script')}</script>`;
  const head = /<head[^>]*>/i.exec(html);
  if (head) {
    const at = head.index + head[0].length;
    return `${html.slice(0, at)}\n${tag}${html.slice(at)}`;
  }
  return `${tag}\n${html}`;
}
