import fc from 'fast-check';
import type { Aspect, TradeDefinition } from '../catalogue/catalogue.types.js';
import { drawOrder } from '../catalogue/draw.js';
import { aspectsOf } from '../catalogue/trade.js';
import {
  decideScoreSheet,
  evolveScoreSheet,
  initialScoreSheetState,
  type ScoreSheetCommand,
  type ScoreSheetEvent,
  type ScoreSheetState,
} from '../judging/score-sheet.js';
import { calculateResult, type ContestantResult } from '../results/contestant-result.js';
import { fold } from '../shared/decider.js';
import { cncTrade, judgeIds, readyTradeEvents, sheetContext, tradeStateOf, weldingTrade } from '../testing/fixtures.js';
import { compareForRanking, rank, type RankingInput } from './ranking.js';
import { fromDecimal, parseExact, ratio, roundHalfUp } from './exact.js';
import { judgementAspectMark } from './scoring.js';

// ---- ranking ----------------------------------------------------------------------------------

/** Few distinct values, so that ties at every level of the comparator are common. */
const rankingInput: fc.Arbitrary<RankingInput> = fc.record({
  total: fc.constantFrom(60, 70.5, 80).map(fromDecimal),
  practical: fc.constantFrom(50, 60.25).map(fromDecimal),
  keyAspects: fc.array(fc.option(fc.constantFrom(0, 5, 10).map(fromDecimal), { nil: null }), { maxLength: 2 }),
  completionSeconds: fc.option(fc.constantFrom(100, 200), { nil: null }),
});
const rankingInputs = fc.array(rankingInput, { maxLength: 12 });

describe('ranking (properties)', () => {
  it('gives ranks in 1..n', () => {
    fc.assert(
      fc.property(rankingInputs, (items) => {
        const ranks = rank(items);
        expect(ranks).toHaveLength(items.length);
        for (const r of ranks) expect(Number.isInteger(r) && r >= 1 && r <= items.length).toBe(true);
      }),
    );
  });

  it('is consistent with the comparator: better never gets a larger rank number, exact ties share a rank', () => {
    fc.assert(
      fc.property(rankingInputs, (items) => {
        const ranks = rank(items);
        for (const [i, a] of items.entries())
          for (const [j, b] of items.entries()) {
            const comparison = compareForRanking(a, b);
            if (comparison < 0) expect(ranks[i]).toBeLessThan(ranks[j]);
            if (comparison === 0) expect(ranks[i]).toBe(ranks[j]);
            if (comparison > 0) expect(ranks[i]).toBeGreaterThan(ranks[j]);
          }
      }),
    );
  });

  it('is standard competition ranking: rank = 1 + the number of strictly better items', () => {
    fc.assert(
      fc.property(rankingInputs, (items) => {
        const ranks = rank(items);
        for (const [i, a] of items.entries()) expect(ranks[i]).toBe(1 + items.filter((b) => compareForRanking(b, a) < 0).length);
      }),
    );
  });

  it('follows rank k by rank k + the number of items tied at k', () => {
    fc.assert(
      fc.property(rankingInputs, (items) => {
        const ranks = rank(items);
        const distinct = [...new Set(ranks)].sort((a, b) => a - b);
        if (items.length > 0) expect(distinct[0]).toBe(1);
        for (let k = 0; k + 1 < distinct.length; k++) {
          const tied = ranks.filter((r) => r === distinct[k]).length;
          expect(distinct[k + 1]).toBe(distinct[k] + tied);
        }
      }),
    );
  });

  it('does not depend on the order of the items', () => {
    fc.assert(
      fc.property(
        rankingInputs.chain((items) =>
          fc.tuple(
            fc.constant(items),
            fc.shuffledSubarray(
              items.map((_, i) => i),
              { minLength: items.length, maxLength: items.length },
            ),
          ),
        ),
        ([items, permutation]) => {
          const ranks = rank(items);
          const permutedRanks = rank(permutation.map((i) => items[i]));
          expect(permutation.map((i) => ranks[i])).toEqual(permutedRanks);
        },
      ),
    );
  });
});

// ---- judgement aspect marks -------------------------------------------------------------------

