import type { PrizePolicy, TradeDefinition } from '../catalogue/catalogue.types.js';
import { cncTrade, type LineFigures, resultLine } from '../testing/fixtures.js';
import { prizeCutOffs, prizeFor, rankTrade, type RankedLine } from './trade-results.js';

const line = (competitorNumber: number, total: number, figures: LineFigures = {}) =>
  resultLine(competitorNumber, total, { theory: 80, practical: 50, ...figures });
/** Contestants 1..n with the given totals. */
const field = (...totals: number[]) => totals.map((total, i) => line(i + 1, total));
const trade = (overrides: Partial<TradeDefinition> = {}): TradeDefinition => ({ ...cncTrade, ...overrides });

const column = <K extends keyof RankedLine>(rows: readonly RankedLine[], key: K) => rows.map((row) => row[key]);
const countOf = (rows: readonly RankedLine[], prize: RankedLine['prize']) => rows.filter((row) => row.prize === prize).length;

describe('prize cut-offs', () => {
  it.each([
    // ranked, 10/20/30 → cumulative 10 %, 30 %, 60 % rounded half up
    [10, { first: 1, second: 3, third: 6 }],
    [15, { first: 2, second: 5, third: 9 }], // 1.5, 4.5, 9
    [7, { first: 1, second: 2, third: 4 }], // 0.7, 2.1, 4.2
    [5, { first: 1, second: 2, third: 3 }], // 0.5, 1.5, 3
    [4, { first: 0, second: 1, third: 2 }], // 0.4, 1.2, 2.4
    [0, { first: 0, second: 0, third: 0 }],
  ])('given %i ranked contestants and the default 10/20/30 ratio, then the cut-offs are %j', (ranked, expected) => {
    expect(prizeCutOffs({ mode: 'ratio', first: 10, second: 20, third: 30 }, ranked)).toEqual(expected);
  });

  it('given fractional percents, then rounds the exact product half up', () => {
    // 12.5 % of 12 = 1.5 → 2; 37.5 % of 12 = 4.5 → 5; 75 % of 12 = 9
    expect(prizeCutOffs({ mode: 'ratio', first: 12.5, second: 25, third: 37.5 }, 12)).toEqual({ first: 2, second: 5, third: 9 });
  });

  it('given a count policy, then cumulates the counts whatever the number ranked', () => {
    expect(prizeCutOffs({ mode: 'count', first: 1, second: 2, third: 3 }, 40)).toEqual({ first: 1, second: 3, third: 6 });
    expect(prizeCutOffs({ mode: 'count', first: 3, second: 5, third: 8 }, 4)).toEqual({ first: 3, second: 8, third: 16 });
  });

  it('gives the prize of the first cut-off a rank is within', () => {
    const cutOffs = { first: 1, second: 3, third: 6 };
    expect([1, 2, 3, 4, 6, 7].map((r) => prizeFor(r, cutOffs))).toEqual(['first', 'second', 'second', 'third', 'third', null]);
    expect(prizeFor(1, { first: 0, second: 0, third: 1 })).toBe('third');
  });
});

