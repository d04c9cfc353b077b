import { classicEvent, cncTrade, weldingTrade } from '../testing/fixtures.js';
import type { TradeDefinition } from './catalogue.types.js';
import {
  catalogueToRows,
  planCatalogueImport,
  type CatalogueImportPlan,
  type CatalogueRows,
  type CurrentCatalogue,
  type WorkbookRow,
} from './catalogue-workbook.js';

const classic = classicEvent;
const empty: CurrentCatalogue = { events: new Map(), trades: new Map() };

/** What the platform holds after a plan is applied to `before`. */
function applied(plan: CatalogueImportPlan, before: CurrentCatalogue = empty): CurrentCatalogue {
  const events = new Map(before.events);
  for (const { event, tradeIds } of plan.events) events.set(event.id, { ...event, tradeIds });
  const trades = new Map(before.trades);
  for (const { trade } of plan.trades) trades.set(trade.id, { definition: trade, lotsDrawn: false });
  return { events, trades };
}

/** The rows with one cell replaced (sheet, row number as the user sees it, column key). */
function edit(rows: CatalogueRows, sheet: keyof CatalogueRows, row: number, cells: Record<string, string>): CatalogueRows {
  return { ...rows, [sheet]: rows[sheet].map((r): WorkbookRow => (r.row === row ? { row, cells: { ...r.cells, ...cells } } : r)) };
}

const rowsOf = (trades: TradeDefinition[], events = [classic]) => catalogueToRows(events, trades);

