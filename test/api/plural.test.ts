/** Labels read naturally whatever the count and the stage names: plural forms, no "(s)". */
import { describe, expect, it } from 'vitest';
import { exampleSettings } from '../../dev/fixtures/sla-settings';
import { EN, t } from '../../src/api/messages';
import { validateSettings } from '../../src/api/settings';
import { layout } from '../../src/sla/layout';
import { renderSla } from '../../src/sla/render';
import { evaluatePlan } from '../support/plan-engine';

describe('plural forms in the catalog (CLDR rules)', () => {
  it('one and other in English', () => {
    expect(t('sidebar.preview.lag', { months: 1 }, 'en')).toBe(
      'Moved one month earlier for the sales cycle.',
    );
    expect(t('sidebar.preview.lag', { months: 3 }, 'en')).toBe(
      'Moved 3 months earlier for the sales cycle.',
    );
    const deal = { deals: '1', dealSize: '24,000', currency: 'EUR', goal: '20,000' };
    expect(t('sidebar.preview.deals', deal, 'en')).toBe('1 deal of 24,000 EUR reaches 20,000 EUR.');
    expect(t('sidebar.preview.deals', { ...deal, deals: '2' }, 'en')).toMatch(
      /^2 deals of .* reach /,
    );
  });

  it('an English one-month period names no end month', () => {
    expect(
      t('sidebar.reset.periodValue', { start: 'Dec 2026', end: 'Dec 2026', months: 1 }, 'en'),
    ).toBe('Dec 2026 (1 month)');
  });

  it('no message says "(s)"', () => {
    const withS = Object.entries(EN).filter(([, text]) => /\w\(s\)/.test(text));
    expect(withS).toEqual([]);
  });
});

describe('labels built from stage names', () => {
  function reportLabels(stages: string[]) {
    const v = validateSettings({
      periodStart: '2026-01',
      revenueGoal: 1_200_000,
      dealSize: 24_000,
      stages,
      rates: stages.slice(1).map(() => 0.5),
    });
    if (!v.ok) throw new Error('settings');
    const l = layout(v.settings);
    const e = evaluatePlan(renderSla(v.settings, 'x'));
    return [e.cell(l.kpiRow.delivered, 1), e.cell(l.kpiRow.won, 1)];
  }

  it('"Closed won" is not "Closed won won"; an adjective stage name still reads', () => {
    expect(reportLabels(['Lead', 'Marketing qualified', 'Sales qualified', 'Closed won'])).toEqual([
      'Marketing delivered: Marketing qualified',
      'Sales: Closed won',
    ]);
    expect(reportLabels(['Leads', 'MQLs', 'SQLs', 'Customers'])).toEqual([
      'Marketing delivered: MQLs',
      'Sales won: Customers',
    ]);
  });
});

describe('chart labels do not overlap', () => {
  it('every chart slants its category labels', () => {
    const charts = renderSla(exampleSettings(), 'x').charts ?? [];
    expect(charts).toHaveLength(3);
    for (const c of charts) expect(c.options?.['hAxis.slantedText']).toBe(true);
  });
});
