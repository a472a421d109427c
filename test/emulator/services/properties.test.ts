import { describe, expect, it } from 'vitest';
import { PROPERTY_QUOTA_MESSAGE } from '../../../dev/emulator/services/properties';
import { setup, thrown } from './helpers';

describe('PropertiesService', () => {
  it('keeps user, document and script stores apart', () => {
    const { globals: g, state } = setup();
    g.PropertiesService.getUserProperties().setProperty('k', 'user');
    g.PropertiesService.getDocumentProperties().setProperty('k', 'doc');
    g.PropertiesService.getScriptProperties().setProperty('k', 'script');
    expect(state.rawProperties('user')).toEqual({ k: 'user' });
    expect(state.rawProperties('document')).toEqual({ k: 'doc' });
    expect(state.rawProperties('script')).toEqual({ k: 'script' });
  });

  it('keeps user properties per user e-mail', () => {
    const { globals: g, state } = setup();
    g.PropertiesService.getUserProperties().setProperty('token', 'ana-secret');
    state.user.email = 'ben@example.com';
    expect(g.PropertiesService.getUserProperties().getProperty('token')).toBeNull();
    g.PropertiesService.getUserProperties().setProperty('token', 'ben-secret');
    state.user.email = 'ana@example.com';
    expect(g.PropertiesService.getUserProperties().getProperty('token')).toBe('ana-secret');
  });

  it('implements the Properties methods with chaining and string conversion', () => {
    const p = setup().globals.PropertiesService.getScriptProperties();
    expect(p.setProperty('a', '1').setProperty('b', '2')).toBe(p);
    p.setProperty('n', 42 as unknown as string);
    expect(p.getProperty('n')).toBe('42');
    expect(p.getProperty('missing')).toBeNull();
    expect(p.getKeys().sort()).toEqual(['a', 'b', 'n']);
    p.setProperties({ c: '3' });
    expect(p.getProperties()).toEqual({ a: '1', b: '2', n: '42', c: '3' });
    p.setProperties({ only: 'x' }, true);
    expect(p.getProperties()).toEqual({ only: 'x' });
    p.deleteProperty('only');
    expect(p.getKeys()).toEqual([]);
    p.setProperty('z', '1').deleteAllProperties();
    expect(p.getProperties()).toEqual({});
  });

  it('returns copies, not the live store', () => {
    const p = setup().globals.PropertiesService.getScriptProperties();
    p.setProperty('a', '1');
    const copy = p.getProperties();
    copy.a = 'changed';
    expect(p.getProperty('a')).toBe('1');
  });

  it('refuses a value over 9 KB with Google’s message and stores nothing', () => {
    const p = setup().globals.PropertiesService.getUserProperties();
    p.setProperty('k', 'x'.repeat(9 * 1024 - 1)); // key + value = 9216 bytes: allowed
    const err = thrown(() => p.setProperty('k2', 'x'.repeat(9 * 1024)));
    expect(err.message).toBe(PROPERTY_QUOTA_MESSAGE);
    expect(err.name).toBe('Exception');
    expect(p.getProperty('k2')).toBeNull();
  });

  it('counts multi-byte characters as bytes', () => {
    const p = setup().globals.PropertiesService.getUserProperties();
    expect(() => p.setProperty('k', 'é'.repeat(4700))).toThrow(PROPERTY_QUOTA_MESSAGE);
  });

  it('refuses to grow a store past 500 KB, and setProperties writes all or nothing', () => {
    const p = setup().globals.PropertiesService.getDocumentProperties();
    const value = 'v'.repeat(9000);
    for (let i = 0; i < 56; i++) p.setProperty(`key${String(i).padStart(2, '0')}`, value);
    expect(() => p.setProperty('one-more', value)).toThrow(PROPERTY_QUOTA_MESSAGE);
    const before = p.getKeys().length;
    expect(() => p.setProperties({ small: 'x', big: value })).toThrow(PROPERTY_QUOTA_MESSAGE);
    expect(p.getKeys().length).toBe(before);
    // Replacing an existing key counts only the new value.
    p.setProperty('key00', 'short');
    p.setProperty('fits-now', 'x'.repeat(8000));
  });

  it('is not available in AuthMode.NONE (add-on installed but not enabled)', () => {
    const { globals: g } = setup({ authMode: () => 'NONE' });
    expect(() => g.PropertiesService.getDocumentProperties()).toThrow(
      'You do not have permission to call PropertiesService.getDocumentProperties',
    );
  });
});
