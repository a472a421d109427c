/**
 * What each custom function promises, called as Sheets calls it (a single
 * cell as a value, a range as a 2-D array, a blank as '') on the built bundle.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { type LoadedBundle, loadBundle } from '../../dev/bundle';

let bundle: LoadedBundle;
beforeAll(() => {
  bundle = loadBundle();
});

const call = (name: string, ...args: unknown[]): unknown => bundle.call(name, args);
const col = (...xs: unknown[]): unknown[][] => xs.map((x) => [x]);
const row = (...xs: unknown[]): unknown[][] => [xs];

describe('REQUIRED_*', () => {
  it('gives each stage of the worked example', () => {
    const rates = row(0.02, 0.3, 0.5, 0.4, 0.25);
    expect(call('REQUIRED_DEALS', 1_200_000, 24_000)).toBe(50);
    expect(call('REQUIRED_OPPORTUNITIES', 1_200_000, 24_000, 0.25)).toBe(200);
    expect(call('REQUIRED_SQLS', 1_200_000, 24_000, col(0.4, 0.25))).toBe(500);
    expect(call('REQUIRED_MQLS', 1_200_000, 24_000, row('50%', '40%', '25%'))).toBe(1_000);
    expect(call('REQUIRED_LEADS', 1_200_000, 24_000, row(0.3, 0.5, 0.4, 0.25))).toBe(3_334);
    expect(call('REQUIRED_VISITS', 1_200_000, 24_000, rates)).toBe(166_700);
  });

  it('REQUIRED_MQLS(210000, 10000, 0.7) is 30', () => {
    expect(call('REQUIRED_MQLS', 210_000, 10_000, 0.7)).toBe(30);
  });

  it('blank revenue → blank; a blank single cell too', () => {
    expect(call('REQUIRED_DEALS', '', 100)).toBe('');
    expect(call('REQUIRED_DEALS', col(1_000, '', 300), 100)).toEqual(col(10, '', 3));
  });

  it('deal_size per revenue cell', () => {
    expect(call('REQUIRED_DEALS', col(1_000, 1_000), col(100, 250))).toEqual(col(10, 4));
  });

  it('a row of revenue with a block of rates: one column of rates per revenue column', () => {
    const rates = [
      [0.5, 0.25],
      [0.5, 0.5],
    ];
    // 10 deals: column 1 → /0.5 /0.5 = 40; column 2 → /0.5 /0.25 = 80
    expect(call('REQUIRED_SQLS', row(1_000, 1_000), 100, rates)).toEqual(row(40, 80));
  });

  it('ignores blank cells at the ends of a generous rates selection', () => {
    expect(call('REQUIRED_MQLS', 1_200_000, 24_000, col('', 0.5, 0.4, 0.25, '', ''))).toBe(1_000);
  });

  it('accepts a 100% rate and rejects 0%, 101 and text', () => {
    expect(call('REQUIRED_OPPORTUNITIES', 1_000, 100, 1)).toBe(10);
    expect(() => call('REQUIRED_OPPORTUNITIES', 1_000, 100, 0)).toThrow(
      /greater than 0% and at most 100%/,
    );
    expect(() => call('REQUIRED_OPPORTUNITIES', 1_000, 100, 101)).toThrow(/at most 100%/);
    expect(() => call('REQUIRED_OPPORTUNITIES', 1_000, 100, 'high')).toThrow(
      /the text "high", not a rate/,
    );
  });
});

describe('FUNNEL_REVENUE and FUNNEL_RATES', () => {
  it('FUNNEL_REVENUE multiplies through without rounding', () => {
    expect(call('FUNNEL_REVENUE', 1_000, row(0.5, 0.5), 100)).toBe(25_000);
    expect(call('FUNNEL_REVENUE', col(1_000, '', 10), 0.5, 100)).toEqual(col(50_000, '', 500));
  });

  it('FUNNEL_RATES: n counts → n − 1 rates in the same orientation; blank after a 0', () => {
    expect(call('FUNNEL_RATES', col(1_000, 500, 0, 0))).toEqual(col(0.5, 0, ''));
    expect(call('FUNNEL_RATES', row(200, 50))).toEqual(row(0.25));
  });

  it('FUNNEL_RATES over a block: one funnel per column (e.g. per month)', () => {
    const counts = [
      [100, 200],
      [50, 20],
    ];
    expect(call('FUNNEL_RATES', counts)).toEqual([[0.5, 0.1]]);
  });
});

describe('FUNNEL_MONTHLY and FUNNEL_LAGGED', () => {
  it('returns a row summing exactly to the total', () => {
    expect(call('FUNNEL_MONTHLY', 1_000, 12)).toEqual([
      [84, 84, 84, 84, 83, 83, 83, 83, 83, 83, 83, 83],
    ]);
    expect(call('FUNNEL_MONTHLY', 100, 4, col(1, 1, 2, 0))).toEqual([[25, 25, 50, 0]]);
    expect(call('FUNNEL_MONTHLY', 100, 2, '10%')).toEqual([[48, 52]]);
  });

  it('FUNNEL_LAGGED keeps a column a column and lags each row of a block', () => {
    expect(call('FUNNEL_LAGGED', col(10, 20, 30), 1)).toEqual(col(20, 30, 10));
    expect(
      call(
        'FUNNEL_LAGGED',
        [
          [1, 2, 3],
          [4, '', 6],
        ],
        2,
      ),
    ).toEqual([
      [3, 1, 2],
      [6, 4, 0],
    ]);
  });
});

describe('tracking', () => {
  it('SLA_VARIANCE / SLA_ATTAINMENT broadcast a single target over a range', () => {
    expect(call('SLA_VARIANCE', col(90, 110, ''), 100)).toEqual(col(-10, 10, ''));
    expect(call('SLA_ATTAINMENT', col(90, 5), col(100, 0))).toEqual(col(0.9, ''));
  });

  it('SLA_STATUS texts and tolerance as percent text', () => {
    expect(call('SLA_STATUS', 100, 100)).toBe('On track');
    expect(call('SLA_STATUS', 92, 100)).toBe('At risk');
    expect(call('SLA_STATUS', 92, 100, '5%')).toBe('Behind');
    expect(call('SLA_STATUS', 92, 100, '')).toBe('At risk');
  });

  it('SLA_PACE: run rate of non-blank months × months in the period', () => {
    expect(call('SLA_PACE', row(80, 95, 110, '', ''), 1_200)).toBe(1_140);
    expect(call('SLA_PACE', row(10, 20), row(50, 50, 50, 50, 50, 50))).toBe(90);
    expect(call('SLA_PACE', row(10, 20), 1_200, 4)).toBe(60);
    expect(call('SLA_PACE', row('', ''), 1_200)).toBe('');
  });

  it('SLA_CATCH_UP: whole units per remaining month, never negative, 0 months = whole gap', () => {
    expect(call('SLA_CATCH_UP', 1_200, row(80, 95, 110), 9)).toBe(102);
    expect(call('SLA_CATCH_UP', 100, row(60, 70), 3)).toBe(0);
    expect(call('SLA_CATCH_UP', 100, row(40, 20), 0)).toBe(40);
    expect(call('SLA_CATCH_UP', row(50, 50, 50), row(40), 2)).toBe(55);
  });
});
