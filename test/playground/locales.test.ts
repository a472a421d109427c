/**
 * The playground's locale chooser: a fresh demo workbook in the chosen
 * spreadsheet and user locales, the sidebar in the user's language, the
 * formula bar taking the spreadsheet locale's syntax.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { demoSource } from '../../dev/playground/demo';
import { Session } from '../../dev/playground/session';
import { parseTyped } from '../../dev/playground/typed-input';
import type { SidebarState } from '../../src/api/sidebar';

let session: Session | undefined;
afterEach(() => session?.dispose());

describe('the playground in other locales', () => {
  it('resets the demo into a de_DE spreadsheet read by a Polish user', async () => {
    session = await Session.start(demoSource({ now: '2026-07-15T09:00:00Z' }));
    await session.reset({ locale: 'de_DE', userLocale: 'pl' });
    const state = session.emulator.run('getSidebarState', []) as SidebarState;
    expect(state).toMatchObject({ lang: 'pl', locale: 'de_DE' });
    expect(state.settings.language).toBe('de');
  });

  it('takes formulas typed in the locale syntax', () => {
    expect(parseTyped('=REQUIRED_MQLS(A1;B1;C1:C3)', 'de_DE')).toBe('=REQUIRED_MQLS(A1,B1,C1:C3)');
    expect(parseTyped('=ROUND(2,5;0)', 'de_DE')).toBe('=ROUND(2.5,0)');
    expect(parseTyped('=ROUND(2.5, 0)', 'en_US')).toBe('=ROUND(2.5, 0)');
  });
});
