import { classicEvent, cncTrade, weldingTrade } from '../testing/fixtures.js';
import type { ContestEventDefinition } from './catalogue.types.js';
import { catalogueToRows, planCatalogueImport } from './catalogue-workbook.js';
import { copyEditionCatalogue, nextEditionTradeId } from './edition-copy.js';

const event: ContestEventDefinition = { ...classicEvent, date: '2028-02-29' };

describe('a new edition copied from the previous one', () => {
  it('gives each trade an id of its own: the year in the id moves on, or is appended', () => {
    expect(nextEditionTradeId('cnc-2026', 2026, 2027)).toBe('cnc-2027');
    expect(nextEditionTradeId('2026-cnc-2026', 2026, 2027)).toBe('2026-cnc-2027');
    expect(nextEditionTradeId('cnc', 2026, 2027)).toBe('cnc-2027');
  });

  it('keeps schemes and rules, names the previous trade, drops the exam key, and moves the events to the new year', () => {
    const withKey = { ...cncTrade, theory: { answerKey: ['A', 'B'] } };
    const copy = copyEditionCatalogue([event], [withKey, weldingTrade], { from: 2028, to: 2029 });
    expect(copy.events).toEqual([{ ...event, date: '2029-02-28' }]);
    expect(copy.trades.map((t) => [t.id, t.previousTradeId])).toEqual([
      [`${cncTrade.id}-2029`, cncTrade.id],
      [`${weldingTrade.id}-2029`, weldingTrade.id],
    ]);
    expect(copy.trades[0]!.scheme).toEqual(cncTrade.scheme);
    expect(copy.trades[0]!.registration).toEqual(cncTrade.registration);
    expect(copy.trades[0]!.theory).toBeUndefined();
  });

  it('goes in through the catalogue import like any workbook, beside the earlier trades it names', () => {
    const copy = copyEditionCatalogue([event], [cncTrade, weldingTrade], { from: 2028, to: 2029 });
    const earlierTrades = new Map([
      [cncTrade.id, 'lnsc-2028'],
      [weldingTrade.id, 'lnsc-2028'],
    ]);
    const plan = planCatalogueImport(catalogueToRows(copy.events, copy.trades), { events: new Map(), trades: new Map(), earlierTrades });
    expect(plan.refusals).toEqual([]);
    expect(plan.trades.map((t) => [t.trade.id, t.status, t.trade.previousTradeId])).toEqual([
      [`${cncTrade.id}-2029`, 'created', cncTrade.id],
      [`${weldingTrade.id}-2029`, 'created', weldingTrade.id],
    ]);
  });

  it("refuses a trade row that reuses an earlier edition's id, or names a previous trade that is not an earlier edition's", () => {
    const rows = catalogueToRows([event], [cncTrade, { ...weldingTrade, previousTradeId: 'welding-1999' }]);
    const plan = planCatalogueImport(rows, { events: new Map(), trades: new Map(), earlierTrades: new Map([[cncTrade.id, 'lnsc-2028']]) });
    expect(plan.trades).toEqual([]);
    expect(plan.refusals.map((r) => [r.row, r.column, r.code, r.params])).toEqual([
      [2, 'id', 'catalogue.trade_of_earlier_edition', { tradeId: cncTrade.id, edition: 'lnsc-2028' }],
      [3, 'previousTradeId', 'catalogue.unknown_previous_trade', { tradeId: 'welding-1999' }],
    ]);
  });
});
