import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../src/api/settings';
import type { SidebarState } from '../../src/api/sidebar';
import { call, errorMessage, type RunnerLike, serverApi } from '../../src/sidebar/api';

/** google.script.run as Apps Script defines it: with* return configured copies, calls answer later. */
function fakeRunner(server: Record<string, (...args: unknown[]) => unknown>) {
  const calls: { name: string; args: unknown[] }[] = [];
  const make = (ok?: (r: unknown) => void, fail?: (e: Error) => void): RunnerLike =>
    new Proxy({} as RunnerLike, {
      get(_, prop: string) {
        if (prop === 'withSuccessHandler') return (f: (r: unknown) => void) => make(f, fail);
        if (prop === 'withFailureHandler') return (f: (e: Error) => void) => make(ok, f);
        if (!(prop in server)) return undefined;
        return (...args: unknown[]) => {
          calls.push({ name: prop, args });
          setTimeout(() => {
            try {
              ok?.(JSON.parse(JSON.stringify(server[prop](...args) ?? null)));
            } catch (e) {
              fail?.(e as Error);
            }
          }, 1);
        };
      },
    });
  return { runner: make(), calls };
}

const STATE: SidebarState = {
  lang: 'en',
  locale: 'en_US',
  timeZone: 'Europe/Berlin',
  today: '2026-07-15',
  settings: defaultSettings('2026-01'),
  sheetName: null,
  reviewDue: false,
};

describe('typed client over google.script.run', () => {
  it('resolves with the server result and passes the arguments through', async () => {
    const { runner, calls } = fakeRunner({
      getSidebarState: () => STATE,
      buildSlaTab: () => ({ sheetName: 'SLA 2026' }),
    });
    const server = serverApi(runner);
    await expect(server.getSidebarState()).resolves.toEqual(STATE);
    const settings = defaultSettings('2026-01');
    await expect(server.buildSlaTab(settings)).resolves.toEqual({ sheetName: 'SLA 2026' });
    expect(calls.map((c) => c.name)).toEqual(['getSidebarState', 'buildSlaTab']);
    expect(calls[1].args).toEqual([settings]);
  });

  it('rejects with the server error', async () => {
    const { runner } = fakeRunner({
      buildSlaTab: () => {
        throw new Error('The settings were not saved: Revenue goal: must be greater than 0.');
      },
    });
    await expect(call(runner, 'buildSlaTab', defaultSettings('2026-01'))).rejects.toThrow(
      /Revenue goal/,
    );
  });

  it('rejects when the server has no such function', async () => {
    const { runner } = fakeRunner({});
    await expect(call(runner, 'getSidebarState')).rejects.toThrow(/getSidebarState/);
  });

  it('shows users the message, not Apps Script’s exception prefix', () => {
    expect(errorMessage(new Error('Exception: Service Spreadsheets timed out'))).toBe(
      'Service Spreadsheets timed out',
    );
    expect(errorMessage(new Error('Error: Tab is protected'))).toBe('Tab is protected');
    expect(errorMessage('plain')).toBe('plain');
    expect(errorMessage(undefined)).toBe('');
  });
});
