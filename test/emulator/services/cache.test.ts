import { describe, expect, it } from 'vitest';
import { makeClock } from '../../../dev/emulator/services/clock';
import { NOW, setup, thrown } from './helpers';

describe('CacheService', () => {
  it('separates script, document and per-user caches', () => {
    const { globals: g, state } = setup();
    g.CacheService.getScriptCache().put('k', 'script');
    g.CacheService.getDocumentCache()?.put('k', 'doc');
    g.CacheService.getUserCache().put('k', 'ana');
    state.user.email = 'ben@example.com';
    expect(g.CacheService.getUserCache().get('k')).toBeNull();
    expect(g.CacheService.getScriptCache().get('k')).toBe('script');
    expect(g.CacheService.getDocumentCache()?.get('k')).toBe('doc');
  });

  it('expires entries on the emulator clock (default 10 minutes)', () => {
    const clock = makeClock(NOW);
    const cache = setup({ clock }).globals.CacheService.getScriptCache();
    cache.put('short', 'a', 5);
    cache.put('default', 'b');
    clock.advance(4_999);
    expect(cache.get('short')).toBe('a');
    clock.advance(1);
    expect(cache.get('short')).toBeNull();
    clock.advance(600_000 - 5_000 - 1);
    expect(cache.get('default')).toBe('b');
    clock.advance(1);
    expect(cache.get('default')).toBeNull();
  });

  it('keeps nothing longer than 6 hours', () => {
    const clock = makeClock(NOW);
    const cache = setup({ clock }).globals.CacheService.getScriptCache();
    cache.put('k', 'v', 48 * 3600);
    clock.advance(6 * 3600 * 1000);
    expect(cache.get('k')).toBeNull();
  });

  it('getAll / putAll / remove / removeAll', () => {
    const cache = setup().globals.CacheService.getUserCache();
    cache.putAll({ a: '1', b: '2', c: '3' }, 60);
    expect(cache.getAll(['a', 'b', 'zz'])).toEqual({ a: '1', b: '2' });
    cache.remove('a');
    cache.removeAll(['b']);
    expect(cache.getAll(['a', 'b', 'c'])).toEqual({ c: '3' });
  });

  it('enforces Google’s limits: 100 KB values, 250-character keys', () => {
    const cache = setup().globals.CacheService.getScriptCache();
    cache.put('ok', 'x'.repeat(100 * 1024));
    expect(thrown(() => cache.put('big', 'x'.repeat(100 * 1024 + 1))).message).toBe(
      'Argument too large: value',
    );
    expect(thrown(() => cache.put('k'.repeat(251), 'v')).message).toBe('Argument too large: key');
    expect(() => cache.putAll({ fine: 'x', big: 'x'.repeat(200_000) })).toThrow(
      'Argument too large: value',
    );
    expect(cache.get('fine')).toBeNull();
  });

  it('evicts the oldest entries past 1,000', () => {
    const cache = setup().globals.CacheService.getScriptCache();
    for (let i = 0; i < 1001; i++) cache.put(`k${i}`, 'v');
    expect(cache.get('k0')).toBeNull();
    expect(cache.get('k1000')).toBe('v');
    expect(cache.size()).toBe(1000);
  });
});