describe('judgement aspect mark (properties)', () => {
  const levels = fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 1, maxLength: 7 });
  const maxHundredths = fc.integer({ min: 1, max: 10_000 });

  it('lies between min level ÷ 3 × max and max level ÷ 3 × max, trimmed or not', () => {
    fc.assert(
      fc.property(levels, maxHundredths, fc.boolean(), (ls, maxH, trimmed) => {
        const mark = judgementAspectMark(ls, maxH / 100, trimmed);
        expect(mark.gte(ratio(Math.min(...ls) * maxH, 300))).toBe(true);
        expect(mark.lte(ratio(Math.max(...ls) * maxH, 300))).toBe(true);
        expect(mark.gte(0)).toBe(true);
        expect(mark.lte(ratio(maxH, 100))).toBe(true);
      }),
    );
  });

  it('with the trimmed mean and 5+ levels, lies between the second lowest and second highest level', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 5, maxLength: 7 }), maxHundredths, (ls, maxH) => {
        const sorted = [...ls].sort((a, b) => a - b);
        const mark = judgementAspectMark(ls, maxH / 100, true);
        expect(mark.gte(ratio(sorted[1] * maxH, 300))).toBe(true);
        expect(mark.lte(ratio(sorted[sorted.length - 2] * maxH, 300))).toBe(true);
      }),
    );
  });

  it('does not depend on the order of the levels', () => {
    fc.assert(
      fc.property(levels, maxHundredths, fc.boolean(), (ls, maxH, trimmed) => {
        expect(judgementAspectMark([...ls].reverse(), maxH / 100, trimmed).equals(judgementAspectMark(ls, maxH / 100, trimmed))).toBe(true);
      }),
    );
  });
});

// ---- results from score sheets ----------------------------------------------------------------

const submit = (trade: TradeDefinition, aspectId: string, judgeId: string, mark: number): ScoreSheetCommand => ({
  type: 'SubmitMark',
  tradeId: trade.id,
  competitorNumber: 1,
  aspectId,
  judgeId,
  mark,
});

/** Some of the marks an aspect may get: a measurement from one judge, a judgement from any subset of the panel. */
function aspectMarks(trade: TradeDefinition, aspect: Aspect): fc.Arbitrary<ScoreSheetCommand[]> {
  const judges = judgeIds(trade);
  if (aspect.type === 'measurement') {
    return fc
      .option(fc.tuple(fc.constantFrom(...judges), fc.integer({ min: 0, max: Math.round(aspect.maxMark * 100) })), { nil: null })
      .map((given) => (given ? [submit(trade, aspect.id, given[0], given[1] / 100)] : []));
  }
  return fc
    .subarray(judges)
    .chain((panel) =>
      fc
        .array(fc.integer({ min: 0, max: 3 }), { minLength: panel.length, maxLength: panel.length })
        .map((levels) => panel.map((judgeId, i) => submit(trade, aspect.id, judgeId, levels[i]))),
    );
}

const markingOf = (trade: TradeDefinition) =>
  fc.tuple(...aspectsOf(trade).map((aspect) => aspectMarks(trade, aspect))).map((perAspect) => ({ trade, commands: perAspect.flat() }));

/** A trade and the marks of one competitor, with the same marks in another order. */
const markingInTwoOrders = fc
  .oneof(markingOf(cncTrade), markingOf(weldingTrade))
  .chain(({ trade, commands }) =>
    fc
      .shuffledSubarray(commands, { minLength: commands.length, maxLength: commands.length })
      .map((shuffled) => ({ trade, commands, shuffled })),
  );

/** Runs every command through the decider, in order; every one must be accepted. */
function submitAll(trade: TradeDefinition, commands: readonly ScoreSheetCommand[]): { events: ScoreSheetEvent[]; sheet: ScoreSheetState } {
  const tradeState = tradeStateOf(readyTradeEvents(trade, 1));
  const events: ScoreSheetEvent[] = [];
  let sheet = initialScoreSheetState;
  for (const command of commands) {
    const decided = decideScoreSheet(command, sheet, sheetContext(tradeState));
    // A panel whose marks differ by more than 1 is flagged for a re-mark along with the mark that completes it.
    expect(decided.map((e) => e.type)).toEqual(expect.arrayContaining(['MarkSubmitted']));
    events.push(...decided);
    sheet = decided.reduce(evolveScoreSheet, sheet);
  }
  return { events, sheet };
}

const withoutRevision = ({ sheetRevision: _revision, ...rest }: ContestantResult) => rest;

