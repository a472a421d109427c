/**
 * The runner's emulators: helper code around createEmulator / loadXlsx that
 * checks the bundle exists first, so a fresh clone gets a useful message
 * instead of an ENOENT from deep inside the loader.
 */
import { existsSync } from 'node:fs';
import { relative } from 'node:path';
import { DEFAULT_CODE_PATH } from '../bundle';
import { createEmulator, loadXlsx } from '../emulator/index';
import type { RunnerSource } from './cli';

function requireBuild(): void {
  if (!existsSync(DEFAULT_CODE_PATH)) {
    const shown = relative(process.cwd(), DEFAULT_CODE_PATH) || DEFAULT_CODE_PATH;
    throw new Error(`${shown} not found: run \`npm run build\` first`);
  }
}

export const realSource: RunnerSource = {
  async create(opts) {
    requireBuild();
    return createEmulator(opts);
  },
  async load(path, opts) {
    requireBuild();
    return loadXlsx(path, opts);
  },
};
