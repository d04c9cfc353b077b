import { invalid, isCalendarDate } from '#domain';

/** The year of a `YYYY-MM-DD` date from a path, which names the year's stream; refused (422) unless a real date. */
export function yearOf(date: string): number {
  if (!isCalendarDate(date)) {
    throw invalid(`${date} is not a calendar date (YYYY-MM-DD)`, 'date', { code: 'working_days.date_invalid', params: { date } });
  }
  return Number(date.slice(0, 4));
}

/** A year from a path: four digits, 2000–2100. */
export function parseYear(year: string): number {
  const value = Number(year);
  if (!/^\d{4}$/.test(year) || value < 2000 || value > 2100) {
    throw invalid(`${year} is not a year between 2000 and 2100`, 'year', { code: 'working_days.year_invalid', params: { year } });
  }
  return value;
}
