/**
 * Builds what clasp pushes (build/ is clasp's rootDir):
 *   Code.js        custom functions (IIFE, es2019) with the server half inlined as a string
 *                  compiled on first use, + generated global wrappers with JSDoc
 *   Sidebar.html   sidebar page with its script and styles inlined
 *   appsscript.json, .claspignore
 * Run with `npm run build`; importable as `build()` by tests and the playground.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import * as esbuild from 'esbuild';
import { CUSTOM_FUNCTIONS } from '../src/functions/registry';
import type { CustomFunctionSpec } from '../src/functions/types';
import { ENTRY_POINTS } from '../src/server/entrypoints';
import { i18nPlugin } from './i18n-plugin';

export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
export const BUILD_DIR = join(ROOT, 'build');
/** The IIFE's global; the trailing underscore makes it uncallable from google.script.run. */
export const NAMESPACE = 'FunnelSLA_';

function jsdoc(fn: CustomFunctionSpec): string {
  const lines = [fn.summary, ''];
  for (const p of fn.params) {
    // Sheets ignores JSDoc's [optional] syntax: say it in the text users see.
    const doc = p.optional ? `Optional. ${p.doc}` : p.doc;
    lines.push(`@param {${p.type}} ${p.name} ${doc}`);
  }
  lines.push(`@return ${fn.returns}`, '@customfunction');
  return `/**\n${lines.map((l) => (l ? ` * ${l}` : ' *')).join('\n')}\n */`;
}

/**
 * The top-level functions Apps Script sees: custom functions first, then entry
 * points (left out for the bench's custom-functions-only variant).
 */
export function wrappers(entryPoints = true): string {
  const out: string[] = [];
  for (const fn of CUSTOM_FUNCTIONS) {
    const params = fn.params.map((p) => p.name).join(', ');
    out.push(
      `${jsdoc(fn)}\nfunction ${fn.name}(${params}) {\n  return ${NAMESPACE}.g.${fn.name}.apply(this, arguments);\n}`,
    );
  }
  for (const name of entryPoints ? Object.keys(ENTRY_POINTS) : []) {
    out.push(
      `/** Entry point: ${name}. */\nfunction ${name}() {\n  return ${NAMESPACE}.server().${name}.apply(this, arguments);\n}`,
    );
  }
  return out.join('\n\n');
}

/** Options shared by both halves of Code.js. */
const SCRIPT_OPTIONS = {
  bundle: true,
  format: 'iife',
  target: 'es2019',
  platform: 'neutral',
  mainFields: ['module', 'main'],
  minify: true,
  legalComments: 'none',
  write: false,
  charset: 'utf8',
  metafile: true,
} satisfies esbuild.BuildOptions;

/** The server half's IIFE global: local to the Function body that compiles it. */
const SERVER_GLOBAL = 'FunnelSLAServer';
/** Where the server's stack frames point (V8 honours sourceURL for compiled strings). */
export const SERVER_SOURCE_URL = 'FunnelSLA-server.js';

/**
 * The server half: entry points and everything only they use, as the body of a
 * `new Function` (src/server/main.ts compiles it on the first entry-point call).
 * Modules it shares with the custom functions are bundled again in it (stateless
 * code, so two copies behave as one), except the translations, read from the other half.
 */
export async function bundleServerHalf(): Promise<{ source: string; metafile: esbuild.Metafile }> {
  const result = await esbuild.build({
    ...SCRIPT_OPTIONS,
    entryPoints: [join(ROOT, 'src/server/entrypoints.ts')],
    globalName: SERVER_GLOBAL,
    define: { 'process.env.NODE_ENV': '"production"' },
    // The translations are the custom-function half's strings (FunnelSLA_.catalogs), same realm.
    plugins: [i18nPlugin('server', { from: `${NAMESPACE}.catalogs` })],
  });
  const source = `${result.outputFiles[0].text}return ${SERVER_GLOBAL}.ENTRY_POINTS;\n//# sourceURL=${SERVER_SOURCE_URL}\n`;
  return { source, metafile: result.metafile };
}

/**
 * The script Code.js starts with and esbuild's metafile (bytes per module, for the
 * bench): the custom functions as code, the server half (if given) as a string.
 */
export async function bundleServer(
  entry = join(ROOT, 'src/server/main.ts'),
  serverSource = '',
): Promise<{ code: string; metafile: esbuild.Metafile }> {
  const result = await esbuild.build({
    ...SCRIPT_OPTIONS,
    entryPoints: [entry],
    globalName: NAMESPACE,
    define: {
      'process.env.NODE_ENV': '"production"',
      __SERVER_SOURCE__: JSON.stringify(serverSource),
    },
    // Loaded for every custom-function call: translations as JSON strings, parsed on first use.
    plugins: [i18nPlugin('server')],
  });
  return { code: result.outputFiles[0].text, metafile: result.metafile };
}

/** The whole Code.js and both halves' metafiles. */
export async function bundleCode(): Promise<{
  code: string;
  serverSource: string;
  functions: esbuild.Metafile;
  server: esbuild.Metafile;
}> {
  const server = await bundleServerHalf();
  const functions = await bundleServer(join(ROOT, 'src/server/main.ts'), server.source);
  return {
    code: `${functions.code}\n${wrappers()}\n`,
    serverSource: server.source,
    functions: functions.metafile,
    server: server.metafile,
  };
}

async function bundleSidebar(): Promise<string> {
  const result = await esbuild.build({
    entryPoints: [join(ROOT, 'src/sidebar/main.ts')],
    bundle: true,
    format: 'iife',
    target: 'es2019',
    platform: 'browser',
    minify: true,
    legalComments: 'none',
    write: false,
    charset: 'utf8',
    plugins: [i18nPlugin('sidebar')],
  });
  const script = result.outputFiles[0].text.replace(/<\/script/gi, '<\\/script');
  const css = readFileSync(join(ROOT, 'src/sidebar/style.css'), 'utf8');
  const page = readFileSync(join(ROOT, 'src/sidebar/index.html'), 'utf8');
  // Function replacers: `$` sequences in the bundle must not be read as patterns.
  return page.replace('/*INLINE_CSS*/', () => css).replace('/*INLINE_JS*/', () => script);
}

const CLASPIGNORE = `**/**\n!Code.js\n!Sidebar.html\n!appsscript.json\n`;

export async function build(): Promise<{ codeBytes: number; sidebarBytes: number }> {
  mkdirSync(BUILD_DIR, { recursive: true });
  const { code } = await bundleCode();
  const sidebar = await bundleSidebar();
  writeFileSync(join(BUILD_DIR, 'Code.js'), code);
  writeFileSync(join(BUILD_DIR, 'Sidebar.html'), sidebar);
  writeFileSync(
    join(BUILD_DIR, 'appsscript.json'),
    readFileSync(join(ROOT, 'appsscript.json'), 'utf8'),
  );
  writeFileSync(join(BUILD_DIR, '.claspignore'), CLASPIGNORE);
  return { codeBytes: Buffer.byteLength(code), sidebarBytes: Buffer.byteLength(sidebar) };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  build().then(
    ({ codeBytes, sidebarBytes }) =>
      console.log(`build/Code.js ${codeBytes} B, build/Sidebar.html ${sidebarBytes} B`),
    (err) => {
      console.error(err);
      process.exit(1);
    },
  );
}
