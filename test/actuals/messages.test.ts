import { describe, expect, it } from 'vitest';
import { t } from '../../src/api/messages';
import { actualsMessages } from '../../src/api/messages/actuals';
import { SKIP_REASONS, WARNING_REASONS } from '../../src/core/actuals/types';

describe('actuals messages', () => {
  it('every skip and warning code has wording in the catalog', () => {
    for (const code of SKIP_REASONS)
      expect(actualsMessages[`actuals.skip.${code}`]).toMatch(/\{row\}/);
    for (const code of WARNING_REASONS)
      expect(actualsMessages[`actuals.warn.${code}`]).toBeTruthy();
  });

  it('renders a skipped item through t()', () => {
    const item = { row: 7, column: 'MQL date', value: 'n/a', reason: 'unparseableDate' } as const;
    expect(t(`actuals.skip.${item.reason}`, item)).toBe(
      'Row 7: "n/a" in MQL date is not a date we can read.',
    );
    expect(t('actuals.skip.blankRow', { row: 3 })).toBe('Row 3 is blank in every mapped column.');
  });
});