describe('rankTrade', () => {
  describe('given ten present contestants with different totals and the default prize policy', () => {
    const lines = field(70, 95, 50, 90, 85, 55, 80, 60, 75, 65);
    const ranked = rankTrade(cncTrade, lines);

    it('when ranked, then the lines come back in the input order with their own data', () => {
      expect(column(ranked, 'competitorNumber')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10]);
      for (const [i, row] of ranked.entries()) expect(row).toEqual(expect.objectContaining({ ...lines[i] }));
    });

    it('then ranks by total, descending', () => {
      expect(column(ranked, 'rank')).toEqual([6, 1, 10, 2, 3, 9, 4, 8, 5, 7]);
    });

    it('then gives 1 first, 2 second and 3 third prizes (10 %, 20 %, 30 % of 10)', () => {
      expect(column(ranked, 'prize')).toEqual(['third', 'first', null, 'second', 'second', null, 'third', null, 'third', null]);
    });

    it('then gives no standardised score, medallion or honour when the trade has none', () => {
      for (const row of ranked) expect(row).toMatchObject({ standardised: null, medallion: false, honours: [] });
    });
  });

  it('given 15 contestants, then rounds the shares half up: 2 first, 3 second, 4 third', () => {
    const ranked = rankTrade(cncTrade, field(...Array.from({ length: 15 }, (_, i) => 90 - i)));
    expect([countOf(ranked, 'first'), countOf(ranked, 'second'), countOf(ranked, 'third'), countOf(ranked, null)]).toEqual([2, 3, 4, 6]);
  });

  it('given a count policy of 1/2/3, then gives exactly those counts', () => {
    const ranked = rankTrade(
      trade({ prizes: { mode: 'count', first: 1, second: 2, third: 3 } }),
      field(...Array.from({ length: 20 }, (_, i) => 90 - i)),
    );
    expect([countOf(ranked, 'first'), countOf(ranked, 'second'), countOf(ranked, 'third'), countOf(ranked, null)]).toEqual([1, 2, 3, 14]);
  });

  it('given a count policy larger than the field, then everyone present gets a prize', () => {
    const ranked = rankTrade(trade({ prizes: { mode: 'count', first: 2, second: 2, third: 2 } }), field(90, 80, 70));
    expect(column(ranked, 'prize')).toEqual(['first', 'first', 'second']);
  });

  describe('given ties at prize boundaries', () => {
    it('when two share first place of ten, then both get the first prize and the next is ranked 3rd', () => {
      const ranked = rankTrade(cncTrade, field(90, 90, 80, 75, 70, 65, 60, 55, 50, 45));
      expect(column(ranked, 'rank')).toEqual([1, 1, 3, 4, 5, 6, 7, 8, 9, 10]);
      expect(column(ranked, 'prize')).toEqual(['first', 'first', 'second', 'third', 'third', 'third', null, null, null, null]);
    });

    it('when a tie straddles the second cut-off, then all tied share the second prize', () => {
      const ranked = rankTrade(cncTrade, field(100, 90, 80, 80, 70, 60, 50, 40, 30, 20));
      expect(column(ranked, 'rank')).toEqual([1, 2, 3, 3, 5, 6, 7, 8, 9, 10]);
      expect(column(ranked, 'prize')).toEqual(['first', 'second', 'second', 'second', 'third', 'third', null, null, null, null]);
    });

    it('when four tie across the third cut-off, then all four share the third prize: 7 prizes for 6 places', () => {
      const ranked = rankTrade(cncTrade, field(100, 90, 80, 70, 70, 70, 70, 40, 30, 20));
      expect(column(ranked, 'rank')).toEqual([1, 2, 3, 4, 4, 4, 4, 8, 9, 10]);
      expect(column(ranked, 'prize')).toEqual(['first', 'second', 'second', 'third', 'third', 'third', 'third', null, null, null]);
    });

    it('when a tie starts just below the last cut-off, then none of the tied get a prize', () => {
      const ranked = rankTrade(cncTrade, field(100, 90, 80, 70, 60, 50, 40, 40, 30, 20));
      expect(column(ranked, 'rank')).toEqual([1, 2, 3, 4, 5, 6, 7, 7, 9, 10]);
      expect(column(ranked, 'prize')).toEqual(['first', 'second', 'second', 'third', 'third', 'third', null, null, null, null]);
    });
  });

  it('given equal totals, then applies the tie-breaks: practical, key aspects, completion time', () => {
    const ranked = rankTrade(cncTrade, [
      line(1, 80, { practical: 70 }),
      line(2, 80, { practical: 72, keyAspects: [10, 5] }),
      line(3, 80, { practical: 72, keyAspects: [10, 6], completionSeconds: 3600 }),
      line(4, 80, { practical: 72, keyAspects: [10, 6], completionSeconds: 3500 }),
      line(5, 80, { practical: 72, keyAspects: [10, 6], completionSeconds: 3500 }),
    ]);
    expect(column(ranked, 'rank')).toEqual([5, 4, 3, 1, 1]);
  });

  describe('given absent contestants', () => {
    const lines = [
      line(1, 0, { absent: true }),
      ...field(90, 80, 70, 60, 50, 40, 30, 20, 10, 5).map((l) => ({ ...l, competitorNumber: l.competitorNumber + 1 })),
      line(12, 0, { absent: true }),
    ];
    const ranked = rankTrade(cncTrade, lines);

    it('when ranked, then they share the place after the last present one, with nothing else', () => {
      expect(ranked[0]).toMatchObject({ competitorNumber: 1, rank: 11, prize: null, standardised: null, medallion: false, honours: [] });
      expect(ranked[11]).toMatchObject({ competitorNumber: 12, rank: 11, prize: null, honours: [] });
    });

    it('then the prizes are shared out over the present contestants only', () => {
      expect(column(ranked, 'prize')).toEqual([null, 'first', 'second', 'second', 'third', 'third', 'third', null, null, null, null, null]);
    });

    it('even when an absent contestant has a better total on record', () => {
      const withRecord = rankTrade(trade({ prizes: { mode: 'count', first: 1, second: 1, third: 1 } }), [
        line(1, 99, { absent: true }),
        line(2, 50),
      ]);
      expect(column(withRecord, 'rank')).toEqual([2, 1]);
      expect(column(withRecord, 'prize')).toEqual([null, 'first']);
    });
  });

  describe('given honours conditions', () => {
    const honoured = trade({ honours: { may_day_labour_medal: { minContestants: 10 }, technical_expert: { minContestants: 5 } } });

    it('when at least the minimum number are present, then the winner is recommended for both', () => {
      const ranked = rankTrade(honoured, field(50, 90, 80, 70, 60, 55, 45, 40, 35, 30));
      expect(column(ranked, 'honours')).toEqual([[], ['may_day_labour_medal', 'technical_expert'], [], [], [], [], [], [], [], []]);
    });

    it('when fewer are present, then only the honours whose minimum is met', () => {
      const lines = [...field(50, 90, 80, 70, 60, 55, 45, 40, 35), line(10, 0, { absent: true })];
      expect(column(rankTrade(honoured, lines), 'honours')[1]).toEqual(['technical_expert']);
      expect(column(rankTrade(honoured, field(90, 80, 70, 60)), 'honours')).toEqual([[], [], [], []]);
    });

    it('when two share first place, then both are recommended', () => {
      const ranked = rankTrade(honoured, field(90, 90, 80, 70, 60));
      expect(column(ranked, 'honours')).toEqual([['technical_expert'], ['technical_expert'], [], [], []]);
    });
  });

  describe('given a trade with the median700-v1 standardisation', () => {
    const standardised = trade({ standardisation: { version: 'median700-v1' } });
    const ranked = rankTrade(standardised, [...field(60, 70, 80, 90, 100), line(6, 0, { absent: true })]);

    it('when ranked, then each present contestant has a standardised score over the present totals', () => {
      // median 80, MAD 10: 700 + 30 · (x − 80) / 14.826
      expect(column(ranked, 'standardised')).toEqual([660, 680, 700, 720, 740, null]);
    });

    it('then the Medallion for Excellence goes to 700 and above', () => {
      expect(column(ranked, 'medallion')).toEqual([false, false, true, true, true, false]);
    });

    it('then the raw total still decides the rank', () => {
      expect(column(ranked, 'rank')).toEqual([5, 4, 3, 2, 1, 6]);
    });
  });

  it('given nobody, then ranks nobody', () => {
    expect(rankTrade(cncTrade, [])).toEqual([]);
  });
});

