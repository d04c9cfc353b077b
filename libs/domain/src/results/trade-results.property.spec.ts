import fc from 'fast-check';
import type { PrizePolicy, TradeDefinition } from '../catalogue/catalogue.types.js';
import { fromDecimal } from '../scoring/exact.js';
import { compareForRanking } from '../scoring/ranking.js';
import { cncTrade } from '../testing/fixtures.js';
import { standardise } from './standardisation.js';
import { rankTrade, type RankedLine, type ResultLine } from './trade-results.js';

// ---- arbitraries ------------------------------------------------------------------------------

interface FigureLine {
  competitorNumber: number;
  theory: number | null;
  practical: number;
  total: number;
  keyAspects: Array<number | null>;
  completionSeconds: number | null;
  scored: boolean;
  absent: boolean;
}

/** A result line from two-decimal figures. */
const exactLine = (line: FigureLine): ResultLine => ({
  ...line,
  theory: line.theory === null ? null : fromDecimal(line.theory),
  practical: fromDecimal(line.practical),
  total: fromDecimal(line.total),
  keyAspects: line.keyAspects.map((mark) => (mark === null ? null : fromDecimal(mark))),
});

/**
 * Few distinct values, so that ties at every level of the tie-breaks are common; about one in eight
 * absent, one in six without a score yet.
 */
const tiedLine = (competitorNumber: number): fc.Arbitrary<ResultLine> =>
  fc
    .record({
      competitorNumber: fc.constant(competitorNumber),
      theory: fc.option(fc.constantFrom(60, 90), { nil: null }),
      practical: fc.constantFrom(50, 60.25),
      total: fc.constantFrom(60, 70.5, 80),
      keyAspects: fc.array(fc.option(fc.constantFrom(0, 5, 10), { nil: null }), { maxLength: 2 }),
      completionSeconds: fc.option(fc.constantFrom(100, 200), { nil: null }),
      scored: fc.integer({ min: 0, max: 5 }).map((dice) => dice !== 0),
      absent: fc.integer({ min: 0, max: 7 }).map((dice) => dice === 0),
    })
    .map(exactLine);

/** Competitors 1..n. */
const tiedLines = fc.integer({ min: 0, max: 25 }).chain((n) => fc.tuple(...Array.from({ length: n }, (_, i) => tiedLine(i + 1))));

/** All totals different (and present): no ties anywhere. */
const distinctLines = fc.uniqueArray(fc.integer({ min: 0, max: 10_000 }), { maxLength: 60 }).map((hundredths) =>
  hundredths.map((h, i) =>
    exactLine({
      competitorNumber: i + 1,
      theory: null,
      practical: h / 100,
      total: h / 100,
      keyAspects: [],
      completionSeconds: null,
      scored: true,
      absent: false,
    }),
  ),
);

/** Integer percents summing to at most 100, or counts. */
const prizePolicy: fc.Arbitrary<PrizePolicy> = fc.oneof(
  fc
    .tuple(fc.integer({ min: 0, max: 40 }), fc.integer({ min: 0, max: 30 }), fc.integer({ min: 0, max: 30 }))
    .map(([first, second, third]) => ({ mode: 'ratio' as const, first, second, third })),
  fc
    .tuple(fc.integer({ min: 0, max: 5 }), fc.integer({ min: 0, max: 8 }), fc.integer({ min: 0, max: 12 }))
    .map(([first, second, third]) => ({ mode: 'count' as const, first, second, third })),
);

const tradeWith = (prizes: PrizePolicy): TradeDefinition => ({
  ...cncTrade,
  prizes,
  honours: { may_day_labour_medal: { minContestants: 8 }, technical_expert: { minContestants: 3 } },
  standardisation: { version: 'median700-v1' },
});

/** Cumulative cut-offs, written independently of the module: integer arithmetic, half up. */
function expectedCutOffs(policy: PrizePolicy, n: number): [number, number, number] {
  const cumulative = [policy.first, policy.first + policy.second, policy.first + policy.second + policy.third];
  return cumulative.map((c) => (policy.mode === 'count' ? c : Math.floor((n * c + 50) / 100))) as [number, number, number];
}

