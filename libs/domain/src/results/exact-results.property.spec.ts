import fc from 'fast-check';
import type { Aspect, PrizePolicy, TradeDefinition } from '../catalogue/catalogue.types.js';
import { initialScoreSheetState, type JudgeMark, type ScoreSheetState } from '../judging/score-sheet.js';
import { exactText, ratio } from '../scoring/exact.js';
import { cncTrade } from '../testing/fixtures.js';
import { calculateResult, type ContestantResult } from './contestant-result.js';
import { resultLines } from './trade-ranking.js';
import { rankTrade } from './trade-results.js';

/**
 * Results against the written formula (docs/results-rules.md), computed here independently with
 * plain BigInt numerators and denominators:
 *   aspect  = measured mark, or (Σ counted levels) ÷ (3 × counted) × max mark
 *   theory  = correct ÷ questions × 100
 *   total   = theory × w_theory ÷ 100 + Σ aspects × w_practical ÷ 100
 * and shown rounded half up to 0.01.
 */

// ---- an exact oracle --------------------------------------------------------------------------

interface Q {
  n: bigint;
  d: bigint;
}
const q = (n: bigint | number, d: bigint | number = 1n): Q => ({ n: BigInt(n), d: BigInt(d) });
const add = (a: Q, b: Q): Q => ({ n: a.n * b.d + b.n * a.d, d: a.d * b.d });
const mul = (a: Q, b: Q): Q => ({ n: a.n * b.n, d: a.d * b.d });
const equal = (a: Q, b: Q) => a.n * b.d === b.n * a.d;
/** Half up to hundredths, for a value ≥ 0: ⌊(200 n + d) ÷ 2d⌋ ÷ 100. */
const shown = (a: Q) => Number((200n * a.n + a.d) / (2n * a.d)) / 100;
const fromText = (text: string): Q => {
  const [n, d] = text.split('/');
  return q(BigInt(n), BigInt(d));
};

// ---- random schemes and marks -----------------------------------------------------------------

/** Max marks in hundredths summing to 100.00: `count` positive parts. */
const maxMarks = (count: number) =>
  fc
    .uniqueArray(fc.integer({ min: 1, max: 9_999 }), { minLength: count - 1, maxLength: count - 1 })
    .map((cuts) => [0, ...cuts.sort((a, b) => a - b), 10_000].slice(1).map((cut, i, all) => cut - (i === 0 ? 0 : all[i - 1])));

interface Scenario {
  trade: TradeDefinition;
  sheet: ScoreSheetState;
  correct: number | null;
}

const scenario: fc.Arbitrary<Scenario> = fc
  .record({
    aspectCount: fc.integer({ min: 1, max: 9 }),
    panelSize: fc.constantFrom(3 as const, 5 as const),
    trimmedMean: fc.boolean(),
    theoryWeight: fc.integer({ min: 0, max: 100 }),
    questions: fc.integer({ min: 1, max: 150 }),
  })
  .chain(({ aspectCount, panelSize, trimmedMean, theoryWeight, questions }) =>
    fc.record({
      maxes: maxMarks(aspectCount),
      types: fc.array(fc.constantFrom('measurement' as const, 'judgement' as const), { minLength: aspectCount, maxLength: aspectCount }),
      modules: fc.integer({ min: 1, max: Math.min(3, aspectCount) }),
      // Per aspect: a measurement in hundredths of its max (as a share), or the panel's levels; null = not marked.
      given: fc.array(
        fc.option(
          fc.record({
            share: fc.integer({ min: 0, max: 10_000 }),
            levels: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: panelSize, maxLength: panelSize }),
          }),
          { nil: null },
        ),
        { minLength: aspectCount, maxLength: aspectCount },
      ),
      correct: fc.option(fc.integer({ min: 0, max: questions }), { nil: null }),
      panelSize: fc.constant(panelSize),
      trimmedMean: fc.constant(trimmedMean),
      theoryWeight: fc.constant(theoryWeight),
      questions: fc.constant(questions),
    }),
  )
  .map(({ maxes, types, modules, given, correct, panelSize, trimmedMean, theoryWeight, questions }) => {
    const aspects: Aspect[] = maxes.map((maxH, i) =>
      types[i] === 'measurement'
        ? { id: `a${i}`, type: 'measurement', description: `aspect ${i}`, maxMark: maxH / 100 }
        : { id: `a${i}`, type: 'judgement', description: `aspect ${i}`, maxMark: maxH / 100, descriptors: ['0', '1', '2', '3'] },
    );
    const trade: TradeDefinition = {
      ...cncTrade,
      panelSize,
      trimmedMean,
      weights: { theory: theoryWeight, practical: 100 - theoryWeight },
      keyAspectIds: [aspects[0].id],
      theory: { answerKey: Array.from({ length: questions }, () => 'A') },
      scheme: {
        subCriteria: Array.from({ length: modules }, (_, m) => ({
          id: `m${m}`,
          name: `module ${m}`,
          aspects: aspects.filter((_, i) => i % modules === m),
        })),
      },
    };
    const marks = new Map<string, JudgeMark[]>();
    aspects.forEach((aspect, i) => {
      const mark = given[i];
      if (!mark) return;
      marks.set(
        aspect.id,
        aspect.type === 'measurement'
          ? [{ judgeId: 'j1', mark: Math.floor((mark.share * maxes[i]) / 10_000) / 100 }]
          : mark.levels.map((level, j) => ({ judgeId: `j${j + 1}`, mark: level })),
      );
    });
    const theoryAnswers = correct === null ? undefined : Array.from({ length: questions }, (_, k) => (k < correct ? 'A' : 'B'));
    return { trade, sheet: { ...initialScoreSheetState, marks, theoryAnswers }, correct };
  });

