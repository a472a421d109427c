/**
 * Golden tests: generated HubSpot- and Salesforce-shaped exports (messy rows
 * included) against totals the generator computed from its own ground truth
 * (dev/fixtures/crm.ts), never from the code under test.
 */
import { describe, expect, it } from 'vitest';
import {
  type CrmFixture,
  type CrmFixtureOptions,
  crmFixture,
  INJECTION_TEXT,
} from '../../dev/fixtures/crm';
import { aggregateActuals } from '../../src/core/actuals/aggregate';
import { detectMapping } from '../../src/sources/detect-mapping';

function run(f: CrmFixture) {
  return aggregateActuals(f.rows, f.mapping, {
    stages: f.stages,
    months: f.months,
    timeZone: f.timeZone,
    dayFirst: f.dayFirst,
    followUpHours: f.followUpHours,
    maxReported: Number.POSITIVE_INFINITY,
  });
}

const CASES: [string, CrmFixtureOptions][] = [
  [
    'HubSpot export, Berlin',
    { shape: 'hubspot', records: 5000, seed: 11, messy: true, timeZone: 'Europe/Berlin' },
  ],
  [
    'HubSpot mixed cells, Los Angeles',
    {
      shape: 'hubspot',
      records: 5000,
      seed: 12,
      messy: true,
      dateStyle: 'mixed',
      timeZone: 'America/Los_Angeles',
      dayFirst: false,
    },
  ],
  [
    'Salesforce en_GB export, Berlin',
    { shape: 'salesforce', records: 5000, seed: 13, messy: true, dayFirst: true },
  ],
  [
    'Salesforce en_US export, Los Angeles',
    {
      shape: 'salesforce',
      records: 5000,
      seed: 14,
      messy: true,
      timeZone: 'America/Los_Angeles',
      dayFirst: false,
    },
  ],
  [
    'Salesforce mixed cells, Jakarta',
    {
      shape: 'salesforce',
      records: 5000,
      seed: 15,
      messy: true,
      dateStyle: 'mixed',
      timeZone: 'Asia/Jakarta',
      dayFirst: true,
      followUpHours: 8,
    },
  ],
  ['HubSpot clean, 1,000 rows', { shape: 'hubspot', records: 1000, seed: 16 }],
];

describe.each(CASES)('golden: %s', (_name, options) => {
  const f = crmFixture(options);
  const r = run(f);
  const e = f.expected;

  it('header detection proposes the mapping a user would confirm', () => {
    expect(detectMapping(f.headers, f.stages)).toEqual(f.mapping);
  });

  it('stage counts per month', () => {
    expect(r.counts).toEqual(e.counts);
    // Not trivially empty: every mapped stage has records in the period.
    for (let s = 1; s < f.stages.length; s++)
      expect(e.counts.reduce((n, m) => n + (m[s] ?? 0), 0)).toBeGreaterThan(0);
  });

  it('revenue, by source, leads handed to sales, speed to lead', () => {
    expect(r.revenue).toEqual(e.revenue);
    expect(r.bySource).toEqual(e.bySource);
    expect(r.leadsHandedToSales).toEqual(e.leadsHandedToSales);
    expect(r.speedToLead).toEqual(e.speedToLead);
  });

  it('row totals and the skipped report', () => {
    expect(r.rowsRead).toBe(e.rowsRead);
    expect(r.rowsCounted).toBe(e.rowsCounted);
    expect(r.rowsSkipped).toBe(e.rowsSkipped);
    expect(r.rowsOutsidePeriod).toBe(e.rowsOutsidePeriod);
    expect(r.datesOutsidePeriod).toBe(e.datesOutsidePeriod);
    const got = r.skipped
      .map((s) =>
        s.reason === 'blankRow'
          ? { row: s.row, reason: s.reason }
          : { row: s.row, reason: s.reason, column: s.column },
      )
      .sort((a, b) => a.row - b.row || (a.reason < b.reason ? -1 : a.reason > b.reason ? 1 : 0));
    expect(got).toEqual(e.skipped);
  });

  it('messy fixtures exercise every skip reason; clean ones none', () => {
    const reasons = Object.entries(r.skippedByReason)
      .filter(([, n]) => n > 0)
      .map(([k]) => k)
      .sort();
    expect(reasons).toEqual(
      options.messy
        ? [
            'blankRow',
            'duplicateRecordId',
            'firstTouchBeforeHandover',
            'impossibleDate',
            'invalidAmount',
            'unparseableDate',
          ]
        : [],
    );
  });
});

describe('golden: the generator itself', () => {
  it('is deterministic per seed', () => {
    const a = crmFixture({
      shape: 'salesforce',
      records: 300,
      seed: 5,
      messy: true,
      dateStyle: 'mixed',
    });
    const b = crmFixture({
      shape: 'salesforce',
      records: 300,
      seed: 5,
      messy: true,
      dateStyle: 'mixed',
    });
    expect(b.rows).toEqual(a.rows);
    expect(b.expected).toEqual(a.expected);
    const c = crmFixture({
      shape: 'salesforce',
      records: 300,
      seed: 6,
      messy: true,
      dateStyle: 'mixed',
    });
    expect(c.rows).not.toEqual(a.rows);
  });

  it('includes injection-looking text, returned as-is by source', () => {
    const f = crmFixture({ shape: 'hubspot', records: 5000, seed: 11, messy: true });
    // Columns 11 and 12: Original Source and Contact owner.
    const cells = new Set(f.rows.slice(1).flatMap((row) => [row[11], row[12]]));
    for (const text of INJECTION_TEXT) expect(cells.has(text)).toBe(true);
    const injected = (run(f).bySource?.sources ?? []).filter((s) => INJECTION_TEXT.includes(s));
    expect(injected.length).toBeGreaterThan(0);
  });
});

describe('performance sanity', () => {
  it('aggregates 100,000 generated rows (timing belongs to the bench)', () => {
    const f = crmFixture({
      shape: 'hubspot',
      records: 100_000,
      seed: 21,
      messy: true,
      dateStyle: 'mixed',
    });
    const started = Date.now();
    const r = run(f);
    expect(Date.now() - started).toBeLessThan(10_000);
    expect(r.rowsRead).toBe(f.expected.rowsRead);
    expect(r.counts).toEqual(f.expected.counts);
  });
});