describe('no rank, prize or honour before a score', () => {
  const honoured = trade({ honours: { technical_expert: { minContestants: 1 } }, standardisation: { version: 'median700-v1' } });
  const unscored = (competitorNumber: number) => line(competitorNumber, 0, { theory: null, practical: 0, scored: false });

  it('given ten drawn contestants and nothing marked, then nobody has a rank, a prize, an honour or a standardised score', () => {
    const ranked = rankTrade(
      honoured,
      Array.from({ length: 10 }, (_, i) => unscored(i + 1)),
    );
    for (const row of ranked) expect(row).toMatchObject({ rank: null, prize: null, standardised: null, medallion: false, honours: [] });
  });

  it('given one contestant with a first counted aspect, then only that contestant is ranked, and the cut-offs count only them', () => {
    const lines = [unscored(1), line(2, 3.27, { theory: null }), ...[3, 4, 5, 6, 7, 8, 9, 10].map(unscored)];
    const ranked = rankTrade(honoured, lines);
    expect(column(ranked, 'rank')).toEqual([null, 1, null, null, null, null, null, null, null, null]);
    // One ranked, 10/20/30 rounded half up: 0.1 → 0, 0.3 → 0, 0.6 → 1: the one ranked holds a provisional third prize.
    expect(column(ranked, 'prize')).toEqual([null, 'third', null, null, null, null, null, null, null, null]);
    expect(ranked[1]).toMatchObject({ honours: ['technical_expert'], standardised: 700 });
    // Under "not exceeding" the one ranked holds the first prize every ranked field has.
    const notExceeding = rankTrade(trade({ prizes: { mode: 'ratio', first: 10, second: 20, third: 30, cutOff: 'not_exceeding' } }), lines);
    expect(column(notExceeding, 'prize')).toEqual([null, 'first', null, null, null, null, null, null, null, null]);
  });

  it('given a theory score and no practical mark, then the contestant is ranked', () => {
    expect(column(rankTrade(cncTrade, [unscored(1), line(2, 24, { theory: 80, practical: 0 })]), 'rank')).toEqual([null, 1]);
  });

  it('given absent contestants and unscored ones, then the absent keep the place after everyone present, with nothing else', () => {
    const ranked = rankTrade(cncTrade, [line(1, 50), unscored(2), line(3, 0, { absent: true, scored: false })]);
    expect(column(ranked, 'rank')).toEqual([1, null, 3]);
    expect(column(ranked, 'prize')).toEqual(['third', null, null]);
  });
});

