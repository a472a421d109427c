/**
 * Builds the probe bundle clasp pushes (and the emulator loads):
 *   Code.js          dev/conformance/probes.js as is (plain Apps Script)
 *   Probes.html      the recording sidebar, with the server probe list from expected.json
 *   appsscript.json  the probe manifest (scopes deliberately incomplete)
 * into dev/conformance/build/ (or `dir`).
 */
import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { type Expected, readExpected } from './expected';

export const CONFORMANCE_DIR = dirname(fileURLToPath(import.meta.url));
export const PROBE_BUILD_DIR = join(CONFORMANCE_DIR, 'build');

/** Server probes the sidebar runs in one go, in expected.json's order. */
export function serverProbes(expected: Expected): string[] {
  return expected.probes.filter((p) => p.context === 'server').map((p) => p.name);
}

export function buildProbes(dir: string = PROBE_BUILD_DIR): string {
  mkdirSync(dir, { recursive: true });
  copyFileSync(join(CONFORMANCE_DIR, 'probes.js'), join(dir, 'Code.js'));
  copyFileSync(join(CONFORMANCE_DIR, 'appsscript.json'), join(dir, 'appsscript.json'));
  const html = readFileSync(join(CONFORMANCE_DIR, 'Probes.html'), 'utf8');
  const list = JSON.stringify(serverProbes(readExpected()), null, 2).replace(/\n/g, '\n      ');
  const out = html.replace(/const SERVER = \[[\s\S]*?\];/, `const SERVER = ${list};`);
  if (out === html) throw new Error('Probes.html: the SERVER list placeholder is missing');
  writeFileSync(join(dir, 'Probes.html'), out);
  return dir;
}