const PRIZE_ORDER = ['first', 'second', 'third'] as const;
/** Contestants with this prize or a better one. */
const atLeast = (rows: readonly RankedLine[], k: number) =>
  rows.filter((row) => row.prize !== null && PRIZE_ORDER.indexOf(row.prize) <= k).length;

/** Equal on every criterion, written without the comparator: key aspects padded with nulls. */
function equalOnEveryCriterion(a: ResultLine, b: ResultLine): boolean {
  const length = Math.max(a.keyAspects.length, b.keyAspects.length);
  const keys = (line: ResultLine) => Array.from({ length }, (_, i) => line.keyAspects[i]?.toFraction() ?? null);
  return (
    a.total.equals(b.total) &&
    a.practical.equals(b.practical) &&
    JSON.stringify(keys(a)) === JSON.stringify(keys(b)) &&
    a.completionSeconds === b.completionSeconds
  );
}

const permuted = <T>(items: readonly T[]) => fc.shuffledSubarray([...items], { minLength: items.length, maxLength: items.length });

// ---- properties -------------------------------------------------------------------------------

describe('ranking a trade (properties)', () => {
  it('compares as a total order: antisymmetric and transitive', () => {
    fc.assert(
      fc.property(tiedLines, (lines) => {
        const violations: string[] = [];
        for (const a of lines)
          for (const b of lines) {
            const ab = compareForRanking(a, b);
            if (Math.sign(ab) !== -Math.sign(compareForRanking(b, a)))
              violations.push(`not antisymmetric: ${a.competitorNumber}, ${b.competitorNumber}`);
            if (ab > 0) continue;
            for (const c of lines) {
              if (compareForRanking(b, c) <= 0 && compareForRanking(a, c) > 0)
                violations.push(`not transitive: ${a.competitorNumber}, ${b.competitorNumber}, ${c.competitorNumber}`);
            }
          }
        expect(violations).toEqual([]);
      }),
    );
  });

  it('ranks a present contestant with a higher total above; shares a rank exactly when equal on every criterion', () => {
    fc.assert(
      fc.property(tiedLines, (lines) => {
        const ranked = rankTrade(cncTrade, lines).filter((row) => !row.absent && row.scored);
        const violations: string[] = [];
        for (const a of ranked)
          for (const b of ranked) {
            if (a.total.gt(b.total) && a.rank! >= b.rank!)
              violations.push(`higher total not above: ${a.competitorNumber}, ${b.competitorNumber}`);
            if ((a.rank === b.rank) !== equalOnEveryCriterion(a, b))
              violations.push(`shared rank ≠ equal criteria: ${a.competitorNumber}, ${b.competitorNumber}`);
          }
        expect(violations).toEqual([]);
      }),
    );
  });

  it('ranks scored contestants 1 + the number strictly better, none without a score, and every absent one after them all', () => {
    fc.assert(
      fc.property(tiedLines, (lines) => {
        const ranked = rankTrade(cncTrade, lines);
        const present = lines.filter((l) => !l.absent);
        const scored = present.filter((l) => l.scored);
        for (const row of ranked) {
          if (row.absent)
            expect(row).toMatchObject({ rank: present.length + 1, prize: null, standardised: null, medallion: false, honours: [] });
          else if (!row.scored) expect(row).toMatchObject({ rank: null, prize: null, standardised: null, medallion: false, honours: [] });
          else expect(row.rank).toBe(1 + scored.filter((other) => compareForRanking(other, row) < 0).length);
        }
      }),
    );
  });

  it('without ties, gives exactly the prizes of the cut-offs', () => {
    fc.assert(
      fc.property(distinctLines, prizePolicy, (lines, policy) => {
        const ranked = rankTrade(tradeWith(policy), lines);
        const cutOffs = expectedCutOffs(policy, lines.length);
        for (const [k, cut] of cutOffs.entries()) expect(atLeast(ranked, k)).toBe(Math.min(cut, lines.length));
      }),
    );
  });

  it('with ties, never gives fewer prizes than the cut-offs, and more only to those tied at a cut-off', () => {
    fc.assert(
      fc.property(tiedLines, prizePolicy, (lines, policy) => {
        const ranked = rankTrade(tradeWith(policy), lines);
        const present = ranked.filter((row) => row.rank !== null && !row.absent);
        expectedCutOffs(policy, present.length).forEach((cut, k) => {
          const winners = present.filter((row) => row.prize !== null && PRIZE_ORDER.indexOf(row.prize) <= k);
          expect(winners.length).toBeGreaterThanOrEqual(Math.min(cut, present.length));
          // Each winner is within the cut-off, or tied with someone ranked within it.
          for (const winner of winners) expect(winner.rank).toBeLessThanOrEqual(cut);
          if (winners.length > cut) {
            // The extra winners are the tail of one tie that straddles the cut-off.
            const lastPlace = Math.max(...winners.map((w) => w.rank!));
            expect(lastPlace + winners.filter((w) => w.rank === lastPlace).length - 1).toBeGreaterThan(cut);
            expect(winners.length).toBe(lastPlace - 1 + winners.filter((w) => w.rank === lastPlace).length);
          }
        });
      }),
    );
  });

  it('gives honours only to rank 1 and only when enough contestants were ranked', () => {
    fc.assert(
      fc.property(tiedLines, (lines) => {
        const ranked = rankTrade(tradeWith({ mode: 'ratio', first: 10, second: 20, third: 30 }), lines);
        const present = lines.filter((l) => !l.absent && l.scored).length;
        for (const row of ranked) {
          const expected =
            row.rank === 1 && !row.absent
              ? [...(present >= 8 ? ['may_day_labour_medal'] : []), ...(present >= 3 ? ['technical_expert'] : [])]
              : [];
          expect(row.honours).toEqual(expected);
        }
      }),
    );
  });

  it('does not depend on the order of the lines', () => {
    fc.assert(
      fc.property(
        tiedLines.chain((lines) => fc.tuple(fc.constant(lines), permuted(lines))),
        prizePolicy,
        ([lines, shuffled], policy) => {
          const trade = tradeWith(policy);
          const byNumber = (rows: RankedLine[]) => [...rows].sort((a, b) => a.competitorNumber - b.competitorNumber);
          expect(byNumber(rankTrade(trade, shuffled))).toEqual(byNumber(rankTrade(trade, lines)));
          expect(rankTrade(trade, shuffled).map((r) => r.competitorNumber)).toEqual(shuffled.map((l) => l.competitorNumber));
        },
      ),
    );
  });
});