describe('prize cut-off policies (docs/results-rules.md)', () => {
  const halfUp: PrizePolicy = { mode: 'ratio', first: 10, second: 20, third: 30 };
  const notExceeding: PrizePolicy = { ...halfUp, cutOff: 'not_exceeding' };
  const prizeCounts = (rows: readonly RankedLine[]) => [countOf(rows, 'first'), countOf(rows, 'second'), countOf(rows, 'third')];
  const descending = (n: number) => field(...Array.from({ length: n }, (_, i) => 90 - i));

  it.each([
    // ranked, round_half_up places (cumulative 10 / 30 / 60 % rounded half up), not_exceeding places (each rounded down, ≥ 1 first)
    [7, [1, 1, 2], [1, 1, 2]], // 0.7 → 1, 2.1 → 2, 4.2 → 4 | 0.7 → 0 ⇒ 1, 1.4 → 1, 2.1 → 2
    [9, [1, 2, 2], [1, 1, 2]], // 0.9 → 1, 2.7 → 3, 5.4 → 5 | 0.9 → 0 ⇒ 1, 1.8 → 1, 2.7 → 2
    [12, [1, 3, 3], [1, 2, 3]], // 1.2 → 1, 3.6 → 4, 7.2 → 7 | 1.2 → 1, 2.4 → 2, 3.6 → 3
  ] as const)(
    'given %i contestants without ties, then round_half_up gives %j and not_exceeding %j',
    (n, roundHalfUp, notExceedingCounts) => {
      expect(prizeCounts(rankTrade(trade({ prizes: halfUp }), descending(n)))).toEqual(roundHalfUp);
      expect(prizeCounts(rankTrade(trade({ prizes: notExceeding }), descending(n)))).toEqual(notExceedingCounts);
    },
  );

  it('given no cutOff, then the policy is round_half_up', () => {
    const explicit = rankTrade(trade({ prizes: { ...halfUp, cutOff: 'round_half_up' } }), descending(12));
    expect(rankTrade(trade({ prizes: halfUp }), descending(12))).toEqual(explicit);
  });

  it('given 7 with two tied at the last third-prize place, then round_half_up gives both the third prize, not_exceeding neither', () => {
    const lines = field(90, 85, 80, 75, 75, 60, 55);
    expect(column(rankTrade(trade({ prizes: halfUp }), lines), 'prize')).toEqual([
      'first',
      'second',
      'third',
      'third',
      'third',
      null,
      null,
    ]);
    // Third prize: 2 places; the 3rd takes one, the tie of two at rank 4 does not fit in the one left.
    expect(column(rankTrade(trade({ prizes: notExceeding }), lines), 'prize')).toEqual([
      'first',
      'second',
      'third',
      null,
      null,
      null,
      null,
    ]);
  });

  it('given 12 with a tie straddling the second-prize places, then not_exceeding moves the tie down to the third prize', () => {
    const lines = field(95, 90, 85, 85, 80, 75, 70, 65, 60, 55, 50, 45);
    expect(column(rankTrade(trade({ prizes: halfUp }), lines), 'rank')).toEqual([1, 2, 3, 3, 5, 6, 7, 8, 9, 10, 11, 12]);
    // round_half_up, cut-offs 1, 4, 7: the tie is within the second prize.
    expect(prizeCounts(rankTrade(trade({ prizes: halfUp }), lines))).toEqual([1, 3, 3]);
    // not_exceeding, places 1, 2, 3: rank 2 takes one second prize; the tie of two does not fit in the one left,
    // so it takes two of the three third prizes; rank 5 the last one; nobody below.
    expect(column(rankTrade(trade({ prizes: notExceeding }), lines), 'prize')).toEqual([
      'first',
      'second',
      'third',
      'third',
      'third',
      null,
      null,
      null,
      null,
      null,
      null,
      null,
    ]);
  });

  it('given 9 with two tied at the top, then not_exceeding gives both the first prize and keeps the places of the others', () => {
    const lines = field(90, 90, 85, 80, 75, 70, 65, 60, 55);
    expect(column(rankTrade(trade({ prizes: notExceeding }), lines), 'prize')).toEqual([
      'first',
      'first',
      'second',
      'third',
      'third',
      null,
      null,
      null,
      null,
    ]);
    // round_half_up, cut-offs 1, 3, 5: the same here.
    expect(column(rankTrade(trade({ prizes: halfUp }), lines), 'prize')).toEqual([
      'first',
      'first',
      'second',
      'third',
      'third',
      null,
      null,
      null,
      null,
    ]);
  });

  it('given a count policy and not_exceeding, then a tie that does not fit goes to the next prize with room', () => {
    const counts: PrizePolicy = { mode: 'count', first: 1, second: 1, third: 3, cutOff: 'not_exceeding' };
    const lines = field(90, 80, 80, 70, 60, 50);
    expect(column(rankTrade(trade({ prizes: counts }), lines), 'prize')).toEqual(['first', 'third', 'third', 'third', null, null]);
  });
});