/** The formula, by hand. */
function expectedTotal({ trade, sheet, correct }: Scenario): { practical: Q; total: Q; theory: Q | null } {
  let practical = q(0);
  for (const aspect of trade.scheme.subCriteria.flatMap((s) => s.aspects)) {
    const marks = sheet.marks.get(aspect.id);
    if (!marks) continue;
    if (aspect.type === 'measurement') {
      practical = add(practical, q(Math.round(marks[0].mark * 100), 100));
      continue;
    }
    let levels = marks.map((m) => m.mark).sort((a, b) => a - b);
    if (trade.trimmedMean && levels.length >= 5) levels = levels.slice(1, -1);
    const levelSum = levels.reduce((a, b) => a + b, 0);
    practical = add(practical, q(levelSum * Math.round(aspect.maxMark * 100), 100 * 3 * levels.length));
  }
  const questions = trade.theory!.answerKey.length;
  const theory = correct === null ? null : q(correct * 100, questions);
  const total = add(mul(theory ?? q(0), q(trade.weights.theory, 100)), mul(practical, q(trade.weights.practical, 100)));
  return { practical, total, theory };
}

describe('exact results (properties)', () => {
  it('give a total equal to the exact formula for random schemes and marks, shown rounded half up', () => {
    fc.assert(
      fc.property(scenario, (s) => {
        const result = calculateResult(s.trade, 1, s.sheet, 1);
        const expected = expectedTotal(s);
        expect(equal(fromText(result.exact!.total), expected.total)).toBe(true);
        expect(equal(fromText(result.exact!.practical), expected.practical)).toBe(true);
        expect(result.total).toBe(shown(expected.total));
        expect(result.practical).toBe(shown(expected.practical));
        expect(result.theory).toBe(expected.theory === null ? null : shown(expected.theory));
      }),
      { numRuns: 300 },
    );
  });

  it('give the same total when the marks are permuted among aspects of the same max mark', () => {
    // Six judgement aspects of 10 and one measurement of 40; the judges' levels are shuffled among the six.
    const trade: TradeDefinition = {
      ...cncTrade,
      keyAspectIds: ['m'],
      scheme: {
        subCriteria: [
          {
            id: 'all',
            name: 'all',
            aspects: [
              { id: 'm', type: 'measurement', description: 'm', maxMark: 40 },
              ...Array.from(
                { length: 6 },
                (_, i): Aspect => ({
                  id: `j${i}`,
                  type: 'judgement',
                  description: `j${i}`,
                  maxMark: 10,
                  descriptors: ['0', '1', '2', '3'],
                }),
              ),
            ],
          },
        ],
      },
    };
    const levels = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 18, maxLength: 18 });
    fc.assert(
      fc.property(
        levels.chain((ls) => fc.tuple(fc.constant(ls), fc.shuffledSubarray(ls, { minLength: 18, maxLength: 18 }))),
        fc.integer({ min: 0, max: 4_000 }),
        ([given, shuffled], measuredH) => {
          const sheetOf = (ls: readonly number[]): ScoreSheetState => ({
            ...initialScoreSheetState,
            marks: new Map([
              ['m', [{ judgeId: 'j1', mark: measuredH / 100 }]],
              ...Array.from({ length: 6 }, (_, i): [string, JudgeMark[]] => [
                `j${i}`,
                ls.slice(3 * i, 3 * i + 3).map((mark, j) => ({ judgeId: `j${j + 1}`, mark })),
              ]),
            ]),
          });
          const a = calculateResult(trade, 1, sheetOf(given), 1);
          const b = calculateResult(trade, 2, sheetOf(shuffled), 1);
          expect(b.exact!.total).toBe(a.exact!.total);
          expect(b.total).toBe(a.total);
          // Equal marks, equal totals: the two share their rank and their prize.
          const ranked = rankResults(trade, [a, b]);
          expect(ranked[1].rank).toBe(ranked[0].rank);
          expect(ranked[1].prize).toBe(ranked[0].prize);
        },
      ),
    );
  });

  it('rank and give prizes on the exact values only: the figures shown do not matter', () => {
    const policy = fc.constantFrom<PrizePolicy>(
      { mode: 'ratio', first: 10, second: 20, third: 30 },
      { mode: 'ratio', first: 10, second: 20, third: 30, cutOff: 'not_exceeding' },
      { mode: 'count', first: 1, second: 2, third: 3 },
    );
    // Totals that differ below 0.01 (thirds of a hundredth) round to the same figure, or apart.
    const exactTotals = fc.array(fc.integer({ min: 0, max: 3_000 }), { minLength: 1, maxLength: 30 });
    fc.assert(
      fc.property(exactTotals, policy, fc.boolean(), (thirds, prizes, shiftFigures) => {
        const trade = { ...cncTrade, prizes };
        const results = thirds.map((t, i) => resultWith(i + 1, t, shiftFigures));
        const ranked = rankResults(trade, results);
        // The same exact values with other figures shown give the same ranks and prizes.
        const again = rankResults(
          trade,
          thirds.map((t, i) => resultWith(i + 1, t, !shiftFigures)),
        );
        expect(again.map((r) => [r.rank, r.prize])).toEqual(ranked.map((r) => [r.rank, r.prize]));
        // Ranks follow the exact totals: a larger exact total never ranks below.
        for (const [i, x] of ranked.entries())
          for (const [j, y] of ranked.entries()) if (thirds[i] > thirds[j]) expect(x.rank!).toBeLessThan(y.rank!);
      }),
    );
  });
});

/** A result with the exact total `thirds` ÷ 300 (practical the same), and figures that may be off by 0.01. */
function resultWith(competitorNumber: number, thirds: number, shiftFigures: boolean): ContestantResult {
  const exact = exactText(ratio(thirds, 300));
  const figure = Math.round(thirds / 3) / 100 + (shiftFigures ? 0.01 : 0);
  return {
    tradeId: cncTrade.id,
    competitorNumber,
    sheetRevision: 1,
    theory: null,
    practical: figure,
    total: figure,
    markedAspects: 1,
    totalAspects: 6,
    keyAspects: [null, null],
    exact: { theory: null, practical: exact, total: exact, keyAspects: [null, null] },
    status: 'in_progress',
  };
}

/** Ranks results as the ranking job does: every one drawn and present. */
function rankResults(trade: TradeDefinition, results: readonly ContestantResult[]) {
  const tradeState = {
    panel: [],
    definition: trade,
    competitors: new Map(results.map((r) => [r.competitorNumber, `e${r.competitorNumber}`])),
  };
  return rankTrade(trade, resultLines(tradeState, new Map(results.map((r) => [r.competitorNumber, r]))));
}
