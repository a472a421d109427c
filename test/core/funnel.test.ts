import { describe, expect, it } from 'vitest';
import {
  conversionRates,
  fullFunnel,
  funnelRevenue,
  requiredAtStage,
  requiredDeals,
} from '../../src/core/funnel';

/** domain.md worked example: visit→lead, lead→MQL, MQL→SQL, SQL→opp, opp→won. */
const RATES = [0.02, 0.3, 0.5, 0.4, 0.25];

describe('reverse funnel (domain.md worked example)', () => {
  it('1,200,000 revenue at 24,000 per deal → 50 deals', () => {
    expect(requiredDeals(1_200_000, 24_000)).toBe(50);
  });

  it('walks up rounding at every stage: 50 / 200 / 500 / 1,000 / 3,334 / 166,700', () => {
    expect(fullFunnel(1_200_000, 24_000, RATES)).toEqual([166_700, 3_334, 1_000, 500, 200, 50]);
  });

  it('requiredAtStage uses the rates from that stage down to won', () => {
    expect(requiredAtStage(1_200_000, 24_000, [0.25])).toBe(200);
    expect(requiredAtStage(1_200_000, 24_000, [0.4, 0.25])).toBe(500);
    expect(requiredAtStage(1_200_000, 24_000, [0.5, 0.4, 0.25])).toBe(1_000);
    expect(requiredAtStage(1_200_000, 24_000, [0.3, 0.5, 0.4, 0.25])).toBe(3_334);
    expect(requiredAtStage(1_200_000, 24_000, RATES)).toBe(166_700);
  });

  it('rounds up BEFORE the next division (3,334 leads, not 3,333.33…)', () => {
    // Without per-stage rounding: 1000 / 0.3 / 0.02 = 166,666.67 → 166,667.
    expect(requiredAtStage(1_200_000, 24_000, RATES)).not.toBe(166_667);
  });

  it('is float-safe: REQUIRED_MQLS(210000, 10000, 0.7) is 30, not 31', () => {
    expect(requiredAtStage(210_000, 10_000, [0.7])).toBe(30);
  });

  it('rounds a partial deal up and handles a zero goal', () => {
    expect(requiredDeals(100_001, 1_000)).toBe(101);
    expect(fullFunnel(0, 1_000, [0.5, 0.5])).toEqual([0, 0, 0]);
  });
});

describe('funnelRevenue', () => {
  it('is the forward funnel without rounding', () => {
    expect(funnelRevenue(166_700, RATES, 24_000)).toBeCloseTo(1_200_240, 6);
    expect(funnelRevenue(1_000, [0.5], 10)).toBe(5_000);
  });
});

describe('conversionRates', () => {
  it('gives n − 1 stage-to-stage rates, top first', () => {
    expect(conversionRates([1_000, 500, 200, 50])).toEqual([0.5, 0.4, 0.25]);
  });

  it('is null where the earlier count is 0', () => {
    expect(conversionRates([0, 5, 0, 0])).toEqual([null, 0, null]);
    expect(conversionRates([7])).toEqual([]);
  });
});
