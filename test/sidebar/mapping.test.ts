import { describe, expect, it } from 'vitest';
import {
  normalizeMapping,
  type RefreshReportItem,
  type RefreshSummary,
} from '../../src/api/actuals';
import type { ActualsMapping } from '../../src/core/actuals/types';
import {
  formatDateTime,
  headerOptions,
  type MappingForm,
  mappingForm,
  mappingProblems,
  REPORT_LIMIT,
  reasonList,
  reportCount,
  reportLabel,
  reportPage,
  summaryRows,
  toMapping,
  toMappingInput,
} from '../../src/sidebar/mapping';

const STAGES = ['Visits', 'Leads', 'MQLs', 'SQLs', 'Opportunities', 'Customers'];
const HEADERS = [
  'Record ID',
  'Create Date',
  'Became a Lead Date',
  'Became a Marketing Qualified Lead Date',
  'Became a Sales Qualified Lead Date',
  'Became an Opportunity Date',
  'Became a Customer Date',
  'Original Source',
  'Contact owner',
  'Amount',
  '',
];

const DETECTED: ActualsMapping = {
  stages: {
    Visits: null,
    Leads: 'Became a Lead Date',
    MQLs: 'Became a Marketing Qualified Lead Date',
    SQLs: 'Became a Sales Qualified Lead Date',
    Opportunities: 'Became an Opportunity Date',
    Customers: 'Became a Customer Date',
  },
  recordId: 'Record ID',
  source: 'Original Source',
  owner: 'Contact owner',
  amount: 'Amount',
};

const EMPTY_ROLES: MappingForm['roles'] = {
  recordId: '',
  amount: '',
  source: '',
  owner: '',
  handoverTime: '',
  firstTouchTime: '',
  won: '',
};

describe('mapping selects ⇄ ActualsMapping', () => {
  it('offers each non-blank header once', () => {
    expect(headerOptions(['A', ' B ', '', 'a', 'C'])).toEqual(['A', 'B', 'C']);
  });

  it('prefills the selects from a mapping, in stage order', () => {
    const form = mappingForm(DETECTED, STAGES, HEADERS);
    expect(form.stages).toEqual([
      '',
      'Became a Lead Date',
      'Became a Marketing Qualified Lead Date',
      'Became a Sales Qualified Lead Date',
      'Became an Opportunity Date',
      'Became a Customer Date',
    ]);
    expect(form.roles).toEqual({
      ...EMPTY_ROLES,
      recordId: 'Record ID',
      source: 'Original Source',
      owner: 'Contact owner',
      amount: 'Amount',
    });
  });

  it('shows a mapped header as the tab spells it and matches stage names case-insensitively', () => {
    const form = mappingForm(
      { stages: { mqls: ' became a marketing qualified lead date ' }, recordId: 'RECORD ID' },
      STAGES,
      HEADERS,
    );
    expect(form.stages[2]).toBe('Became a Marketing Qualified Lead Date');
    expect(form.roles.recordId).toBe('Record ID');
    expect(form.stages.filter(Boolean)).toHaveLength(1);
  });

  it('keeps a saved header the tab no longer has, and reports it', () => {
    const form = mappingForm({ stages: { MQLs: 'MQL date' } }, STAGES, HEADERS);
    expect(form.stages[2]).toBe('MQL date');
    expect(mappingProblems(form, HEADERS, 'CRM export')).toEqual([
      {
        field: 'stage.2',
        message: '“MQL date” is not in the first row of “CRM export”: pick another column.',
      },
    ]);
  });

  it('round-trips: selects → mapping → selects', () => {
    const form = mappingForm(DETECTED, STAGES, HEADERS);
    const mapping = toMapping(form, STAGES);
    expect(mapping).toEqual(DETECTED);
    expect(mappingForm(mapping, STAGES, HEADERS)).toEqual(form);
  });

  it('sends every stage (unmapped as null) and leaves unmapped roles out', () => {
    const form: MappingForm = {
      stages: ['', '', 'MQL date', '', '', ''],
      roles: { ...EMPTY_ROLES, won: 'Won' },
    };
    const mapping = toMapping(form, STAGES);
    expect(mapping).toEqual({
      stages: {
        Visits: null,
        Leads: null,
        MQLs: 'MQL date',
        SQLs: null,
        Opportunities: null,
        Customers: null,
      },
      won: 'Won',
    });
    // The payload reads back on the server as the same mapping.
    expect(normalizeMapping(toMappingInput(mapping), STAGES)).toEqual({
      mapping,
      unknownKeys: [],
    });
  });

  it('refuses a mapping without any stage column', () => {
    const form: MappingForm = { stages: STAGES.map(() => ''), roles: { ...EMPTY_ROLES } };
    expect(mappingProblems(form, HEADERS, 'CRM export')).toEqual([
      { field: 'stages', message: 'Map the date column of at least one stage.' },
    ]);
  });
});

