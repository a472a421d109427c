/** The append-only monthly history: which months to archive and the rows for each. */
import { describe, expect, it } from 'vitest';
import {
  type HistoryRow,
  historyHeader,
  historyRows,
  monthsToArchive,
} from '../../src/core/review/history';
import { monthKeys } from '../../src/core/review/months';
import { tabTargets } from '../../src/core/review/tab-targets';
import { exampleSettings, generateYear, STAGES } from './generated-year';

describe('monthsToArchive', () => {
  const fy = monthKeys('2025-10', 12); // 2025-10 … 2026-09

  it('lists the closed months not yet archived, across the year end', () => {
    expect(monthsToArchive({ lastMonth: null }, fy, '2026-01')).toEqual([
      '2025-10',
      '2025-11',
      '2025-12',
    ]);
    expect(monthsToArchive({ lastMonth: '2025-11' }, fy, '2026-02')).toEqual([
      '2025-12',
      '2026-01',
    ]);
    expect(monthsToArchive({ lastMonth: '2025-12' }, fy, '2026-01')).toEqual([]);
  });

  it('the current month is never closed; nothing before the period starts', () => {
    expect(monthsToArchive({ lastMonth: null }, fy, '2025-10')).toEqual([]);
    expect(monthsToArchive({ lastMonth: null }, fy, '2025-03')).toEqual([]);
  });

  it('after the period: every remaining month, then nothing', () => {
    expect(monthsToArchive({ lastMonth: '2026-07' }, fy, '2027-01')).toEqual([
      '2026-08',
      '2026-09',
    ]);
    expect(monthsToArchive({ lastMonth: '2026-09' }, fy, '2027-01')).toEqual([]);
  });

  it('a history from an earlier period does not hide this one; out-of-order input comes out sorted', () => {
    expect(monthsToArchive({ lastMonth: '2024-12' }, ['2025-11', '2025-10'], '2026-01')).toEqual([
      '2025-10',
      '2025-11',
    ]);
  });

  it('rejects what is not a month', () => {
    expect(() => monthsToArchive({ lastMonth: null }, fy, '2026-1')).toThrow(RangeError);
    expect(() => monthsToArchive({ lastMonth: '2026/01' }, fy, '2026-01')).toThrow(RangeError);
  });
});

describe('historyRows', () => {
  const t = tabTargets(exampleSettings());
  const year = generateYear();

  it('has a localized header in row order', () => {
    expect(historyHeader()).toEqual([
      'Month',
      'Stage',
      'Target',
      'Actual',
      'Variance',
      'Attainment',
      'Status',
    ]);
  });

  it('one row per stage plus revenue: target, actual, variance, attainment, status', () => {
    const rows = historyRows(
      '2026-01',
      STAGES,
      [...t.targets[0], t.revenueTargets[0]],
      [...year.counts[0], year.revenue[0]],
      0.1,
    );
    expect(rows).toEqual([
      ['2026-01', 'Visits', 13892, 13600, -292, 13600 / 13892, 'At risk'],
      ['2026-01', 'Leads', 278, 272, -6, 272 / 278, 'At risk'],
      ['2026-01', 'MQLs', 84, 81, -3, 81 / 84, 'At risk'],
      ['2026-01', 'SQLs', 42, 24, -18, 24 / 42, 'Behind'],
      ['2026-01', 'Opportunities', 17, 9, -8, 9 / 17, 'Behind'],
      ['2026-01', 'Customers', 5, 2, -3, 0.4, 'Behind'],
      ['2026-01', 'Revenue', 100000, 48000, -52000, 0.48, 'Behind'],
    ]);
  });

  it('stages only; blanks for a missing actual and for attainment of a zero target', () => {
    const rows = historyRows('2026-03', ['MQLs', 'SQLs'], [83, 0], [null, 4], 0.1);
    expect(rows).toEqual([
      ['2026-03', 'MQLs', 83, '', '', '', ''],
      ['2026-03', 'SQLs', 0, 4, 4, '', ''],
    ]);
  });

  it('rejects a row that matches neither the stages nor stages + revenue', () => {
    expect(() => historyRows('2026-03', ['MQLs', 'SQLs'], [1, 2, 3, 4], [], 0.1)).toThrow(
      RangeError,
    );
    expect(() => historyRows('March', ['MQLs'], [1], [1], 0.1)).toThrow(RangeError);
  });

  it('append-only across refreshes: earlier rows never change', () => {
    const period = monthKeys('2026-01', 12);
    const tab: HistoryRow[] = [];
    const refresh = (today: string) => {
      const last = tab.length ? tab[tab.length - 1][0] : null;
      for (const month of monthsToArchive({ lastMonth: last }, period, today)) {
        const m = period.indexOf(month);
        tab.push(...historyRows(month, STAGES, t.targets[m], year.counts[m], 0.1));
      }
    };
    refresh('2026-02');
    expect(tab.map((r) => r[0])).toEqual(new Array(6).fill('2026-01'));
    const before = structuredClone(tab);
    refresh('2026-02');
    expect(tab).toEqual(before);
    refresh('2026-04');
    expect(tab.slice(0, 6)).toEqual(before);
    expect([...new Set(tab.map((r) => r[0]))]).toEqual(['2026-01', '2026-02', '2026-03']);
  });
});
