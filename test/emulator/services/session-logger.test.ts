import { describe, expect, it } from 'vitest';
import { makeClock } from '../../../dev/emulator/services/clock';
import { NOW, setup } from './helpers';

describe('Session', () => {
  it('reports the user, their language and the script time zone', () => {
    const { globals: g } = setup({ locale: 'de_DE', timeZone: 'Europe/Berlin' });
    expect(g.Session.getActiveUser().getEmail()).toBe('ana@example.com');
    expect(g.Session.getEffectiveUser().getEmail()).toBe('ana@example.com');
    expect(g.Session.getActiveUserLocale()).toBe('de');
    expect(g.Session.getScriptTimeZone()).toBe('Europe/Berlin');
  });

  it('gives a stable per-user temporary key', () => {
    const { globals: g, state } = setup();
    const ana = g.Session.getTemporaryActiveUserKey();
    expect(g.Session.getTemporaryActiveUserKey()).toBe(ana);
    state.user.email = 'ben@example.com';
    expect(g.Session.getTemporaryActiveUserKey()).not.toBe(ana);
  });

  it('hides the e-mail without full authorization', () => {
    const { globals: g } = setup({ authMode: () => 'LIMITED' });
    expect(g.Session.getActiveUser().getEmail()).toBe('');
    expect(g.Session.getActiveUserLocale()).toBe('en');
  });
});

describe('Logger and console', () => {
  it('records lines in memory with the emulator time, formats %s, and prints them', () => {
    const clock = makeClock(NOW);
    const echoed: string[] = [];
    const { globals: g, state } = setup({ clock, echoLogs: (l) => echoed.push(l) });
    expect(g.Logger.log('plan %s for %s', 12, 'March')).toBe(g.Logger);
    g.Logger.log({ a: 1 });
    g.console.warn('careful', { b: 2 });
    g.console.error(new Error('boom').message);
    expect(state.logs.entries.map((e) => [e.source, e.level, e.message])).toEqual([
      ['Logger', 'log', 'plan 12 for March'],
      ['Logger', 'log', '{"a":1}'],
      ['console', 'warn', 'careful { b: 2 }'],
      ['console', 'error', 'boom'],
    ]);
    expect(state.logs.entries[0].time).toBe(Date.parse(NOW));
    expect(g.Logger.getLog()).toContain('INFO: plan 12 for March');
    expect(state.logs.print().split('\n')[2]).toBe(
      `${new Date(NOW).toISOString()}\tWarn\tcareful { b: 2 }`,
    );
    expect(echoed).toHaveLength(4);
    g.Logger.clear();
    expect(g.Logger.getLog()).toBe('');
    expect(state.logs.entries).toHaveLength(2);
  });
});
