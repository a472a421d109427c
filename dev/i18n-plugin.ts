/**
 * esbuild plugin: each translation (src/api/messages/<lang>.ts) enters a
 * bundle as one JSON string literal, parsed only when that language is first
 * used (src/api/messages/index.ts). The server bundle leaves out `sidebar.*`
 * keys: the sidebar's own UI ships in Sidebar.html.
 */
import { pathToFileURL } from 'node:url';
import type { Plugin } from 'esbuild';

const TRANSLATION = /[\\/]src[\\/]api[\\/]messages[\\/](de|pl|fi|id|zh)\.ts$/;

export type BundleKind = 'server' | 'sidebar';
/**
 * How a translation enters the bundle: the shipped JSON string; `{ from }`, an
 * expression naming that string in another bundle of the same script (the server
 * string reads the custom-function half's, so Code.js holds each language once);
 * or (bench only) an object literal or nothing.
 */
export type Embed = 'json-string' | 'object' | 'none' | { from: string };

export function keepKey(kind: BundleKind, key: string): boolean {
  return kind === 'sidebar' || !key.startsWith('sidebar.');
}

export async function translationJson(path: string, kind: BundleKind): Promise<string> {
  const mod = (await import(pathToFileURL(path).href)) as { default: Record<string, string> };
  const kept = Object.entries(mod.default).filter(([k]) => keepKey(kind, k));
  return JSON.stringify(Object.fromEntries(kept));
}

function moduleText(
  lang: string,
  json: () => Promise<string>,
  embed: Embed,
): Promise<string> | string {
  if (embed === 'none') return 'export default {};';
  if (typeof embed === 'object') return `export default ${embed.from}.${lang};`;
  return json().then((j) => `export default ${embed === 'object' ? j : JSON.stringify(j)};`);
}

export function i18nPlugin(kind: BundleKind, embed: Embed = 'json-string'): Plugin {
  return {
    name: 'i18n-json-strings',
    setup(build) {
      build.onLoad({ filter: TRANSLATION }, async (args) => ({
        contents: await moduleText(
          (TRANSLATION.exec(args.path) as RegExpExecArray)[1],
          () => translationJson(args.path, kind),
          embed,
        ),
        loader: 'js',
      }));
    },
  };
}
