import type { StandardisationPolicy } from '../catalogue/catalogue.types.js';
import { toHundredths } from '../scoring/scoring.js';
import { invalid } from '../shared/domain-error.js';

/**
 * Standardised scores, as at WorldSkills: a trade's raw totals mapped onto a scale centred on 700.
 * The raw total stays the official ranking; the standardised score is shown beside it.
 */

export const MEDALLION_THRESHOLD = 700;

/** Scale factor that makes the median absolute deviation a consistent estimate of the standard deviation. */
const MAD_TO_SIGMA = 1.4826;

/**
 * The standardised score of each total, in the totals' order.
 * `median700-v1`: 700 + 30 · (x − median) / (1.4826 · MAD), rounded to a whole point (half up);
 * 700 for everyone when the MAD is 0 (at least half the totals are equal), so nobody is scaled by 1/0.
 */
export function standardise(totals: readonly number[], policy: StandardisationPolicy): number[] {
  switch (policy.version) {
    case 'median700-v1':
      return median700(totals);
    default:
      throw invalid(`Unknown standardisation version ${String((policy as { version: unknown }).version)}`, 'standardisation');
  }
}

/** Medallion for Excellence: a standardised score of at least 700. */
export const isMedallion = (standardised: number) => standardised >= MEDALLION_THRESHOLD;

function median700(totals: readonly number[]): number[] {
  if (totals.length === 0) return [];
  // In hundredths (integers), so that the median and the deviations are exact.
  const hundredths = totals.map(toHundredths);
  const centre = median(hundredths);
  const mad = median(hundredths.map((x) => Math.abs(x - centre)));
  if (mad === 0) return totals.map(() => MEDALLION_THRESHOLD);
  return hundredths.map((x) => Math.round(MEDALLION_THRESHOLD + (30 * (x - centre)) / (MAD_TO_SIGMA * mad)));
}

/** The middle value, or the mean of the two middle values of an even count. */
export function median(values: readonly number[]): number {
  if (values.length === 0) throw new RangeError('The median of no values');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
}
