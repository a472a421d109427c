import vm from 'node:vm';
import { describe, expect, it } from 'vitest';
import { makeClock } from '../../../dev/emulator/services/clock';

describe('makeClock', () => {
  it('is fixed when given an instant, and moves with advance/set', () => {
    const clock = makeClock('2026-07-15T09:00:00Z');
    expect(clock.fixed).toBe(true);
    expect(clock.now()).toBe(Date.parse('2026-07-15T09:00:00Z'));
    clock.advance(1500);
    expect(clock.now()).toBe(Date.parse('2026-07-15T09:00:01.500Z'));
    clock.set('2027-01-01T00:00:00Z');
    expect(new Date(clock.now()).toISOString()).toBe('2027-01-01T00:00:00.000Z');
    expect(() => clock.set('yesterday')).toThrow('Invalid clock time');
  });

  it('follows real time when not fixed, still advanced by sleeps', () => {
    const clock = makeClock();
    expect(clock.fixed).toBe(false);
    expect(Math.abs(clock.now() - Date.now())).toBeLessThan(1000);
    clock.advance(3_600_000);
    expect(clock.now() - Date.now()).toBeGreaterThan(3_599_000);
  });

  it('installs into a vm context: new Date(), Date.now() and Date() read the clock', () => {
    const clock = makeClock('2026-07-15T09:00:00Z');
    const context = vm.createContext({});
    const ContextDate = clock.install(context);
    const r = vm.runInContext(
      `({ iso: new Date().toISOString(), now: Date.now(), str: typeof Date(),
          given: new Date(2020, 0, 2).getFullYear(), parsed: Date.parse('2020-01-01T00:00:00Z'),
          utc: Date.UTC(2020, 0, 1), isDate: new Date() instanceof Date,
          ctor: new Date().constructor === Date, name: Date.name })`,
      context,
    );
    expect(r).toEqual({
      iso: '2026-07-15T09:00:00.000Z',
      now: Date.parse('2026-07-15T09:00:00Z'),
      str: 'string',
      given: 2020,
      parsed: 1577836800000,
      utc: 1577836800000,
      isDate: true,
      ctor: true,
      name: 'Date',
    });
    // Dates made by the host with the returned constructor are dates of the context.
    context.hostMade = new ContextDate();
    expect(vm.runInContext('hostMade instanceof Date', context)).toBe(true);
    clock.advance(60_000);
    expect(vm.runInContext('new Date().toISOString()', context)).toBe('2026-07-15T09:01:00.000Z');
  });

  it('leaves dates of the context’s original constructor recognisable', () => {
    const clock = makeClock('2026-07-15T09:00:00Z');
    const context = vm.createContext({});
    const Original = vm.runInContext('Date', context) as DateConstructor;
    clock.install(context);
    context.old = new Original(0);
    expect(vm.runInContext('old instanceof Date', context)).toBe(true);
  });
});

describe('installing twice', () => {
  it('rebinds the context to the newer clock instead of wrapping', () => {
    const context = vm.createContext({});
    const first = makeClock('2026-01-01T00:00:00Z').install(context);
    const second = makeClock('2027-01-01T00:00:00Z').install(context);
    expect(second).toBe(first);
    expect(vm.runInContext('new Date().toISOString()', context)).toBe('2027-01-01T00:00:00.000Z');
  });
});