describe('key aspects: in order or by their sum', () => {
  // Equal totals and practical scores; the key aspects (j-finish, m-diameter) decide.
  const lines = [
    line(1, 80, { practical: 70, keyAspects: [20, 10] }), // sum 30
    line(2, 80, { practical: 70, keyAspects: [19, 15] }), // sum 34
    line(3, 80, { practical: 70, keyAspects: [24, 10] }), // sum 34
  ];

  it('given in_order (the default), then the first key aspect decides: 3, 1, 2', () => {
    expect(column(rankTrade(cncTrade, lines), 'rank')).toEqual([2, 3, 1]);
    expect(column(rankTrade(trade({ keyAspectComparison: 'in_order' }), lines), 'rank')).toEqual([2, 3, 1]);
  });

  it('given sum, then the larger sum ranks above and equal sums share the rank until the completion time', () => {
    expect(column(rankTrade(trade({ keyAspectComparison: 'sum' }), lines), 'rank')).toEqual([3, 1, 1]);
    const timed = [lines[0], { ...lines[1], completionSeconds: 3000 }, { ...lines[2], completionSeconds: 3100 }];
    expect(column(rankTrade(trade({ keyAspectComparison: 'sum' }), timed), 'rank')).toEqual([3, 1, 2]);
  });
});
