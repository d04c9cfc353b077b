import { compareForRanking, rank, type RankingInput } from './ranking.js';

const item = (total: number, overrides: Partial<RankingInput> = {}): RankingInput => ({
  total,
  practical: 50,
  keyAspects: [],
  completionSeconds: null,
  ...overrides,
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
    expect(rank([a, { ...a }, { ...a, completionSeconds: 3001 }, { ...a, keyAspects: [16.67, 19.99] }])).toEqual([1, 1, 3, 4]);
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