describe('standardise (properties)', () => {
  const totals = fc.array(
    fc.integer({ min: 0, max: 10_000 }).map((h) => fromDecimal(h / 100)),
    { minLength: 1, maxLength: 40 },
  );
  const v1 = { version: 'median700-v1' } as const;

  it('is monotone: a higher total never gets a lower standardised score', () => {
    fc.assert(
      fc.property(totals, (xs) => {
        const scores = standardise(xs, v1);
        for (const [i, x] of xs.entries())
          for (const [j, y] of xs.entries()) if (x.lte(y)) expect(scores[i]).toBeLessThanOrEqual(scores[j]);
        for (const s of scores) expect(Number.isInteger(s)).toBe(true);
      }),
    );
  });

  it('gives 700 at the median (an odd count has it as a total) and half the field at 700 or more', () => {
    fc.assert(
      fc.property(totals, (xs) => {
        const scores = standardise(xs, v1);
        const sorted = [...xs].sort((a, b) => a.compare(b));
        if (xs.length % 2 === 1) {
          const median = sorted[(xs.length - 1) / 2];
          for (const [i, x] of xs.entries()) if (x.equals(median)) expect(scores[i]).toBe(700);
        }
        expect(scores.filter((s) => s >= 700).length).toBeGreaterThanOrEqual(Math.ceil(xs.length / 2));
      }),
    );
  });

  it('does not depend on the order of the totals, nor on a shift of them all', () => {
    fc.assert(
      fc.property(
        totals.chain((xs) => fc.tuple(fc.constant(xs), permuted(xs.map((x, i) => [x, i] as const)))),
        ([xs, shuffled]) => {
          const scores = standardise(xs, v1);
          const shuffledScores = standardise(
            shuffled.map(([x]) => x),
            v1,
          );
          for (const [k, [, i]] of shuffled.entries()) expect(shuffledScores[k]).toBe(scores[i]);
          const shifted = standardise(
            xs.map((x) => x.add(10)),
            v1,
          );
          expect(shifted).toEqual(scores);
        },
      ),
    );
  });
});