const SUMMARY: RefreshSummary = {
  sheetName: 'SLA 2026',
  sourceTab: 'CRM export',
  refreshedAt: '2026-07-15T09:00:00.000Z',
  rowsRead: 12345,
  rowsCounted: 12000,
  rowsSkipped: 3,
  rowsOutsidePeriod: 342,
  skippedByReason: { blankRow: 3, unparseableDate: 2, duplicateRecordId: 0 },
  warningsByReason: { stageDatesOutOfOrder: 0 },
  stagesKept: ['Visits'],
  durationMs: 1840,
  by: 'ops@example.com',
  trigger: 'sidebar',
  mapping: DETECTED,
};

describe('the wording of a refresh', () => {
  it('lists the figures with the locale’s grouping', () => {
    expect(summaryRows(SUMMARY, 'en_US').map((r) => [r.key, r.label, r.value])).toEqual([
      ['read', 'Rows read', '12,345'],
      ['counted', 'Rows counted', '12,000'],
      ['skipped', 'Rows skipped', '3'],
      ['outside', 'Outside the period', '342'],
      ['duration', 'Duration', '1.8 s'],
    ]);
    expect(summaryRows({ ...SUMMARY, durationMs: 12 }, 'de_DE')[4].value).toBe('under 0.1 s');
    expect(summaryRows({ ...SUMMARY, durationMs: 2500 }, 'de_DE')[4].value).toBe('2,5 s');
    expect(summaryRows(SUMMARY, 'de_DE')[0].value).toBe('12.345');
  });

  it('names the reasons that occurred', () => {
    expect(reasonList(SUMMARY.skippedByReason, 'en_US')).toBe('blank rows: 3; unreadable dates: 2');
    expect(reasonList(SUMMARY.warningsByReason, 'en_US')).toBe('');
    // A reason this sidebar does not know yet still shows, by its code.
    expect(reasonList({ somethingNew: 1 }, 'en_US')).toBe('somethingNew: 1');
  });

  it('counts the report’s items and says whether warnings are among them', () => {
    expect(reportCount(SUMMARY)).toBe(5);
    expect(reportLabel(SUMMARY, 'en_US')).toBe('Skipped rows and cells (5)');
    expect(
      reportLabel({ ...SUMMARY, warningsByReason: { stageDatesOutOfOrder: 1200 } }, 'en_US'),
    ).toBe('Skipped rows, cells and warnings (1,205)');
  });

  it('shows the first rows of the report, whole-tab issues first, and the total', () => {
    const items: RefreshReportItem[] = Array.from({ length: 150 }, (_, i) => ({
      row: 150 - i + 1,
      reason: 'unparseableDate',
      message: `Row ${150 - i + 1}`,
      kind: 'skipped',
    }));
    items.push({ row: 0, reason: 'mappedColumnMissing', message: 'Column', kind: 'warning' });
    const page = reportPage(items, 320);
    expect(page.shown).toHaveLength(REPORT_LIMIT);
    expect(page.shown[0].row).toBe(0);
    expect(page.shown[1].row).toBe(2);
    expect(page.total).toBe(320);
    // The server keeps at most 300 items; the count never says fewer than were listed.
    expect(reportPage(items, 3).total).toBe(151);
  });

  it('formats times in the spreadsheet’s zone and locale', () => {
    const iso = '2026-07-15T09:00:00.000Z';
    expect(formatDateTime(iso, 'en_US', 'Europe/Berlin')).toBe('Jul 15, 2026, 11:00 AM');
    expect(formatDateTime(iso, 'de_DE', 'Europe/Berlin')).toBe('15.07.2026, 11:00');
    expect(formatDateTime(iso, 'en_US', 'America/New_York')).toBe('Jul 15, 2026, 5:00 AM');
    // An unknown zone still shows the instant (in the browser's zone); junk stays as given.
    expect(formatDateTime(iso, 'en_US', 'Mars/Olympus')).toMatch(/^Jul 15, 2026, /);
    expect(formatDateTime('soon', 'en_US', 'Europe/Berlin')).toBe('soon');
  });
});
