/**
 * The emulator against the real build/Code.js (run `npm run build` first):
 * the add-on's lifecycle works in the emulated spreadsheet.
 */
import { existsSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { DEFAULT_CODE_PATH } from '../../dev/bundle';
import { createEmulator, type Emulator } from '../../dev/emulator/index';

describe('real bundle (build/Code.js)', () => {
  let emu: Emulator;

  beforeAll(async () => {
    if (!existsSync(DEFAULT_CODE_PATH))
      throw new Error('build/Code.js is missing: run `npm run build` first');
    emu = await createEmulator({ now: '2026-07-15T09:00:00Z' });
  });
  afterAll(() => emu?.close());

  it('loads without touching the document and builds the add-on menu in AuthMode.NONE', () => {
    emu.stats();
    emu.trigger('onOpen', 'NONE');
    expect(emu.ui.menus[0].title).toBe('Funnel SLA');
    expect(emu.ui.menus[0].items.map((i) => i.functionName)).toContain('showSidebar');
    expect(
      Object.keys(emu.stats().byMethod).filter((m) => !m.startsWith('SpreadsheetApp.getUi')),
    ).toEqual([]);
  });

  it('opens the real sidebar from build/Sidebar.html', () => {
    emu.run('showSidebar');
    expect(emu.ui.sidebar?.title).toBe('Funnel SLA');
    expect(emu.ui.sidebar?.html).toContain('<html');
  });

  it('evaluates the custom functions in formulas', () => {
    emu.set('Sheet1!A1', '=REQUIRED_DEALS(1200000, 24000)');
    expect(emu.get('Sheet1!A1').values).toEqual([[50]]);
  });

  it('keeps the bundle namespace private to google.script.run', () => {
    expect(() => emu.run('FunnelSLA_')).toThrow('google.script.run.FunnelSLA_ is not a function');
  });
});
