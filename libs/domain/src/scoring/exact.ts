import Fraction from 'fraction.js';

/**
 * Exact scores. Every score is a rational number (fraction.js, numerator and denominator as BigInt),
 * so sums, means, weights and comparisons are exact whatever the panel size, the number of theory
 * questions or the weights; rounding happens only when a figure is shown or published
 * (docs/results-rules.md).
 *
 * Why rationals rather than an integer unit: an aspect mark is mean level ÷ 3 × max mark over 3 or
 * 5 counted levels (denominators 9 and 15), and a theory score is correct ÷ questions × 100, where
 * the number of questions is any whole number the trade's answer key has. No fixed unit divides them
 * all; a rational has no such limit, and its numerator and denominator are BigInts, so nothing overflows.
 *
 * Exact values never leave the domain as `Fraction`s (a BigInt has no JSON): events and answers
 * carry them as text, `"<numerator>/<denominator>"` in lowest terms (`"161/3"`), beside the rounded figure.
 */
export type Exact = Fraction;

export const ZERO: Exact = new Fraction(0);

/** A figure given with at most two decimals (a measured mark, a max mark, a percent), exactly: 12.25 → 49/4. */
export const fromDecimal = (value: number): Exact => new Fraction(Math.round(value * 100), 100);

/** An integer ratio, exactly. */
export const ratio = (numerator: number | bigint, denominator: number | bigint): Exact => new Fraction(numerator, denominator);

export const sum = (values: Iterable<Exact>): Exact => {
  let total = ZERO;
  for (const value of values) total = total.add(value);
  return total;
};

/** Negative when a < b, 0 when equal, positive when a > b. */
export const compareExact = (a: Exact, b: Exact): number => a.compare(b);

/**
 * The published figure: rounded half up (a value exactly halfway goes to the larger figure: 12.345 → 12.35)
 * to `places` decimals, as a number.
 */
export const roundHalfUp = (value: Exact, places = 2): number => value.round(places).valueOf();

/** `"numerator/denominator"`, in lowest terms, the denominator positive: `"161/3"`, `"20/1"`, `"0/1"`. */
export const exactText = (value: Exact): string => `${value.s * value.n}/${value.d}`;

const EXACT_TEXT = /^-?\d{1,400}\/[1-9]\d{0,400}$/;

export const isExactText = (text: unknown): text is string => typeof text === 'string' && EXACT_TEXT.test(text);

/** Reads `exactText`'s form back; throws a RangeError on anything else. */
export function parseExact(text: string): Exact {
  if (!isExactText(text)) throw new RangeError(`Not an exact value "numerator/denominator": ${String(text)}`);
  const [numerator, denominator] = text.split('/');
  return new Fraction(BigInt(numerator), BigInt(denominator));
}
