import { ratio } from '../scoring/exact.js';
import { cncTrade, resultLine as line } from '../testing/fixtures.js';
import { resultChanges } from './result-changes.js';
import { rankTrade, type RankedLine } from './trade-results.js';

const rankedRow = (competitorNumber: number, total: number, rank: number | null, prize: RankedLine['prize']): RankedLine => ({
  ...line(competitorNumber, total),
  rank,
  prize,
  standardised: null,
  medallion: false,
  honours: [],
});

describe('resultChanges', () => {
  describe('given a ranking of ten and a correction that lifts competitor 7 from 6th to 2nd', () => {
    const totals = [95, 90, 85, 80, 75, 60, 70, 55, 50, 45];
    const before = rankTrade(
      cncTrade,
      totals.map((total, i) => line(i + 1, total)),
    );
    const after = rankTrade(
      cncTrade,
      totals.map((total, i) => line(i + 1, i + 1 === 7 ? 92.5 : total)),
    );

    it('when compared, then lists exactly the contestants whose total, rank or prize moved, by competitor number', () => {
      expect(resultChanges(before, after)).toEqual([
        { competitorNumber: 2, before: { total: 90, rank: 2, prize: 'second' }, after: { total: 90, rank: 3, prize: 'second' } },
        { competitorNumber: 3, before: { total: 85, rank: 3, prize: 'second' }, after: { total: 85, rank: 4, prize: 'third' } },
        { competitorNumber: 4, before: { total: 80, rank: 4, prize: 'third' }, after: { total: 80, rank: 5, prize: 'third' } },
        { competitorNumber: 5, before: { total: 75, rank: 5, prize: 'third' }, after: { total: 75, rank: 6, prize: 'third' } },
        { competitorNumber: 7, before: { total: 70, rank: 6, prize: 'third' }, after: { total: 92.5, rank: 2, prize: 'second' } },
      ]);
    });

    it('when compared in the other direction, then the same contestants with before and after swapped', () => {
      const back = resultChanges(after, before);
      expect(back.map((c) => c.competitorNumber)).toEqual([2, 3, 4, 5, 7]);
      expect(back.map((c) => c.after)).toEqual(resultChanges(before, after).map((c) => c.before));
    });
  });

  it('given a total that changes without moving rank or prize, then lists it', () => {
    const before = [rankedRow(1, 90, 1, 'first'), rankedRow(2, 80, 2, 'second')];
    const after = [rankedRow(1, 90.01, 1, 'first'), rankedRow(2, 80, 2, 'second')];
    expect(resultChanges(before, after)).toEqual([
      { competitorNumber: 1, before: { total: 90, rank: 1, prize: 'first' }, after: { total: 90.01, rank: 1, prize: 'first' } },
    ]);
  });

  it('given only a prize that changes, then lists it', () => {
    expect(resultChanges([rankedRow(3, 70, 3, 'third')], [rankedRow(3, 70, 3, null)])).toEqual([
      { competitorNumber: 3, before: { total: 70, rank: 3, prize: 'third' }, after: { total: 70, rank: 3, prize: null } },
    ]);
  });

  it('given the same ranking in another order, or totals equal up to float noise, then lists nothing', () => {
    const rows = [rankedRow(2, 80, 2, 'second'), rankedRow(1, 0.3, 1, 'first')];
    expect(resultChanges(rows, [...rows].reverse())).toEqual([]);
    expect(resultChanges([rankedRow(1, 0.1 + 0.2, 1, 'first')], [rankedRow(1, 0.3, 1, 'first')])).toEqual([]);
  });

  it('given a total that changes by less than 0.01, then lists it: totals are compared exactly', () => {
    const before = rankedRow(1, 53.58, 1, 'first');
    const after = { ...before, total: ratio(643, 12) }; // 53.583…, shown 53.58 too
    expect(resultChanges([before], [after])).toEqual([
      { competitorNumber: 1, before: { total: 53.58, rank: 1, prize: 'first' }, after: { total: 53.58, rank: 1, prize: 'first' } },
    ]);
  });

  it('given a contestant who loses their only score, then lists the rank and prize they no longer have', () => {
    const before = rankedRow(1, 4.67, 1, 'first');
    const after = { ...rankedRow(1, 0, null, null), scored: false };
    expect(resultChanges([before], [after])).toEqual([
      { competitorNumber: 1, before: { total: 4.67, rank: 1, prize: 'first' }, after: { total: 0, rank: null, prize: null } },
    ]);
  });

  it('given rows in reverse competitor order, then sorts the changes by competitor number', () => {
    const before = [rankedRow(9, 50, 2, null), rankedRow(4, 60, 1, 'first')];
    const after = [rankedRow(9, 70, 1, 'first'), rankedRow(4, 60, 2, null)];
    expect(resultChanges(before, after).map((c) => c.competitorNumber)).toEqual([4, 9]);
  });

  it('given a contestant in only one of the rankings, then does not compare it', () => {
    expect(resultChanges([rankedRow(1, 50, 1, 'first')], [rankedRow(2, 50, 1, 'first')])).toEqual([]);
  });
});
