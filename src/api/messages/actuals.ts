/**
 * Actuals refresh: the wording of every skip and warning code the pure core
 * reports (src/core/actuals/types.ts). The edge renders an item with
 * `t(\`actuals.skip.${item.reason}\`, item)`; {row}, {column} and {value}
 * come from the item. Values are CRM text: the edge writes them inert.
 */
import type { SkipReason, WarningReason } from '../../core/actuals/types';

export const actualsMessages = {
  'actuals.skip.blankRow': 'Row {row} is blank in every mapped column.',
  'actuals.skip.duplicateRecordId':
    'Row {row}: record "{value}" in {column} already appeared above; it was counted once, from its first row.',
  'actuals.skip.unparseableDate': 'Row {row}: "{value}" in {column} is not a date we can read.',
  'actuals.skip.impossibleDate':
    'Row {row}: "{value}" in {column} is not a real calendar date or time.',
  'actuals.skip.invalidAmount':
    'Row {row}: "{value}" in {column} is not a valid amount (a number of zero or more); it was left out of revenue.',
  'actuals.skip.firstTouchBeforeHandover':
    'Row {row}: the first touch "{value}" in {column} is before the hand-over; this lead was left out of speed to lead.',
  'actuals.warn.stageDatesOutOfOrder':
    'Row {row}: "{value}" in {column} is earlier than the date of an earlier stage; it was counted as given.',
  'actuals.warn.mappedColumnMissing':
    'Column "{column}" from the mapping is not in the source tab; what it feeds was left unchanged.',
  'actuals.warn.columnMappedTwice': 'Column "{column}" is mapped to more than one field ({value}).',
  'actuals.source.none': '(no source)',
} as const satisfies Record<
  `actuals.skip.${SkipReason}` | `actuals.warn.${WarningReason}`,
  string
> &
  Record<string, string>;
