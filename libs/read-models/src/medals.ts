import type { Prize } from '#domain';
import type { BoardRow, CityMedalsView, TechShareView } from '#contracts';

/** Prizes per city and the share won by tech-based enterprises, over a set of boards. Pure. */

export type CityMedals = CityMedalsView;
export type TechShare = TechShareView;

/** Cities with at least one prize, best first: most first prizes, then second, then third, then by city id. */
export function medalTable(boards: ReadonlyArray<readonly BoardRow[]>): CityMedals[] {
  const byCity = new Map<string, CityMedals>();
  for (const row of boards.flat()) {
    if (!row.prize || !row.city) continue;
    const medals = byCity.get(row.city) ?? { city: row.city, cityName: row.cityName, first: 0, second: 0, third: 0, total: 0 };
    medals[row.prize] += 1;
    medals.total += 1;
    byCity.set(row.city, medals);
  }
  return [...byCity.values()].sort((a, b) => b.first - a.first || b.second - a.second || b.third - a.third || a.city.localeCompare(b.city));
}

/** The share of prizes won by contestants of tech-based enterprises (科技型企业), per prize and overall. */
export function techShare(boards: ReadonlyArray<readonly BoardRow[]>): Record<Prize | 'all', TechShare> {
  const rows = boards.flat();
  const count = (prize?: Prize): TechShare => {
    const won = rows.filter((row) => (prize ? row.prize === prize : row.prize !== null));
    const techBased = won.filter((row) => row.techBased).length;
    return { prizes: won.length, techBased, share: won.length ? techBased / won.length : null };
  };
  return { first: count('first'), second: count('second'), third: count('third'), all: count() };
}
