/** Sign-off versions: signatures per side on the same terms, agreed versions, changes since signing. */
import { describe, expect, it } from 'vitest';
import { exampleSettings } from '../../dev/fixtures/sla-settings';
import { changesSince, currentVersion, EMPTY_RECORD, sign, termsOf } from '../../src/core/signoff';

const v1 = termsOf(exampleSettings());
const name = (v: number) => `SLA 2026 v${v} signed`;
const ana = {
  side: 'marketing' as const,
  name: 'Ana',
  role: 'Head of Marketing',
  date: '2026-12-01',
};
const ben = { side: 'sales' as const, name: 'Ben', role: 'VP Sales', date: '2026-12-02' };

describe('sign-off', () => {
  it('one signature awaits the other; both on the same terms agree version 1', () => {
    const a = sign(EMPTY_RECORD, ana, v1, name);
    expect(a.agreed).toBeNull();
    expect(currentVersion(a.record, v1)).toMatchObject({ version: 1, status: 'awaiting' });
    const b = sign(a.record, ben, v1, name);
    expect(b.agreed).toMatchObject({
      version: 1,
      date: '2026-12-02',
      snapshot: 'SLA 2026 v1 signed',
    });
    expect(b.agreed?.signatures.map((s) => s.name)).toEqual(['Ana', 'Ben']);
    expect(currentVersion(b.record, v1)).toMatchObject({ version: 1, status: 'signed' });
  });

  it('terms changing between the two signatures drop the earlier one', () => {
    const a = sign(EMPTY_RECORD, ana, v1, name);
    const changed = { ...v1, revenueGoal: 1_400_000 };
    const b = sign(a.record, ben, changed, name);
    expect(b.agreed).toBeNull();
    expect(b.record.pending.map((s) => s.side)).toEqual(['sales']);
  });

  it('a change after signing starts version 2 and lists what changed', () => {
    const signed = sign(sign(EMPTY_RECORD, ana, v1, name).record, ben, v1, name).record;
    const rates = [...v1.rates];
    rates[2] = 0.35;
    const now = { ...v1, revenueGoal: 1_400_000, rates };
    expect(currentVersion(signed, now)).toMatchObject({ version: 2, status: 'awaiting' });
    expect(changesSince(signed, now)).toEqual([
      { field: 'revenueGoal', before: 1_200_000, after: 1_400_000 },
      { field: 'rate', from: 'MQLs', to: 'SQLs', before: 0.5, after: 0.35 },
    ]);
    const v2 = sign(sign(signed, ana, now, name).record, ben, now, name);
    expect(v2.agreed?.version).toBe(2);
    expect(v2.record.signed.map((s) => s.snapshot)).toEqual([
      'SLA 2026 v1 signed',
      'SLA 2026 v2 signed',
    ]);
  });
});
