import { exactText, fromDecimal } from '../scoring/exact.js';
import type { ContestantResult } from './contestant-result.js';

/**
 * ResultCalculated, schema version 1 → 2. Version 1 results may lack `exact` (they were written
 * before scores were exact, rounded to 0.01 aspect by aspect); version 2 always has it. A version 1
 * result without it is read as its two-decimal figures, exactly as they were published.
 */
export function resultCalculatedV1ToV2(data: ContestantResult): ContestantResult {
  if (data.exact) return data;
  const text = (figure: number | null) => (figure === null ? null : exactText(fromDecimal(figure)));
  return {
    ...data,
    exact: {
      theory: text(data.theory),
      practical: text(data.practical)!,
      total: text(data.total)!,
      keyAspects: data.keyAspects.map(text),
    },
  };
}
