/** Shapes shared by the actuals core, its callers (server edge, sidebar) and the catalog. */

/**
 * Which source column feeds what. Values are header texts exactly as in the
 * tab's first row (matched again case/space-insensitively); null or absent
 * means "not mapped".
 */
export interface ActualsMapping {
  /** SLA stage name → header of its date column. */
  stages: Record<string, string | null | undefined>;
  /** Deduplicates rows: the first row with an id wins. */
  recordId?: string | null;
  /** Deal value, summed into revenue in the month of the last (won) stage. */
  amount?: string | null;
  /** Source / channel, for actuals by source. */
  source?: string | null;
  owner?: string | null;
  /** When marketing handed the lead to sales. */
  handoverTime?: string | null;
  /** First sales touch after the hand-over. */
  firstTouchTime?: string | null;
  /**
   * Optional won flag (Salesforce `Won`, HubSpot `hs_is_closed_won`, Pipedrive
   * `Deal - Status`): when mapped, the last stage and revenue count only rows
   * whose flag says won — a Close Date alone is also set on lost deals.
   */
  won?: string | null;
}

/** Non-stage keys of ActualsMapping, in the order the sidebar lists them. */
export const MAPPING_ROLES = [
  'recordId',
  'amount',
  'source',
  'owner',
  'handoverTime',
  'firstTouchTime',
  'won',
] as const;
export type MappingRole = (typeof MAPPING_ROLES)[number];

/** Why a row or a cell was left out. Each code has wording `actuals.skip.<code>`. */
export type SkipReason =
  | 'blankRow'
  | 'duplicateRecordId'
  | 'unparseableDate'
  | 'impossibleDate'
  | 'invalidAmount'
  | 'firstTouchBeforeHandover';

/** Counted as given, but worth a look. Each code has wording `actuals.warn.<code>`. */
export type WarningReason = 'stageDatesOutOfOrder' | 'mappedColumnMissing' | 'columnMappedTwice';

export const SKIP_REASONS: readonly SkipReason[] = [
  'blankRow',
  'duplicateRecordId',
  'unparseableDate',
  'impossibleDate',
  'invalidAmount',
  'firstTouchBeforeHandover',
];
export const WARNING_REASONS: readonly WarningReason[] = [
  'stageDatesOutOfOrder',
  'mappedColumnMissing',
  'columnMappedTwice',
];

export interface RowIssue<R extends string> {
  /** 1-based sheet row; 0 for issues about the whole tab (a missing column). */
  row: number;
  /** Header of the cell's column. */
  column?: string;
  /** The cell as text (as typed in the CRM; the edge writes it inert). */
  value?: string;
  reason: R;
}

export type SkippedItem = RowIssue<SkipReason>;
export type WarningItem = RowIssue<WarningReason>;
