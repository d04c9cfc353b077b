import type { StandardisationPolicy } from '../catalogue/catalogue.types.js';
import { fromDecimal, ratio } from '../scoring/exact.js';
import { isMedallion, median, standardise } from './standardisation.js';

const totals = (...values: number[]) => values.map(fromDecimal);

const v1: StandardisationPolicy = { version: 'median700-v1' };

describe('median', () => {
  it('is the middle value of an odd count and the mean of the two middle values of an even count, in any order', () => {
    expect(median(totals(3, 1, 2)).valueOf()).toBe(2);
    expect(median(totals(4, 1, 3, 2)).valueOf()).toBe(2.5);
    expect(median(totals(7)).valueOf()).toBe(7);
    expect(() => median(totals())).toThrow(RangeError);
  });
});

describe('standardise (median700-v1)', () => {
  it('given five totals, when standardised, then 700 + 30 · (x − median) / (1.4826 · MAD), rounded to whole points', () => {
    // median 80; |x − 80| = 20, 10, 0, 10, 20 → MAD 10; 30 / 14.826 = 2.0235 per point
    expect(standardise(totals(60, 70, 80, 90, 100), v1)).toEqual([660, 680, 700, 720, 740]); // 659.53, 679.77, 700, 720.23, 740.47
  });

  it('given an even count, then the median and the MAD are means of the two middle values', () => {
    // median 65; |x − 65| = 15, 5, 5, 25 → MAD (5 + 15) / 2 = 10
    expect(standardise(totals(50, 60, 70, 90), v1)).toEqual([670, 690, 710, 751]); // 669.65, 689.88, 710.12, 750.59
  });

  it('given totals in any order, then each keeps its own standardised score', () => {
    expect(standardise(totals(100, 60, 90, 80, 70), v1)).toEqual([740, 660, 720, 700, 680]);
  });

  it('given totals with two decimals, then works on the exact values', () => {
    // median 56.03, MAD 0.01: 56.02 → 700 − 30 / 1.4826 = 679.77; 56.05 → 700 + 60 / 1.4826 = 740.47
    expect(standardise(totals(56.02, 56.03, 56.05), v1)).toEqual([680, 700, 740]);
  });

  it('given at least half the totals equal (MAD 0), then everyone gets 700', () => {
    expect(standardise(totals(70, 70, 70, 80, 55), v1)).toEqual([700, 700, 700, 700, 700]);
    expect(standardise(totals(42), v1)).toEqual([700]);
  });

  it('given no totals, then gives none', () => {
    expect(standardise(totals(), v1)).toEqual([]);
  });

  it('refuses an unknown version, naming the standardisation', () => {
    expect(() => standardise(totals(1, 2), { version: 'median500-v9' } as unknown as StandardisationPolicy)).toThrow(
      expect.objectContaining({ kind: 'invalid', code: 'results.unknown_standardisation', field: 'standardisation' }),
    );
  });
});

describe('standardise on exact totals', () => {
  it('given a total below 0.01 from the median, then it is not the median: nothing is rounded before the end', () => {
    // 170/3 = 56.666…, 56.67, 56.68: median 56.67, deviations 1/300, 0, 3/300 → MAD 1/300.
    // Rounded first, 170/3 would be 56.67 too: MAD 0 and 700 for everyone.
    expect(standardise([ratio(170, 3), fromDecimal(56.67), fromDecimal(56.68)], v1)).toEqual([680, 700, 761]); // 679.77, 700, 760.70
  });
});

describe('Medallion for Excellence', () => {
  it('is awarded at 700 and above', () => {
    expect([699, 700, 701].map(isMedallion)).toEqual([false, true, true]);
  });
});
