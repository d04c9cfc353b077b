import type { ContestEventDefinition, TradeDefinition } from './catalogue.types.js';

/**
 * A new edition started from the previous one: its events and trades with their schemes and rules,
 * as the organiser then adjusts them through the catalogue workbook (docs/setting-up-an-edition.md).
 *
 * - A trade id names one trade for good (it is the trade's stream), so each copied trade gets an id
 *   of its own: the previous edition's year in the id becomes the new one (`cnc-2026` → `cnc-2027`),
 *   or the new year is appended (`cnc` → `cnc-2027`). It names the trade it was copied from as its
 *   previous trade, which carries that trade's first prizes into the "no first prize" rule.
 * - Events keep their ids (they live in the edition's own stream) and move to the same day of the new year.
 * - The theory answer key is not copied: each edition sets its own exam.
 */
export function copyEditionCatalogue(
  events: readonly ContestEventDefinition[],
  trades: readonly TradeDefinition[],
  years: { from: number; to: number },
): { events: ContestEventDefinition[]; trades: TradeDefinition[] } {
  const newId = (id: string) => nextEditionTradeId(id, years.from, years.to);
  return {
    events: events.map((event) => ({ ...event, date: sameDayIn(years.to, event.date) })),
    trades: trades.map(({ theory: _newExamEachEdition, ...trade }) => ({ ...trade, id: newId(trade.id), previousTradeId: trade.id })),
  };
}

export function nextEditionTradeId(id: string, fromYear: number, toYear: number): string {
  const at = id.lastIndexOf(String(fromYear));
  return at >= 0 ? `${id.slice(0, at)}${toYear}${id.slice(at + 4)}` : `${id}-${toYear}`;
}

/** `2026-06-12` → `2027-06-12`; 29 February becomes the 28th in a year without it. */
function sameDayIn(year: number, date: string): string {
  const [, month, day] = date.split('-');
  const leap = (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0;
  return `${year}-${month}-${month === '02' && day === '29' && !leap ? '28' : day}`;
}
