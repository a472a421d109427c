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

function requireBuild(codePath = DEFAULT_CODE_PATH): void {
  if (!existsSync(codePath)) {
    const shown = relative(process.cwd(), codePath) || codePath;
    throw new Error(`${shown} not found: run \`npm run build\` first`);
  }
}

export const realSource: RunnerSource = {
  async create(opts) {
    requireBuild(opts.codePath);
    return createEmulator(opts);
  },
  async load(path, opts) {
    requireBuild(opts.codePath);
    return loadXlsx(path, opts);
  },
};
