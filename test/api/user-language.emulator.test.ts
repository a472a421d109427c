/**
 * The sidebar's language choice (setUserLanguage): saved per user, '' goes
 * back to the Google locale, and an unknown code is refused in the user's
 * language, naming the codes that exist — never an English-only error.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../dev/emulator/index';

let emu: Emulator | undefined;
afterEach(() => emu?.close());

async function withLocale(userLocale: string): Promise<Emulator> {
  emu = await createEmulator({ now: '2026-07-15T09:00:00Z', userLocale });
  return emu;
}

describe('setUserLanguage', () => {
  it('saves the choice and goes back to the Google locale on an empty choice', async () => {
    const e = await withLocale('pl_PL');
    expect(e.run('setUserLanguage', ['fi'])).toBe('fi');
    expect(e.properties('user')['funnelSla.language']).toBe('fi');
    expect(e.run('setUserLanguage', [''])).toBe('pl');
    expect(e.properties('user')['funnelSla.language']).toBeUndefined();
  });

  it('refuses an unknown code in the user’s language, listing the six it knows', async () => {
    const e = await withLocale('de_DE');
    expect(() => e.run('setUserLanguage', ['xx'])).toThrow(
      'Unbekannte Sprache „xx“. Wählen Sie eine von: en, de, pl, fi, id, zh.',
    );
    expect(e.properties('user')['funnelSla.language']).toBeUndefined();
  });
});