describe('results from score sheets (properties)', () => {
  it('do not depend on the order in which the marks arrive', () => {
    fc.assert(
      fc.property(markingInTwoOrders, ({ trade, commands, shuffled }) => {
        const inOrder = submitAll(trade, commands);
        const reordered = submitAll(trade, shuffled);
        const a = calculateResult(trade, 1, inOrder.sheet, inOrder.events.length);
        const b = calculateResult(trade, 1, reordered.sheet, reordered.events.length + 7);
        expect(withoutRevision(b)).toEqual(withoutRevision(a));
        expect(b.sheetRevision).toBe(a.sheetRevision + 7);
      }),
    );
  });

  it('count exactly the measurements given and the judgement aspects whose whole panel has marked', () => {
    fc.assert(
      fc.property(fc.oneof(markingOf(cncTrade), markingOf(weldingTrade)), ({ trade, commands }) => {
        const result = calculateResult(trade, 1, submitAll(trade, commands).sheet, commands.length);
        const marked = aspectsOf(trade).filter((aspect) => {
          const levels = commands
            .filter((c) => c.type === 'SubmitMark' && c.aspectId === aspect.id)
            .map((c) => (c.type === 'SubmitMark' ? c.mark : 0));
          if (aspect.type === 'measurement') return levels.length === 1;
          // A complete panel counts only when its marks are within 1 level; otherwise it is re-marked.
          return levels.length === trade.panelSize && Math.max(...levels) - Math.min(...levels) <= 1;
        });
        expect(result.markedAspects).toBe(marked.length);
        expect(result.status).toBe(
          marked.length === result.totalAspects ? 'practical_complete' : commands.length > 0 ? 'in_progress' : 'not_started',
        );
        expect(result.practical).toBeGreaterThanOrEqual(0);
        expect(result.practical).toBeLessThanOrEqual(marked.reduce((sum, a) => sum + a.maxMark, 0) + 1e-9);
        // Without theory, the total is the practical share of the exact practical score, rounded only at the end.
        const practical = parseExact(result.exact!.practical);
        expect(result.practical).toBe(roundHalfUp(practical));
        expect(result.total).toBe(roundHalfUp(practical.mul(trade.weights.practical).div(100)));
      }),
    );
  });

  it('are the same when the same events are replayed', () => {
    fc.assert(
      fc.property(fc.oneof(markingOf(cncTrade), markingOf(weldingTrade)), ({ trade, commands }) => {
        const { events, sheet } = submitAll(trade, commands);
        const replayed = fold(evolveScoreSheet, initialScoreSheetState, events);
        expect([...replayed.marks]).toEqual([...sheet.marks]);
        expect(calculateResult(trade, 1, replayed, events.length)).toEqual(calculateResult(trade, 1, sheet, events.length));
        expect(calculateResult(trade, 1, fold(evolveScoreSheet, initialScoreSheetState, events), events.length)).toEqual(
          calculateResult(trade, 1, replayed, events.length),
        );
      }),
    );
  });
});

// ---- the draw ---------------------------------------------------------------------------------

describe('drawOrder (properties)', () => {
  const entryIds = fc.uniqueArray(fc.stringMatching(/^entry-[a-z0-9]{1,8}$/), { maxLength: 40 });
  const seed = fc.string({ minLength: 1, maxLength: 32 });

  it('is a permutation of the entries, each once', () => {
    fc.assert(
      fc.property(seed, entryIds, (s, ids) => {
        const order = drawOrder(s, ids);
        expect([...order].sort()).toEqual([...ids].sort());
      }),
    );
  });

  it('does not depend on the order of the input, nor on repeats in it', () => {
    fc.assert(
      fc.property(
        seed,
        entryIds.chain((ids) => fc.tuple(fc.constant(ids), fc.shuffledSubarray(ids, { minLength: ids.length, maxLength: ids.length }))),
        (s, [ids, shuffled]) => {
          expect(drawOrder(s, shuffled)).toEqual(drawOrder(s, ids));
          expect(drawOrder(s, [...shuffled, ...ids])).toEqual(drawOrder(s, ids));
        },
      ),
    );
  });

  it('is deterministic for a seed', () => {
    fc.assert(
      fc.property(seed, entryIds, (s, ids) => {
        expect(drawOrder(s, ids)).toEqual(drawOrder(s, [...ids]));
      }),
    );
  });

  it('actually shuffles, and another seed gives another order (examples)', () => {
    const ids = Array.from({ length: 20 }, (_, i) => `entry-${String(i).padStart(2, '0')}`);
    const a = drawOrder('seed-a', ids);
    expect(a).not.toEqual(ids);
    expect(drawOrder('seed-b', ids)).not.toEqual(a);
    expect(drawOrder('2026-trade-cnc', ['entry-a', 'entry-b', 'entry-c', 'entry-d', 'entry-e'])).toEqual([
      'entry-d',
      'entry-c',
      'entry-e',
      'entry-a',
      'entry-b',
    ]);
    expect(drawOrder('seed', [])).toEqual([]);
    expect(drawOrder('seed', ['only'])).toEqual(['only']);
  });
});
