import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createIdSet } from '../../src/core/actuals/id-set';

describe('record-id set (exact, compact)', () => {
  it('answers exactly as a Set for any ids: small, large, negative, fractional, text', () => {
    const id = fc.oneof(
      fc.integer({ min: 0, max: 5_000 }),
      fc.constantFrom(0, 1, 0xffff_fffe, 0xffff_ffff, 2 ** 32, 2 ** 53 - 1, -1, 1.5),
      fc.integer({ min: 0, max: 0xffff_ffff }),
      fc.string({ maxLength: 4 }),
    );
    fc.assert(
      fc.property(fc.array(id, { maxLength: 3_000 }), (ids) => {
        const set = createIdSet();
        const reference = new Set<string | number>();
        for (const v of ids) {
          expect(set.add(v)).toBe(!reference.has(v));
          reference.add(v);
        }
        expect(set.size).toBe(reference.size);
      }),
      { numRuns: 200 },
    );
  });

  it('keeps every one of 300,000 ids through its growth, and finds each again', () => {
    const set = createIdSet();
    for (let i = 0; i < 300_000; i++) expect(set.add(1_000_000 + i * 7)).toBe(true);
    for (let i = 0; i < 300_000; i += 7) expect(set.add(1_000_000 + i * 7)).toBe(false);
    expect(set.add(1_000_001)).toBe(true);
    expect(set.size).toBe(300_001);
  });
});
