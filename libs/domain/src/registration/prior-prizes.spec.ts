import { firstPrizeYearsOf, type PriorPrizeState } from './prior-prizes.js';

const recorded = (entries: Array<[string, number[]]>): PriorPrizeState => ({ years: new Map(entries) });

describe("first prizes in a trade's line of editions", () => {
  it('unites the years entered by hand on this trade and on the earlier ones with the earlier editions’ own first prizes', () => {
    const earlier = [
      { tradeId: 'cnc-2027', year: 2027, recorded: recorded([['p-ann', [2024]]]), firstPrizeWinners: new Set(['p-bo']) },
      { tradeId: 'cnc-2026', year: 2026, recorded: recorded([]), firstPrizeWinners: new Set(['p-ann', 'p-bo']) },
    ];
    const own = recorded([['p-ann', [2019]]]);
    expect(firstPrizeYearsOf('p-ann', own, earlier)).toEqual([2019, 2024, 2026]);
    expect(firstPrizeYearsOf('p-bo', own, earlier)).toEqual([2026, 2027]);
    expect(firstPrizeYearsOf('p-cy', own, earlier)).toEqual([]);
  });

  it('is only the hand-entered years when the trade has no earlier edition in the platform', () => {
    expect(firstPrizeYearsOf('p-ann', recorded([['p-ann', [2025, 2025]]]), [])).toEqual([2025]);
  });
});
