/** The one message catalog: complete English, interpolation, and languages added as data only. */
import { afterEach, describe, expect, it } from 'vitest';
import { CATALOGS, EN, languageOf, type MessageKey, t } from '../../src/api/messages';

afterEach(() => {
  delete CATALOGS.de;
});

describe('message catalog', () => {
  it('has a non-empty English text for every key', () => {
    const empty = Object.entries(EN).filter(([, v]) => !String(v).trim());
    expect(empty).toEqual([]);
    expect(Object.keys(EN).length).toBeGreaterThan(200);
  });

  it('fills placeholders and leaves unknown ones visible', () => {
    expect(t('refresh.err.noSource', { name: 'CRM' })).toBe(
      'There is no tab named "CRM". Choose the tab that holds your CRM export.',
    );
    expect(t('refresh.err.noSource')).toBe(
      'There is no tab named "{name}". Choose the tab that holds your CRM export.',
    );
  });

  it('maps locales to languages', () => {
    expect(
      ['de_DE', 'de-AT', 'pl_PL', 'fi', 'in_ID', 'zh_CN', '', undefined].map(languageOf),
    ).toEqual(['de', 'de', 'pl', 'fi', 'id', 'zh', 'en', 'en']);
  });

  it('takes a new language as one catalog object, falling back to English per key', () => {
    CATALOGS.de = { 'menu.open': 'Funnel SLA öffnen' } satisfies Partial<
      Record<MessageKey, string>
    >;
    expect(t('menu.open', undefined, 'de')).toBe('Funnel SLA öffnen');
    expect(t('refresh.menu', undefined, 'de')).toBe('Refresh actuals');
  });
});
