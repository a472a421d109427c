/** Builds the services on the host (no vm) with a fixed clock and a temp HTML folder. */
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { makeClock } from '../../../dev/emulator/services/clock';
import { createServices, type ServicesContext } from '../../../dev/emulator/services/index';

export const NOW = '2026-07-15T09:00:00Z';

export function htmlDir(files: Record<string, string> = {}): string {
  const dir = mkdtempSync(join(tmpdir(), 'funnel-html-'));
  for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  return dir;
}

export function setup(over: Partial<ServicesContext> = {}) {
  const clock = over.clock ?? makeClock(NOW);
  return createServices({
    htmlDir: htmlDir(),
    userEmail: 'ana@example.com',
    locale: 'en_US',
    ...over,
    clock,
  });
}

/** Runs fn and returns the error it throws (fails the test when it does not throw). */
export function thrown(fn: () => unknown): Error {
  try {
    fn();
  } catch (e) {
    return e as Error;
  }
  throw new Error('expected an exception');
}
