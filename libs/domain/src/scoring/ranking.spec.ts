import { fromDecimal, ratio } from './exact.js';
import { compareForRanking, rank, type RankingInput } from './ranking.js';

interface Figures {
  practical?: number;
  keyAspects?: Array<number | null>;
  completionSeconds?: number | null;
}

/** A ranking input from two-decimal figures. */
const item = (total: number, { practical = 50, keyAspects = [], completionSeconds = null }: Figures = {}): RankingInput => ({
  total: fromDecimal(total),
  practical: fromDecimal(practical),
  keyAspects: keyAspects.map((mark) => (mark === null ? null : fromDecimal(mark))),
  completionSeconds,
});

describe('rank', () => {
  it('ranks by total, descending, in the items’ order', () => {
    expect(rank([item(80), item(90), item(85)])).toEqual([3, 1, 2]);
  });

  it('gives exact ties the same rank and skips the next ones (1, 2, 2, 4)', () => {
    expect(rank([item(90), item(85), item(85), item(70)])).toEqual([1, 2, 2, 4]);
    expect(rank([item(80), item(90), item(90), item(100), item(90)])).toEqual([5, 2, 2, 1, 2]);
    expect(rank([item(60), item(60), item(60)])).toEqual([1, 1, 1]);
  });

  it('ranks nothing and one item', () => {
    expect(rank([])).toEqual([]);
    expect(rank([item(0)])).toEqual([1]);
  });

  it('breaks a tie on the total by the higher practical score', () => {
    expect(rank([item(87, { practical: 80 }), item(87, { practical: 90 })])).toEqual([2, 1]);
  });

  it('then by the key aspects, in the trade’s order', () => {
    expect(rank([item(87, { keyAspects: [10, 5] }), item(87, { keyAspects: [10, 6] }), item(87, { keyAspects: [11, 0] })])).toEqual([
      3, 2, 1,
    ]);
  });

  it('ranks an unmarked key aspect below a key aspect marked 0', () => {
    expect(rank([item(87, { keyAspects: [null] }), item(87, { keyAspects: [0] })])).toEqual([2, 1]);
    expect(rank([item(87, { keyAspects: [10] }), item(87, { keyAspects: [10, 0] })])).toEqual([2, 1]);
  });

  it('then by the shorter completion time; an unrecorded time comes after any recorded one', () => {
    expect(rank([item(87, { completionSeconds: 3600 }), item(87, { completionSeconds: 3599 })])).toEqual([2, 1]);
    expect(rank([item(87, { completionSeconds: null }), item(87, { completionSeconds: 7200 })])).toEqual([2, 1]);
    expect(rank([item(87, { completionSeconds: null }), item(87, { completionSeconds: null })])).toEqual([1, 1]);
  });

  it('applies the tie-breaks only in order: a better total wins over everything else', () => {
    const winner = item(87.01, { practical: 0, keyAspects: [0], completionSeconds: 9999 });
    const runnerUp = item(87, { practical: 100, keyAspects: [30], completionSeconds: 1 });
    expect(rank([runnerUp, winner])).toEqual([2, 1]);
  });

  it('shares a rank only when every tie-break is equal', () => {
    const a = item(87, { practical: 60, keyAspects: [16.67, 20], completionSeconds: 3000 });
    expect(rank([a, { ...a }, { ...a, completionSeconds: 3001 }, { ...a, keyAspects: [fromDecimal(16.67), fromDecimal(19.99)] }])).toEqual([
      1, 1, 3, 4,
    ]);
  });

  it('ranks on exact values: totals apart by less than 0.01 are not tied', () => {
    // 5627/100 = 56.27 and 16882/300 = 56.2733…: both show 56.27, yet the second ranks above.
    const shown = item(56.27);
    const above = { ...shown, total: ratio(16_882, 300) };
    expect(rank([shown, above])).toEqual([2, 1]);
  });
});

describe('key aspects compared by their sum', () => {
  const first = item(87, { keyAspects: [10, 5] }); // sum 15
  const second = item(87, { keyAspects: [9, 7] }); // sum 16
  const third = item(87, { keyAspects: [16, null] }); // sum 16: an unmarked key aspect adds nothing

  it('given in_order, then the first key aspect that differs decides', () => {
    expect(rank([first, second, third], 'in_order')).toEqual([2, 3, 1]);
  });

  it('given sum, then the larger sum ranks above, and equal sums stay tied for the next tie-break', () => {
    expect(rank([first, second, third], 'sum')).toEqual([3, 1, 1]);
    expect(rank([first, second, { ...third, completionSeconds: 100 }], 'sum')).toEqual([3, 2, 1]);
  });
});

describe('compareForRanking', () => {
  it('is negative when a ranks above b, positive below, 0 when tied', () => {
    expect(compareForRanking(item(90), item(80))).toBeLessThan(0);
    expect(compareForRanking(item(80), item(90))).toBeGreaterThan(0);
    expect(compareForRanking(item(80, { keyAspects: [1, null] }), item(80, { keyAspects: [1] }))).toBe(0);
    expect(compareForRanking(item(80, { completionSeconds: 10 }), item(80, { completionSeconds: null }))).toBeLessThan(0);
  });
});
