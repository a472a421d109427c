/**
 * Runs every probe of the built probe bundle in the emulator, the way the
 * recording sidebar runs them in Sheets, and returns the outcomes by name.
 */
import { join } from 'node:path';
import { createEmulator, type Emulator } from '../emulator/index';
import type { Expected, Outcome, ProbeSpec } from './expected';

function messageOf(e: unknown): string {
  return e && typeof e === 'object' && 'message' in e ? String(e.message) : String(e);
}

/** A server probe reports its own outcome; a throw past it is an error outcome too. */
function server(emu: Emulator, name: string): Outcome {
  try {
    return emu.run(name) as Outcome;
  } catch (e) {
    return { error: messageOf(e) };
  }
}

/** What the sidebar's google.script.run receives. */
function client(fn: () => unknown): Outcome {
  try {
    return { value: fn() };
  } catch (e) {
    return { error: messageOf(e) };
  }
}

const CLIENT: Record<string, (emu: Emulator) => unknown> = {
  client_returnsDate: (emu) => emu.run('client_returnsDate'),
  client_dateArgument: (emu) => emu.run('client_echo', [new Date(0)]),
};

/** The emulator's outcome for every probe of `expected`, in its order. */
export async function emulatorOutcomes(
  dir: string,
  expected: Expected,
): Promise<Record<string, Outcome>> {
  const emu = await createEmulator({
    codePath: join(dir, 'Code.js'),
    htmlDir: dir,
    now: '2026-07-15T09:00:00Z',
    userEmail: 'probe@gmail.com',
  });
  const out: Record<string, Outcome> = {};
  const byContext = (c: ProbeSpec['context']) => expected.probes.filter((p) => p.context === c);
  try {
    for (const p of byContext('server')) out[p.name] = server(emu, p.name);
    for (const p of byContext('client')) {
      const run = CLIENT[p.name];
      out[p.name] = run ? client(() => run(emu)) : { error: `no client driver for ${p.name}` };
    }
    for (const p of byContext('trigger-setup')) out[p.name] = server(emu, p.name);
    // The hourly trigger comes due; Google runs it as an installed add-on's trigger.
    emu.setNow('2026-07-15T11:00:00Z');
    emu.fireDueTriggers();
    const report = server(emu, 'probe_triggerReport');
    const seen = 'value' in report && report.value ? (report.value as Record<string, Outcome>) : {};
    for (const p of byContext('trigger')) {
      out[p.name] = seen[p.name] ?? { error: 'the trigger did not record this probe' };
    }
  } finally {
    emu.close();
  }
  return out;
}
