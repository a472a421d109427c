import { describe, expect, it } from 'vitest';
import type { ResetProposal } from '../../src/api/review';
import { tabPeriodTargets } from '../../src/core/review/tab-targets';
import {
  dayLabel,
  displayPercent,
  monthLabel,
  nextSummary,
  nextTargets,
  parseRateEdits,
  parseTrailingMonths,
  proposalRows,
} from '../../src/sidebar/reset';

const STAGES = ['Visits', 'Leads', 'MQLs', 'SQLs', 'Opportunities', 'Customers'];

function rate(from: number, planned: number, proposed: number, records: number, message: string) {
  const used = proposed === planned ? ('planned' as const) : ('actual' as const);
  return {
    from,
    planned,
    proposed,
    observed: used === 'actual' ? proposed : null,
    records,
    converted: Math.round(records * proposed),
    months: 6,
    used,
    reason: used === 'actual' ? ('actual' as const) : ('few_records' as const),
    reasonKey: 'review.rate.actual' as const,
    reasonParams: {},
    message,
  };
}

/** The demo's proposal (the server's numbers for the generated year, as of June 2026). */
const PROPOSAL: ResetProposal = {
  sheetName: 'SLA 2026',
  archiveName: 'SLA 2026 v1',
  stages: STAGES,
  asOfMonth: '2026-06',
  proposals: [
    rate(0, 0.02, 0.02, 0, 'No month has counts for both stages: the planned rate stays.'),
    rate(1, 0.3, 0.3948, 613, 'Observed over 6 months from 613 records.'),
    rate(2, 0.4, 0.4917, 242, 'Observed over 6 months from 242 records.'),
    rate(3, 0.5, 0.5714, 119, 'Observed over 6 months from 119 records.'),
    rate(4, 0.25, 0.3235, 68, 'Observed over 6 months from 68 records.'),
  ],
  next: {
    periodStart: '2026-07',
    months: 6,
    revenueGoal: 496500,
    reviewDate: '2026-10-01',
    periodTargets: [29400, 588, 232, 114, 65, 21],
  },
  achievedRevenue: 703500,
  achievedCustomers: 22,
  currency: 'EUR',
};

describe('the proposal as rows', () => {
  it('labels each transition and prefills the new rate in percent', () => {
    const rows = proposalRows(PROPOSAL, 'en_US');
    expect(rows.map((r) => [r.label, r.planned, r.proposed, r.used])).toEqual([
      ['Visits → Leads', '2%', '2', 'planned'],
      ['Leads → MQLs', '30%', '39.48', 'actual'],
      ['MQLs → SQLs', '40%', '49.17', 'actual'],
      ['SQLs → Opportunities', '50%', '57.14', 'actual'],
      ['Opportunities → Customers', '25%', '32.35', 'actual'],
    ]);
    expect(rows[0].message).toBe('No month has counts for both stages: the planned rate stays.');
    expect(rows[2].records).toBe(242);
  });

  it('uses the locale’s decimal comma', () => {
    const rows = proposalRows(PROPOSAL, 'de_DE', ',');
    expect(rows[1].proposed).toBe('39,48');
    expect(rows[1].planned).toBe('30\u00a0%');
    expect(displayPercent(0.025, 'en_US')).toBe('2.5%');
  });
});

describe('edited rates', () => {
  const rows = proposalRows(PROPOSAL, 'en_US');

  it('reads percentages as typed into decimals without float noise', () => {
    expect(parseRateEdits(['2', '39.48', '50 %', '57,14', '100'], rows).rates).toEqual([
      0.02, 0.3948, 0.5, 0.5714, 1,
    ]);
    expect(parseRateEdits(['0,5', '1', '2', '3', '4'], rows, ',').rates[0]).toBe(0.005);
  });

  it('accepts only 0 % < rate ≤ 100 %, with a message naming the transition', () => {
    const { errors, rates } = parseRateEdits(['0', '', '100.5', 'abc', '-5'], rows);
    expect(errors.map((e) => e.index)).toEqual([0, 1, 2, 3, 4]);
    expect(errors[0].message).toBe('Visits → Leads: enter a percentage above 0 and at most 100.');
    expect(rates.every(Number.isNaN)).toBe(true);
    expect(parseRateEdits(['0.01', '100', '1', '1', '1'], rows).errors).toEqual([]);
  });

  it('trailing months: a whole number from 1 to 36', () => {
    expect(['6', ' 12 ', '1', '36'].map(parseTrailingMonths)).toEqual([6, 12, 1, 36]);
    expect(['0', '37', '6.5', '', 'six', '-1'].map(parseTrailingMonths)).toEqual([
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });
});

describe('the next version', () => {
  it('recomputes the targets from the edited rates as the tab does', () => {
    const proposed = PROPOSAL.proposals.map((p) => p.proposed);
    expect(nextTargets(PROPOSAL, 24000, proposed)).toEqual(PROPOSAL.next.periodTargets);
    const edited = [...proposed];
    edited[2] = 0.5;
    const targets = nextTargets(PROPOSAL, 24000, edited);
    expect(targets).toEqual(
      tabPeriodTargets({ revenueGoal: 496500, dealSize: 24000, rates: edited, stages: STAGES }),
    );
    expect(targets.slice(2)).toEqual([228, 114, 65, 21]);
    // Unusable input keeps the server's targets rather than showing nonsense.
    expect(nextTargets(PROPOSAL, 24000, [Number.NaN, 1, 1, 1, 1])).toEqual(
      PROPOSAL.next.periodTargets,
    );
    expect(nextTargets(PROPOSAL, 0, proposed)).toEqual(PROPOSAL.next.periodTargets);
  });

  it('summarises period, goal, what was won and the review date', () => {
    const s = nextSummary(PROPOSAL, PROPOSAL.next.periodTargets, 'en_US');
    expect(s.period).toBe('Jul 2026 – Dec 2026 (6 months)');
    expect(s.goal).toBe('496,500 EUR');
    expect(s.achieved).toBe('703,500 EUR won so far');
    expect(s.review).toBe('Oct 1, 2026');
    expect(s.start).toBe('Jul 2026');
    expect(s.targets).toEqual([
      { stage: 'Visits', count: '29,400' },
      { stage: 'Leads', count: '588' },
      { stage: 'MQLs', count: '232' },
      { stage: 'SQLs', count: '114' },
      { stage: 'Opportunities', count: '65' },
      { stage: 'Customers', count: '21' },
    ]);
    const noRevenue = nextSummary({ ...PROPOSAL, achievedRevenue: null }, [], 'en_US');
    expect(noRevenue.achieved).toBe('Won so far: 22');
  });

  it('crosses a year end and formats months and days in the locale', () => {
    const p = { ...PROPOSAL, next: { ...PROPOSAL.next, periodStart: '2026-10', months: 6 } };
    expect(nextSummary(p, [], 'en_US').period).toBe('Oct 2026 – Mar 2027 (6 months)');
    expect(monthLabel('2026-07', 'de_DE')).toBe('Juli 2026');
    expect(dayLabel('2026-10-01', 'de_DE')).toBe('01.10.2026');
    expect(monthLabel('bad', 'en_US')).toBe('bad');
  });
});
