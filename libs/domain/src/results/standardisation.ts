import type { StandardisationPolicy } from '../catalogue/catalogue.types.js';
import { type Exact, ratio, roundHalfUp } from '../scoring/exact.js';
import { invalid } from '../shared/domain-error.js';

/**
 * Standardised scores, as at WorldSkills: a trade's raw totals mapped onto a scale centred on 700.
 * The raw total stays the official ranking; the standardised score is shown beside it.
 */

export const MEDALLION_THRESHOLD = 700;

/** Scale factor that makes the median absolute deviation a consistent estimate of the standard deviation: 1.4826. */
const MAD_TO_SIGMA = ratio(14_826, 10_000);

/**
 * The standardised score of each total, in the totals' order.
 * `median700-v1`: 700 + 30 · (x − median) / (1.4826 · MAD) over the exact totals, rounded to a whole
 * point (half up) only at the end; 700 for everyone when the MAD is 0 (at least half the totals are
 * equal), so nobody is scaled by 1/0.
 */
export function standardise(totals: readonly Exact[], policy: StandardisationPolicy): number[] {
  switch (policy.version) {
    case 'median700-v1':
      return median700(totals);
    default:
      throw invalid(`Unknown standardisation version ${String((policy as { version: unknown }).version)}`, 'standardisation', {
        code: 'results.unknown_standardisation',
        params: { version: String((policy as { version: unknown }).version) },
      });
  }
}

/** Medallion for Excellence: a standardised score of at least 700. */
export const isMedallion = (standardised: number) => standardised >= MEDALLION_THRESHOLD;

function median700(totals: readonly Exact[]): number[] {
  if (totals.length === 0) return [];
  const centre = median(totals);
  const mad = median(totals.map((x) => x.sub(centre).abs()));
  if (mad.equals(0)) return totals.map(() => MEDALLION_THRESHOLD);
  const scale = MAD_TO_SIGMA.mul(mad);
  return totals.map((x) => roundHalfUp(x.sub(centre).mul(30).div(scale).add(MEDALLION_THRESHOLD), 0));
}

/** The middle value, or the mean of the two middle values of an even count, exactly. */
export function median(values: readonly Exact[]): Exact {
  if (values.length === 0) throw new RangeError('The median of no values');
  const sorted = [...values].sort((a, b) => a.compare(b));
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? sorted[middle] : sorted[middle - 1].add(sorted[middle]).div(2);
}
