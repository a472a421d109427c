/**
 * Each language end to end on the built bundle: a spreadsheet in that locale
 * builds the SLA tab (its language defaults to the spreadsheet's), refreshes
 * its actuals from a CRM export and resets mid-period. No English sentence of
 * the catalog is left in any tab the add-on wrote (SLA tab, archive, SLA Log,
 * SLA History); numbers, month names and full dates are the locale's; and a
 * custom-function error speaks the spreadsheet's language, naming the
 * argument and the value.
 */
import { afterEach, describe, expect, it } from 'vitest';
import { createEmulator, type Emulator } from '../../dev/emulator/index';
import { crmFixture } from '../../dev/fixtures/crm';
import { EN, LANGUAGES, type Lang, t } from '../../src/api/messages';
import { DEFAULT_STAGES } from '../../src/api/settings';
import { dateFormatFor } from '../../src/core/locale-formats';
import { layout } from '../../src/sla/layout';

const LOCALES: Record<Lang, string> = {
  en: 'en_US',
  de: 'de_DE',
  pl: 'pl_PL',
  fi: 'fi_FI',
  id: 'in_ID',
  zh: 'zh_CN',
};

/** Literal runs of the English catalog of three words or more ("new customers at an average deal of"). */
const ENGLISH_PHRASES = [
  ...new Set(
    Object.values(EN as Record<string, string>)
      .flatMap((v) => v.split(/\{[^}]*\}/))
      .map((s) => s.trim().replace(/^[^A-Za-z]+|[^A-Za-z]+$/g, ''))
      .filter((s) => s.split(/\s+/).length >= 3 && /^[A-Za-z]/.test(s)),
  ),
];

let emu: Emulator | undefined;
afterEach(() => emu?.close());

const normal = (s: string) => s.replace(/[\u00a0\u202f]/g, ' ');

function englishLeft(e: Emulator): string[] {
  const found: string[] = [];
  for (const sheet of e.view().sheets) {
    if (sheet.name === 'CRM export') continue;
    for (const cell of sheet.cells) {
      const text = String(cell.display ?? '');
      for (const phrase of ENGLISH_PHRASES)
        if (text.includes(phrase)) found.push(`${sheet.name}!R${cell.r}C${cell.c}: ${phrase}`);
    }
  }
  return found;
}

describe.each(LANGUAGES.filter((l) => l !== 'en'))('a %s spreadsheet', (lang) => {
  const locale = LOCALES[lang];
  // Stage names are the users' data (the CRM export's headers map to them): English here.
  const stages = DEFAULT_STAGES;
  const settings = {
    periodStart: '2026-01',
    revenueGoal: 1_200_000,
    dealSize: 24_000,
    stages,
    rates: [0.02, 0.3, 0.5, 0.4, 0.25],
  };

  it('builds, refreshes and resets in its language and formats', async () => {
    emu = await createEmulator({ now: '2026-07-06T09:00:00Z', timeZone: 'Europe/Berlin', locale });
    const e = emu;
    expect(e.run('buildSlaTab', [settings])).toEqual({ sheetName: 'SLA 2026' });
    const fx = crmFixture({ shape: 'hubspot', records: 300, seed: 3 });
    e.addTab('CRM export', fx.rows as never);
    e.run('refreshActuals', [{ sourceTab: 'CRM export' }]);
    e.run('resetSla', [{ trailingMonths: 6 }]);
    expect(englishLeft(e)).toEqual([]);

    const tab = e.view().sheets.find((s) => s.name === 'SLA 2026');
    if (!tab) throw new Error('no SLA tab');
    const l = layout({ stages, months: 6, shape: { kind: 'even' } });
    const at = (r: number, c: number) => tab.cells.find((x) => x.r === r && x.c === c);
    expect(at(l.title, 1)?.display).toBe(t('sla.title', { name: 'SLA 2026' }, lang));
    // The goal sentence: the locale's grouping and month names.
    const goal = normal(String(at(l.summaryRow.goal, 2)?.display));
    const grouped = normal(
      new Intl.NumberFormat(locale.replace('in_', 'id-').replace('_', '-')).format(24_000),
    );
    expect(goal).toContain(grouped);
    expect(goal).not.toMatch(/July|December/);
    // Full dates: the locale's order, never ISO.
    const review = at(l.assumption.reviewDate as number, 2);
    expect(review?.numberFormat).toBe(dateFormatFor(locale));
    expect(review?.display).not.toMatch(/^\d{4}-\d{2}-\d{2}$/);
  });

  it('says a custom-function error in its language, naming the argument and the value', async () => {
    emu = await createEmulator({ locale });
    const e = emu;
    e.set('Sheet1!A1', '=REQUIRED_MQLS(-5, 24000, {0.3, 0.5})');
    const cell = e.view().sheets[0].cells.find((c) => c.r === 1 && c.c === 1);
    const message = cell?.error ?? '';
    expect(message).toContain('REQUIRED_MQLS');
    expect(message).toContain('revenue'); // the argument, by its name in the formula help
    expect(message).toContain('-5');
    expect(message).toContain(
      t('fn.err.negative', { fn: '', arg: '', where: '', value: '' }, lang)
        .split(';')[1]
        ?.trim()
        .slice(0, 12) ?? '',
    );
    expect(message).not.toMatch(/cannot be negative|must be greater than/);
    expect(message.length).toBeGreaterThan(20);
  });
});
