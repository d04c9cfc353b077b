import type { Prize } from '#domain';
import type { BoardRow } from '#contracts';
import { medalTable, techShare } from './medals.js';

const row = (city: string, prize: Prize | null, n: number, techBased = false): BoardRow => ({
  competitorNumber: n,
  name: '',
  city,
  cityName: city.toUpperCase(),
  employer: '',
  techBased,
  theory: null,
  practical: 0,
  total: 0,
  rank: n,
  prize,
  standardised: null,
  progress: 'complete',
  checkedIn: true,
  markedAspects: 1,
  totalAspects: 1,
  sheetRevision: 0,
});

describe('the city medal table', () => {
  it('counts prizes per city over every board and orders by first, second, third prizes', () => {
    const boards = [
      [row('dalian', 'first', 1), row('shenyang', 'second', 2), row('shenyang', 'third', 3), row('anshan', null, 4)],
      [row('shenyang', 'first', 1), row('dalian', 'third', 2), row('fushun', 'second', 3)],
    ];
    expect(medalTable(boards)).toEqual([
      { city: 'shenyang', cityName: 'SHENYANG', first: 1, second: 1, third: 1, total: 3 },
      { city: 'dalian', cityName: 'DALIAN', first: 1, second: 0, third: 1, total: 2 },
      { city: 'fushun', cityName: 'FUSHUN', first: 0, second: 1, third: 0, total: 1 },
    ]);
  });

  it('is empty while nobody has a prize', () => {
    expect(medalTable([[row('dalian', null, 1)]])).toEqual([]);
  });
});

describe('the share of prizes to tech-based enterprises', () => {
  it('counts the prize winners from tech-based employers, per prize and overall', () => {
    const boards = [
      [row('dalian', 'first', 1, true), row('dalian', 'second', 2), row('dalian', 'third', 3, true), row('dalian', null, 4, true)],
      [row('dalian', 'first', 1), row('dalian', 'third', 2, true)],
    ];
    const share = techShare(boards);
    expect(share.all).toEqual({ prizes: 5, techBased: 3, share: 0.6 });
    expect(share.first).toEqual({ prizes: 2, techBased: 1, share: 0.5 });
    expect(share.second).toEqual({ prizes: 1, techBased: 0, share: 0 });
    expect(share.third).toEqual({ prizes: 2, techBased: 2, share: 1 });
  });

  it('has no share without prizes', () => {
    expect(techShare([[row('dalian', null, 1, true)]]).all).toEqual({ prizes: 0, techBased: 0, share: null });
  });
});
