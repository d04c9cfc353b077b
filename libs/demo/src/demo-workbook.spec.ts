import { catalogueToRows, planCatalogueImport, type CurrentCatalogue } from '../../domain/src/catalogue/catalogue-workbook.js';
import { generateDemoContest } from './demo-catalogue.js';

describe('the demo catalogue through the workbook', () => {
  it('imports without a refusal, and its export re-imports to an identical catalogue', () => {
    const contest = generateDemoContest();
    const rows = catalogueToRows(contest.events, contest.trades);
    const plan = planCatalogueImport(rows, { events: new Map(), trades: new Map() });
    expect(plan.refusals).toEqual([]);
    expect(plan.trades.map((t) => t.trade)).toEqual(contest.trades);
    expect(plan.events.map((e) => e.event)).toEqual(contest.events);

    const current: CurrentCatalogue = {
      events: new Map(plan.events.map(({ event, tradeIds }) => [event.id, { ...event, tradeIds }])),
      trades: new Map(plan.trades.map(({ trade }) => [trade.id, { definition: trade, lotsDrawn: false }])),
    };
    const exported = catalogueToRows(
      plan.events.map((e) => e.event),
      plan.trades.map((t) => t.trade),
    );
    expect(exported).toEqual(rows);
    const again = planCatalogueImport(exported, current);
    expect(again.trades).toEqual([]);
    expect(again.events).toEqual([]);
    expect(again.rows.filter((r) => r.status !== 'unchanged')).toEqual([]);
  });
});
