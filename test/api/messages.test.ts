/** The one message catalog: complete English, interpolation, and languages added as data only. */
import { describe, expect, it } from 'vitest';
import { EN, languageOf, t } from '../../src/api/messages';

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
      [
        'de_DE',
        'de-AT',
        'pl_PL',
        'fi',
        'in_ID',
        'id_ID',
        'zh_CN',
        'zh_TW',
        'fr_FR',
        '',
        undefined,
      ].map(languageOf),
    ).toEqual(['de', 'de', 'pl', 'fi', 'id', 'id', 'zh', 'zh', 'en', 'en', 'en']);
  });

  it('reads a language from its catalog', () => {
    expect(t('menu.open', undefined, 'de')).toBe('Funnel SLA öffnen');
    expect(t('menu.open', undefined, 'xx')).toBe('Open Funnel SLA');
  });
});
