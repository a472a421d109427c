/** Shared setup for emulator tests: an emulator running the hand-made fixture bundle. */
import { afterEach } from 'vitest';
import { type CreateOptions, createEmulator, type Emulator } from '../../dev/emulator/index';
import { FIXTURE_CODE } from './fixture-bundle';

const open: Emulator[] = [];

afterEach(() => {
  for (const e of open.splice(0)) e.close();
});

export async function fixture(opts: CreateOptions = {}): Promise<Emulator> {
  const emu = await createEmulator({ code: FIXTURE_CODE, now: '2026-07-15T09:00:00Z', ...opts });
  open.push(emu);
  return emu;
}

/** The message of what `fn` throws (errors from the vm realm are not host Errors). */
export function thrown(fn: () => unknown): string {
  try {
    fn();
  } catch (e) {
    return String((e as { message?: unknown }).message);
  }
  throw new Error('expected a throw');
}