describe('the catalogue workbook', () => {
  it('creates the events and trades of a sound workbook, and the same rows again change nothing', () => {
    const rows = rowsOf([cncTrade, weldingTrade]);
    const first = planCatalogueImport(rows, empty);
    expect(first.refusals).toEqual([]);
    expect(first.rows.map((r) => [r.sheet, r.row, r.status])).toEqual([
      ['events', 2, 'created'],
      ['trades', 2, 'created'],
      ['trades', 3, 'created'],
    ]);
    expect(first.trades.map((t) => t.trade)).toEqual([cncTrade, weldingTrade]);
    expect(first.events).toEqual([{ event: classic, tradeIds: ['trade-cnc', 'trade-weld'], status: 'created' }]);

    const again = planCatalogueImport(rows, applied(first));
    expect(again.events).toEqual([]);
    expect(again.trades).toEqual([]);
    expect(again.rows.every((r) => r.status === 'unchanged')).toBe(true);
  });

  it('exports what it imports: the rows of the imported catalogue are the rows uploaded', () => {
    const rows = rowsOf([cncTrade, weldingTrade]);
    const current = applied(planCatalogueImport(rows, empty));
    const exported = catalogueToRows(
      [...current.events.values()].map(({ tradeIds: _t, ...e }) => e),
      [...current.trades.values()].map((t) => t.definition),
    );
    expect(exported).toEqual(rows);
  });

  it('refuses a scheme summing to 99.5, saying where, and still takes the good trade', () => {
    // cnc's first scheme row is row 2: its max mark 20 → 19.5.
    const plan = planCatalogueImport(edit(rowsOf([cncTrade, weldingTrade]), 'scheme', 2, { maxMark: '19.5' }), empty);
    expect(plan.trades.map((t) => t.trade.id)).toEqual(['trade-weld']);
    expect(plan.refusals).toEqual([
      expect.objectContaining({
        sheet: 'scheme',
        row: 2,
        column: 'maxMark',
        code: 'catalogue.scheme_total',
        params: { tradeId: 'trade-cnc', total: 99.5 },
      }),
    ]);
    expect(plan.rows.find((r) => r.id === 'trade-cnc')).toMatchObject({ sheet: 'trades', row: 2, status: 'refused' });
  });

  it('refuses a judgement aspect missing a descriptor, at its row and column', () => {
    // cnc's scheme rows: 2–4 measurement, 5 j-safety.
    const plan = planCatalogueImport(edit(rowsOf([cncTrade, weldingTrade]), 'scheme', 5, { level2: ' ' }), empty);
    expect(plan.refusals[0]).toMatchObject({
      sheet: 'scheme',
      row: 5,
      column: 'level2',
      code: 'catalogue.descriptors_missing',
      params: { aspectId: 'j-safety', level: 2 },
    });
    expect(plan.rows.find((r) => r.id === 'trade-cnc')).toMatchObject({
      status: 'refused',
      refusal: { code: 'catalogue.scheme_rows_refused' },
    });
    expect(plan.trades.map((t) => t.trade.id)).toEqual(['trade-weld']);
  });

  it('refuses a duplicate aspect id, a duplicate trade id and an unknown event', () => {
    let rows = edit(rowsOf([cncTrade, weldingTrade]), 'scheme', 3, { aspectId: 'm-diameter' });
    rows = { ...rows, trades: [...rows.trades, { row: 4, cells: { ...rows.trades[1]!.cells } }] };
    rows = edit(rows, 'trades', 3, { eventId: 'event-nowhere' });
    const plan = planCatalogueImport(rows, empty);
    expect(plan.refusals.map((r) => [r.sheet, r.row, r.column, r.code])).toEqual([
      ['scheme', 3, 'aspectId', 'catalogue.duplicate_id'],
      ['trades', 2, undefined, 'catalogue.scheme_rows_refused'],
      ['trades', 3, 'eventId', 'catalogue.unknown_event'],
      ['trades', 4, 'id', 'catalogue.duplicate_id'],
    ]);
    expect(plan.trades).toEqual([]);
    // The event row itself is good: it is created, with no trades yet.
    expect(plan.events).toEqual([{ event: classic, tradeIds: [], status: 'created' }]);
  });

  it('refuses weights that do not sum to 100 and a value it cannot read, cell by cell', () => {
    const rows = edit(edit(rowsOf([cncTrade, weldingTrade]), 'trades', 2, { theoryWeight: '35' }), 'trades', 3, { panelSize: '4' });
    const plan = planCatalogueImport(rows, empty);
    expect(plan.refusals.map((r) => [r.row, r.column, r.code])).toEqual([
      [2, 'theoryWeight', 'catalogue.weights_total'],
      [3, 'panelSize', 'catalogue.bad_value'],
    ]);
  });

  it('accepts the CIS letters and the Chinese words for the aspect type', () => {
    const rows = edit(edit(rowsOf([cncTrade]), 'scheme', 2, { type: '测量' }), 'scheme', 5, { type: '评价' });
    expect(planCatalogueImport(rows, empty).trades[0]?.trade).toEqual(cncTrade);
  });

  it('changes a trade before its draw, and refuses to change a drawn one by upload', () => {
    const before = applied(planCatalogueImport(rowsOf([cncTrade]), empty));
    const renamed = edit(rowsOf([cncTrade]), 'trades', 2, { nameEn: 'CNC turning (lathe)' });
    expect(planCatalogueImport(renamed, before).trades).toEqual([
      { trade: { ...cncTrade, nameEn: 'CNC turning (lathe)' }, status: 'changed' },
    ]);
    const drawn: CurrentCatalogue = { ...before, trades: new Map([['trade-cnc', { definition: cncTrade, lotsDrawn: true }]]) };
    const plan = planCatalogueImport(renamed, drawn);
    expect(plan.trades).toEqual([]);
    expect(plan.refusals[0]).toMatchObject({ code: 'catalogue.trade_drawn' });
    expect(planCatalogueImport(rowsOf([cncTrade]), drawn).rows.find((r) => r.sheet === 'trades')?.status).toBe('unchanged');
  });

  it('takes a scheme sheet alone for trades the platform holds, and refuses one for a trade it does not know', () => {
    const before = applied(planCatalogueImport(rowsOf([cncTrade, weldingTrade]), empty));
    const all = rowsOf([cncTrade, weldingTrade]);
    // cnc's rows 2–7: m-length 15.5 → 10.5 and m-thread 10 → 15.
    const scheme = edit(edit(all, 'scheme', 3, { maxMark: '10.5' }), 'scheme', 4, { maxMark: '15' }).scheme;
    const plan = planCatalogueImport({ events: [], trades: [], scheme }, before);
    expect(plan.refusals).toEqual([]);
    expect(plan.rows.map((r) => [r.sheet, r.row, r.id, r.status])).toEqual([
      ['scheme', 2, 'trade-cnc', 'changed'],
      ['scheme', 8, 'trade-weld', 'unchanged'],
    ]);
    expect(plan.trades[0]?.trade.scheme.subCriteria[0]?.aspects.map((a) => a.maxMark)).toEqual([20, 10.5, 15]);
    const unknown = planCatalogueImport({ events: [], trades: [], scheme: all.scheme }, empty);
    expect(unknown.refusals.map((r) => [r.row, r.column, r.code])).toEqual([
      [2, 'tradeId', 'catalogue.unknown_trade'],
      [8, 'tradeId', 'catalogue.unknown_trade'],
    ]);
  });

  describe("an event's kind", () => {
    const innovation: typeof classic = { ...classic, id: 'event-innovation', category: 'workers-innovation', kind: 'achievement' };
    const twoEvents = () => catalogueToRows([classic, innovation], [cncTrade, { ...weldingTrade, eventId: 'event-innovation' }]);

    it('exports achievement (practical as a blank cell, the default), and an export imported again is the same catalogue', () => {
      const rows = twoEvents();
      expect(rows.events.map((r) => r.cells.kind)).toEqual(['', 'achievement']);
      const plan = planCatalogueImport(rows, empty);
      expect(plan.refusals).toEqual([]);
      expect(plan.events.map((e) => e.event)).toEqual([classic, innovation]);
      const again = planCatalogueImport(rows, applied(plan));
      expect(again.events).toEqual([]);
      expect(again.rows.every((r) => r.status === 'unchanged')).toBe(true);
    });

    it('reads the Chinese labels and an empty cell (practical), and refuses another word saying which are taken', () => {
      const rows = twoEvents();
      const read = (cell: string) => planCatalogueImport(edit(rows, 'events', 3, { kind: cell }), empty);
      expect(read('成果评审').events[1]?.event.kind).toBe('achievement');
      expect(read('技能竞赛').events[1]?.event).not.toHaveProperty('kind');
      expect(read('').events[1]?.event).not.toHaveProperty('kind');
      expect(read('Achievement').events[1]?.event.kind).toBe('achievement');
      const refused = read('exhibition');
      // The event row is refused; its trade, then without an event, is refused too.
      expect(
        refused.refusals[0] && [refused.refusals[0].sheet, refused.refusals[0].row, refused.refusals[0].column, refused.refusals[0].code],
      ).toEqual(['events', 3, 'kind', 'catalogue.bad_value']);
      expect(refused.refusals[0]?.params.expected).toMatch(/achievement/);
    });

    it('changes an event from practical to achievement on import, and treats an explicit practical as the default', () => {
      const before = applied(planCatalogueImport(catalogueToRows([classic], [cncTrade]), empty));
      const changed = planCatalogueImport(edit(catalogueToRows([classic], [cncTrade]), 'events', 2, { kind: 'achievement' }), before);
      expect(changed.events).toEqual([{ event: { ...classic, kind: 'achievement' }, tradeIds: ['trade-cnc'], status: 'changed' }]);
      const explicit: CurrentCatalogue = {
        ...before,
        events: new Map([[classic.id, { ...classic, kind: 'practical', tradeIds: ['trade-cnc'] }]]),
      };
      expect(planCatalogueImport(catalogueToRows([classic], [cncTrade]), explicit).events).toEqual([]);
    });
  });
});
